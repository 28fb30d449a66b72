import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { ConsoleRequest } from '../../../events/portico-before-send-event.js';
import { LazyModule } from '../../../internal/lazy-module.js';
import type { LazyPartFailures } from '../../../internal/lazy-part-failures.js';
import type { Strings } from '../../../internal/strings.js';
import type { CredentialSettings } from './credential-settings.js';
import type { SecurityPlan } from './security-plan.js';
import type { SnippetPanel } from './snippet-panel.js';

const panels = new LazyModule(() => import('./snippet-panel.js'), new URL('./snippet-panel.js', import.meta.url));

/** "Copy as curl, fetch, …": a closed panel until the user opens it, when its code (`SnippetPanel`) is fetched. */
export class ConsoleSnippet {
  #open = false;
  #panel: SnippetPanel | null = null;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly failures: LazyPartFailures,
  ) {}

  /** The panel; open, the snippet of the request `draft` describes (see `SnippetPanel.render`). */
  render(draft: () => ConsoleRequest, token: string | null, settings: CredentialSettings, attach: SecurityPlan, strings: Strings): TemplateResult {
    const module = this.#open ? panels.for(this.host) : undefined;
    if (module) this.#panel ??= new module.SnippetPanel(this.host);
    return html`<details part="snippet" class="snippet" @toggle=${this.#onToggle}>
      <summary>${strings.apiConsole.snippet}</summary>
      ${this.#open ? (this.#panel?.render(draft, token, settings, attach, strings) ?? this.failures.render(panels, strings.apiConsole.parts.snippet, strings)) : nothing}
    </details>`;
  }

  readonly #onToggle = (event: Event): void => {
    this.#open = (event.target as HTMLDetailsElement).open;
    // Opened again after its code failed to arrive: fetch it again.
    if (this.#open) panels.for(this.host, true);
    this.host.requestUpdate();
  };
}
