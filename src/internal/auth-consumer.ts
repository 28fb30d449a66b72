import { ContextConsumer } from '@lit/context';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { providerRegistry, type ProviderEntry } from '../auth/registry.js';
import type { AuthController } from '../auth/types.js';
import { authContext } from './auth-context.js';
import { attachContextRoot, providerStatus, UnknownProviderGrace, type ConsumerStatus } from './provider-lookup.js';
import { parseIds } from './provider-status.js';

/** One provider a widget covers, found or not. */
export interface CoveredProvider {
  /** The id asked for, or the found provider's id ('' when the widget named none and none was found). */
  readonly id: string;
  readonly entry: ProviderEntry | undefined;
  readonly status: ConsumerStatus;
}

export interface AuthConsumerOptions {
  /**
   * Cover every provider listed in the (space-separated) ids, or every registered one when none is
   * listed and the widget is not inside a `<portico-auth>` (`<portico-sign-in auth="a b">`). By
   * default a widget covers exactly one provider.
   */
  readonly many?: boolean;
}

/**
 * Finds a widget's providers and re-renders the widget whenever one comes, goes or changes state:
 * the ids the widget names (its `auth` attribute), else the nearest enclosing `<portico-auth>`
 * (context), else the page's only or `default` provider (or, with `many`, every registered one).
 * After a grace period it tells a missing provider (`unknown`) from one still on its way (`waiting`).
 */
export class AuthConsumer implements ReactiveController {
  #context: ProviderEntry | undefined;
  readonly #grace = new UnknownProviderGrace(() => this.host.requestUpdate());
  #unsubscribeRegistry: (() => void) | undefined;
  readonly #subscriptions = new Map<AuthController, () => void>();

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly readIds: () => string,
    private readonly options: AuthConsumerOptions = {},
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

  /** The providers covered now, in the order of the ids (or of declaration); exactly one without `many`. */
  get providers(): readonly CoveredProvider[] {
    return this.#entries().map(([id, entry]) => ({ id, entry, status: providerStatus(entry, this.#grace.over) }));
  }

  /** The (first) covered provider's entry. */
  get entry(): ProviderEntry | undefined {
    return this.#entries()[0]?.[1];
  }

  get controller(): AuthController | null {
    return this.entry?.controller ?? null;
  }

  get status(): ConsumerStatus {
    return providerStatus(this.entry, this.#grace.over);
  }

  /** The provider id the widget asked for, or '' when it relies on context or the page default. */
  get requestedId(): string {
    return this.options.many ? (parseIds(this.readIds())[0] ?? '') : this.readIds().trim();
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
    const wanted = new Set(this.#entries().flatMap(([, entry]) => (entry?.controller ? [entry.controller] : [])));
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

  #entries(): Array<[string, ProviderEntry | undefined]> {
    const registry = providerRegistry();
    if (!this.options.many) {
      const id = this.readIds().trim();
      const entry = id ? registry.get(id) : (this.#context ?? registry.fallback());
      return [[id || (entry?.id ?? ''), entry]];
    }
    const ids = parseIds(this.readIds());
    if (ids.length) return ids.map((id) => [id, registry.get(id)]);
    if (this.#context) return [[this.#context.id, this.#context]];
    return registry.all().map((entry) => [entry.id, entry]);
  }
}
