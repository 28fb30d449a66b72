import { ContextConsumer } from '@lit/context';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { attachContextRoot, providerStatus, UnknownProviderGrace, type ConsumerStatus } from '../auth/provider-lookup.js';
import { authContext } from '../auth/context.js';
import { providerRegistry, type ProviderEntry } from '../auth/registry.js';
import type { AuthController } from '../auth/types.js';
import { parseIds } from './provider-status.js';

/** One provider a widget covers, found or not. */
export interface CoveredProvider {
  /** The id asked for, or the registered provider's id. */
  readonly id: string;
  readonly entry: ProviderEntry | undefined;
  readonly status: ConsumerStatus;
}

/**
 * `AuthConsumer` for widgets that cover several providers (`<portico-sign-in auth="a b">`): the
 * ids listed in `auth`, else the enclosing `<portico-auth>` when nested in one, else every
 * registered provider. Re-renders the widget when providers come, go or change state, and
 * after the same grace period as `AuthConsumer` tells a missing provider (`unknown`) from one
 * that is still on its way (`waiting`).
 */
export class ProviderSet implements ReactiveController {
  #context: ProviderEntry | undefined;
  readonly #grace = new UnknownProviderGrace(() => this.host.requestUpdate());
  #unsubscribeRegistry: (() => void) | undefined;
  readonly #subscriptions = new Map<AuthController, () => void>();

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly readIds: () => string,
  ) {
    host.addController(this);
    attachContextRoot();
    new ContextConsumer(host, {
      context: authContext,
      subscribe: true,
      callback: (entry) => {
        this.#context = entry;
        this.host.requestUpdate();
      },
    });
  }

  /** The providers covered now, in the order of `auth` (or of declaration). */
  get providers(): readonly CoveredProvider[] {
    const registry = providerRegistry();
    const ids = parseIds(this.readIds());
    const entries: Array<[string, ProviderEntry | undefined]> = ids.length
      ? ids.map((id) => [id, registry.get(id)])
      : this.#context
        ? [[this.#context.id, this.#context]]
        : registry.all().map((entry) => [entry.id, entry]);
    return entries.map(([id, entry]) => ({ id, entry, status: providerStatus(entry, this.#grace.over) }));
  }

  /** Whether the page has loaded and the grace period for missing providers is over. */
  get graceOver(): boolean {
    return this.#grace.over;
  }

  hostConnected(): void {
    this.#unsubscribeRegistry = providerRegistry().subscribe(() => this.host.requestUpdate());
    this.#grace.start();
    // Providers may have changed while the widget was away from the page.
    this.host.requestUpdate();
  }

  hostDisconnected(): void {
    this.#unsubscribeRegistry?.();
    this.#unsubscribeRegistry = undefined;
    for (const unsubscribe of this.#subscriptions.values()) unsubscribe();
    this.#subscriptions.clear();
    this.#grace.stop();
  }

  /** Follows exactly the controllers covered now: a change of any re-renders the widget. */
  hostUpdate(): void {
    const wanted = new Set(this.providers.flatMap(({ entry }) => (entry?.controller ? [entry.controller] : [])));
    for (const [controller, unsubscribe] of this.#subscriptions) {
      if (wanted.has(controller)) continue;
      unsubscribe();
      this.#subscriptions.delete(controller);
    }
    for (const controller of wanted) {
      if (!this.#subscriptions.has(controller)) {
        this.#subscriptions.set(
          controller,
          controller.subscribe(() => this.host.requestUpdate()),
        );
      }
    }
  }
}
