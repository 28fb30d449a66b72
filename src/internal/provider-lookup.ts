import { ContextRoot } from '@lit/context';
import type { ProviderEntry } from '../auth/registry.js';

/** How long after the document has loaded a widget keeps waiting for the provider it names. */
export const UNKNOWN_PROVIDER_GRACE_MS = 1500;

/**
 * `waiting`: no provider yet (it may still be parsed or defined); `unknown`: still none after the
 * page loaded and a grace period; `unavailable`: the provider is misconfigured; `ready`: usable.
 */
export type ConsumerStatus = 'waiting' | 'unknown' | 'unavailable' | 'ready';

/** What a widget can make of the provider it found (or did not find). */
export function providerStatus(entry: ProviderEntry | undefined, graceOver: boolean): ConsumerStatus {
  if (entry?.controller) return 'ready';
  if (entry?.error) return 'unavailable';
  return graceOver ? 'unknown' : 'waiting';
}

let contextRoot: ContextRoot | undefined;

/**
 * Lets a widget that asks for its enclosing provider before that provider is defined get an
 * answer later. One root for the page, attached the first time a widget needs it.
 */
export function attachContextRoot(): void {
  if (contextRoot) return;
  contextRoot = new ContextRoot();
  contextRoot.attach(document.documentElement);
}

/**
 * The grace period after which a provider still missing is `unknown` rather than `waiting`:
 * it starts once the document has loaded, and tells `onOver` when it ends.
 */
export class UnknownProviderGrace {
  #over = false;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #begin: (() => void) | undefined;

  constructor(private readonly onOver: () => void) {}

  get over(): boolean {
    return this.#over;
  }

  start(): void {
    if (this.#over || this.#begin) return;
    this.#begin = () => {
      this.#timer = setTimeout(() => {
        this.#over = true;
        this.onOver();
      }, UNKNOWN_PROVIDER_GRACE_MS);
    };
    if (document.readyState === 'complete') this.#begin();
    else window.addEventListener('load', this.#begin, { once: true });
  }

  /** Stops counting while the widget is off the page; `start()` counts again from the beginning. */
  stop(): void {
    if (this.#begin) window.removeEventListener('load', this.#begin);
    clearTimeout(this.#timer);
    this.#begin = undefined;
  }
}
