// @ts-check
/**
 * Mounts one tenant's provider under `/{tenant.id}` of the sandbox's origin, with its own
 * interaction endpoints beside it.
 *
 * MSAL (in OIDC protocol mode) lowercases the authority, appends `/`, and fetches
 * `{authority}/.well-known/openid-configuration`; it then checks only that the document's
 * `issuer` has the authority's scheme, host and port. Authors may also write the authority with a
 * trailing slash and other libraries join paths naively, so repeated slashes are collapsed, and
 * Entra's `/v2.0/.well-known/openid-configuration` spelling (MSAL's default protocol mode) is
 * answered too.
 */
import { interactionHandler } from './interaction.js';
import { createTenantProvider } from './provider.js';

/**
 * @typedef {object} TenantInfo what callers and tests need to know about a tenant
 * @property {string} id
 * @property {string} label
 * @property {string} tenantId the `tid` claim
 * @property {string} issuer also the `authority` to give MSAL / `<portico-auth>`
 * @property {string} authority
 * @property {string} discoveryUrl
 * @property {string} jwksUri
 * @property {string} tokenEndpoint
 *
 * @typedef {object} MountedTenant
 * @property {TenantInfo} info
 * @property {string} prefix the path the tenant answers under, e.g. "/contoso"
 * @property {Handler} handle
 *
 * @typedef {(req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse) => Promise<void> | void} Handler
 */

/**
 * @param {Omit<import('./provider.js').TenantProviderOptions, 'issuer'> & { origin: string }} options
 * @returns {Promise<MountedTenant>}
 */
export async function mountTenant({ origin, ...options }) {
  const { tenant } = options;
  const prefix = `/${tenant.id}`;
  const issuer = `${origin}${prefix}`;
  const provider = await createTenantProvider({ ...options, issuer });
  const providerCallback = provider.callback();
  const interact = interactionHandler({ provider, tenant });

  /** @type {Handler} */
  const handle = (req, res) => {
    // Entra's sign-in pages isolate themselves from the window that opened them: a popup loses
    // its opener (and the opener sees it as closed) as soon as it reaches the provider.
    res.setHeader('cross-origin-opener-policy', 'same-origin');
    const url = req.url ?? '/';
    const queryAt = url.includes('?') ? url.indexOf('?') : url.length;
    const query = url.slice(queryAt);
    let path = url.slice(prefix.length, queryAt).replace(/\/{2,}/g, '/');

    if (path === '' || path === '/') {
      res.writeHead(302, { location: `${prefix}/.well-known/openid-configuration` }).end();
      return;
    }
    if (path === '/v2.0/.well-known/openid-configuration') path = '/.well-known/openid-configuration';

    const interaction = /^\/interaction\/([\w-]+)(?:\/(login|abort))?$/.exec(path);
    if (interaction) {
      return interact(req, res, interaction[1], interaction[2]);
    }

    // Mount the way Express does: oidc-provider derives its mount path (and so every URL in its
    // discovery document) from the difference between `originalUrl` and `url`.
    Object.assign(req, { originalUrl: `${prefix}${path}${query}`, url: `${path}${query}` });
    return providerCallback(req, res);
  };

  return {
    prefix,
    handle,
    info: {
      id: tenant.id,
      label: tenant.label,
      tenantId: tenant.tenantId,
      issuer,
      authority: issuer,
      discoveryUrl: `${issuer}/.well-known/openid-configuration`,
      jwksUri: provider.urlFor('jwks'),
      tokenEndpoint: provider.urlFor('token'),
    },
  };
}
