// @ts-check
/**
 * One tenant's OpenID Connect provider: an in-memory `oidc-provider` whose issuer is
 * `${origin}/${tenant.id}`, configured to behave like an Entra ID tenant towards MSAL.
 * Each setting says why it differs from oidc-provider's defaults.
 */
import { randomBytes } from 'node:crypto';
import Provider from './oidc-provider.js';
// oidc-provider's own in-memory storage, which it would pick anyway. Naming it says that losing
// every session on stop is intended (and skips the warning meant for production set-ups).
import { createMemoryAdapter } from 'oidc-provider/lib/adapters/memory_adapter.js';
import { calculateJwkThumbprint, exportJWK, generateKeyPair } from 'jose';
import { X509Certificate } from 'node:crypto';
import { BROKER_CERTIFICATE_CLIENT_ID, BROKER_CLIENT_ID, SPA_CLIENT_ID } from '../directory.js';
import { PAGE_CSP } from '../http/respond.js';
import { CLAIMS_BY_SCOPE, accessTokenClaims, userClaims } from './claims.js';
import { keepOfflineAccess, loadPreGrantedConsent } from './consent.js';
import { describeError } from './errors.js';
import { AUTO_SUBMIT_CSP_SOURCE, errorPage, signedOutPage, signingOutPage } from './pages.js';
import { interactionPolicy } from './policy.js';
import { refreshTokenCoversConsent } from './refresh-consent.js';
import { defaultResource, resourceServerInfo } from './resources.js';

const DAY = 24 * 60 * 60;

/**
 * oidc-provider's own objects, which it does not type: its Koa context (with `ctx.oidc`), and
 * its Client, AccessToken and Interaction models.
 * @typedef {any} Context
 * @typedef {any} Client
 * @typedef {any} Model
 */

/**
 * @typedef {object} TenantProviderOptions
 * @property {import('../directory.js').Tenant} tenant
 * @property {string} issuer
 * @property {string[]} redirectUris the SPA's redirect and post-logout redirect URIs
 * @property {string} brokerSecret the confidential client's secret
 * @property {string} [brokerCertificate] a PEM certificate: also register the broker with it
 * @property {number} accessTokenLifetime seconds
 * @property {(error: unknown) => void} reportError called with unexpected server errors
 */

/**
 * @param {TenantProviderOptions} options
 * @returns {Promise<Provider>}
 */
