import { ContextConsumer, ContextRoot } from '@lit/context';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { authContext } from './context.js';
import { providerRegistry, type ProviderEntry } from './registry.js';
import type { AuthController } from './types.js';

/** How long after the document has loaded a widget keeps waiting for the provider it names. */
export const UNKNOWN_PROVIDER_GRACE_MS = 1500;

/**
 * `waiting`: no provider yet (it may still be parsed or defined); `unknown`: still none after the
 * page loaded and a grace period; `unavailable`: the provider is misconfigured; `ready`: usable.
 */
export type ConsumerStatus = 'waiting' | 'unknown' | 'unavailable' | 'ready';

let contextRoot: ContextRoot | undefined;

/**
 * Finds a widget's auth controller and re-renders the widget whenever it changes: by the widget's
 * `auth` id, else the nearest enclosing `<portico-auth>` (context), else the page's only or
 * `default` provider. Providers that appear later, or are fixed later, are picked up.
 */
export class AuthConsumer implements ReactiveController {
  #entry: ProviderEntry | undefined;
  #contextEntry: ProviderEntry | undefined;
  #id = '';
  #graceOver = false;
  #unsubscribeRegistry: (() => void) | undefined;
  #unsubscribeController: (() => void) | undefined;
  #graceTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly readId: () => string,
  ) {
    host.addController(this);
    contextRoot ??= attachContextRoot();
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
    if (this.#entry?.controller) return 'ready';
    if (this.#entry?.error) return 'unavailable';
    return this.#graceOver ? 'unknown' : 'waiting';
  }

  /** The provider id the widget asked for, or '' when it relies on context or the page default. */
  get requestedId(): string {
    return this.#id;
  }

  hostConnected(): void {
    this.#unsubscribeRegistry = providerRegistry().subscribe(() => this.#resolve());
    this.#startGrace();
    this.#resolve();
  }

  hostDisconnected(): void {
    this.#unsubscribeRegistry?.();
    this.#unsubscribeController?.();
    this.#unsubscribeController = undefined;
    clearTimeout(this.#graceTimer);
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

  #startGrace(): void {
    if (this.#graceOver) return;
    const begin = () => {
      this.#graceTimer = setTimeout(() => {
        this.#graceOver = true;
        this.host.requestUpdate();
      }, UNKNOWN_PROVIDER_GRACE_MS);
    };
    if (document.readyState === 'complete') begin();
    else window.addEventListener('load', begin, { once: true });
  }
}

/** Lets a widget that asks for its provider before that provider is defined get an answer later. */
function attachContextRoot(): ContextRoot {
  const root = new ContextRoot();
  root.attach(document.documentElement);
  return root;
}
