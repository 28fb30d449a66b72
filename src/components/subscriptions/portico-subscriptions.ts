import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { ApimState } from '../../apim/types.js';
import { ApimConsumer, unknownApimProblem } from '../../internal/apim-consumer.js';
import { CustomStates } from '../../internal/custom-states.js';
import { define } from '../../internal/define.js';
import { renderDiagnostic, type Problem } from '../../internal/diagnostic.js';
import { LazyModule } from '../../internal/lazy-module.js';
import { LazyPartFailures } from '../../internal/lazy-part-failures.js';
import { addPartStyles } from '../../internal/part-styles.js';
import { PorticoElement } from '../../internal/portico-element.js';
import { ProblemLog } from '../../internal/problem-log.js';
import { checkChoice, renderUnavailable } from '../../internal/provider-status.js';
import { addEnglish, localeOf, stringsFor, type Strings } from '../../internal/strings.js';
import { THEMES } from '../../internal/theme.js';
import type { SubscriptionsBody } from './internal/subscriptions-body.js';
import { styles } from './portico-subscriptions.styles.js';
import { subscriptions } from '../../internal/strings/en/subscriptions.js';

addEnglish(subscriptions);

/** Which view the widget shows; also exposed as custom states. */
type View = 'problem' | 'waiting' | 'signed-out' | 'loading' | 'unknown-developer' | 'error' | 'ready';

/** The signed-in views' code and styles: fetched once someone signs in, never by a signed-out page. */
const bodies = new LazyModule(() => import('./internal/subscriptions-body.js'), new URL('./internal/subscriptions-body.js', import.meta.url));

/**
 * The signed-in developer's Azure API Management subscriptions, grouped by product, with their
 * state, masked keys (show, copy, regenerate after a confirmation), rename and cancel; and the
 * products they may subscribe to. A developer API Management does not know yet gets a "create my
 * developer account" button: nothing is created without that click. Keys are fetched only when
 * shown or copied, and never logged or put in events.
 *
 * @summary The developer's own API Management subscriptions and keys.
 * @tag portico-subscriptions
 * @csspart product - Each product's (or scope's) section, and each product offered for subscription.
 * @csspart subscription - Each subscription.
 * @csspart key - Each key row (primary, secondary).
 * @csspart sign-up - The "create my developer account" button.
 * @csspart status - The live region announcing progress and results.
 * @csspart unavailable - Shown when the `<portico-apim>` is misconfigured (it explains itself).
 * @csspart diagnostic - A problem: misconfiguration, or an action API Management refused.
 * @cssprop --portico-subscriptions-gap - Space between sections.
 * @cssprop --portico-color-accent - Button background.
 * @cssprop --portico-color-on-accent - Button text colour.
 * @cssprop --portico-color-surface - Background.
 * @cssprop --portico-color-text - Text colour.
 * @cssprop --portico-color-text-muted - Secondary text colour.
 * @cssprop --portico-color-border - Border colour.
 * @cssprop --portico-color-focus - Focus ring colour.
 * @cssprop --portico-radius - Corner radius.
 * @cssprop --portico-font - Font shorthand.
 * @cssstate ready - Subscriptions are shown.
 * @cssstate loading - Signing in to API Management or loading.
 * @cssstate unknown-developer - The account has no developer account yet.
 * @cssstate signed-out - Nobody is signed in.
 * @cssstate busy - An action is running.
 * @fires {PorticoSubscriptionChangeEvent} portico-subscription-change - A subscription was created, renamed, cancelled or had a key regenerated; `detail: { subscription, action }`.
 * @fires {PorticoErrorEvent} portico-error - Misconfiguration (`unknown-provider`, `invalid-attribute`), a failure of API Management, or the signed-in views' code did not arrive (`part-load-failed`, shown in their place); `detail: { code, message, hint }`.
 */
export class PorticoSubscriptions extends PorticoElement {
  static override styles = styles;

  /** Which `<portico-apim>` to use, by id; the page's only or `default` one when empty. */
  @property() apim = '';
  /** `light` or `dark`; follows `prefers-color-scheme` when absent. */
  @property({ reflect: true }) theme?: string;

