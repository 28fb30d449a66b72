// @ts-check
/**
 * The sample API's operations, one row each. A row says how to route the request, what it
 * requires (token scopes or roles, subscription key), how it is documented in the OpenAPI
 * document, and how to answer. To add an operation (slow, large, HTML, failing, without CORS…),
 * add a row; ./api.js and ./openapi.js need no change.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { SAMPLE_API } from '../directory.js';
import { ORDER_STATUSES, PRODUCTS } from './store.js';

/**
 * @typedef {object} Requirements what a bearer token must carry; any one listed value suffices
 * @property {string[]} [scopes] delegated permissions, checked in user tokens' `scp`
 * @property {string[]} [appRoles] application permissions, checked in app-only tokens' `roles`
 * @property {string[]} [roles] app roles of the signed-in user, checked in `roles`; an app-only
 *   token holding one of `appRoles` needs none of them
 *
 * @typedef {object} OperationContext
 * @property {Record<string, string>} params path parameters
 * @property {URLSearchParams} query
 * @property {any} body the parsed JSON body, for operations with a `requestBody`
 * @property {Buffer} [bytes] the raw body, for operations with `rawBody`
 * @property {Record<string, any> | undefined} claims the validated token's claims
 * @property {string} [username] the HTTP basic user, for operations with `basic`
 * @property {import('node:http').IncomingHttpHeaders} headers the request's headers
 * @property {import('./store.js').Store} store
 * @property {string} baseUrl the API's base URL, e.g. https://localhost:8443/api
 * @property {string} elsewhere another origin (the sandbox's second origin), serving /api/echo
 * @property {AbortSignal} signal aborted when the client goes away before the answer is sent
 *
 * @typedef {object} OperationResult
 * @property {number} [status] default 200
 * @property {unknown} [json] a JSON body
 * @property {{ title: string, detail: string } & Record<string, unknown>} [problem] an RFC 9457 body
 * @property {string | Buffer} [body] any other body, with `contentType`
 * @property {Iterable<string> | AsyncIterable<string | Buffer>} [stream] a body sent as it is produced,
 *   with `contentType`
 * @property {string} [contentType]
 * @property {Record<string, string>} [headers]
 *
 * @typedef {object} Operation
 * @property {'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE'} method
 * @property {string} path relative to /api, with `{name}` path parameters
 * @property {string} operationId
 * @property {string} summary
 * @property {string} [description]
 * @property {string[]} tags
 * @property {Requirements} [auth] present when a bearer token is required
 * @property {boolean} [subscriptionKey] whether an API Management subscription key is required
 * @property {boolean} [partnerKey] whether a partner's API key (`X-Partner-Key`) is required
 * @property {boolean} [basic] whether HTTP basic is required
 * @property {readonly string[]} [versions] served under `/api/{version}` for each of these, documented
 *   as a server with a `version` variable
 * @property {boolean} [cors] false to answer without CORS headers; default true
 * @property {boolean} [elsewhere] documented with the sandbox's second origin as its server, so a
 *   portal on the sandbox's own origin sends it cross-origin (the second origin answers it too)
 * @property {object[]} [parameters] OpenAPI parameter objects (query and header parameters;
 *   path parameters are documented from `path`, see `pathParameters`)
 * @property {Record<string, object>} [pathParameters] description, schema and example per path
 *   parameter (a string schema otherwise)
 * @property {object} [requestBody] OpenAPI request body; the body must then be JSON, unless `rawBody`
 * @property {boolean} [rawBody] the handler gets the body's bytes as they came, whatever their type
 * @property {Record<string, object>} responses OpenAPI responses besides the auth failures, which
 *   ./openapi.js adds from `auth`, `subscriptionKey`, `partnerKey` and `basic`
 * @property {(context: OperationContext) => OperationResult | Promise<OperationResult>} handle
 */

/** @param {string} ref */
const schema = (ref) => ({ $ref: `#/components/schemas/${ref}` });
/** @param {string} description @param {string} ref @param {unknown} [example] */
const jsonResponse = (description, ref, example) => ({
  description,
  content: { 'application/json': { schema: schema(ref), ...(example === undefined ? {} : { example }) } },
});
const notFound = {
  description: 'No such resource.',
  content: { 'application/problem+json': { schema: schema('Problem') } },
};

