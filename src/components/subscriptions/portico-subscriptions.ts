import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { toApimError } from '../../apim/apim-controller.js';
import { ApimState, SubscriptionState, type ApimProduct, type ApimSubscription, type KeyName, type SubscriptionKeys } from '../../apim/types.js';
import { PorticoSubscriptionChangeEvent, type SubscriptionAction } from '../../events/portico-subscription-change-event.js';
import { ApimConsumer, unknownApimProblem } from '../../internal/apim-consumer.js';
import { scopeLabel } from '../../internal/apim-scope-label.js';
import { CustomStates } from '../../internal/custom-states.js';
import { define } from '../../internal/define.js';
import { renderDiagnostic, type Problem } from '../../internal/diagnostic.js';
import { PorticoElement } from '../../internal/portico-element.js';
import { ProblemLog } from '../../internal/problem-log.js';
import { checkChoice, renderUnavailable } from '../../internal/provider-status.js';
import { addEnglish, localeOf, stringsFor, type Strings } from '../../internal/strings.js';
import { THEMES } from '../../internal/theme.js';
import { groupByProduct, type SubscriptionGroup } from './internal/group-by-product.js';
import { styles } from './portico-subscriptions.styles.js';
import { subscriptions } from '../../internal/strings/en/subscriptions.js';

addEnglish(subscriptions);

/** A question the developer must answer before a destructive action. */
type Confirmation = { readonly action: 'regenerate'; readonly id: string; readonly key: KeyName } | { readonly action: 'cancel'; readonly id: string };

/** Which view the widget shows; also exposed as custom states. */
type View = 'problem' | 'waiting' | 'signed-out' | 'loading' | 'unknown-developer' | 'error' | 'ready';

