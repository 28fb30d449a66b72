import type { ReactiveControllerHost } from 'lit';

/**
 * A part of an element fetched the first time it is needed (its own chunk in the CDN build), so
 * that a page pays for it only once the user gets that far. Once it has arrived it is at hand at
 * once, for every element of the page.
 */
export class LazyModule<T> {
  #module: T | undefined;
  #loading: Promise<T> | undefined;

  constructor(private readonly loader: () => Promise<T>) {}

  /** The module if it has arrived, else undefined. */
  get loaded(): T | undefined {
    return this.#module;
  }

  /** The module if it has arrived; otherwise undefined, fetching it and re-rendering `host` when it arrives. */
  for(host: ReactiveControllerHost): T | undefined {
    if (!this.#module) this.load().then(() => host.requestUpdate(), ignore);
    return this.#module;
  }

  /** The module, fetched if it has not been yet; a failed fetch is logged and tried again next time. */
  load(): Promise<T> {
    this.#loading ??= this.loader().then(
      (module) => (this.#module = module),
      (error: unknown) => {
        this.#loading = undefined;
        console.error('Portico: a part of the widget could not be loaded; check that dist/cdn/ is hosted whole.', error);
        throw error;
      },
    );
    return this.#loading;
  }
}

function ignore(): void {}