/** The most a diagnostic operation waits or sends, so a typo cannot tie the sandbox up. */
const MAX_SLOW_MS = 60_000;
const MAX_LARGE_MB = 100;
const MAX_EVENTS = 100;

/**
 * Markup that runs script if anyone renders it as HTML: in the `getHtml` operation's description
 * and in its answer, so a console can be seen to show both as text.
 */
export const HOSTILE_MARKUP = '<img src=x onerror="window.__porticoPwned = true"><script>window.__porticoPwned = true</script>';

const readOrders = { scopes: ['Orders.Read'], appRoles: ['Orders.Read.All', 'Orders.ReadWrite.All'] };
/** Placing orders also takes the publishers app role, for users: readers may look, not buy. */
const writeOrders = { scopes: ['Orders.Write'], appRoles: ['Orders.ReadWrite.All'], roles: ['publishers'] };

/** `count` and `interval` of the streaming operations. */
const streamParameters = [
  {
    name: 'count',
    in: 'query',
    description: `How many events to send (at most ${MAX_EVENTS}).`,
    schema: { type: 'integer', minimum: 1, maximum: MAX_EVENTS, default: 5 },
  },
  {
    name: 'interval',
    in: 'query',
    description: `Milliseconds between events (at most ${MAX_SLOW_MS}).`,
    schema: { type: 'integer', minimum: 0, maximum: MAX_SLOW_MS, default: 1000 },
  },
];

const STATUSES = ['placed', 'paid', 'packed', 'shipped', 'delivered'];

