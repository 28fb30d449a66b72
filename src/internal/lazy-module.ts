import type { ReactiveControllerHost } from 'lit';
import { LazyImport } from '../auth/lazy-import.js';

/**
 * A part of an element fetched the first time it is needed (see LazyImport), so that a page pays
 * for it only once the user gets that far; the element re-renders when it arrives or fails, and
 * decides how to show a failure.
 */
export class LazyModule<T> extends LazyImport<T> {
  /**
   * The module if it has arrived; otherwise undefined, fetching it and re-rendering `host` when it
   * arrives or fails. After a failure it fetches again only when told to `retry` (for a user's
   * action asking for the part anew), since every render would retry otherwise.
   */
  for(host: ReactiveControllerHost, retry = false): T | undefined {
    if (!this.loaded && (retry || !this.failed)) this.load().then(rerender(host), rerender(host));
    return this.loaded;
  }
}

function rerender(host: ReactiveControllerHost): () => void {
  return () => host.requestUpdate();
}
