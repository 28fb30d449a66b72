// @ts-check
/**
 * Portico's identity sandbox: on one https origin on loopback, two OpenID Connect tenants
 * (Contoso and Fabrikam) with demo users, a sample API that validates their tokens, a
 * client-credentials token broker, and the demo portal. `npm start` runs it (see ./cli.js); the
 * browser tests start it from web-test-runner.config.js; the Node tests from ./test/.
 *
 * @example
 * const sandbox = await startSandbox({ port: 0, quiet: true });
 * console.log(sandbox.tenants[0].authority); // https://localhost:<port>/contoso
 * await sandbox.stop();
 */
import { randomBytes } from 'node:crypto';
import { access } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { otherOrigin, sampleApi } from './api/api.js';
import { createApp } from './app.js';
import { graphApi } from './graph.js';
import { APIM_PREFIX, developerApi } from './apim/developer-api.js';
import { DATA_API_VERSION, SAMPLE_API_ID } from './apim/catalog.js';
import { createApimStore } from './apim/store.js';
import { loadBroker } from './broker-source.js';
import { createCertificate, useCertificate } from './certificate.js';
import {
  BROKER_API,
  BROKER_CALLER_ROLE,
  BROKER_CERTIFICATE_CLIENT_ID,
  BROKER_CLIENT_ID,
  BROKER_TENANT,
  DEMO_PASSWORD,
  SAMPLE_API,
  SPA_CLIENT_ID,
  TENANTS,
} from './directory.js';
import { createHttpsFetch } from './https-fetch.js';
import { listenOnLoopback } from './listen.js';
import { mountTenant } from './oidc/tenant.js';
import { portal } from './portal.js';
import { headerRecorder } from './recorder.js';

const DIST_DIR = fileURLToPath(new URL('../dist/', import.meta.url));

/**
 * @typedef {object} SandboxOptions
 * @property {number} [port] default 8443; 0 picks a free port
 * @property {boolean} [quiet] no request log (errors are still reported)
 * @property {string[]} [extraRedirectUris] more redirect (and post-logout redirect) URIs for the
 *   SPA client, e.g. a test runner's pages on another origin; matched exactly
 * @property {{ cert: string, key: string, spkiHash?: string }} [certificate] reuse this
 *   certificate instead of making one
 * @property {number} [accessTokenLifetime] seconds, default 3600
 * @property {number} [apimSasLifetime] seconds the API Management stand-in's shared access
 *   signatures last, default 3600 (tests make it short to see renewal)
 * @property {string} [distDir] where Portico's build is, default ../dist
 * @property {string[]} [missingChunks] chunks of dist/cdn/ to answer 404, by the start of their
 *   name (`exchange-runner`): a portal that hosts dist/cdn/ only in part
 * @property {number} [recorderPort] also serve the header recorder (./recorder.js) on this port, a
 *   second origin; 0 picks a free port; none when absent
 * @property {string} [brokerSecret] the broker client's secret, for tests that run brokers of
 *   their own against the sandbox; a random one by default
 * @property {string} [brokerCertificate] a PEM certificate: the broker app is also registered
 *   with it (client id `portico-broker-certificate`, `private_key_jwt`)
 *
 * @typedef {object} Sandbox
 * @property {string} origin `https://localhost:<port>`
 * @property {import('./oidc/tenant.js').TenantInfo[]} tenants
 * @property {{ clientId: string, redirectUris: string[], scopes: string[] }} spa the public client
 * @property {{ url: string, clientId: string, certificateClientId: string, tenant: string,
 *   authority: string, scope: string, callerScope: string, callerAudience: string,
 *   callerRole: string }} broker the token broker: its URL, its client, the API scope it gets
 *   tokens for, and the scope, audience and app role its callers' tokens need
 * @property {{ tenant: string, name: string, username: string, password: string, oid: string,
 *   roles: string[], groups: string[] }[]} users
 * @property {{ baseUrl: string, openApiUrl: string, audience: string, scopes: string[],
 *   subscriptionKey: string, subscriptionKeyHeader: string, subscriptionKeyQuery: string,
 *   partnerKey: string, partnerKeyHeader: string, basicUsername: string, basicPassword: string,
 *   versions: string[] }} api
 * @property {{ developerUrl: string, apiId: string, apiVersion: string }} apim the API Management
 *   developer data API stand-in (`<portico-apim developer-url>`) and the sample API's id in it
 * @property {import('./certificate.js').Certificate} certificate
 * @property {{ origin: string, recordedUrl: string } | null} recorder the header recorder's
 *   origin and the URL listing what it received, when `recorderPort` was given
 * @property {boolean} distAvailable whether Portico's build was found
 * @property {() => Promise<void>} stop closes every listener and connection
 */

