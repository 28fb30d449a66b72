import type { ReactiveControllerHost } from 'lit';

/**
 * A part of an element fetched the first time it is needed (its own chunk in the CDN build), so
 * that a page pays for it only once the user gets that far. Once it has arrived it is at hand at
 * once, for every element of the page. A fetch that fails is remembered (`failed`) until `load()`
 * tries again; the element decides how to show it.
 */
export class LazyModule<T> {
  #module: T | undefined;
  #loading: Promise<T> | undefined;
  #failures = 0;
  #failed = false;

  /**
   * @param loader fetches the module: `() => import('./x.js')`, which bundlers make a chunk of.
   * @param url the same module's URL, `new URL('./x.js', import.meta.url)` (the CDN build points it
   *   at the chunk). A retry fetches it with a query of its own: Chromium keeps a failed `import()`'s
   *   failure for the page's life, so the loader's own URL would fail again without being fetched.
   */
  constructor(
    private readonly loader: () => Promise<T>,
    private readonly url: URL,
  ) {}

  /** The module if it has arrived, else undefined. */
  get loaded(): T | undefined {
    return this.#module;
  }

  /** Whether the last fetch failed and no other has started since. */
  get failed(): boolean {
    return this.#failed;
  }

  /**
   * The module if it has arrived; otherwise undefined, fetching it and re-rendering `host` when it
   * arrives or fails. After a failure it fetches again only when told to `retry` (for a user's
   * action asking for the part anew), since every render would retry otherwise.
   */
  for(host: ReactiveControllerHost, retry = false): T | undefined {
    if (!this.#module && (retry || !this.#failed)) this.load().then(rerender(host), rerender(host));
    return this.#module;
  }

  /** The module, fetched if it has not been yet, or again after a failure. */
  load(): Promise<T> {
    this.#loading ??= this.#fetch();
    return this.#loading;
  }

  async #fetch(): Promise<T> {
    this.#failed = false;
    try {
      const retry = this.#failures > 0 ? `${this.url.href}?retry=${this.#failures}` : '';
      return (this.#module = await (retry ? (import(/* @vite-ignore */ retry) as Promise<T>) : this.loader()));
    } catch (error) {
      this.#failures++;
      this.#failed = true;
      this.#loading = undefined;
      throw error;
    }
  }
}

function rerender(host: ReactiveControllerHost): () => void {
  return () => host.requestUpdate();
}
