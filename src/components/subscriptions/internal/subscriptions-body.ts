import { css, html, nothing, type TemplateResult } from 'lit';
import type { ApimController } from '../../../apim/apim-controller.js';
import { toApimError } from '../../../apim/errors.js';
import { ApimState, SubscriptionState, type ApimProduct, type ApimSubscription, type KeyName, type SubscriptionKeys } from '../../../apim/types.js';
import { PorticoSubscriptionChangeEvent, type SubscriptionAction } from '../../../events/portico-subscription-change-event.js';
import { scopeLabel } from '../../../internal/apim-scope-label.js';
import type { Problem } from '../../../internal/diagnostic.js';
import type { Strings } from '../../../internal/strings.js';
import { groupByProduct, type SubscriptionGroup } from './group-by-product.js';

/** What the signed-in views need from `<portico-subscriptions>`. */
export interface SubscriptionsHost {
  controller(): ApimController | null;
  /** The catalogue for messages of actions that finish after the render that started them. */
  strings(): Strings;
  locale(): string;
  requestUpdate(): void;
  dispatchEvent(event: Event): boolean;
}

/** A question the developer must answer before a destructive action. */
type Confirmation = { readonly action: 'regenerate'; readonly id: string; readonly key: KeyName } | { readonly action: 'cancel'; readonly id: string };

const KEY_NAMES: readonly KeyName[] = ['primary', 'secondary'];
const WITH_KEYS: readonly string[] = [SubscriptionState.Active];
const CANCELLABLE: readonly string[] = [SubscriptionState.Active, SubscriptionState.Submitted];

/**
 * What `<portico-subscriptions>` shows once a developer is signed in (the subscriptions, their
 * keys and actions, the products offered, the sign-up), with its styles: fetched when someone
 * signs in, so a signed-out page never loads it.
 */
export class SubscriptionsBody {
  readonly #keys = new Map<string, SubscriptionKeys>();
  readonly #visible = new Set<string>();
  readonly #newNames = new Map<string, string>();
  #confirm: Confirmation | null = null;
  #renaming: { readonly id: string; value: string } | null = null;
  /** An action is running. */
  busy = false;
  /** What the live region says. */
  status = '';
  /** The last action API Management refused. */
  problem: Problem | null = null;

  constructor(private readonly host: SubscriptionsHost) {}

  renderUnknownDeveloper(strings: Strings): TemplateResult {
    const controller = this.host.controller();
    const account = controller?.auth.account;
    const signingUp = controller?.state === ApimState.SigningUp;
    const text = strings.subscriptions;
    return html`<p class="note">${text.unknownDeveloper(account?.name || account?.username || '')}</p>
      <button part="sign-up" class="primary" type="button" ?disabled=${signingUp} aria-busy=${signingUp ? 'true' : 'false'} @click=${this.#signUp}>
        ${signingUp ? text.signingUp : text.signUp}
      </button>`;
  }

  renderRetry(strings: Strings): TemplateResult {
    return html`<button class="secondary" type="button" @click=${() => void this.host.controller()?.connect()}>${strings.tryAgain}</button>`;
  }

  renderReady(strings: Strings): TemplateResult {
    const controller = this.host.controller();
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
              <button class="primary" type="submit" ?disabled=${this.busy}>${text.save}</button>
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
            : html`<button class="secondary" type="button" ?disabled=${this.busy} aria-label=${text.renameLabel(subscription.name)} @click=${() => this.#startRenaming(subscription)}>
              ${text.rename}
            </button>`
        }
        ${
          CANCELLABLE.includes(subscription.state)
            ? html`<button
              class="secondary danger"
              type="button"
              ?disabled=${this.busy}
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
        ?disabled=${this.busy}
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
      <button class="primary danger" type="button" ?disabled=${this.busy} @click=${() => this.#confirmed(subscription, confirm)}>
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
        <button class="primary" type="submit" ?disabled=${this.busy} aria-label=${text.subscribeLabel(product.name)}>${text.subscribe}</button>
      </form>
    </li>`;
  }

