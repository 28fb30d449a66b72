import { ContextConsumer } from '@lit/context';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { authContext } from './context.js';
import { attachContextRoot, providerStatus, UnknownProviderGrace, type ConsumerStatus } from './provider-lookup.js';
import { providerRegistry, type ProviderEntry } from './registry.js';
import type { AuthController } from './types.js';

/**
 * Finds a widget's auth controller and re-renders the widget whenever it changes: by the widget's
 * `auth` id, else the nearest enclosing `<portico-auth>` (context), else the page's only or
 * `default` provider. Providers that appear later, or are fixed later, are picked up.
 */
export class AuthConsumer implements ReactiveController {
  #entry: ProviderEntry | undefined;
  #contextEntry: ProviderEntry | undefined;
  #id = '';
  readonly #grace = new UnknownProviderGrace(() => this.host.requestUpdate());
  #unsubscribeRegistry: (() => void) | undefined;
  #unsubscribeController: (() => void) | undefined;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly readId: () => string,
  ) {
    host.addController(this);
    attachContextRoot();
    new ContextConsumer(host, {
      context: authContext,
      subscribe: true,
      callback: (entry) => {
        this.#contextEntry = entry;
        this.#resolve();
      },
    });
  }

  get entry(): ProviderEntry | undefined {
    return this.#entry;
  }

  get controller(): AuthController | null {
    return this.#entry?.controller ?? null;
  }

  get status(): ConsumerStatus {
    return providerStatus(this.#entry, this.#grace.over);
  }

  /** The provider id the widget asked for, or '' when it relies on context or the page default. */
  get requestedId(): string {
    return this.#id;
  }

  hostConnected(): void {
    this.#unsubscribeRegistry = providerRegistry().subscribe(() => this.#resolve());
    this.#grace.start();
    this.#resolve();
  }

  hostDisconnected(): void {
    this.#unsubscribeRegistry?.();
    this.#unsubscribeController?.();
    this.#unsubscribeController = undefined;
    this.#grace.stop();
  }

  hostUpdate(): void {
    if (this.readId().trim() !== this.#id) this.#resolve();
  }

  #resolve(): void {
    this.#id = this.readId().trim();
    const registry = providerRegistry();
    const entry = this.#id ? registry.get(this.#id) : (this.#contextEntry ?? registry.fallback());
    if (entry === this.#entry) return;
    this.#entry = entry;
    this.#unsubscribeController?.();
    this.#unsubscribeController = entry?.controller?.subscribe(() => this.host.requestUpdate());
    this.host.requestUpdate();
  }
}
