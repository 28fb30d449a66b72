import { nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { Problem } from '../../../internal/diagnostic.js';
import { LazyModule } from '../../../internal/lazy-module.js';
import type { LazyPartFailures } from '../../../internal/lazy-part-failures.js';
import type { Strings } from '../../../internal/strings.js';
import type { ApimKeyPicker } from './apim-key-picker.js';

const pickers = new LazyModule(() => import('./apim-key-picker.js'), new URL('./apim-key-picker.js', import.meta.url));

/**
 * The developer's own subscription keys for the API. Its code (`ApimKeyPicker`) is fetched only by
 * a console with `apim` or `api-id`; until it arrives there is no key to pick and nothing to show.
 */
export class ConsoleKeyPicker implements ReactiveController {
  #picker: ApimKeyPicker | null = null;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly readApim: () => string,
    private readonly readApiId: () => string,
    private readonly failures: LazyPartFailures,
  ) {
    host.addController(this);
  }

  /** Made before the host renders, so that the picker's own controllers update in this same cycle. */
  hostUpdate(): void {
    if (this.#picker || !this.#wanted()) return;
    const module = pickers.for(this.host);
    if (module) this.#picker = new module.ApimKeyPicker(this.host, this.readApim, this.readApiId);
  }

  /** The key picked, or '' when none is. */
  get key(): string {
    return this.#picker?.key ?? '';
  }

  /** The picker (see `ApimKeyPicker.render`). */
  render(strings: Strings, configured: boolean): TemplateResult | typeof nothing {
    return this.#picker?.render(strings, configured) ?? (this.#wanted() ? this.failures.render(pickers, strings.apiConsole.parts.keyPicker, strings) : nothing);
  }

  problems(strings: Strings): Problem[] {
    return this.#picker?.problems(strings) ?? [];
  }

  #wanted(): boolean {
    return !!(this.readApim().trim() || this.readApiId().trim());
  }
}
