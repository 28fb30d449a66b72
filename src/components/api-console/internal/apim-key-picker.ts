import { nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { ApimController } from '../../../apim/apim-controller.js';
import { scopeCovers } from '../../../apim/scope.js';
import { ApimState, SubscriptionState, type ApimSubscription, type KeyName, type SubscriptionKeys } from '../../../apim/types.js';
import { ApimConsumer, unknownApimProblem } from '../../../internal/apim-consumer.js';
import { scopeLabel } from '../../../internal/apim-scope-label.js';
import type { Problem } from '../../../internal/diagnostic.js';
import { addEnglish, type Strings } from '../../../internal/strings.js';
import { apim } from '../../../internal/strings/en/apim.js';
import { renderKeyPicker } from './render-key-picker.js';

addEnglish(apim);

/** One key the developer may send: a subscription covering the API, and which of its two keys. */
export interface KeyOption {
  /** `{subscriptionId} {key}`: what the picker's `<select>` holds (never the key itself). */
  readonly value: string;
  readonly subscription: ApimSubscription;
  readonly key: KeyName;
}

/** What the picker shows: a message while there is nothing to pick, else the options. */
export type KeyPickerView =
  | { readonly kind: 'off' }
  | { readonly kind: 'message'; readonly message: string; readonly busy: boolean }
  | {
      readonly kind: 'options';
      /** Each with its label, "subscription (product) · primary". */
      readonly options: readonly (KeyOption & { readonly label: string })[];
      readonly chosen: string;
      /** The chosen subscription's keys are being fetched. */
      readonly loading: boolean;
      /** Fetching them failed; `retry` asks again. */
      readonly failed: boolean;
    };

/** The products holding the API, asked once per back end, developer and API. */
interface Holding {
  readonly controller: ApimController;
  readonly key: string;
  ids: readonly string[] | null;
  failed: boolean;
}

/** The chosen subscription's keys, as the controller handed them out (a new promise after a regeneration). */
interface LoadedKeys {
  readonly subscriptionId: string;
  readonly promise: Promise<SubscriptionKeys>;
  value: SubscriptionKeys | null;
  failed: boolean;
}

/**
 * `<portico-api-console apim api-id>`: the developer's own subscription keys for the API, from the
 * `<portico-apim>` named by `apim`. Offers the primary and secondary key of every active
 * subscription whose scope covers `api-id` (all APIs, a product holding it, or the API itself);
 * follows subscribing, cancelling and regenerating (`portico-subscription-change`, and the
 * controller's changes). The choice and the keys live in memory only; the console treats the
 * chosen key exactly as a `subscription-key` (allowed origins only, redacted, never stored).
 */
export class ApimKeyPicker implements ReactiveController {
  readonly #apim: ApimConsumer;
  #holding: Holding | null = null;
  #keys: LoadedKeys | null = null;
  #chosen = '';

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly readApim: () => string,
    private readonly readApiId: () => string,
  ) {
    this.#apim = new ApimConsumer(host, readApim);
    host.addController(this);
  }

  /** Whether the console picks its key from the developer's subscriptions (`api-id` is set). */
  get active(): boolean {
    return this.readApiId().trim() !== '';
  }

  /** The chosen key's value; '' while there is none (not signed in, nothing covers the API, not loaded yet). */
  get key(): string {
    const option = this.#options().find(({ value }) => value === this.#chosen);
    const keys = this.#keys;
    if (!option || !keys?.value || keys.subscriptionId !== option.subscription.id) return '';
    return option.key === 'primary' ? keys.value.primaryKey : keys.value.secondaryKey;
  }

  hostConnected(): void {
    document.addEventListener('portico-subscription-change', this.#onSubscriptionChange);
  }

  hostDisconnected(): void {
    document.removeEventListener('portico-subscription-change', this.#onSubscriptionChange);
  }

  hostUpdate(): void {
    this.#sync();
  }

  /** Picks another key (a `KeyOption.value`). */
  choose(value: string): void {
    this.#chosen = value;
    this.host.requestUpdate();
  }

  /** Asks for the chosen subscription's keys again after a failure. */
  retry(): void {
    this.#keys = null;
    this.host.requestUpdate();
  }

  /** The picker, unless `subscription-key` (`configured`) makes it moot. */
  render(strings: Strings, configured: boolean): TemplateResult | typeof nothing {
    return configured ? nothing : renderKeyPicker(this.view(strings), { onChoose: (value) => this.choose(value), onRetry: () => this.retry() }, strings);
  }

  view(strings: Strings): KeyPickerView {
    const text = strings.keyPicker;
    if (!this.active) return { kind: 'off' };
    const status = this.#apim.status;
    if (status === 'unknown') return { kind: 'off' };
    if (status === 'unavailable') return { kind: 'message', message: text.unavailable, busy: false };
    const controller = this.#apim.controller;
    if (!controller) return { kind: 'message', message: text.loading, busy: true };
    switch (controller.state) {
      case ApimState.SignedOut:
        return { kind: 'message', message: text.signedOut, busy: false };
      case ApimState.UnknownDeveloper:
      case ApimState.SigningUp:
        return { kind: 'message', message: text.unknownDeveloper, busy: false };
      case ApimState.Error:
        return { kind: 'message', message: text.failed(controller.error?.message ?? ''), busy: false };
      case ApimState.Connecting:
        return { kind: 'message', message: text.loading, busy: true };
    }
    const holding = this.#holding;
    if (holding?.failed) return { kind: 'message', message: text.failed(''), busy: false };
    if (!holding?.ids) return { kind: 'message', message: text.loading, busy: true };
    const options = this.#options();
    if (!options.length) return { kind: 'message', message: text.none, busy: false };
    const keys = this.#keys;
    const labelled = options.map((option) => ({ ...option, label: optionLabel(option, controller, strings) }));
    return { kind: 'options', options: labelled, chosen: this.#chosen, loading: !keys?.value && !keys?.failed, failed: !!keys?.failed };
  }

  /** An `apim` naming no `<portico-apim>`, or an `apim` without `api-id`: the console still works, without a picked key. */
  problems(strings: Strings): Problem[] {
    if (!this.active) {
      if (!this.readApim().trim()) return [];
      return [{ code: 'invalid-attribute', message: strings.keyPicker.apiIdMissingMessage, hint: strings.keyPicker.apiIdMissingHint, attribute: 'api-id' }];
    }
    return this.#apim.status === 'unknown' ? [unknownApimProblem(strings, this.#apim.requestedId)] : [];
  }

  /** Every key of an active subscription covering the API, once the products holding it are known. */
  #options(): KeyOption[] {
    const controller = this.#apim.controller;
    const productIds = this.#holding?.ids;
    if (!this.active || !controller || controller.state !== ApimState.Ready || !productIds) return [];
    const apiId = this.readApiId().trim();
    return controller.subscriptions
      .filter((subscription) => subscription.state === SubscriptionState.Active && scopeCovers(subscription, apiId, productIds))
      .flatMap((subscription) => (['primary', 'secondary'] as const).map((key) => ({ value: `${subscription.id} ${key}`, subscription, key })));
  }

  /** Asks for what the view needs: the products holding the API, then the chosen subscription's keys. */
  #sync(): void {
    const controller = this.#apim.controller;
    if (!this.active || !controller || controller.state !== ApimState.Ready) {
      this.#holding = null;
      this.#keys = null;
      return;
    }
    const apiId = this.readApiId().trim();
    const key = `${controller.developerId ?? ''} ${apiId}`;
    if (this.#holding?.controller !== controller || this.#holding.key !== key) this.#loadHolding(controller, key, apiId);
    const options = this.#options();
    const chosen = options.find(({ value }) => value === this.#chosen) ?? options[0];
    this.#chosen = chosen?.value ?? '';
    if (chosen) this.#loadKeys(controller, chosen.subscription.id);
  }

  #loadHolding(controller: ApimController, key: string, apiId: string): void {
    const holding: Holding = { controller, key, ids: null, failed: false };
    this.#holding = holding;
    this.#keys = null;
    controller
      .productsForApi(apiId)
      .then(
        (products) => (holding.ids = products.map(({ id }) => id)),
        () => (holding.failed = true),
      )
      .finally(() => {
        if (this.#holding === holding) this.host.requestUpdate();
      });
  }

  /** The controller keeps keys until they change, so asking on every update costs nothing; a failure waits for `retry` or a change. */
  #loadKeys(controller: ApimController, subscriptionId: string): void {
    const current = this.#keys;
    if (current?.subscriptionId === subscriptionId && current.failed) return;
    const promise = controller.keys(subscriptionId);
    if (current?.subscriptionId === subscriptionId && current.promise === promise) return;
    const loaded: LoadedKeys = { subscriptionId, promise, value: null, failed: false };
    this.#keys = loaded;
    promise
      .then(
        (keys) => (loaded.value = keys),
        () => (loaded.failed = true),
      )
      .finally(() => {
        if (this.#keys === loaded) this.host.requestUpdate();
      });
  }

  /** A key regenerated elsewhere on the page: the controller holds the new one; a failed fetch is worth another try. */
  readonly #onSubscriptionChange = (): void => {
    if (this.#keys?.failed) this.#keys = null;
    this.host.requestUpdate();
  };
}

/** "Ada’s prototype (Starter) · primary": the subscription, what its scope covers, which key. */
function optionLabel({ subscription, key }: KeyOption, controller: ApimController, strings: Strings): string {
  const which = key === 'primary' ? strings.keyPicker.primary : strings.keyPicker.secondary;
  return strings.keyPicker.option(subscription.name, scopeLabel(subscription, controller.products, strings), which);
}
