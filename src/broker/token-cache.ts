import { InFlight } from '../auth/in-flight.js';
import type { AcquireToken, ProviderToken } from './provider-tokens.js';

/**
 * App-only tokens per API scope, reused until shortly before they expire (`renewBeforeMs`, at most
 * half a token's lifetime). Concurrent requests for a scope that is not cached share one request
 * to the provider; a failure is not cached.
 */
export class TokenCache {
  readonly #tokens = new Map<string, { token: ProviderToken; renewAt: number }>();
  readonly #inFlight = new InFlight<ProviderToken>();

  constructor(
    private readonly acquire: AcquireToken,
    private readonly renewBeforeMs: number,
  ) {}

  get(scope: string): Promise<ProviderToken> {
    const cached = this.#tokens.get(scope);
    if (cached && Date.now() < cached.renewAt) return Promise.resolve(cached.token);
    return this.#inFlight.run(scope, async () => {
      const acquiredAt = Date.now();
      const token = await this.acquire(scope);
      const lifetime = token.expiresOn.getTime() - acquiredAt;
      this.#tokens.set(scope, { token, renewAt: token.expiresOn.getTime() - Math.min(this.renewBeforeMs, lifetime / 2) });
      return token;
    });
  }
}