/** @type {Operation[]} */
export const OPERATIONS = [
  {
    method: 'GET',
    path: '/health',
    operationId: 'getHealth',
    summary: 'Check that the API is up',
    description: 'Anonymous: no token, no subscription key.',
    tags: ['Status'],
    responses: {
      200: jsonResponse('The API is up.', 'Health', { status: 'ok', time: '2026-01-01T12:00:00.000Z' }),
    },
    handle: () => ({ json: { status: 'ok', time: new Date().toISOString() } }),
  },
  {
    method: 'GET',
    path: '/orders',
    operationId: 'listOrders',
    summary: 'List orders',
    description: `Requires a user token with the scope ${SAMPLE_API.audience}/Orders.Read, or an app-only token with the app role Orders.Read.All.`,
    tags: ['Orders'],
    auth: readOrders,
    parameters: [
      {
        name: 'status',
        in: 'query',
        description: 'Only orders in this status.',
        schema: { type: 'string', enum: [...ORDER_STATUSES] },
        example: 'shipped',
      },
      {
        name: 'top',
        in: 'query',
        description: 'At most this many orders.',
        schema: { type: 'integer', minimum: 1, maximum: 100, default: 20 },
        example: 10,
      },
    ],
    responses: { 200: jsonResponse('The orders.', 'OrderList') },
    handle: ({ query, store }) => {
      const status = query.get('status') ?? undefined;
      if (status && !(/** @type {readonly string[]} */ (ORDER_STATUSES).includes(status))) {
        return invalid(`status must be one of ${ORDER_STATUSES.join(', ')}, not "${status}".`);
      }
      const top = query.has('top') ? Number(query.get('top')) : 20;
      if (!Number.isInteger(top) || top < 1 || top > 100) {
        return invalid('top must be an integer from 1 to 100.');
      }
      const value = store.listOrders({ status, top });
      return { json: { value, count: value.length } };
    },
  },
  {
    method: 'GET',
    path: '/orders/{id}',
    operationId: 'getOrder',
    summary: 'Get one order',
    tags: ['Orders'],
    auth: readOrders,
    pathParameters: {
      id: {
        description: 'The order id.',
        schema: { type: 'string', pattern: '^ord-[0-9]+$' },
        example: 'ord-1001',
      },
    },
    responses: { 200: jsonResponse('The order.', 'Order'), 404: notFound },
    handle: ({ params, store }) => {
      const order = store.findOrder(params.id);
      if (!order) {
        return {
          status: 404,
          problem: { title: 'Order not found', detail: `There is no order ${params.id}.` },
        };
      }
      return { json: order };
    },
  },
  {
    method: 'POST',
    path: '/orders',
    operationId: 'createOrder',
    summary: 'Place an order',
    description: `Requires a user token with the scope ${SAMPLE_API.audience}/Orders.Write for a user with the app role publishers, or an app-only token with the app role Orders.ReadWrite.All.`,
    tags: ['Orders'],
    auth: writeOrders,
    requestBody: {
      required: true,
      content: {
        'application/json': {
          schema: schema('NewOrder'),
          examples: {
            beans: { summary: 'Two bags of beans', value: { productId: 'prd-espresso', quantity: 2 } },
            mugs: {
              summary: 'Mugs, with a note',
              value: { productId: 'prd-mug', quantity: 4, note: 'For the new team room' },
            },
          },
        },
      },
    },
    responses: {
      201: {
        ...jsonResponse('The order was placed.', 'Order'),
        headers: { Location: { description: 'The new order.', schema: { type: 'string', format: 'uri' } } },
      },
      400: {
        description: 'The body is not a valid order.',
        content: { 'application/problem+json': { schema: schema('Problem') } },
      },
    },
    handle: ({ body, claims, store, baseUrl }) => {
      const { productId, quantity, note } = body ?? {};
      if (!PRODUCTS.some(({ id }) => id === productId)) {
        return invalid(`productId must be one of ${PRODUCTS.map(({ id }) => id).join(', ')}.`);
      }
      if (!Number.isInteger(quantity) || quantity < 1 || quantity > 100) {
        return invalid('quantity must be an integer from 1 to 100.');
      }
      if (note !== undefined && (typeof note !== 'string' || note.length > 200)) {
        return invalid('note must be a string of at most 200 characters.');
      }
      const order = store.addOrder({
        productId,
        quantity,
        note,
        createdBy: claims?.name ?? claims?.azp ?? 'unknown',
      });
      return { status: 201, json: order, headers: { location: `${baseUrl}/orders/${order.id}` } };
    },
  },
  {
    method: 'GET',
    path: '/admin/stats',
    operationId: 'getAdminStats',
    summary: 'Order statistics for administrators',
    description: 'Requires a user token whose roles claim holds admins.',
    tags: ['Administration'],
    auth: { roles: ['admins'] },
    responses: { 200: jsonResponse('The statistics.', 'Stats') },
    handle: ({ store }) => ({ json: store.stats() }),
  },
  {
    method: 'GET',
    path: '/products',
    operationId: 'listProducts',
    summary: 'List products',
    description: `Requires an API Management subscription key, in the ${SAMPLE_API.subscriptionKeyHeader} header or the ${SAMPLE_API.subscriptionKeyQuery} query parameter; no token. The demo key is ${SAMPLE_API.subscriptionKey}.`,
    tags: ['Products'],
    subscriptionKey: true,
    responses: { 200: jsonResponse('The products.', 'ProductList') },
    handle: () => ({ json: { value: PRODUCTS, count: PRODUCTS.length } }),
  },
  {
    method: 'GET',
    path: '/reports/orders',
    operationId: 'getOrderReport',
    summary: 'Report on orders (key and token)',
    description: `Requires both an API Management subscription key (the ${SAMPLE_API.subscriptionKeyHeader} header or the ${SAMPLE_API.subscriptionKeyQuery} query parameter) and a token that may read orders, as an API behind API Management that also validates tokens: the gateway checks the key first.`,
    tags: ['Orders'],
    auth: readOrders,
    subscriptionKey: true,
    responses: { 200: jsonResponse('Orders counted by product.', 'OrderReport') },
    handle: ({ store }) => {
      /** @type {Record<string, number>} */
      const byProduct = {};
      for (const order of store.listOrders({ top: Infinity })) byProduct[order.productId] = (byProduct[order.productId] ?? 0) + order.quantity;
      return { json: { byProduct } };
    },
  },
  {
    method: 'GET',
    path: '/partner/orders',
    operationId: 'listPartnerOrders',
    summary: 'Orders for a partner (API key and token)',
    description: `Requires both a partner's API key in the ${SAMPLE_API.partnerKeyHeader} header (typed by the user; the demo key is ${SAMPLE_API.partnerKey}) and a token that may read orders.`,
    tags: ['Partners'],
    auth: readOrders,
    partnerKey: true,
    responses: { 200: jsonResponse('The orders, as the partner sees them.', 'OrderList') },
    handle: ({ store }) => {
      const value = store.listOrders({ top: Infinity });
      return { json: { value, count: value.length } };
    },
  },
  {
    method: 'GET',
    path: '/partner/me',
    operationId: 'getBasicAccount',
    summary: 'Who am I (HTTP basic)',
    description: `Requires HTTP basic: the username ${SAMPLE_API.basicUsername} and the password ${SAMPLE_API.basicPassword}. Answers the username it received.`,
    tags: ['Partners'],
    basic: true,
    responses: { 200: jsonResponse('The account the username and password belong to.', 'BasicAccount') },
    handle: ({ username }) => ({ json: { username } }),
  },
  {
    method: 'GET',
    path: '/about',
    operationId: 'getVersion',
    summary: 'Which version answered (server variable)',
    description: `Anonymous. Served under each version of the API (${SAMPLE_API.versions.join(', ')}), which its server's \`version\` variable chooses; answers the version that answered.`,
    tags: ['Status'],
    versions: SAMPLE_API.versions,
    responses: { 200: jsonResponse('The version that answered.', 'Version') },
    handle: ({ params }) => ({ json: { version: params['version'] } }),
  },
  {
    method: 'GET',
    path: '/slow',
    operationId: 'getSlow',
    summary: 'Answer after a delay',
    description: `Anonymous. Waits \`ms\` milliseconds (at most ${MAX_SLOW_MS}) before answering: for timeouts and cancelling.`,
    tags: ['Diagnostics'],
    parameters: [
      {
        name: 'ms',
        in: 'query',
        description: 'How long to wait, in milliseconds.',
        schema: { type: 'integer', minimum: 0, maximum: MAX_SLOW_MS, default: 3000 },
      },
    ],
    responses: { 200: jsonResponse('The wait is over.', 'Waited', { waited: 3000 }) },
    handle: async ({ query, signal }) => {
      const ms = query.has('ms') ? Number(query.get('ms')) : 3000;
      if (!Number.isInteger(ms) || ms < 0 || ms > MAX_SLOW_MS) {
        return invalid(`ms must be an integer from 0 to ${MAX_SLOW_MS}.`);
      }
      // A client that gives up ends the wait; api.js then sends nothing.
      await sleep(ms, undefined, { signal }).catch(() => undefined);
      return { json: { waited: ms } };
    },
  },
  {
    method: 'GET',
    path: '/events',
    operationId: 'streamOrderEvents',
    summary: 'Stream order events (server-sent events)',
    description: `Anonymous. Sends \`count\` order events as \`text/event-stream\`, one every \`interval\` milliseconds, and stops early when the client goes away: for watching a stream arrive and stopping it.`,
    tags: ['Streams'],
    parameters: streamParameters,
    responses: {
      200: {
        description: 'One event per order status change.',
        content: {
          'text/event-stream': { schema: { type: 'string' }, itemSchema: schema('OrderEvent'), example: sseEvent(orderEvent(1)) },
        },
      },
    },
    handle: ({ query, signal, store }) => streamed(query, signal, store.startStream('/events'), 'text/event-stream', sseEvent, ': order events follow\n\n'),
  },
  {
    method: 'GET',
    path: '/events/lines',
    operationId: 'streamOrderLines',
    summary: 'Stream order events (NDJSON)',
    description: 'Anonymous. The same events as newline-delimited JSON (`application/x-ndjson`), one object per line.',
    tags: ['Streams'],
    parameters: streamParameters,
    responses: {
      200: {
        description: 'One JSON object per line.',
        content: { 'application/x-ndjson': { itemSchema: schema('OrderEvent'), example: orderEvent(1) } },
      },
    },
    handle: ({ query, signal, store }) =>
      streamed(query, signal, store.startStream('/events/lines'), 'application/x-ndjson', (event) => `${JSON.stringify(event)}\n`),
  },
  {
    method: 'GET',
    path: '/events/log',
    operationId: 'listStreams',
    summary: 'How the latest streams ended',
    description:
      'Anonymous. The last 20 streams the two operations above sent, oldest first: how many events went out, and whether each ran to its end (`finished`), its client went away first (`client-gone`: a stopped stream), or it is still open (`null`).',
    tags: ['Streams'],
    responses: { 200: jsonResponse('The streams.', 'StreamLog') },
    handle: ({ store }) => ({ json: { value: store.listStreams() } }),
  },
  {
    method: 'GET',
    path: '/large',
    operationId: 'getLarge',
    summary: 'Answer with a large body',
    description: `Anonymous. Streams \`mb\` megabytes (at most ${MAX_LARGE_MB}) of JSON or plain text: for consoles that must stay responsive.`,
    tags: ['Diagnostics'],
    parameters: [
      {
        name: 'mb',
        in: 'query',
        description: 'Size of the body in MiB.',
        schema: { type: 'integer', minimum: 1, maximum: MAX_LARGE_MB, default: 5 },
      },
      {
        name: 'format',
        in: 'query',
        description: 'A JSON document or plain text.',
        schema: { type: 'string', enum: ['json', 'text'], default: 'json' },
      },
    ],
    responses: {
      200: {
        description: 'Exactly `mb` MiB of data.',
        content: { 'application/json': { schema: { type: 'object' } }, 'text/plain': { schema: { type: 'string' } } },
      },
    },
    handle: ({ query }) => {
      const mb = query.has('mb') ? Number(query.get('mb')) : 5;
      if (!Number.isInteger(mb) || mb < 1 || mb > MAX_LARGE_MB) {
        return invalid(`mb must be an integer from 1 to ${MAX_LARGE_MB}.`);
      }
      const format = query.get('format') ?? 'json';
      if (format !== 'json' && format !== 'text') return invalid('format must be json or text.');
      const size = mb * 1024 * 1024;
      return {
        stream: format === 'json' ? largeJson(size) : largeText(size),
        contentType: format === 'json' ? 'application/json; charset=utf-8' : 'text/plain; charset=utf-8',
        headers: { 'content-length': String(size) },
      };
    },
  },
  {
    method: 'GET',
    path: '/html',
    operationId: 'getHtml',
    summary: 'Answer with hostile HTML',
    description: `Anonymous. Answers an HTML page whose script would set a flag if anything rendered it: ${HOSTILE_MARKUP}. A console must show this description, and the answer, as text.`,
    tags: ['Diagnostics'],
    responses: { 200: { description: 'An HTML page.', content: { 'text/html': { schema: { type: 'string' } } } } },
    handle: () => ({
      body: `<!doctype html>\n<title>Hostile</title>\n<h1>Never render me</h1>\n${HOSTILE_MARKUP}\n`,
      contentType: 'text/html; charset=utf-8',
      // Opened directly in a tab, the page runs nothing on the sandbox's origin.
      headers: { 'content-security-policy': "default-src 'none'; sandbox" },
    }),
  },
  {
    method: 'GET',
    path: '/fail',
    operationId: 'alwaysFail',
    summary: 'Fail with a server error',
    description: 'Anonymous. Always answers 500, as an API with a bug does.',
    tags: ['Diagnostics'],
    responses: {
      500: { description: 'Always.', content: { 'application/problem+json': { schema: schema('Problem') } } },
    },
    handle: () => ({
      status: 500,
      problem: { title: 'Internal server error', detail: 'This operation always fails, to show how a server error looks.' },
    }),
  },
  {
    method: 'GET',
    path: '/no-cors',
    operationId: 'getWithoutCors',
    summary: 'Answer without CORS headers',
    description:
      'Anonymous, and without Access-Control-Allow-Origin: a browser page on another origin cannot read the answer, as with an API whose gateway has no CORS policy. Documented on the sandbox’s second origin, so that the demo portal, on the sandbox’s own, sends it cross-origin.',
    tags: ['Diagnostics'],
    cors: false,
    elsewhere: true,
    responses: { 200: jsonResponse('A greeting the browser will not let a page on another origin read.', 'Health') },
    handle: () => ({ json: { status: 'ok', time: new Date().toISOString() } }),
  },
  {
    method: 'GET',
    path: '/redirect',
    operationId: 'redirectElsewhere',
    summary: 'Redirect to another origin',
    description:
      'Anonymous. Answers 307 Temporary Redirect to a URL on another origin (the sandbox’s second origin, which records the headers it receives), as an API moved behind a new host does: a client that follows it while carrying a token or subscription key hands them to that origin.',
    tags: ['Diagnostics'],
    responses: {
      307: {
        description: 'Go elsewhere.',
        headers: { Location: { description: 'A URL on another origin.', schema: { type: 'string', format: 'uri' } } },
      },
    },
    handle: ({ elsewhere }) => {
      const location = `${elsewhere}/api/echo`;
      return { status: 307, headers: { location }, json: { location } };
    },
  },
  {
    method: 'GET',
    path: '/echo',
    operationId: 'echoRequest',
    summary: 'Echo the request',
    description:
      'Anonymous. Answers the method, path, query and headers it received, Authorization and subscription key included: for checking what a client really sent.',
    tags: ['Diagnostics'],
    responses: { 200: jsonResponse('What the API received.', 'Echo') },
    handle: ({ headers, query }) => ({
      json: { method: 'GET', query: Object.fromEntries(query), headers },
    }),
  },
  {
    method: 'POST',
    path: '/echo',
    operationId: 'echoBody',
    summary: 'Echo a request with its body',
    description:
      'Anonymous. Answers the method, query, headers and body it received: text as text, a form field by field, a file by name, type and size. For checking what a client or a copied snippet really sends.',
    tags: ['Diagnostics'],
    rawBody: true,
    requestBody: {
      content: {
        'application/json': { schema: { type: 'object' }, example: { text: 'It’s "quoted", with a\nnewline' } },
        'text/plain': { schema: { type: 'string' } },
        'application/x-www-form-urlencoded': { schema: { type: 'object', additionalProperties: { type: 'string' } } },
        'multipart/form-data': {
          schema: {
            type: 'object',
            properties: { note: { type: 'string' }, files: { type: 'array', items: { type: 'string', format: 'binary' } } },
          },
        },
        'application/octet-stream': { schema: { type: 'string', format: 'binary' } },
      },
    },
    responses: { 200: jsonResponse('What the API received.', 'Echo') },
    handle: async ({ headers, query, bytes }) => ({
      json: { method: 'POST', query: Object.fromEntries(query), headers, body: await describeBody(headers['content-type'], bytes) },
    }),
  },
  {
    method: 'POST',
    path: '/uploads',
    operationId: 'uploadFiles',
    summary: 'Upload files (multipart)',
    description:
      'Anonymous. A `multipart/form-data` form with a title, one cover image and any number of attachments; answers what arrived, part by part: field names, file names, types and sizes. Nothing is kept.',
    tags: ['Uploads'],
    rawBody: true,
    requestBody: {
      required: true,
      content: {
        'multipart/form-data': {
          schema: {
            type: 'object',
            required: ['title'],
            properties: {
              title: { type: 'string', description: 'What the upload is.', examples: ['Holiday photos'] },
              cover: { type: 'string', contentMediaType: 'image/png', description: 'One image.' },
              attachments: { type: 'array', items: { type: 'string', format: 'binary' }, description: 'Any number of files.' },
            },
          },
        },
      },
    },
    responses: { 200: jsonResponse('What arrived.', 'Echo') },
    handle: async ({ headers, query, bytes }) => ({
      json: { method: 'POST', query: Object.fromEntries(query), headers, body: await describeBody(headers['content-type'], bytes) },
    }),
  },
];

