// @ts-check
/**
 * An Azure API Management developer data API stand-in under `/apim/developer/` (so the portal's
 * `developer-url` is `{origin}/apim`), on the paths, headers and shapes the API Management
 * developer portal uses (docs/api-management.md lists them):
 *
 * - `GET /identity` with `Authorization: Aad id_token="…"` (or `AadB2C`) exchanges an ID token of a
 *   sandbox tenant for a shared access signature in `Ocp-Apim-Sas-Token`; 401 for an account that
 *   is no developer yet. With `Authorization: SharedAccessSignature token="…"` it renews one.
 * - `POST /users` with the ID token signs a developer up, on their explicit request.
 * - `/users/{userId}/products`, `/users/{userId}/apis/{apiId}/products`, `/users/{userId}/subscriptions`
 *   (list; `POST …/{id}` create; `PATCH …/{id}` rename or cancel, `If-Match: *`;
 *   `POST …/{id}/listSecrets`, `…/regeneratePrimaryKey`, `…/regenerateSecondaryKey`), all with the
 *   signature, and all with `api-version=2022-04-01-preview`.
 */
import { SPA_CLIENT_ID } from '../directory.js';
import { bearerValidator } from '../api/bearer.js';
import { corsHeaders } from '../http/cors.js';
import { readBody, sendJson } from '../http/respond.js';
import { DATA_API_VERSION, PRODUCTS } from './catalog.js';
import { sasIssuer } from './sas.js';

export const APIM_PREFIX = '/apim/developer';

const CORS = {
  methods: ['GET', 'POST', 'PATCH', 'OPTIONS'],
  allowHeaders: ['Authorization', 'Content-Type', 'If-Match'],
  exposeHeaders: ['Ocp-Apim-Sas-Token', 'WWW-Authenticate'],
};
const SAS_HEADER = 'ocp-apim-sas-token';

/**
 * @typedef {import('node:http').IncomingMessage} Request
 * @typedef {import('node:http').ServerResponse} Response
 * @typedef {import('./store.js').Subscription} Subscription
 */

/**
 * @param {object} options
 * @param {import('../oidc/tenant.js').TenantInfo[]} options.tenants whose ID tokens identify developers
 * @param {import('../https-fetch.js').HttpsFetch} options.fetch
 * @param {import('./store.js').ApimStore} options.store
 * @param {number} options.sasLifetime seconds a shared access signature lasts
 * @returns {(req: Request, res: Response) => Promise<void>}
 */
