/**
 * A promise that settles once the browser is idle after first paint, or as soon as `wake()` is
 * called: background work waits politely, but a user who needs it now does not wait at all.
 */
export function idleOrWoken(timeout = 2000): { promise: Promise<void>; wake: () => void } {
  let wake!: () => void;
  const promise = new Promise<void>((resolve) => {
    wake = resolve;
    if (typeof requestIdleCallback === 'function') requestIdleCallback(() => resolve(), { timeout });
    else setTimeout(resolve, 1);
  });
  return { promise, wake };
}