/**
 * What a body holds, as JSON: multipart forms field by field (files by name, type and size),
 * anything else as UTF-8 text.
 * @param {string | undefined} contentType
 * @param {Buffer | undefined} bytes
 */
async function describeBody(contentType = '', bytes = Buffer.alloc(0)) {
  if (!/^multipart\/form-data\s*;/i.test(contentType)) return { contentType, text: bytes.toString('utf8') };
  const form = await new Response(new Uint8Array(bytes), { headers: { 'content-type': contentType } }).formData();
  const parts = [...form].map(([name, value]) =>
    typeof value === 'string' ? { name, value } : { name, filename: value.name, type: value.type, size: value.size },
  );
  return { contentType: contentType.split(';')[0], parts };
}

/** @param {number} index 1-based */
function orderEvent(index) {
  return { id: index, order: `ord-${1000 + Math.ceil(index / STATUSES.length)}`, status: STATUSES[(index - 1) % STATUSES.length] };
}

/** @param {ReturnType<typeof orderEvent>} event */
function sseEvent(event) {
  return `id: ${event.id}\nevent: order-status\ndata: ${JSON.stringify(event)}\n\n`;
}

/**
 * A stream of order events, each written by `format`, paced by `interval`, ending early when the
 * client goes away.
 * @param {URLSearchParams} query
 * @param {AbortSignal} signal
 * @param {import('./store.js').StreamRecord} record updated as events go out and when the stream ends
 * @param {string} contentType
 * @param {(event: ReturnType<typeof orderEvent>) => string} format
 * @param {string} [preamble]
 * @returns {OperationResult}
 */
