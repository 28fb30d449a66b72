import type { Account } from '../auth/types.js';

/** Fields of the default account; any can be overridden. */
const ADA = {
  name: 'Ada Lovelace',
  username: 'ada@contoso.example',
  tenantId: '72f988bf-0000-4000-8000-000000000001',
  homeAccountId: '5b6d2f7e-0000-4000-8000-00000000ada1.72f988bf-0000-4000-8000-000000000001',
  roles: [] as readonly string[],
  groups: [] as readonly string[],
  idTokenHeader: { alg: 'RS256', kid: 'portico-fake', typ: 'JWT' } as Readonly<Record<string, unknown>>,
};

/**
 * An `Account` for tests and stories: Ada Lovelace by default, with `overrides` applied. Unless
 * `overrides.idTokenClaims` is given, the claims agree with the other fields (name,
 * `preferred_username`, `tid`, `oid`, `roles`) and carry one-hour `iat`/`nbf`/`exp` times.
 */
export function fakeAccount(overrides: Partial<Account> = {}): Account {
  const fields = { ...ADA, ...overrides };
  const now = Math.floor(Date.now() / 1000);
  const idTokenClaims = overrides.idTokenClaims ?? {
    aud: 'fake-client-id',
    iss: `https://login.example.com/${fields.tenantId}/v2.0`,
    iat: now,
    nbf: now,
    exp: now + 3600,
    name: fields.name,
    preferred_username: fields.username,
    oid: fields.homeAccountId.split('.')[0],
    tid: fields.tenantId,
    ...(fields.roles.length ? { roles: [...fields.roles] } : {}),
    ...(fields.groups.length ? { groups: [...fields.groups] } : {}),
  };
  return { ...fields, idTokenClaims };
}