export function developerApi({ tenants, fetch, store, sasLifetime }) {
  const validateIdToken = bearerValidator({ issuers: tenants, audience: SPA_CLIENT_ID, fetch });
  const sas = sasIssuer({ lifetime: sasLifetime });

  return async function handleDeveloperApi(req, res) {
    const headers = corsHeaders(req, CORS);
    if (req.method === 'OPTIONS') {
      res.writeHead(204, headers).end();
      return;
    }
    const url = new URL(req.url ?? '/', 'https://localhost');
    const path = url.pathname.slice(APIM_PREFIX.length);
    /** @param {number} status @param {string} code @param {string} message @param {Record<string, string>} [extra] */
    const fail = (status, code, message, extra = {}) => sendJson(res, status, { error: { code, message } }, { ...headers, ...extra });

    const version = url.searchParams.get('api-version');
    if (version !== DATA_API_VERSION) {
      return fail(400, 'InvalidApiVersionParameter', `The api-version '${version ?? ''}' is invalid. The supported version is '${DATA_API_VERSION}'.`);
    }

    if (path === '/identity' && req.method === 'GET') {
      const authorization = req.headers.authorization;
      if (/^SharedAccessSignature\s/.test(authorization ?? '')) {
        const verified = sas.verify(authorization);
        if ('refused' in verified) return fail(401, 'Unauthorized', verified.refused, { 'www-authenticate': 'SharedAccessSignature' });
        return sendJson(res, 200, { id: verified.userId }, { ...headers, [SAS_HEADER]: sas.issue(verified.userId) });
      }
      const identity = await readIdToken(authorization);
      if ('refused' in identity) return fail(401, 'Unauthorized', identity.refused, { 'www-authenticate': 'Aad' });
      const developer = store.developerByObjectId(identity.oid);
      if (!developer) return fail(401, 'Unauthorized', 'No developer account is linked to this identity.', { 'www-authenticate': 'Aad' });
      return sendJson(res, 200, { id: developer.id, provider: identity.provider }, { ...headers, [SAS_HEADER]: sas.issue(developer.id) });
    }

    if (path === '/users' && req.method === 'POST') {
      const identity = await readIdToken(req.headers.authorization);
      if ('refused' in identity) return fail(401, 'Unauthorized', identity.refused, { 'www-authenticate': 'Aad' });
      const body = await readJson(req);
      if (!body) return fail(400, 'ValidationError', 'The body must be a JSON object.');
      const { firstName, lastName, email, identities } = body;
      const claimed = Array.isArray(identities) ? identities[0] : undefined;
      if (typeof firstName !== 'string' || typeof lastName !== 'string' || typeof email !== 'string' || !firstName || !lastName || !email) {
        return fail(400, 'ValidationError', 'firstName, lastName and email are required.');
      }
      if (claimed?.id !== identity.oid || claimed?.provider !== identity.provider) {
        return fail(400, 'ValidationError', 'identities[0] must be the ID token’s own oid and provider.');
      }
      if (store.developerByObjectId(identity.oid)) return fail(409, 'Conflict', 'A developer account is already linked to this identity.');
      const developer = store.addDeveloper({ firstName, lastName, email, identities: [{ id: identity.oid, provider: identity.provider }] });
      return sendJson(res, 201, developerContract(developer), { ...headers, [SAS_HEADER]: sas.issue(developer.id) });
    }

    const match = /^\/users\/([^/]+)(\/.*)$/.exec(path);
    if (!match) return fail(404, 'ResourceNotFound', `Nothing at ${url.pathname}.`);
    const [, userId = '', rest = ''] = match;
    const verified = sas.verify(req.headers.authorization);
    if ('refused' in verified) return fail(401, 'Unauthorized', verified.refused, { 'www-authenticate': 'SharedAccessSignature' });
    if (verified.userId !== userId) return fail(403, 'Forbidden', 'This signature belongs to another developer.');

    if (rest === '/products' && req.method === 'GET') return sendPage(res, PRODUCTS.map(productContract), url, headers);
    const apiProducts = /^\/apis\/([^/]+)\/products$/.exec(rest);
    if (apiProducts && req.method === 'GET') {
      const apiId = decodeURIComponent(apiProducts[1] ?? '');
      return sendPage(res, PRODUCTS.filter(({ apis }) => apis.includes(apiId)).map(productContract), url, headers);
    }
    if (rest === '/subscriptions' && req.method === 'GET') {
      return sendPage(res, store.subscriptionsOf(userId).map(subscriptionContract), url, headers);
    }
    const item = /^\/subscriptions\/([\w-]+)(\/listSecrets|\/regeneratePrimaryKey|\/regenerateSecondaryKey)?$/.exec(rest);
    if (!item) return fail(404, 'ResourceNotFound', `Nothing at ${url.pathname}.`);
    const [, subscriptionId = '', action] = item;
    const subscription = store.subscription(userId, subscriptionId);

    if (!action && req.method === 'POST') {
      if (store.exists(subscriptionId)) return fail(409, 'Conflict', `Subscription ${subscriptionId} already exists.`);
      const body = await readJson(req);
      const productId = /^\/products\/([\w-]+)$/.exec(String(body?.scope ?? ''))?.[1];
      const name = String(body?.name ?? body?.displayName ?? '').trim();
      if (!productId || !PRODUCTS.some(({ id }) => id === productId))
        return fail(400, 'ValidationError', 'scope must be /products/{productId} of an existing product.');
      if (!name) return fail(400, 'ValidationError', 'name is required.');
      return sendJson(res, 201, subscriptionContract(store.subscribe(userId, subscriptionId, productId, name)), headers);
    }
    if (!subscription) return fail(404, 'ResourceNotFound', `Subscription not found: ${subscriptionId}.`);
    if (!action && req.method === 'GET') return sendJson(res, 200, subscriptionContract(subscription), headers);
    if (!action && req.method === 'PATCH') {
      if (req.headers['if-match'] === undefined) return fail(428, 'PreconditionRequired', 'Send If-Match: * to change a subscription.');
      const body = await readJson(req);
      if (!body) return fail(400, 'ValidationError', 'The body must be a JSON object.');
      if (typeof body.state === 'string') {
        if (body.state.toLowerCase() !== 'cancelled') return fail(400, 'ValidationError', 'A developer can only cancel a subscription.');
        if (subscription.state !== 'active' && subscription.state !== 'submitted') {
          return fail(400, 'ValidationError', `A ${subscription.state} subscription cannot be cancelled.`);
        }
        subscription.state = 'cancelled';
      }
      const name = body.name ?? body.displayName;
      if (name !== undefined) {
        if (typeof name !== 'string' || !name.trim()) return fail(400, 'ValidationError', 'name must not be empty.');
        subscription.displayName = name.trim();
      }
      return sendJson(res, 200, subscriptionContract(subscription), headers);
    }
    if (action === '/listSecrets' && req.method === 'POST') {
      return sendJson(res, 200, { primaryKey: subscription.primaryKey, secondaryKey: subscription.secondaryKey }, headers);
    }
    if ((action === '/regeneratePrimaryKey' || action === '/regenerateSecondaryKey') && req.method === 'POST') {
      store.regenerate(subscription, action === '/regeneratePrimaryKey' ? 'primary' : 'secondary');
      res.writeHead(204, headers).end();
      return;
    }
    return fail(405, 'MethodNotAllowed', `${req.method} is not allowed at ${url.pathname}.`);
  };

  /**
   * @param {string | undefined} authorization
   * @returns {Promise<{ oid: string, provider: string } | { refused: string }>}
   */
  async function readIdToken(authorization) {
    const match = /^(Aad|AadB2C)\s+id_token="([^"]+)"$/.exec(authorization ?? '');
    if (!match) return { refused: 'Send Authorization: Aad id_token="…" (or AadB2C).' };
    const validation = await validateIdToken(`Bearer ${match[2]}`);
    if (!validation.ok) return { refused: `The ID token is not valid: ${validation.description}` };
    return { oid: String(validation.claims.oid ?? validation.claims.sub), provider: String(match[1]) };
  }
}