/**
 * @param {SandboxOptions} [options]
 * @returns {Promise<Sandbox>}
 */
export async function startSandbox({
  port = 8443,
  quiet = false,
  extraRedirectUris = [],
  certificate: givenCertificate,
  accessTokenLifetime = 3600,
  apimSasLifetime = 3600,
  distDir = DIST_DIR,
  missingChunks = [],
  recorderPort,
  brokerSecret = randomBytes(32).toString('base64url'),
  brokerCertificate,
} = {}) {
  for (const [name, value] of Object.entries({ port, recorderPort })) {
    if (value !== undefined && (!Number.isInteger(value) || value < 0 || value > 65535)) {
      throw new TypeError(`${name} must be an integer from 0 to 65535, not ${value}`);
    }
  }
  for (const [name, value] of Object.entries({ accessTokenLifetime, apimSasLifetime })) {
    if (!Number.isInteger(value) || value < 1) throw new TypeError(`${name} must be a positive integer (seconds)`);
  }
  for (const uri of extraRedirectUris) {
    if (!/^https?:$/.test(URL.parse(uri)?.protocol ?? '')) {
      throw new TypeError(`extraRedirectUris must be absolute http(s) URLs, not ${uri}`);
    }
  }

  const certificate = givenCertificate ? useCertificate(givenCertificate) : await createCertificate();
  const listeners = await listenOnLoopback({ port, cert: certificate.cert, key: certificate.key });
  /** @type {import('./listen.js').Listeners | undefined} */
  let recorderListeners;
  try {
    if (recorderPort !== undefined) {
      recorderListeners = await listenOnLoopback({ port: recorderPort, cert: certificate.cert, key: certificate.key });
      recorderListeners.handle(headerRecorder());
    }
    const recorderOrigin = recorderListeners && `https://localhost:${recorderListeners.port}`;
    const origin = `https://localhost:${listeners.port}`;
    const redirectUris = [`${origin}/`, `${origin}/demo/`, `${origin}/redirect.html`, ...extraRedirectUris];
    const fetch = createHttpsFetch({ ca: certificate.cert });
    /** @param {unknown} error */
    const reportError = (error) => console.error('[portico sandbox]', error);

    const tenants = await Promise.all(
      TENANTS.map((tenant) => mountTenant({ origin, tenant, redirectUris, brokerSecret, brokerCertificate, accessTokenLifetime, reportError })),
    );
    const tenantInfo = tenants.map(({ info }) => info);
    const brokerTenant = /** @type {import('./oidc/tenant.js').TenantInfo} */ (tenantInfo.find(({ id }) => id === BROKER_TENANT));
    const brokerScope = `${SAMPLE_API.audience}/.default`;
    const { createTokenBroker, toNodeListener } = await loadBroker();
    const broker = createTokenBroker({
      authority: brokerTenant.authority,
      clientId: BROKER_CLIENT_ID,
      clientSecret: brokerSecret,
      apis: [{ scope: brokerScope, roles: [BROKER_CALLER_ROLE] }],
      // Users of either tenant, signed in to the portal, with a token for the broker's own API.
      callers: { issuer: tenantInfo.map(({ issuer }) => issuer), audience: BROKER_API.audience },
      allowedOrigins: [...new Set(redirectUris.map((uri) => new URL(uri).origin))],
      fetch: /** @type {typeof globalThis.fetch} */ (fetch),
    });

    const apimStore = createApimStore();
    listeners.handle(
      createApp({
        tenants,
        api: sampleApi({
          origin,
          tenants: tenantInfo,
          fetch,
          apim: apimStore,
          ...(recorderOrigin ? { elsewhere: recorderOrigin } : {}),
        }),
        broker: toNodeListener(broker),
        graph: graphApi({ tenants: tenantInfo, fetch }),
        apim: developerApi({ tenants: tenantInfo, fetch, store: apimStore, sasLifetime: apimSasLifetime }),
        portal: portal({ origin, distDir, missingChunks, elsewhere: recorderOrigin ?? otherOrigin(origin) }),
        quiet,
        reportError,
      }),
    );

    return {
      origin,
      tenants: tenantInfo,
      spa: {
        clientId: SPA_CLIENT_ID,
        redirectUris,
        scopes: SAMPLE_API.scopes.map((scope) => `${SAMPLE_API.audience}/${scope}`),
      },
      broker: {
        url: `${origin}/broker/token`,
        clientId: BROKER_CLIENT_ID,
        certificateClientId: BROKER_CERTIFICATE_CLIENT_ID,
        tenant: BROKER_TENANT,
        authority: brokerTenant.authority,
        scope: brokerScope,
        callerScope: `${BROKER_API.audience}/${BROKER_API.scopes[0]}`,
        callerAudience: BROKER_API.audience,
        callerRole: BROKER_CALLER_ROLE,
      },
      users: TENANTS.flatMap((tenant) =>
        tenant.users.map((user) => ({
          tenant: tenant.id,
          name: user.name,
          username: user.username,
          password: DEMO_PASSWORD,
          oid: user.oid,
          roles: [...user.roles],
          groups: user.roles.map((role) => tenant.groups[role]),
        })),
      ),
      api: {
        baseUrl: `${origin}/api`,
        openApiUrl: `${origin}/api/openapi.json`,
        audience: SAMPLE_API.audience,
        scopes: SAMPLE_API.scopes.map((scope) => `${SAMPLE_API.audience}/${scope}`),
        subscriptionKey: SAMPLE_API.subscriptionKey,
        subscriptionKeyHeader: SAMPLE_API.subscriptionKeyHeader,
        subscriptionKeyQuery: SAMPLE_API.subscriptionKeyQuery,
        partnerKey: SAMPLE_API.partnerKey,
        partnerKeyHeader: SAMPLE_API.partnerKeyHeader,
        basicUsername: SAMPLE_API.basicUsername,
        basicPassword: SAMPLE_API.basicPassword,
        versions: [...SAMPLE_API.versions],
      },
      apim: { developerUrl: `${origin}${APIM_PREFIX.replace(/\/developer$/, '')}`, apiId: SAMPLE_API_ID, apiVersion: DATA_API_VERSION },
      certificate,
      recorder: recorderOrigin ? { origin: recorderOrigin, recordedUrl: `${recorderOrigin}/recorded` } : null,
      distAvailable: await isBuilt(distDir),
      stop: once(async () => {
        await Promise.all([listeners.close(), recorderListeners?.close()]);
      }),
    };
  } catch (error) {
    await Promise.all([listeners.close(), recorderListeners?.close()]);
    throw error;
  }
}

/** @param {string} distDir */
function isBuilt(distDir) {
  return access(join(distDir, 'cdn', 'portico.js')).then(
    () => true,
    () => false,
  );
}

/**
 * @param {() => Promise<void>} action
 * @returns {() => Promise<void>}
 */
function once(action) {
  /** @type {Promise<void> | undefined} */
  let done;
  return () => (done ??= action());
}

// The directory itself, for scripts that need the demo data without starting anything.
export { DEMO_PASSWORD, SAMPLE_API, TENANTS } from './directory.js';
