/**
 * A module of Portico's own fetched the first time it is needed (its own chunk in the CDN build):
 * MSAL, the data API's session, an element's part. Once it has arrived it is at hand at once. A
 * fetch that fails (a flaky network, a host serving dist/cdn/ in part) is remembered as `failed`
 * until `load()` tries again, under a URL of its own: Chromium keeps a failed `import()`'s failure
 * for the page's life, so the loader's own URL would fail again without being fetched.
 */
export class LazyImport<T> {
  #module: T | undefined;
  #loading: Promise<T> | undefined;
  #failures = 0;
  #failed = false;

  /**
   * @param loader fetches the module: `() => import('./x.js')`, which bundlers make a chunk of.
   * @param url the same module's URL, `new URL('./x.js', import.meta.url)`, which the CDN build
   *   points at the chunk: what a retry fetches, with `?retry=n`.
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