export async function createTenantProvider({ tenant, issuer, redirectUris, brokerSecret, brokerCertificate, accessTokenLifetime, reportError }) {
  const { privateKey } = await generateKeyPair('RS256', { extractable: true });
  const signingKey = await exportJWK(privateKey);
  signingKey.kid = await calculateJwkThumbprint(signingKey);

  const provider = new Provider(issuer, {
    adapter: createMemoryAdapter(),
    clients: [
      {
        client_id: SPA_CLIENT_ID,
        client_name: 'Portico demo portal',
        application_type: 'web',
        token_endpoint_auth_method: 'none', // a public client: PKCE instead of a secret
        grant_types: ['authorization_code', 'refresh_token'],
        response_types: ['code'],
        redirect_uris: redirectUris,
        post_logout_redirect_uris: redirectUris,
      },
      {
        client_id: BROKER_CLIENT_ID,
        client_name: 'Portico token broker',
        client_secret: brokerSecret,
        // What MSAL (msal-node) sends: the secret in the body. It never uses client_secret_basic.
        token_endpoint_auth_method: 'client_secret_post',
        grant_types: ['client_credentials'],
        response_types: [],
        redirect_uris: [],
      },
      ...(brokerCertificate ? [await certificateClient(brokerCertificate)] : []),
    ],
    jwks: { keys: [{ ...signingKey, alg: 'RS256', use: 'sig' }] },
    // Two tenants share one origin, so their cookies need their own names.
    cookies: {
      names: {
        session: `${tenant.id}_session`,
        interaction: `${tenant.id}_interaction`,
        resume: `${tenant.id}_interaction_resume`,
      },
      keys: [randomBytes(32).toString('base64url')],
    },
    scopes: ['openid', 'profile', 'email', 'offline_access'],
    claims: CLAIMS_BY_SCOPE,
    // By default (OIDC Core 5.4) claims asked for by scope go to userinfo only when an access token
    // is issued; Entra puts them in the ID token, which is where MSAL and the widgets read them.
    conformIdTokenClaims: false,
    responseTypes: ['code'],
    pkce: { required: () => true },
    async findAccount(/** @type {Context} */ _ctx, /** @type {string} */ sub) {
      const user = tenant.users.find(({ oid }) => oid === sub);
      return user && { accountId: user.oid, claims: () => userClaims(tenant, user) };
    },
    extraTokenClaims: (/** @type {Context} */ _ctx, /** @type {Model} */ token) => accessTokenClaims(tenant, token),
    loadExistingGrant: loadPreGrantedConsent,
    extraParams: { scope: keepOfflineAccess },
    // Entra gives single-page apps refresh tokens whenever they ask; oidc-provider would want
    // offline_access granted after prompt=consent first.
    issueRefreshToken: async (/** @type {Context} */ _ctx, /** @type {Client} */ client) => client.grantTypeAllowed('refresh_token'),
    // Entra keeps a redeemed SPA refresh token valid; rotation with reuse detection would revoke
    // the whole grant when two tabs refresh at once.
    rotateRefreshToken: false,
    // MSAL calls the token endpoint with fetch from the page: allow the SPA's own origins.
    clientBasedCORS: (/** @type {Context} */ _ctx, /** @type {string} */ origin, /** @type {Client} */ client) =>
      client.redirectUris.some((/** @type {string} */ uri) => URL.parse(uri)?.origin === origin),
    interactions: {
      url: (/** @type {Context} */ _ctx, /** @type {Model} */ interaction) => `/${tenant.id}/interaction/${interaction.uid}`,
      policy: interactionPolicy(tenant),
    },
    features: {
      devInteractions: { enabled: false }, // replaced by ./interaction.js
      clientCredentials: { enabled: true },
      resourceIndicators: {
        enabled: true,
        defaultResource,
        useGrantedResource: async () => true,
        getResourceServerInfo: resourceServerInfo(accessTokenLifetime),
      },
      rpInitiatedLogout: {
        enabled: true,
        async logoutSource(/** @type {Context} */ ctx) {
          ctx.set('content-security-policy', `${PAGE_CSP}; script-src ${AUTO_SUBMIT_CSP_SOURCE}`);
          ctx.body = signingOutPage({
            tenant,
            action: ctx.oidc.urlFor('end_session_confirm'),
            xsrf: ctx.oidc.session.state.secret,
          });
        },
        async postLogoutSuccessSource(/** @type {Context} */ ctx) {
          ctx.set('content-security-policy', PAGE_CSP);
          ctx.body = signedOutPage({ tenant });
        },
      },
    },
    async renderError(/** @type {Context} */ ctx, /** @type {{ error: string, error_description?: string }} */ out) {
      const oidc = ctx.oidc;
      // The raw request (MSAL's client-request-id is not a parameter oidc-provider keeps), then
      // what oidc-provider parsed, when it got that far.
      const params = { ...(ctx.method === 'POST' ? oidc.body : ctx.query), ...oidc.params };
      ctx.type = 'html';
      ctx.set('content-security-policy', PAGE_CSP);
      ctx.body = errorPage(
        describeError({
          tenant,
          out,
          params,
          client: oidc.client && { clientId: oidc.client.clientId, redirectUris: oidc.client.redirectUris },
        }),
      );
    },
    ttl: {
      AccessToken: (/** @type {Context} */ _ctx, /** @type {Model} */ token) => token.resourceServer?.accessTokenTTL ?? accessTokenLifetime,
      ClientCredentials: (/** @type {Context} */ _ctx, /** @type {Model} */ token) => token.resourceServer?.accessTokenTTL ?? accessTokenLifetime,
      AuthorizationCode: 60,
      IdToken: 60 * 60,
      Interaction: 60 * 60,
      RefreshToken: DAY, // Entra's lifetime for refresh tokens of single-page apps
      Session: DAY,
      Grant: DAY,
    },
  });

  provider.use(refreshTokenCoversConsent);
  provider.on('server_error', (/** @type {Context} */ _ctx, /** @type {unknown} */ error) => reportError(error));
  return provider;
}

/**
 * The broker app with a certificate credential: MSAL signs a client assertion (PS256) with the
 * certificate's key, which the provider checks against the certificate's public key.
 * @param {string} certificate PEM
 */
async function certificateClient(certificate) {
  const key = await exportJWK(new X509Certificate(certificate).publicKey);
  return {
    client_id: BROKER_CERTIFICATE_CLIENT_ID,
    client_name: 'Portico token broker (certificate)',
    token_endpoint_auth_method: 'private_key_jwt',
    token_endpoint_auth_signing_alg: 'PS256',
    jwks: { keys: [{ ...key, use: 'sig' }] },
    grant_types: ['client_credentials'],
    response_types: [],
    redirect_uris: [],
  };
}
