import type { PorticoAuthError } from './errors.js';
import type { AuthController } from './types.js';

/** The provider id a `<portico-auth>` without an `id` registers under. */
export const DEFAULT_PROVIDER_ID = 'default';

/** One declared provider: working (`controller`) or misconfigured (`error`). */
export interface ProviderEntry {
  readonly id: string;
  readonly label: string;
  readonly controller: AuthController | null;
  readonly error: PorticoAuthError | null;
}

/**
 * The page's providers by id. Framework-free; shared through `globalThis` so that two copies
 * of Portico on one page still see each other's providers. The entry type is open so that other
 * page-wide services declared by an element (`<portico-apim>`) are registered and found the same way.
 */
export class ProviderRegistry<E extends { readonly id: string } = ProviderEntry> {
  readonly #entries = new Map<string, E>();
  readonly #owners = new Map<string, object>();
  readonly #listeners = new Set<() => void>();

  /**
   * Registers or replaces `owner`'s entry under `entry.id`.
   * @returns `false` when another owner already holds that id.
   */
  set(owner: object, entry: E): boolean {
    const holder = this.#owners.get(entry.id);
    if (holder && holder !== owner) return false;
    this.#owners.set(entry.id, owner);
    this.#entries.set(entry.id, entry);
    this.#notify();
    return true;
  }

  /** Removes `owner`'s entry under `id`, if it holds it. */
  delete(owner: object, id: string): void {
    if (this.#owners.get(id) !== owner) return;
    this.#owners.delete(id);
    this.#entries.delete(id);
    this.#notify();
  }

  get(id: string): E | undefined {
    return this.#entries.get(id);
  }

  /** Every provider, in the order they were declared. */
  all(): readonly E[] {
    return [...this.#entries.values()];
  }

  /** The provider a widget uses when it names none: the page's only one, else `default`. */
  fallback(): E | undefined {
    const entries = this.all();
    return entries.length === 1 ? entries[0] : this.get(DEFAULT_PROVIDER_ID);
  }

  /** Calls `listener` whenever a provider is added, changed or removed; returns the unsubscribe function. */
  subscribe(listener: () => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  #notify(): void {
    for (const listener of this.#listeners) listener();
  }
}

const GLOBAL_KEY = Symbol.for('portico.provider-registry');

/** The page's registry, created on first use. */
export function providerRegistry(): ProviderRegistry {
  const holder = globalThis as { [GLOBAL_KEY]?: ProviderRegistry };
  holder[GLOBAL_KEY] ??= new ProviderRegistry();
  return holder[GLOBAL_KEY];
}