function streamed(query, signal, record, contentType, format, preamble = '') {
  const count = query.has('count') ? Number(query.get('count')) : 5;
  const interval = query.has('interval') ? Number(query.get('interval')) : 1000;
  if (!Number.isInteger(count) || count < 1 || count > MAX_EVENTS) return invalid(`count must be an integer from 1 to ${MAX_EVENTS}.`);
  if (!Number.isInteger(interval) || interval < 0 || interval > MAX_SLOW_MS) {
    return invalid(`interval must be an integer from 0 to ${MAX_SLOW_MS}.`);
  }
  async function* events() {
    try {
      if (preamble) yield preamble;
      for (let index = 1; index <= count && !signal.aborted; index += 1) {
        if (index > 1) await sleep(interval, undefined, { signal }).catch(() => undefined);
        if (signal.aborted) break;
        yield format(orderEvent(index));
        record.sent = index;
      }
    } finally {
      // Ended by the client (Stop) or by running out of events: the log tells a test which.
      record.ended = record.sent === count ? 'finished' : 'client-gone';
    }
  }
  return { contentType, headers: { 'cache-control': 'no-store' }, stream: events() };
}

/**
 * @param {string} detail
 * @returns {OperationResult}
 */
function invalid(detail) {
  return { status: 400, problem: { title: 'Invalid request', detail } };
}

