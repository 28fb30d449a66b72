/**
 * `promise`, or a rejection with `signal.reason` (an `AbortError` `DOMException` unless the caller
 * gave another reason, as `fetch` does) as soon as `signal` aborts. The work behind `promise` goes
 * on: other callers sharing it still get its result.
 */
export function abortable<T>(promise: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return promise;
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}
