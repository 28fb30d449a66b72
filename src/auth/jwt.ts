/**
 * Reads a JWT's payload without verifying it: for display and diagnostics only.
 * Returns an empty object for opaque (non-JWT) tokens.
 */
export function decodeJwtPayload(token: string): Record<string, unknown> {
  return decodeSegment(token.split('.')[1]);
}

/** Reads a JWT's header (`alg`, `kid`, `typ`) the same way; empty for opaque tokens. */
export function decodeJwtHeader(token: string): Record<string, unknown> {
  return token.includes('.') ? decodeSegment(token.split('.')[0]) : {};
}

function decodeSegment(payload: string | undefined): Record<string, unknown> {
  if (!payload) return {};
  try {
    const base64 = payload.replace(/-/g, '+').replace(/_/g, '/');
    const bytes = Uint8Array.from(atob(base64), (char) => char.charCodeAt(0));
    const claims: unknown = JSON.parse(new TextDecoder().decode(bytes));
    return typeof claims === 'object' && claims !== null ? (claims as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}
