import { decodeJwtHeader, decodeJwtPayload } from '../auth/jwt.js';

/** A JWT's two readable parts. Nothing is verified: for display and diagnostics only. */
export interface DecodedJwt {
  readonly header: Readonly<Record<string, unknown>>;
  readonly claims: Readonly<Record<string, unknown>>;
}

/**
 * Splits a signed JWT (`header.payload.signature`, base64url JSON) into its header and claims;
 * `null` for anything else: an opaque token, an encrypted one, or text that only looks like one.
 * A leading `Bearer ` is ignored, so a whole `Authorization` header value decodes too.
 */
export function decodeJwt(token: string): DecodedJwt | null {
  const segments = token
    .trim()
    .replace(/^Bearer\s+/iu, '')
    .split('.');
  if (segments.length !== 3) return null;
  const header = decodeJwtHeader(segments.join('.'));
  const claims = decodeJwtPayload(segments.join('.'));
  if (typeof header['alg'] !== 'string' || Object.keys(claims).length === 0) return null;
  return { header, claims };
}
