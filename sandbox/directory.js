// @ts-check
/**
 * The sandbox's "directory": tenants, demo users, app registrations and the sample API's
 * permissions. Plain data, shaped like Entra ID's so that widgets built for Entra behave the
 * same here. Identifiers are fixed GUIDs so that tokens look alike from one run to the next.
 */

/** Every demo user signs in with this password. It never appears in a token. */
export const DEMO_PASSWORD = 'portico';

/** The public single-page-app client every `<portico-auth>` of the demo uses (PKCE, no secret). */
export const SPA_CLIENT_ID = 'portico-spa';

/** The confidential client behind the token broker; its secret never leaves the server. */
export const BROKER_CLIENT_ID = 'portico-broker';

/**
 * The same broker app authenticating with a certificate (`private_key_jwt`) instead of its secret,
 * registered only when the sandbox is given that certificate (the broker's tests).
 */
export const BROKER_CERTIFICATE_CLIENT_ID = 'portico-broker-certificate';

/** The tenant whose token endpoint the broker uses. */
export const BROKER_TENANT = 'contoso';

/**
 * The token broker's own API, registered like an Entra app exposing one delegated scope: the
 * portal gets the signed-in user's access token for it and presents it to the broker
 * (`token-broker-scopes`), which accepts no other audience.
 */
export const BROKER_API = Object.freeze({
  audience: 'api://portico-broker',
  scopes: Object.freeze(['access_as_user']),
});

/** The app role a caller must hold for the sandbox's broker to give out the sample API's token. */
export const BROKER_CALLER_ROLE = 'publishers';

/**
 * The sample API, registered like an Entra app that exposes an API.
 * `scopes` are delegated permissions (they appear in user tokens' `scp` claim);
 * `appRoles` are application permissions (they appear in app-only tokens' `roles` claim).
 */
export const SAMPLE_API = Object.freeze({
  audience: 'api://portico-sample',
  scopes: Object.freeze(['Orders.Read', 'Orders.Write']),
  appRoles: Object.freeze(['Orders.Read.All', 'Orders.ReadWrite.All']),
  subscriptionKey: 'demo-subscription-key',
  subscriptionKeyHeader: 'Ocp-Apim-Subscription-Key',
  subscriptionKeyQuery: 'subscription-key',
  /** A partner's API key (not API Management's): the header the description names, typed by the user. */
  partnerKey: 'demo-partner-key',
  partnerKeyHeader: 'X-Partner-Key',
  /** HTTP basic's one account. */
  basicUsername: 'demo',
  basicPassword: 'portico-demo',
  /** The versions a server variable chooses between, newest last (the default). */
  versions: Object.freeze(['v1', 'v2']),
});

/**
 * A stand-in for Microsoft Graph, just enough for `<portico-user-profile photo="graph">`: the
 * signed-in user's photo at `/graph/v1.0/me/photo/$value`, for a token with `User.Read`. As with
 * Entra, Graph's scopes may be named without the resource prefix.
 */
export const GRAPH_API = Object.freeze({
  audience: 'https://graph.microsoft.com',
  scopes: Object.freeze(['User.Read']),
  bareScopes: true,
});

/** Application permissions granted (admin-consented) to the broker's app-only tokens. */
export const BROKER_APP_ROLES = Object.freeze(['Orders.Read.All']);

/** The broker's service principal object id, emitted as `oid` in its app-only tokens. */
export const BROKER_OBJECT_ID = '9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c61';

/**
 * @typedef {'readers' | 'publishers' | 'admins'} AppRole
 *
 * @typedef {object} DemoUser
 * @property {string} oid object id, also the `sub` claim
 * @property {string} name display name
 * @property {string} givenName
 * @property {string} familyName
 * @property {string} username sign-in name and email address (`preferred_username`, `email`)
 * @property {readonly AppRole[]} roles app roles assigned to the user (`roles` claim)
 *
 * @typedef {object} Tenant
 * @property {string} id path segment of the tenant's issuer, lowercase (MSAL lowercases authorities)
 * @property {string} label display name, used as `<portico-auth label>`
 * @property {string} tenantId GUID emitted as the `tid` claim
 * @property {Readonly<Record<AppRole, string>>} groups security group object ids, one per app role
 * @property {readonly DemoUser[]} users
 */

/** @type {readonly Tenant[]} */
export const TENANTS = Object.freeze([
  {
    id: 'contoso',
    label: 'Contoso',
    tenantId: 'c0a8e1f4-3b2d-4e6f-9a1c-5d7e8f901a2b',
    groups: {
      readers: '0c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e41',
      publishers: '0c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e42',
      admins: '0c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e43',
    },
    users: [
      {
        oid: '3f2a9c4e-1b7d-4c8e-a6f0-2d4b8e1c9a01',
        name: 'Ada Lovelace',
        givenName: 'Ada',
        familyName: 'Lovelace',
        username: 'ada@contoso.test',
        roles: ['readers', 'publishers', 'admins'],
      },
      {
        oid: '7b1e4d2c-9a3f-4e6b-8c0d-5f2a1b3c4d02',
        name: 'Grace Hopper',
        givenName: 'Grace',
        familyName: 'Hopper',
        username: 'grace@contoso.test',
        roles: ['readers', 'publishers'],
      },
      {
        oid: 'a9c3e5f7-2b4d-4f6a-8e0c-1d3b5f7a9c03',
        name: 'Alan Turing',
        givenName: 'Alan',
        familyName: 'Turing',
        username: 'alan@contoso.test',
        roles: ['readers'],
      },
    ],
  },
  {
    id: 'fabrikam',
    label: 'Fabrikam',
    tenantId: 'f4b1d2c3-8e7a-4f60-b5a9-1c2d3e4f5a6b',
    groups: {
      readers: '6a7b8c9d-0e1f-4a2b-9c3d-4e5f6a7b8c51',
      publishers: '6a7b8c9d-0e1f-4a2b-9c3d-4e5f6a7b8c52',
      admins: '6a7b8c9d-0e1f-4a2b-9c3d-4e5f6a7b8c53',
    },
    users: [
      {
        oid: 'd2e4f6a8-3c5b-4d7e-9f1a-2b4c6d8e0f04',
        name: 'Katherine Johnson',
        givenName: 'Katherine',
        familyName: 'Johnson',
        username: 'katherine@fabrikam.test',
        roles: ['readers', 'publishers', 'admins'],
      },
      {
        oid: '5c7e9a1b-4d6f-4a8c-b2e4-6f8a0c2e4a05',
        name: 'Edsger Dijkstra',
        givenName: 'Edsger',
        familyName: 'Dijkstra',
        username: 'edsger@fabrikam.test',
        roles: ['readers', 'publishers'],
      },
      {
        oid: 'e8a0c2e4-6b8d-4f1a-8c3e-5a7c9e1b3d06',
        name: 'Margaret Hamilton',
        givenName: 'Margaret',
        familyName: 'Hamilton',
        username: 'margaret@fabrikam.test',
        roles: ['readers'],
      },
    ],
  },
]);

/**
 * Finds a tenant's user by what a person or a `login_hint` would name them with:
 * the full username/email or just its local part ("ada"), case-insensitively, or the object id.
 * @param {Tenant} tenant
 * @param {string | undefined} hint
 * @returns {DemoUser | undefined}
 */
export function findUser(tenant, hint) {
  const wanted = hint?.trim().toLowerCase();
  if (!wanted) return undefined;
  return tenant.users.find((user) => user.oid === wanted || user.username === wanted || user.username.split('@')[0] === wanted);
}