/**
 * Exactly `size` bytes of JSON, `{"items":[{…},…],"end":"…"}`, made as it is sent.
 * @param {number} size
 * @returns {Generator<string>}
 */
function* largeJson(size) {
  const open = '{"items":[';
  const close = '],"end":"';
  const last = '"}';
  const item = (/** @type {number} */ index) =>
    `${index ? ',' : ''}{"id":${index},"name":"item ${index}","text":"The quick brown fox jumps over the lazy dog."}`;
  let sent = open.length;
  yield open;
  let chunk = '';
  for (let index = 0; ; index += 1) {
    const next = item(index);
    if (sent + next.length + close.length + last.length > size) break;
    chunk += next;
    sent += next.length;
    if (chunk.length >= 64 * 1024) {
      yield chunk;
      chunk = '';
    }
  }
  yield `${chunk}${close}${'x'.repeat(size - sent - close.length - last.length)}${last}`;
}

/**
 * Exactly `size` bytes of numbered lines of text.
 * @param {number} size
 * @returns {Generator<string>}
 */
function* largeText(size) {
  const line = 'A line of a large plain-text answer.\n';
  const lines = line.repeat(1024);
  let left = size;
  while (left > 0) {
    const chunk = lines.slice(0, Math.min(left, lines.length));
    left -= chunk.length;
    yield chunk;
  }
}
