// @ts-check
/**
 * Which claims the tenants put in ID and access tokens, shaped like Entra ID's v2.0 tokens:
 * `oid` and `tid` GUIDs, `roles` (app roles), `groups` (group object ids), `scp` (delegated
 * scopes without the resource prefix, space-separated) and, in app-only tokens, `roles` holding
 * application permissions and `idtyp: "app"`.
 */
import { BROKER_APP_ROLES, BROKER_CERTIFICATE_CLIENT_ID, BROKER_CLIENT_ID, BROKER_OBJECT_ID } from '../directory.js';
import { RESOURCES } from './resources.js';

/**
 * Scope → claims released in ID tokens (and userinfo). `tid`, `roles` and `groups` come with
 * `openid` alone because Entra emits them whenever they apply; the rest needs `profile`, which
 * MSAL always asks for. `email` also comes with `profile` because Entra's portals rely on it.
 */
export const CLAIMS_BY_SCOPE = {
  openid: ['sub', 'tid', 'roles', 'groups'],
  profile: ['name', 'given_name', 'family_name', 'preferred_username', 'oid', 'email', 'login_hint'],
  email: ['email', 'email_verified'],
  acr: null,
  sid: null,
  auth_time: null,
  iss: null,
};

/**
 * Every claim of a demo user; oidc-provider keeps the ones the granted scopes release.
 * @param {import('../directory.js').Tenant} tenant
 * @param {import('../directory.js').DemoUser} user
 */
export function userClaims(tenant, user) {
  return {
    sub: user.oid,
    oid: user.oid,
    tid: tenant.tenantId,
    name: user.name,
    given_name: user.givenName,
    family_name: user.familyName,
    preferred_username: user.username,
    email: user.username,
    email_verified: true,
    // MSAL sends this back as login_hint on silent requests, as Entra's optional claim intends,
    // which lets the provider notice when its session belongs to someone else.
    login_hint: user.username,
    roles: [...user.roles],
    groups: user.roles.map((role) => tenant.groups[role]),
  };
}

/**
 * Claims added to JWT access tokens (oidc-provider's `extraTokenClaims`).
 * @param {import('../directory.js').Tenant} tenant
 * @param {{ kind: string, accountId?: string, clientId?: string, scope?: string }} token
 * @returns {Record<string, unknown> | undefined}
 */
export function accessTokenClaims(tenant, token) {
  const common = { tid: tenant.tenantId, azp: token.clientId, ver: '2.0' };

  if (token.kind === 'ClientCredentials') {
    const broker = token.clientId === BROKER_CLIENT_ID || token.clientId === BROKER_CERTIFICATE_CLIENT_ID;
    const roles = broker ? [...BROKER_APP_ROLES] : [];
    return { ...common, oid: BROKER_OBJECT_ID, roles, idtyp: 'app' };
  }

  const user = tenant.users.find(({ oid }) => oid === token.accountId);
  if (!user) return undefined;
  const { oid, name, preferred_username, email, roles, groups } = userClaims(tenant, user);
  return {
    ...common,
    oid,
    name,
    preferred_username,
    email,
    roles,
    groups,
    scp: delegatedScopes(token.scope),
    idtyp: 'user',
  };
}

/**
 * Entra's `scp`: the API's scopes named without the resource prefix. `.default` stands for every
 * delegated permission the API exposes, all of which are pre-consented here.
 * @param {string | undefined} scope the token's scope, e.g. "api://portico-sample/Orders.Read"
 */
export function delegatedScopes(scope) {
  const values = (scope ?? '').split(' ');
  return RESOURCES.flatMap((resource) => {
    const names = values.flatMap((value) => {
      if (value.startsWith(`${resource.audience}/`)) return [value.slice(resource.audience.length + 1)];
      return resource.bareScopes && resource.scopes.includes(value) ? [value] : [];
    });
    return names.includes('.default') ? [...resource.scopes] : names;
  }).join(' ');
}
