// @ts-check
/**
 * Validates bearer access tokens the way an API gateway does: a JWT signed by one of the
 * trusted issuers (keys fetched from that issuer's JWKS over https), for this API's audience, not
 * expired. Failures say what was wrong in words a developer can act on, and keep the token's
 * (unverified) claims so the response can show what it held.
 */
import { createRemoteJWKSet, customFetch, decodeJwt, decodeProtectedHeader, errors, jwtVerify } from 'jose';

/**
 * @typedef {Record<string, any>} Claims
 *
 * @typedef {{ ok: true, claims: Claims }
 *   | { ok: false, reason: 'missing' | 'invalid', description: string, claims?: Claims }} Validation
 */

/**
 * @param {object} options
 * @param {{ issuer: string, jwksUri: string }[]} options.issuers the trusted tenants
 * @param {string} options.audience
 * @param {import('../https-fetch.js').HttpsFetch} options.fetch used for the JWKS downloads
 * @returns {(authorization: string | undefined) => Promise<Validation>}
 */
export function bearerValidator({ issuers, audience, fetch }) {
  const keySets = new Map(
    issuers.map(({ issuer, jwksUri }) => [
      issuer,
      createRemoteJWKSet(new URL(jwksUri), {
        [customFetch]: /** @type {typeof globalThis.fetch} */ (/** @type {unknown} */ (fetch)),
      }),
    ]),
  );

  return async function validate(authorization) {
    const match = /^Bearer +(\S*) *$/i.exec(authorization ?? '');
    if (!match) {
      return {
        ok: false,
        reason: 'missing',
        description: authorization
          ? 'The Authorization header does not hold a bearer token; send "Authorization: Bearer <access token>".'
          : 'The request has no access token; send "Authorization: Bearer <access token>".',
      };
    }

    const token = match[1];
    /** @type {Claims} */
    let claims;
    try {
      claims = decodeJwt(token);
      decodeProtectedHeader(token);
    } catch {
      return {
        ok: false,
        reason: 'invalid',
        description: `The access token is not a JWT. This API validates JWT access tokens for ${audience}; ask for a scope of ${audience} so the identity provider issues one.`,
      };
    }

    const keys = keySets.get(claims.iss);
    if (!keys) {
      return {
        ok: false,
        reason: 'invalid',
        description: `The token was issued by ${claims.iss ?? 'an unnamed issuer'}, which this API does not trust. Trusted issuers: ${[...keySets.keys()].join(', ')}.`,
        claims,
      };
    }

    try {
      const { payload } = await jwtVerify(token, keys, {
        issuer: claims.iss,
        audience,
        algorithms: ['RS256'], // what the tenants sign with; never what the token's header claims
        requiredClaims: ['exp'],
      });
      return { ok: true, claims: payload };
    } catch (error) {
      return { ok: false, reason: 'invalid', description: explain(error, claims, audience), claims };
    }
  };
}

/**
 * @param {unknown} error
 * @param {Claims} claims
 * @param {string} audience
 */
function explain(error, claims, audience) {
  if (error instanceof errors.JWTExpired) {
    const ago = Math.round(Date.now() / 1000 - Number(claims.exp));
    return `The token expired at ${new Date(Number(claims.exp) * 1000).toISOString()}, ${ago} s ago. Get a new one.`;
  }
  if (error instanceof errors.JWTClaimValidationFailed && error.claim === 'aud') {
    const aud = [claims.aud].flat().join(', ') || 'nothing';
    return `The token is for ${aud}, but this API is ${audience}. ${claims.nonce ? 'That looks like an ID token: send the access token instead. ' : ''}Ask for a scope of ${audience}, e.g. ${audience}/Orders.Read.`;
  }
  if (error instanceof errors.JWTClaimValidationFailed && error.claim === 'nbf') {
    return `The token is not valid before ${new Date(Number(claims.nbf) * 1000).toISOString()}.`;
  }
  if (error instanceof errors.JWKSNoMatchingKey || error instanceof errors.JWSSignatureVerificationFailed) {
    return `The token's signature does not verify with the keys of ${claims.iss}: it was not issued by that tenant, or was altered.`;
  }
  if (error instanceof errors.JOSEError) return `The token is not valid: ${error.message}.`;
  throw error;
}
