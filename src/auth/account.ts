import { decodeJwtHeader } from './jwt.js';
import type { Account } from './types.js';

/** The fields of MSAL's `AccountInfo` an `Account` is built from. */
export interface AccountSource {
  readonly homeAccountId: string;
  readonly tenantId?: string;
  readonly username?: string;
  readonly name?: string;
  readonly idTokenClaims?: Readonly<Record<string, unknown>>;
  /** The raw ID token; only its header is kept. */
  readonly idToken?: string;
}

const text = (value: unknown): string => (typeof value === 'string' ? value : '');
const list = (value: unknown): readonly string[] => (Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : []);

/** Builds the account widgets show from what MSAL knows of the ID token. */
export function toAccount(source: AccountSource): Account {
  const claims = source.idTokenClaims ?? {};
  const username = text(claims['preferred_username']) || text(claims['email']) || text(claims['upn']) || source.username || '';
  return {
    name: text(claims['name']) || source.name || username,
    username,
    tenantId: text(claims['tid']) || source.tenantId || text(claims['iss']),
    homeAccountId: source.homeAccountId,
    roles: list(claims['roles']),
    groups: list(claims['groups']),
    idTokenClaims: claims,
    idTokenHeader: source.idToken ? decodeJwtHeader(source.idToken) : {},
  };
}
