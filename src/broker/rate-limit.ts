/**
 * A token bucket per caller: `requests` at once, refilled evenly over `perSeconds`. Buckets that
 * have refilled completely are forgotten, so memory follows the number of recent callers.
 */
export class RateLimit {
  readonly #buckets = new Map<string, { tokens: number; updatedAt: number }>();
  readonly #refillPerMs: number;

  constructor(
    private readonly requests: number,
    perSeconds: number,
  ) {
    this.#refillPerMs = requests / (perSeconds * 1000);
  }

  /** Takes one request from the caller's bucket; returns 0 when allowed, else the seconds to wait. */
  take(callerId: string, now = Date.now()): number {
    if (this.#buckets.size > 10_000) this.#forgetFull(now);
    const bucket = this.#buckets.get(callerId) ?? { tokens: this.requests, updatedAt: now };
    bucket.tokens = Math.min(this.requests, bucket.tokens + (now - bucket.updatedAt) * this.#refillPerMs);
    bucket.updatedAt = now;
    this.#buckets.set(callerId, bucket);
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return 0;
    }
    return Math.ceil((1 - bucket.tokens) / this.#refillPerMs / 1000);
  }

  #forgetFull(now: number): void {
    for (const [id, bucket] of this.#buckets) {
      if (bucket.tokens + (now - bucket.updatedAt) * this.#refillPerMs >= this.requests) this.#buckets.delete(id);
    }
  }
}
