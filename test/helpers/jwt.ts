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
