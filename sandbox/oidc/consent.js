// @ts-check
/**
 * Consent is pre-granted, as if an administrator had consented for the whole tenant: users are
 * never asked, and every sign-in gets every scope it asks for.
 */
import { RESOURCES, scopeValues } from './resources.js';

/** The OpenID Connect scopes every grant holds. */
export const GRANTED_OIDC_SCOPES = Object.freeze(['openid', 'profile', 'email', 'offline_access']);

/**
 * `loadExistingGrant`: returns the session's grant for this client, created or widened so that it
 * covers everything, which means the consent prompt never has anything left to ask.
 * @param {any} ctx oidc-provider's Koa context
 */
export async function loadPreGrantedConsent(ctx) {
  const { Grant } = ctx.oidc.provider;
  const { client, session } = ctx.oidc;
  const grantId = ctx.oidc.result?.consent?.grantId ?? session.grantIdFor(client.clientId);

  let grant = grantId ? await Grant.find(grantId) : undefined;
  if (!grant || grant.accountId !== session.accountId) {
    grant = new Grant({ accountId: session.accountId, clientId: client.clientId });
  }
  grantEverything(grant);
  await grant.save();
  return grant;
}

/**
 * Adds every scope a tenant can grant to a grant.
 * @param {any} grant an oidc-provider Grant
 */
export function grantEverything(grant) {
  grant.addOIDCScope(GRANTED_OIDC_SCOPES.join(' '));
  for (const resource of RESOURCES) grant.addResourceScope(resource.audience, scopeValues(resource).join(' '));
}

/** Every API scope value a grant holds, across the tenant's APIs. */
export function grantedScopeValues() {
  return RESOURCES.flatMap(scopeValues);
}

/**
 * An `extraParams` validator for `scope` (they run after oidc-provider's own scope checks, and
 * are meant for adjusting parameters). oidc-provider follows OIDC Core §11 and drops
 * `offline_access` unless the request says `prompt=consent`; §11 also allows "other conditions"
 * permitting offline access, and a pre-granted consent is one. Entra keeps it, and MSAL asks for
 * `offline_access` again on every refresh, which oidc-provider would refuse ("refresh token
 * missing requested scope") if the grant had lost it. So it is put back.
 * @param {any} ctx
 * @param {string | undefined} scope the scope parameter after oidc-provider's checks
 * @param {any} client
 */
export async function keepOfflineAccess(ctx, scope, client) {
  const raw = ctx.method === 'POST' ? ctx.oidc.body?.scope : ctx.query?.scope;
  const requested = typeof raw === 'string' ? raw.split(' ') : [];
  const kept = scope ? scope.split(' ') : [];
  if (requested.includes('offline_access') && !kept.includes('offline_access') && client?.grantTypeAllowed('refresh_token')) {
    ctx.oidc.params.scope = [...kept, 'offline_access'].join(' ');
  }
}
