import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { LazyModule } from '../../../internal/lazy-module.js';
import type { LazyPartFailures } from '../../../internal/lazy-part-failures.js';
import type { Strings } from '../../../internal/strings.js';
import type { ConsoleAuth } from './console-auth.js';
import type { ConsoleSession, StoredExchange } from './console-session.js';
import type { ExchangeRunner, SendPlan } from './exchange-runner.js';
import type { TokenExpectations } from './render-token-used.js';

const runners = new LazyModule(() => import('./exchange-runner.js'), new URL('./exchange-runner.js', import.meta.url));

/**
 * The console's Send and answer. What sends and shows (`ExchangeRunner`, with the response, stream
 * and explanation renderers) is fetched with the first Send or the first kept answer to show, so
 * the form paints without it; until it arrives the answer's section holds its status line, and a
 * Send pressed meanwhile waits for it. If it cannot be fetched, the section says so instead and
 * the next Send fetches it again.
 */
export class ConsoleExchange implements ReactiveController {
  #runner: ExchangeRunner | null = null;
  /** A Send pressed before the runner arrived; it goes when the runner does. */
  #queued: SendPlan | null = null;
  /** A kept answer to show when the runner arrives; undefined when there is none to apply. */
  #restore: StoredExchange | null | undefined;
  /** Whether this console has needed the runner (a Send, or a kept answer to show). */
  #needed = false;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly auth: ConsoleAuth,
    private readonly session: () => ConsoleSession | null,
    private readonly failures: LazyPartFailures,
  ) {
    host.addController(this);
  }

  get busy(): boolean {
    return this.#ready()?.busy ?? this.#queued !== null;
  }

  /** Sends the request `plan` describes, unless one is on its way. */
  send(plan: SendPlan): void {
    const runner = this.#ready();
    if (runner) runner.send(plan);
    else if (!this.#queued) {
      this.#needed = true;
      this.#queued = plan;
      this.host.requestUpdate();
      void this.#arrival();
    }
  }

  cancel(): void {
    this.#queued = null;
    this.#runner?.cancel();
    this.host.requestUpdate();
  }

  /** Shows a request kept from earlier in the session (or nothing), as when an operation is opened. */
  restore(stored: StoredExchange | null): void {
    const runner = this.#ready();
    this.#restore = runner ? undefined : stored;
    if (runner) runner.restore(stored);
    else if (stored) {
      this.#needed = true;
      void this.#arrival();
    }
  }

  hostDisconnected(): void {
    this.#queued = null;
  }

  /** The answer's section: the live status line, then what the runner shows. */
  render(expectations: TokenExpectations, requiredScopes: readonly string[], strings: Strings, locale: string): TemplateResult {
    const runner = this.#ready();
    const waiting = this.#queued ? strings.apiConsole.sending : '';
    return html`<section class="response" aria-label=${strings.apiConsole.response}>
      <p part="status" class="status" role="status" data-status-class=${runner?.statusClass() ?? ''}>${runner?.statusText(strings, locale) ?? waiting}</p>
      ${runner?.renderAnswer(expectations, requiredScopes, strings, locale) ?? (this.#needed ? this.failures.render(runners, strings.apiConsole.parts.runner, strings) : nothing)}
    </section>`;
  }

  /** The token's shortcomings, found before the request left. */
  renderWarnings(strings: Strings, locale: string): TemplateResult | typeof nothing {
    return this.#runner?.renderWarnings(strings, locale) ?? nothing;
  }

  /** The runner, made as soon as its module is at hand (fetched for any console of the page). */
  #ready(): ExchangeRunner | null {
    const module = runners.loaded;
    if (module && !this.#runner) this.#runner = new module.ExchangeRunner(this.host, this.auth, this.session);
    return this.#runner;
  }

  async #arrival(): Promise<void> {
    await runners.load().catch(() => (this.#queued = null));
    const runner = this.#ready();
    if (!runner) {
      this.host.requestUpdate();
      return;
    }
    if (this.#restore !== undefined) runner.restore(this.#restore);
    this.#restore = undefined;
    const plan = this.#queued;
    this.#queued = null;
    if (plan) runner.send(plan);
    this.host.requestUpdate();
  }
}
