/**
 * Runs interactive requests (popups, redirects, logouts) one at a time for the whole page.
 * MSAL keeps a single "interaction in progress" flag per origin, shared by every provider,
 * so two providers' popups at once would make the second fail with `interaction_in_progress`.
 */
let tail: Promise<unknown> = Promise.resolve();

export function runInteraction<T>(task: () => Promise<T>): Promise<T> {
  const result = tail.then(task, task);
  tail = result.catch(() => undefined);
  return result;
}
