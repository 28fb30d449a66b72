/**
 * An unsigned, JWT-shaped token carrying `claims`, for tests and stories of widgets that only
 * decode tokens (a page cannot verify a signature; that is the API's business).
 */
export function fakeJwt(
  claims: Readonly<Record<string, unknown>>,
  header: Readonly<Record<string, unknown>> = { alg: 'RS256', typ: 'JWT', kid: 'portico-fake' },
): string {
  return `${base64url(header)}.${base64url(claims)}.ZmFrZS1zaWduYXR1cmU`;
}

function base64url(value: unknown): string {
  const bytes = new TextEncoder().encode(JSON.stringify(value));
  return btoa(String.fromCharCode(...bytes))
    .replace(/\+/gu, '-')
    .replace(/\//gu, '_')
    .replace(/=+$/u, '');
}