  readonly #signUp = (): void => {
    const controller = this.host.controller();
    if (!controller) return;
    this.problem = null;
    controller.signUp().then(
      () => this.#announce(this.host.strings().subscriptions.signedUp),
      (error: unknown) => this.#fail(error),
    );
  };

  #ask(confirm: Confirmation): void {
    this.#confirm = confirm;
    this.#renaming = null;
    this.host.requestUpdate();
  }

  readonly #dismiss = (): void => {
    this.#confirm = null;
    this.host.requestUpdate();
  };

  #startRenaming(subscription: ApimSubscription): void {
    this.#renaming = { id: subscription.id, value: subscription.name };
    this.#confirm = null;
    this.host.requestUpdate();
  }

  readonly #stopRenaming = (): void => {
    this.#renaming = null;
    this.host.requestUpdate();
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
    const name = (this.#newNames.get(product.id) ?? this.host.strings().subscriptions.defaultName(product.name)).trim();
    if (!name) return;
    void this.#run(
      'subscribe',
      (controller) => controller.subscribeTo(product.id, name),
      () => this.#newNames.delete(product.id),
    );
  }

  /** Runs one change, announces it, fires `portico-subscription-change`; a failure shows in the diagnostic panel. */
  async #run(action: SubscriptionAction, change: (controller: ApimController) => Promise<ApimSubscription>, done: () => void): Promise<void> {
    const controller = this.host.controller();
    if (!controller || this.busy) return;
    this.busy = true;
    this.problem = null;
    this.status = this.host.strings().subscriptions.working;
    this.host.requestUpdate();
    try {
      const subscription = await change(controller);
      done();
      this.busy = false;
      this.#announce(doneMessage(this.host.strings(), action, subscription));
      this.host.dispatchEvent(new PorticoSubscriptionChangeEvent({ subscription, action }));
    } catch (error) {
      this.busy = false;
      this.#fail(error);
    }
  }

  async #revealKeys(subscription: ApimSubscription): Promise<SubscriptionKeys | null> {
    const controller = this.host.controller();
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
      this.host.requestUpdate();
      return;
    }
    if (await this.#revealKeys(subscription)) {
      this.#visible.add(slot);
      this.host.requestUpdate();
    }
  }

  async #copy(subscription: ApimSubscription, key: KeyName, label: string): Promise<void> {
    const keys = await this.#revealKeys(subscription);
    if (!keys) return;
    try {
      await navigator.clipboard.writeText(key === 'primary' ? keys.primaryKey : keys.secondaryKey);
      this.#announce(this.host.strings().subscriptions.copied(label));
    } catch {
      this.#announce(this.host.strings().subscriptions.copyFailed);
    }
  }

  #announce(message: string): void {
    this.status = message;
    this.host.requestUpdate();
  }

  #fail(error: unknown): void {
    const problem = toApimError(error);
    this.problem = { code: problem.code, message: problem.message, hint: problem.hint };
    this.status = '';
    this.host.requestUpdate();
  }

  /** Forgets what was shown: another developer (or none) is signed in. */
  forget(): void {
    this.#keys.clear();
    this.#visible.clear();
    this.#confirm = null;
    this.#renaming = null;
    this.problem = null;
  }

  #formatDate(value: string): string {
    const date = new Date(value);
    if (Number.isNaN(date.getTime())) return value;
    try {
      return new Intl.DateTimeFormat(this.host.locale() || undefined, { dateStyle: 'medium' }).format(date);
    } catch {
      return date.toISOString().slice(0, 10);
    }
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

/** The signed-in views' styles, added to the element's when they arrive. */
export const bodyStyles = css`
    .heading {
      margin: 0 0 0.5rem;
      font-size: 1.15em;
    }
    .group,
    .offer {
      display: grid;
      gap: 0.5rem;
      padding: var(--_portico-space-3);
      border: 1px solid var(--_portico-border);
      border-radius: var(--_portico-radius);
      background: var(--_portico-surface);
    }
    .mine,
    .offered {
      display: grid;
      gap: 0.75rem;
    }
    .group-title,
    .name {
      margin: 0;
      font-size: 1em;
    }
    .list,
    .products {
      display: grid;
      gap: 0.75rem;
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .subscription {
      display: grid;
      gap: 0.375rem;
      padding-block-start: 0.5rem;
      border-block-start: 1px solid var(--_portico-border);
    }
    .title-row,
    .key,
    .actions,
    .confirm,
    .rename,
    .subscribe {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.5rem;
    }
    .confirm {
      padding: 0.5rem;
      border: 1px solid var(--_portico-error);
      border-radius: var(--_portico-radius);
    }
    .confirm p {
      flex-basis: 100%;
      margin: 0;
    }
    .meta {
      margin: 0;
      color: var(--_portico-muted);
    }
    .label {
      min-inline-size: 8em;
      font-weight: 600;
    }
    .state {
      padding: 0 0.5rem;
      border-radius: 999px;
      background: var(--_portico-chip);
      color: var(--_portico-on-chip);
      font-size: 0.9em;
    }
    .key-value {
      padding: 0.125rem 0.375rem;
      border: 1px solid var(--_portico-border);
      border-radius: 4px;
      font-family: var(--_portico-font-mono);
      overflow-wrap: anywhere;
    }
    input {
      padding: 0.25rem 0.5rem;
      border: 1px solid var(--_portico-border);
      border-radius: var(--_portico-radius);
      background: var(--_portico-surface);
      color: var(--_portico-text);
      font: inherit;
    }
    button {
      padding: 0.25rem 0.75rem;
      border: 1px solid var(--_portico-accent);
      border-radius: var(--_portico-radius);
      font: inherit;
      cursor: pointer;
    }
    .primary {
      background: var(--_portico-accent);
      color: var(--_portico-on-accent);
      font-weight: 600;
    }
    .secondary {
      background: var(--_portico-surface);
      color: var(--_portico-accent);
    }
    .danger.secondary {
      border-color: var(--_portico-error);
      color: var(--_portico-error);
    }
    .danger.primary {
      border-color: var(--_portico-error);
      background: var(--_portico-error);
      color: var(--_portico-surface);
    }
    button:disabled {
      cursor: progress;
      opacity: 0.65;
    }
    button:focus-visible,
    input:focus-visible {
      outline: 2px solid var(--_portico-focus);
      outline-offset: 2px;
    }
`;