  readonly #apim = new ApimConsumer(this, () => this.apim);
  readonly #problems = new ProblemLog(this);
  readonly #states = new CustomStates(this);
  readonly #lazyFailures = new LazyPartFailures(this);
  #body: SubscriptionsBody | undefined;
  #developer: string | null = null;

  protected override renderContent(strings: Strings): TemplateResult {
    const view = this.#view(strings);
    const text = strings.subscriptions;
    const body = this.#body;
    return html`${this.#renderProblems(strings)}
      <div class="themed root" ?hidden=${view === 'problem' || view === 'waiting'}>
        ${view === 'signed-out' ? html`<p class="note">${text.signedOut}</p>` : nothing}
        ${view === 'loading' ? this.#lazyFailures.render(bodies, text.bodyPart, strings) : nothing}
        ${view === 'unknown-developer' ? body?.renderUnknownDeveloper(strings) : nothing}
        ${view === 'error' ? body?.renderRetry(strings) : nothing}
        ${view === 'ready' ? body?.renderReady(strings) : nothing}
      </div>
      <span part="status" class="visually-hidden" role="status">${view === 'loading' && !bodies.failed ? text.loading : (body?.status ?? '')}</span>`;
  }

  protected override afterRender(strings: Strings): void {
    const controller = this.#apim.controller;
    // Another developer (or none): forget what was shown for the previous one.
    const developer = controller?.developerId ?? null;
    if (developer !== this.#developer) {
      this.#developer = developer;
      this.#body?.forget();
    }
    this.#problems.update([...this.#currentProblems(strings), ...this.#lazyFailures.problems]);
    const view = this.#view(strings);
    for (const state of ['ready', 'loading', 'unknown-developer', 'signed-out'] as const) this.#states.toggle(state, view === state);
    this.#states.toggle('busy', this.#body?.busy ?? false);
  }

  #view(strings: Strings): View {
    if (this.#attributeProblems(strings).length) return 'problem';
    const status = this.#apim.status;
    if (status === 'unknown' || status === 'unavailable') return 'problem';
    const controller = this.#apim.controller;
    if (!controller) return 'waiting';
    if (controller.state === ApimState.SignedOut) return 'signed-out';
    // Someone is signed in: until the signed-in views' code has arrived, the widget says it is loading.
    if (!this.#signedInBody()) return 'loading';
    switch (controller.state) {
      case ApimState.Connecting:
        return 'loading';
      case ApimState.UnknownDeveloper:
      case ApimState.SigningUp:
        return 'unknown-developer';
      case ApimState.Error:
        return 'error';
      default:
        return 'ready';
    }
  }

  #attributeProblems(strings: Strings): Problem[] {
    return [checkChoice(strings, 'theme', this.theme ?? '', THEMES)].filter((problem): problem is Problem => problem !== null);
  }

  #currentProblems(strings: Strings): Problem[] {
    const problems = this.#attributeProblems(strings);
    if (this.#apim.status === 'unknown') problems.push(unknownApimProblem(strings, this.#apim.requestedId));
    const error = this.#apim.controller?.error;
    if (error) problems.push(error);
    if (this.#body?.problem) problems.push(this.#body.problem);
    return problems;
  }

  #renderProblems(strings: Strings): TemplateResult {
    const unavailable = this.#apim.status === 'unavailable' ? renderUnavailable(strings) : nothing;
    return html`${unavailable}${this.#currentProblems(strings).map((problem) => renderDiagnostic(problem, this))}`;
  }

  /** The signed-in views, once their code has arrived (fetched on the first call); their styles join the element's. */
  #signedInBody(): SubscriptionsBody | undefined {
    if (this.#body) return this.#body;
    const module = bodies.for(this);
    if (!module) return undefined;
    addPartStyles(this, [module.bodyStyles]);
    this.#body = new module.SubscriptionsBody({
      controller: () => this.#apim.controller,
      strings: () => stringsFor(this),
      locale: () => localeOf(this),
      requestUpdate: () => this.requestUpdate(),
      dispatchEvent: (event) => this.dispatchEvent(event),
    });
    return this.#body;
  }
}

define('portico-subscriptions', PorticoSubscriptions);

declare global {
  interface HTMLElementTagNameMap {
    'portico-subscriptions': PorticoSubscriptions;
  }
}
