import { createRemoteJWKSet, customFetch, decodeJwt, errors, jwtVerify, type JWTVerifyGetKey } from 'jose';
import type { BrokerConfig } from './options.js';
import { BrokerProblem, BrokerProblemCode } from './problems.js';

/** Who is asking: an id to rate-limit by, and the app roles their token holds. */
export interface Caller {
  readonly id: string;
  readonly roles: readonly string[];
}

/** Asymmetric algorithms only: `none` and shared-secret HMAC never authenticate a caller. */
const ALGORITHMS = ['RS256', 'RS384', 'RS512', 'PS256', 'PS384', 'PS512', 'ES256', 'ES384', 'ES512', 'EdDSA'];

/** Plain reasons for jose's failures, by its error code; none of them repeats the token. */
const REASONS: Record<string, string> = {
  ERR_JWT_EXPIRED: 'The bearer token has expired.',
  ERR_JWS_SIGNATURE_VERIFICATION_FAILED: 'The bearer token’s signature does not verify.',
  ERR_JWKS_NO_MATCHING_KEY: 'The bearer token is signed with a key its issuer does not publish.',
  ERR_JWKS_MULTIPLE_MATCHING_KEYS: 'The bearer token names no key its issuer publishes unambiguously.',
  ERR_JOSE_ALG_NOT_ALLOWED: 'The bearer token’s signing algorithm is not accepted (asymmetric algorithms only).',
  ERR_JOSE_NOT_SUPPORTED: 'The bearer token’s signing algorithm is not accepted (asymmetric algorithms only).',
  ERR_JWS_INVALID: 'The bearer token is not a valid signed JWT.',
  ERR_JWT_INVALID: 'The bearer token is not a valid JWT.',
};

const CLAIM_REASONS: Record<string, string> = {
  aud: 'The bearer token is for another audience than this broker.',
  iss: 'The bearer token comes from an issuer this broker does not trust.',
  nbf: 'The bearer token is not valid yet.',
  iat: 'The bearer token was issued in the future.',
  exp: 'The bearer token has no expiry.',
};

/** Authenticates callers by their bearer access token: signature (issuer's keys), issuer, audience, lifetime. */
export class CallerVerifier {
  readonly #keys = new Map<string, Promise<JWTVerifyGetKey>>();

  constructor(private readonly config: BrokerConfig & { readonly callers: NonNullable<BrokerConfig['callers']> }) {}

  /** The caller, or a `BrokerProblem` (`unauthenticated`, or `provider-unreachable` when the issuer's keys cannot be fetched). */
  async verify(authorization: string | null): Promise<Caller> {
    const token = /^Bearer ([\w.~+/-]+=*)$/i.exec(authorization?.trim() ?? '')?.[1];
    if (!token) {
      throw new BrokerProblem(BrokerProblemCode.Unauthenticated, 'Send the signed-in user’s access token for this broker as "Authorization: Bearer <token>".', {
        'www-authenticate': 'Bearer',
      });
    }
    const { issuers, audiences, clockToleranceSeconds } = this.config.callers;
    let issuer: string | undefined;
    try {
      const { iss } = decodeJwt(token);
      issuer = issuers.find((candidate) => candidate === iss);
    } catch {
      throw invalidToken(REASONS['ERR_JWT_INVALID'] as string);
    }
    if (!issuer) throw invalidToken(CLAIM_REASONS['iss'] as string);
    const keys = await this.#keysOf(issuer);
    try {
      const { payload } = await jwtVerify(token, keys, {
        issuer,
        audience: [...audiences],
        algorithms: ALGORITHMS,
        clockTolerance: clockToleranceSeconds,
        requiredClaims: ['exp'],
      });
      const roles = Array.isArray(payload['roles']) ? payload['roles'].filter((role): role is string => typeof role === 'string') : [];
      const subject = typeof payload['oid'] === 'string' ? payload['oid'] : (payload.sub ?? '');
      return { id: `${issuer} ${subject}`, roles };
    } catch (error) {
      const reason = error instanceof errors.JOSEError ? REASONS[error.code] : undefined;
      if (reason) throw invalidToken(reason);
      if (error instanceof errors.JWTClaimValidationFailed) throw invalidToken(CLAIM_REASONS[error.claim] ?? 'The bearer token’s claims do not hold.');
      // Anything else is about fetching the issuer's keys: a timeout, a network error, not a key set.
      throw unreachable(issuer);
    }
  }

  /** The issuer's key set, found through its discovery document unless `jwksUri` names it; retried after a failure. */
  #keysOf(issuer: string): Promise<JWTVerifyGetKey> {
    let keys = this.#keys.get(issuer);
    if (!keys) {
      keys = this.#discoverKeys(issuer);
      keys.catch(() => this.#keys.delete(issuer));
      this.#keys.set(issuer, keys);
    }
    return keys;
  }

  async #discoverKeys(issuer: string): Promise<JWTVerifyGetKey> {
    const { fetch, providerTimeoutMs } = this.config;
    let jwksUri = this.config.callers.jwksUri;
    if (!jwksUri) {
      try {
        const response = await fetch(`${issuer.replace(/\/$/, '')}/.well-known/openid-configuration`, { signal: AbortSignal.timeout(providerTimeoutMs) });
        const document: unknown = response.ok ? await response.json() : null;
        const uri = typeof document === 'object' && document !== null ? (document as Record<string, unknown>)['jwks_uri'] : undefined;
        if (typeof uri !== 'string') throw new Error(`no jwks_uri (HTTP ${response.status})`);
        jwksUri = uri;
      } catch {
        throw unreachable(issuer);
      }
    }
    return createRemoteJWKSet(new URL(jwksUri), { [customFetch]: fetch, timeoutDuration: providerTimeoutMs });
  }
}

function invalidToken(reason: string): BrokerProblem {
  return new BrokerProblem(BrokerProblemCode.Unauthenticated, reason, {
    // A header value is ASCII (RFC 6750 limits error_description further): no quotes, no typographic apostrophes.
    'www-authenticate': `Bearer error="invalid_token", error_description="${reason.replaceAll('’', "'").replace(/[^\x20-\x21\x23-\x5b\x5d-\x7e]/g, '')}"`,
  });
}

function unreachable(issuer: string): BrokerProblem {
  return new BrokerProblem(BrokerProblemCode.ProviderUnreachable, `The signing keys of ${issuer} could not be fetched, so no caller can be authenticated.`);
}
