import { indexOperations } from './openapi/index-operations.js';
import { fromColumns, type OperationColumns } from './openapi/operation-columns.js';
import { unpackValue, type PackedValue } from './openapi/packed-value.js';
import { parseSpec } from './openapi/parse.js';
import { SpecError, type ApiIndex, type SpecDocument, type SpecErrorReason } from './openapi/types.js';

/**
 * What the page sends the worker: the description's bytes, whole and transferred, not copied. Not
 * the body's stream: a stream transferred to a worker is still read on the page's thread, each
 * chunk copied into a message, tens of milliseconds of the page's time per chunk of a large body.
 */
export interface WorkerRequest {
  readonly bytes: ArrayBuffer;
}

/** What the worker sends back: that it runs, then the index and the packed document, or why not. */
export type WorkerAnswer =
  | { readonly kind: 'ready' }
  | {
      readonly kind: 'index';
      readonly index: Omit<ApiIndex, 'document' | 'operations'> & { readonly operations: OperationColumns };
      readonly document: PackedValue;
    }
  | { readonly kind: 'invalid'; readonly reason: SpecErrorReason; readonly detail: string }
  | { readonly kind: 'failed'; readonly message: string };

/** A worker that has not said it runs by then is taken for one the page cannot run. */
const READY_TIMEOUT_MS = 10_000;

/**
 * Reads a description into an operation index off the page's thread: a module worker (started at
 * once, so it boots while the description downloads) decodes, parses and indexes it, and the page unpacks
 * the document part by part as operations are opened. Where the page cannot run the worker (a
 * Content-Security-Policy without `worker-src 'self'` or `script-src 'self'`, a bundler that left
 * it out), the description is read on the page's thread, as before.
 */
export class DescriptionReader {
  readonly #worker: Worker | null;
  readonly #ready: Promise<boolean>;

  constructor() {
    this.#worker = startWorker();
    const worker = this.#worker;
    this.#ready = worker
      ? new Promise<boolean>((resolve) => {
          const timer = setTimeout(() => resolve(false), READY_TIMEOUT_MS);
          const settle = (ready: boolean) => {
            clearTimeout(timer);
            resolve(ready);
          };
          worker.addEventListener('message', (event: MessageEvent<WorkerAnswer>) => settle(event.data.kind === 'ready'), { once: true });
          worker.addEventListener('error', () => settle(false), { once: true });
        })
      : Promise.resolve(false);
  }

  /** The body's description, indexed. @throws {SpecError} when it is not one Portico reads. */
  async read(response: Response, signal: AbortSignal): Promise<ApiIndex> {
    const worker = this.#worker;
    if (!worker || !(await this.#ready)) return indexOperations(await parseSpec(await response.text()));
    // The browser gathers the bytes off the page's script; the page never decodes or parses them.
    const bytes = await response.arrayBuffer();
    signal.throwIfAborted();
    const answer = new Promise<WorkerAnswer>((resolve, reject) => {
      worker.addEventListener('message', (event: MessageEvent<WorkerAnswer>) => resolve(event.data), { once: true });
      worker.addEventListener('error', (event) => reject(new Error(event.message || 'the description worker failed')), { once: true });
      signal.addEventListener('abort', () => reject(signal.reason), { once: true });
    });
    worker.postMessage({ bytes } satisfies WorkerRequest, [bytes]);
    const data = await answer;
    if (data.kind === 'invalid') throw new SpecError(data.reason, data.detail);
    if (data.kind !== 'index') throw new Error(data.kind === 'failed' ? data.message : 'the description worker answered out of turn');
    const operations = fromColumns(data.index.operations);
    // Receiving the index (the message's copy, the entries built from it) and rendering the picker from it are two tasks, not one long one.
    await new Promise((resolve) => setTimeout(resolve, 0));
    signal.throwIfAborted();
    return { ...data.index, operations, document: unpackValue(data.document) as SpecDocument };
  }

  /** Stops the worker: once the description is read, or when it is no longer wanted. */
  close(): void {
    this.#worker?.terminate();
  }
}

function startWorker(): Worker | null {
  try {
    return new Worker(new URL('./spec-worker.js', import.meta.url), { type: 'module', name: 'portico-openapi' });
  } catch {
    return null; // no Worker here, or a URL the page may not load
  }
}
