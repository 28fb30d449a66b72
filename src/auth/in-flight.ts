/** Shares one pending promise among every caller that asks for the same key while it runs. */
export class InFlight<T> {
  readonly #pending = new Map<string, Promise<T>>();

  run(key: string, task: () => Promise<T>): Promise<T> {
    const existing = this.#pending.get(key);
    if (existing) return existing;
    const promise = Promise.resolve()
      .then(task)
      .finally(() => this.#pending.delete(key));
    this.#pending.set(key, promise);
    return promise;
  }
}
