/** An unsigned JWT-shaped string with these claims, for tests that only decode tokens. */
export function fakeJwt(claims: Record<string, unknown>, header: Record<string, unknown> = { alg: 'RS256', typ: 'JWT', kid: 'test-key' }): string {
  return `${base64url(header)}.${base64url(claims)}.c2lnbmF0dXJl`;
}

/** Claims of a typical access token for the sandbox's API, valid for an hour; any can be overridden. */
export function accessClaims(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  const now = Math.floor(Date.now() / 1000);
  return {
    aud: 'api://portico-sample',
    iss: 'https://localhost/contoso',
    iat: now,
    nbf: now,
    exp: now + 3600,
    scp: 'Orders.Read',
    roles: ['readers'],
    tid: 'c0a8e1f4-3b2d-4e6f-9a1c-5d7e8f901a2b',
    oid: '3f2a9c4e-1b7d-4c8e-a6f0-2d4b8e1c9a01',
    ...overrides,
  };
}

function base64url(value: unknown): string {
  const bytes = new TextEncoder().encode(JSON.stringify(value));
  return btoa(String.fromCharCode(...bytes)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/u, '');
}
