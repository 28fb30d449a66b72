import type { AuthController } from '../../../auth/types.js';
import { decodeJwt } from '../../../internal/decoded-jwt.js';
import { claimTime } from '../../../internal/token-claims.js';

/** A token the console may send, and what it says about itself. */
export interface TokenInfo {
  readonly token: string;
  /** The payload when the token is a JWT; empty for an opaque token. */
  readonly claims: Readonly<Record<string, unknown>>;
  readonly expiresAt: Date | null;
  /** `user`: delegated, from the shared controller; `app`: client credentials, from the token broker. */
  readonly source: 'user' | 'app';
}

/** The token broker did not give a token; `detail` says what it answered, in its own words. */
export class TokenBrokerError extends Error {
  override readonly name = 'TokenBrokerError';
  constructor(
    readonly url: string,
    readonly detail: string,
    options: { cause?: unknown } = {},
  ) {
    super(`${url}: ${detail}`, options);
  }
}

/** Tokens are renewed this long before they expire, so one never expires on its way to the API. */
const EXPIRY_MARGIN_MS = 60_000;

/** The signed-in user's access token for `scopes`, from the shared controller (which caches it). */
export async function userToken(controller: AuthController, scopes: readonly string[], forceRefresh: boolean, signal: AbortSignal): Promise<TokenInfo> {
  const { accessToken, expiresOn } = await controller.getAccessToken({ scopes, forceRefresh, signal });
  return tokenInfo(accessToken, expiresOn, 'user');
}

/**
 * App-only tokens from a client-credentials token broker: `POST` to its URL answers
 * `{ access_token, expires_in }`. The browser never holds a client secret. A token is reused
 * until shortly before it expires.
 */
export class BrokerTokens {
  #cached: { url: string; info: TokenInfo } | null = null;

  async get(url: string, forceRefresh: boolean, signal: AbortSignal): Promise<TokenInfo> {
    const cached = this.#cached;
    if (!forceRefresh && cached?.url === url && !expiresSoon(cached.info)) return cached.info;
    let response: Response;
    try {
      response = await fetch(url, { method: 'POST', headers: { Accept: 'application/json' }, cache: 'no-store', signal });
    } catch (error) {
      signal.throwIfAborted();
      throw new TokenBrokerError(url, 'it could not be reached (offline, wrong URL, or no CORS headers for this page).', { cause: error });
    }
    const answer: unknown = await response.json().catch(() => null);
    const fields = typeof answer === 'object' && answer !== null ? (answer as Record<string, unknown>) : {};
    if (!response.ok || typeof fields['access_token'] !== 'string') {
      const said = typeof fields['detail'] === 'string' ? fields['detail'] : typeof fields['error'] === 'string' ? fields['error'] : 'no access_token';
      throw new TokenBrokerError(url, `it answered ${response.status}: ${said}`);
    }
    const lifetime = typeof fields['expires_in'] === 'number' ? fields['expires_in'] : Number(fields['expires_in']);
    const expiresOn = Number.isFinite(lifetime) && lifetime > 0 ? new Date(Date.now() + lifetime * 1000) : null;
    const info = tokenInfo(fields['access_token'], expiresOn, 'app');
    this.#cached = { url, info };
    return info;
  }
}

function tokenInfo(token: string, expiresOn: Date | null, source: TokenInfo['source']): TokenInfo {
  const claims = decodeJwt(token)?.claims ?? {};
  return { token, claims, expiresAt: claimTime(claims, 'exp') ?? expiresOn, source };
}

/** Whether the token has expired (by its `exp`, else by when its issuer said it would). */
export function isTokenExpired(info: TokenInfo, now = Date.now()): boolean {
  return info.expiresAt !== null && info.expiresAt.getTime() <= now;
}

function expiresSoon(info: TokenInfo): boolean {
  return isTokenExpired(info, Date.now() + EXPIRY_MARGIN_MS);
}
