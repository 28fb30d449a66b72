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

/** The token broker did not give a token; `detail` says what it answered, in its own words, and `code` is its problem's code, if any. */
export class TokenBrokerError extends Error {
  override readonly name = 'TokenBrokerError';
  /** The `code` of the broker's RFC 9457 problem document (`portico-widgets/broker` codes such as `caller-lacks-role`). */
  readonly code: string | null;

  constructor(
    readonly url: string,
    readonly detail: string,
    options: { cause?: unknown; code?: string } = {},
  ) {
    super(`${url}: ${detail}`, options);
    this.code = options.code ?? null;
  }
}

/** The signed-in user's token the console presents to the broker (`token-broker-scopes`), and whose it is. */
export interface BrokerCaller {
  readonly token: string;
  readonly account: string;
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
 * `{ access_token, expires_in }`, or refuses with a problem document. The browser never holds a
 * client secret. A token is reused until shortly before it expires, for the same caller only.
 */
export class BrokerTokens {
  #cached: { key: string; info: TokenInfo } | null = null;

  /** A token from the broker at `url`, presenting `caller`'s token when there is one; cached per URL and caller. */
  async get(url: string, forceRefresh: boolean, signal: AbortSignal, caller: BrokerCaller | null = null): Promise<TokenInfo> {
    const key = `${url} ${caller?.account ?? ''}`;
    const cached = this.#cached;
    if (!forceRefresh && cached?.key === key && !expiresSoon(cached.info)) return cached.info;
    const headers: Record<string, string> = { Accept: 'application/json' };
    if (caller) headers['Authorization'] = `Bearer ${caller.token}`;
    let response: Response;
    try {
      response = await fetch(url, { method: 'POST', headers, cache: 'no-store', signal });
    } catch (error) {
      signal.throwIfAborted();
      throw new TokenBrokerError(url, 'it could not be reached (offline, wrong URL, or no CORS headers for this page).', { cause: error });
    }
    const answer: unknown = await response.json().catch(() => null);
    const fields = typeof answer === 'object' && answer !== null ? (answer as Record<string, unknown>) : {};
    if (!response.ok || typeof fields['access_token'] !== 'string') {
      const said = typeof fields['detail'] === 'string' ? fields['detail'] : typeof fields['error'] === 'string' ? fields['error'] : 'no access_token';
      const code = typeof fields['code'] === 'string' ? fields['code'] : undefined;
      throw new TokenBrokerError(url, `it answered ${response.status}: ${said}`, code ? { code } : {});
    }
    const lifetime = typeof fields['expires_in'] === 'number' ? fields['expires_in'] : Number(fields['expires_in']);
    const expiresOn = Number.isFinite(lifetime) && lifetime > 0 ? new Date(Date.now() + lifetime * 1000) : null;
    const info = tokenInfo(fields['access_token'], expiresOn, 'app');
    this.#cached = { key, info };
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