const KEY_NAMES: readonly KeyName[] = ['primary', 'secondary'];
const WITH_KEYS: readonly string[] = [SubscriptionState.Active];
const CANCELLABLE: readonly string[] = [SubscriptionState.Active, SubscriptionState.Submitted];

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
 * @fires {PorticoErrorEvent} portico-error - Misconfiguration (`unknown-provider`, `invalid-attribute`) or a failure of API Management; `detail: { code, message, hint }`.
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
  readonly #keys = new Map<string, SubscriptionKeys>();
  readonly #visible = new Set<string>();
  readonly #newNames = new Map<string, string>();
  #confirm: Confirmation | null = null;
  #renaming: { readonly id: string; value: string } | null = null;
  #busy = false;
  #status = '';
  #actionProblem: Problem | null = null;
  #developer: string | null = null;

  protected override renderContent(strings: Strings): TemplateResult {
    const view = this.#view(strings);
    const text = strings.subscriptions;
    return html`${this.#renderProblems(strings)}
      <div class="themed root" ?hidden=${view === 'problem' || view === 'waiting'}>
        ${view === 'signed-out' ? html`<p class="note">${text.signedOut}</p>` : nothing}
        ${view === 'unknown-developer' ? this.#renderUnknownDeveloper(strings) : nothing}
        ${view === 'error' ? this.#renderRetry(strings) : nothing}
        ${view === 'ready' ? this.#renderReady(strings) : nothing}
      </div>
      <span part="status" class="visually-hidden" role="status">${view === 'loading' ? text.loading : this.#status}</span>`;
  }

  protected override afterRender(strings: Strings): void {
    const controller = this.#apim.controller;
    // Another developer (or none): forget what was shown for the previous one.
    const developer = controller?.developerId ?? null;
    if (developer !== this.#developer) {
      this.#developer = developer;
      this.#forgetShown();
    }
    this.#problems.update(this.#currentProblems(strings));
    const view = this.#view(strings);
    for (const state of ['ready', 'loading', 'unknown-developer', 'signed-out'] as const) this.#states.toggle(state, view === state);
    this.#states.toggle('busy', this.#busy);
  }

  #view(strings: Strings): View {
    if (this.#attributeProblems(strings).length) return 'problem';
    const status = this.#apim.status;
    if (status === 'unknown' || status === 'unavailable') return 'problem';
    const controller = this.#apim.controller;
    if (!controller) return 'waiting';
    switch (controller.state) {
      case ApimState.SignedOut:
        return 'signed-out';
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
    if (this.#actionProblem) problems.push(this.#actionProblem);
    return problems;
  }

  #renderProblems(strings: Strings): TemplateResult {
    const unavailable = this.#apim.status === 'unavailable' ? renderUnavailable(strings) : nothing;
    return html`${unavailable}${this.#currentProblems(strings).map((problem) => renderDiagnostic(problem, this))}`;
  }

  #renderUnknownDeveloper(strings: Strings): TemplateResult {
    const controller = this.#apim.controller;
    const account = controller?.auth.account;
    const signingUp = controller?.state === ApimState.SigningUp;
    const text = strings.subscriptions;
    return html`<p class="note">${text.unknownDeveloper(account?.name || account?.username || '')}</p>
      <button part="sign-up" class="primary" type="button" ?disabled=${signingUp} aria-busy=${signingUp ? 'true' : 'false'} @click=${this.#signUp}>
        ${signingUp ? text.signingUp : text.signUp}
      </button>`;
  }

  #renderRetry(strings: Strings): TemplateResult {
    return html`<button class="secondary" type="button" @click=${() => void this.#apim.controller?.connect()}>${strings.tryAgain}</button>`;
  }

  #renderReady(strings: Strings): TemplateResult {
    const controller = this.#apim.controller;
    if (!controller) return html``;
    const text = strings.subscriptions;
    const groups = groupByProduct(controller.subscriptions, controller.products);
    const offered = controller.products.filter((product) => product.subscriptionRequired);
    return html`<section class="mine" aria-labelledby="mine">
        <h2 id="mine" class="heading">${text.heading}</h2>
        ${groups.length ? groups.map((group) => this.#renderGroup(group, controller.products, strings)) : html`<p class="note">${text.none}</p>`}
      </section>
      ${
        offered.length
          ? html`<section class="offered" aria-labelledby="offered">
            <h2 id="offered" class="heading">${text.productsHeading}</h2>
            <ul class="products">
              ${offered.map((product) => this.#renderOffer(product, strings))}
            </ul>
          </section>`
          : nothing
      }`;
  }

  #renderGroup(group: SubscriptionGroup, products: readonly ApimProduct[], strings: Strings): TemplateResult {
    const id = `group-${group.key.replace(/[^\w-]/gu, '-')}`;
    return html`<section part="product" class="group" aria-labelledby=${id}>
      <h3 id=${id} class="group-title">${group.subscriptions[0] ? scopeLabel(group.subscriptions[0], products, strings) : ''}</h3>
      <ul class="list">
        ${group.subscriptions.map((subscription) => this.#renderSubscription(subscription, strings))}
      </ul>
    </section>`;
  }

  #renderSubscription(subscription: ApimSubscription, strings: Strings): TemplateResult {
    const text = strings.subscriptions;
    const renaming = this.#renaming?.id === subscription.id ? this.#renaming : null;
    const confirm = this.#confirm?.id === subscription.id ? this.#confirm : null;
    const created = subscription.createdDate ? this.#formatDate(subscription.createdDate) : '';
    return html`<li part="subscription" class="subscription" data-id=${subscription.id} data-state=${subscription.state}>
      <div class="title-row">
        ${
          renaming
            ? html`<form class="rename" @submit=${this.#saveName}>
              <label>
                <span class="label">${text.newName}</span>
                <input name="name" required .value=${renaming.value} @input=${(event: Event) => (renaming.value = (event.target as HTMLInputElement).value)} />
              </label>
              <button class="primary" type="submit" ?disabled=${this.#busy}>${text.save}</button>
              <button class="secondary" type="button" @click=${this.#stopRenaming}>${text.keep}</button>
            </form>`
            : html`<h4 class="name">${subscription.name}</h4>`
        }
        <span class="state state-${subscription.state}">${text.states[subscription.state]}</span>
      </div>
      ${created ? html`<p class="meta">${text.created(created)}</p>` : nothing}
      ${subscription.state === SubscriptionState.Submitted ? html`<p class="meta">${text.awaitingApproval}</p>` : nothing}
      ${WITH_KEYS.includes(subscription.state) ? KEY_NAMES.map((key) => this.#renderKey(subscription, key, strings)) : nothing}
      ${confirm ? this.#renderConfirmation(subscription, confirm, strings) : nothing}
      <div class="actions">
        ${
          renaming
            ? nothing
            : html`<button class="secondary" type="button" ?disabled=${this.#busy} aria-label=${text.renameLabel(subscription.name)} @click=${() => this.#startRenaming(subscription)}>
              ${text.rename}
            </button>`
        }
        ${
          CANCELLABLE.includes(subscription.state)
            ? html`<button
              class="secondary danger"
              type="button"
              ?disabled=${this.#busy}
              aria-label=${text.cancelLabel(subscription.name)}
              @click=${() => this.#ask({ action: 'cancel', id: subscription.id })}
            >
              ${text.cancel}
            </button>`
            : nothing
        }
      </div>
    </li>`;
  }

  #renderKey(subscription: ApimSubscription, key: KeyName, strings: Strings): TemplateResult {
    const text = strings.subscriptions;
    const label = key === 'primary' ? text.primaryKey : text.secondaryKey;
    const keys = this.#keys.get(subscription.id);
    const visible = this.#visible.has(`${subscription.id}:${key}`) && keys;
    const value = keys ? (key === 'primary' ? keys.primaryKey : keys.secondaryKey) : '';
    return html`<div part="key" class="key" data-key=${key}>
      <span class="label">${label}</span>
      <code class="key-value" aria-label=${visible ? label : text.hiddenKey(label)}>${visible ? value : '••••••••••••••••'}</code>
      <button class="secondary" type="button" aria-pressed=${visible ? 'true' : 'false'} aria-label=${text.showLabel(label, subscription.name)} @click=${() => this.#toggle(subscription, key)}>
        ${text.show}
      </button>
      <button class="secondary" type="button" aria-label=${text.copyLabel(label, subscription.name)} @click=${() => this.#copy(subscription, key, label)}>${text.copy}</button>
      <button
        class="secondary"
        type="button"
        ?disabled=${this.#busy}
        aria-label=${text.regenerateLabel(label, subscription.name)}
        @click=${() => this.#ask({ action: 'regenerate', id: subscription.id, key })}
      >
        ${text.regenerate}
      </button>
    </div>`;
  }

  #renderConfirmation(subscription: ApimSubscription, confirm: Confirmation, strings: Strings): TemplateResult {
    const text = strings.subscriptions;
    const question =
      confirm.action === 'cancel'
        ? text.confirmCancel(subscription.name)
        : text.confirmRegenerate(confirm.key === 'primary' ? text.primaryKey : text.secondaryKey, subscription.name);
    return html`<div class="confirm" role="group" aria-label=${question}>
      <p>${question}</p>
      <button class="primary danger" type="button" ?disabled=${this.#busy} @click=${() => this.#confirmed(subscription, confirm)}>
        ${confirm.action === 'cancel' ? text.confirmCancelButton : text.confirmRegenerateButton}
      </button>
      <button class="secondary" type="button" @click=${this.#dismiss}>${text.keep}</button>
    </div>`;
  }

  #renderOffer(product: ApimProduct, strings: Strings): TemplateResult {
    const text = strings.subscriptions;
    const name = this.#newNames.get(product.id) ?? text.defaultName(product.name);
    const inputId = `new-${product.id}`;
    return html`<li part="product" class="offer" data-product=${product.id}>
      <h3 class="group-title">${product.name}</h3>
      ${product.description ? html`<p class="meta">${product.description}</p>` : nothing}
      <p class="meta">${product.approvalRequired ? text.needsApproval : text.approvedAtOnce}</p>
      <form class="subscribe" @submit=${(event: Event) => this.#subscribe(event, product)}>
        <label for=${inputId} class="label">${text.subscriptionName}</label>
        <input id=${inputId} required .value=${name} @input=${(event: Event) => this.#newNames.set(product.id, (event.target as HTMLInputElement).value)} />
        <button class="primary" type="submit" ?disabled=${this.#busy} aria-label=${text.subscribeLabel(product.name)}>${text.subscribe}</button>
      </form>
    </li>`;
  }

  readonly #signUp = (): void => {
    const controller = this.#apim.controller;
    if (!controller) return;
    this.#actionProblem = null;
    controller.signUp().then(
      () => this.#announce(this.#strings().subscriptions.signedUp),
      (error: unknown) => this.#fail(error),
    );
  };

  #ask(confirm: Confirmation): void {
    this.#confirm = confirm;
    this.#renaming = null;
    this.requestUpdate();
  }

  readonly #dismiss = (): void => {
    this.#confirm = null;
    this.requestUpdate();
  };

  #startRenaming(subscription: ApimSubscription): void {
    this.#renaming = { id: subscription.id, value: subscription.name };
    this.#confirm = null;
    this.requestUpdate();
  }

  readonly #stopRenaming = (): void => {
    this.#renaming = null;
    this.requestUpdate();
  };

  readonly #saveName = (event: Event): void => {
    event.preventDefault();
    const renaming = this.#renaming;
    if (!renaming || !renaming.value.trim()) return;
    void this.#run(
      'rename',
      (controller) => controller.rename(renaming.id, renaming.value),
      () => (this.#renaming = null),
    );
  };

  #confirmed(subscription: ApimSubscription, confirm: Confirmation): void {
    if (confirm.action === 'cancel') {
      void this.#run(
        'cancel',
        (controller) => controller.cancel(subscription.id),
        () => (this.#confirm = null),
      );
      return;
    }
    const action: SubscriptionAction = confirm.key === 'primary' ? 'regenerate-primary' : 'regenerate-secondary';
    void this.#run(
      action,
      async (controller) => {
        this.#keys.set(subscription.id, await controller.regenerateKey(subscription.id, confirm.key));
        return controller.subscriptions.find((item) => item.id === subscription.id) ?? subscription;
      },
      () => (this.#confirm = null),
    );
  }

  #subscribe(event: Event, product: ApimProduct): void {
    event.preventDefault();
    const name = (this.#newNames.get(product.id) ?? this.#strings().subscriptions.defaultName(product.name)).trim();
    if (!name) return;
    void this.#run(
      'subscribe',
      (controller) => controller.subscribeTo(product.id, name),
      () => this.#newNames.delete(product.id),
    );
  }

  /** Runs one change, announces it, fires `portico-subscription-change`; a failure shows in the diagnostic panel. */
  async #run(
    action: SubscriptionAction,
    change: (controller: NonNullable<ApimConsumer['controller']>) => Promise<ApimSubscription>,
    done: () => void,
  ): Promise<void> {
    const controller = this.#apim.controller;
    if (!controller || this.#busy) return;
    this.#busy = true;
    this.#actionProblem = null;
    this.#status = this.#strings().subscriptions.working;
    this.requestUpdate();
    try {
      const subscription = await change(controller);
      done();
      this.#busy = false;
      this.#announce(doneMessage(this.#strings(), action, subscription));
      this.dispatchEvent(new PorticoSubscriptionChangeEvent({ subscription, action }));
    } catch (error) {
      this.#busy = false;
      this.#fail(error);
    }
  }

  async #revealKeys(subscription: ApimSubscription): Promise<SubscriptionKeys | null> {
    const controller = this.#apim.controller;
    if (!controller) return null;
    try {
      const keys = await controller.keys(subscription.id);
      this.#keys.set(subscription.id, keys);
      return keys;
    } catch (error) {
      this.#fail(error);
      return null;
    }
  }

  async #toggle(subscription: ApimSubscription, key: KeyName): Promise<void> {
    const slot = `${subscription.id}:${key}`;
    if (this.#visible.delete(slot)) {
      this.requestUpdate();
      return;
    }
    if (await this.#revealKeys(subscription)) {
      this.#visible.add(slot);
      this.requestUpdate();
    }
  }

  async #copy(subscription: ApimSubscription, key: KeyName, label: string): Promise<void> {
    const keys = await this.#revealKeys(subscription);
    if (!keys) return;
    try {
      await navigator.clipboard.writeText(key === 'primary' ? keys.primaryKey : keys.secondaryKey);
      this.#announce(this.#strings().subscriptions.copied(label));
    } catch {
      this.#announce(this.#strings().subscriptions.copyFailed);
    }
  }

  #announce(message: string): void {
    this.#status = message;
    this.requestUpdate();
  }

  #fail(error: unknown): void {
    const problem = toApimError(error);
    this.#actionProblem = { code: problem.code, message: problem.message, hint: problem.hint };
    this.#status = '';
    this.requestUpdate();
  }

  #forgetShown(): void {
    this.#keys.clear();
    this.#visible.clear();
    this.#confirm = null;
    this.#renaming = null;
    this.#actionProblem = null;
  }

  #formatDate(value: string): string {
    const date = new Date(value);
    if (Number.isNaN(date.getTime())) return value;
    try {
      return new Intl.DateTimeFormat(localeOf(this) || undefined, { dateStyle: 'medium' }).format(date);
    } catch {
      return date.toISOString().slice(0, 10);
    }
  }

  /** The catalogue for messages of actions that finish after the render that started them. */
  #strings(): Strings {
    return stringsFor(this);
  }
}

/** What the live region says once an action is done. */
function doneMessage(strings: Strings, action: SubscriptionAction, subscription: ApimSubscription): string {
  const text = strings.subscriptions;
  const { name } = subscription;
  switch (action) {
    case 'subscribe':
      return subscription.state === SubscriptionState.Submitted ? text.submitted(name) : text.subscribed(name);
    case 'rename':
      return text.renamed(name);
    case 'cancel':
      return text.cancelled(name);
    case 'regenerate-primary':
      return text.regeneratedPrimary(name);
    default:
      return text.regeneratedSecondary(name);
  }
}

define('portico-subscriptions', PorticoSubscriptions);

declare global {
  interface HTMLElementTagNameMap {
    'portico-subscriptions': PorticoSubscriptions;
  }
}