/**
 * @param {Response} res
 * @param {unknown[]} items
 * @param {URL} url
 * @param {Record<string, string>} headers
 */
function sendPage(res, items, url, headers) {
  const skip = Number(url.searchParams.get('$skip') ?? 0) || 0;
  const top = Number(url.searchParams.get('$top') ?? 100) || 100;
  const value = items.slice(skip, skip + top);
  /** @type {{ value: unknown[], count: number, nextLink?: string }} */
  const page = { value, count: items.length };
  if (skip + top < items.length) {
    const next = new URL(url);
    next.searchParams.set('$skip', String(skip + top));
    page.nextLink = `${next.pathname}${next.search}`;
  }
  sendJson(res, 200, page, headers);
}

/** @param {Request} req @returns {Promise<Record<string, unknown> | undefined>} */
async function readJson(req) {
  try {
    const value = JSON.parse(await readBody(req));
    return value && typeof value === 'object' && !Array.isArray(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The data API's contracts are flat, unlike the management API's: `id` is the resource's name,
 * `name` its display name, a scope the full resource path, and a subscription's keys inline (the
 * developer portal reads them from the list; `listSecrets` is answered too).
 */
const SERVICE = '/subscriptions/sandbox/resourceGroups/portico/providers/Microsoft.ApiManagement/service/portico-sandbox';

/** @param {import('./catalog.js').ProductRecord} product */
function productContract({ id, name, description, approvalRequired, subscriptionRequired, subscriptionsLimit, terms }) {
  return { id, name, description, approvalRequired, subscriptionRequired, subscriptionsLimit, terms, state: 'published' };
}

/** @param {Subscription} subscription */
function subscriptionContract(subscription) {
  return {
    id: subscription.id,
    name: subscription.displayName,
    ownerId: subscription.ownerId,
    scope: `${SERVICE}${subscription.scope}`,
    state: subscription.state,
    createdDate: subscription.createdDate,
    startDate: subscription.startDate,
    expirationDate: null,
    endDate: null,
    notificationDate: null,
    stateComment: null,
    primaryKey: subscription.primaryKey,
    secondaryKey: subscription.secondaryKey,
  };
}

/** @param {import('./store.js').Developer} developer */
function developerContract(developer) {
  return {
    id: `/users/${developer.id}`,
    name: developer.id,
    firstName: developer.firstName,
    lastName: developer.lastName,
    email: developer.email,
    state: 'active',
    registrationDate: developer.registrationDate,
    identities: developer.identities,
  };
}
