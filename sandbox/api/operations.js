// @ts-check
/**
 * The sample API's operations, one row each. A row says how to route the request, what it
 * requires (token scopes or roles, subscription key), how it is documented in the OpenAPI
 * document, and how to answer. To add an operation (slow, large, HTML, failing, without CORS…),
 * add a row; ./api.js and ./openapi.js need no change.
 */
import { SAMPLE_API } from '../directory.js';
import { ORDER_STATUSES, PRODUCTS } from './store.js';

/**
 * @typedef {object} Requirements what a bearer token must carry; any one listed value suffices
 * @property {string[]} [scopes] delegated permissions, checked in user tokens' `scp`
 * @property {string[]} [appRoles] application permissions, checked in app-only tokens' `roles`
 * @property {string[]} [roles] app roles of the signed-in user, checked in `roles`
 *
 * @typedef {object} OperationContext
 * @property {Record<string, string>} params path parameters
 * @property {URLSearchParams} query
 * @property {any} body the parsed JSON body, for operations with a `requestBody`
 * @property {Record<string, any> | undefined} claims the validated token's claims
 * @property {import('./store.js').Store} store
 * @property {string} baseUrl the API's base URL, e.g. https://localhost:8443/api
 *
 * @typedef {object} OperationResult
 * @property {number} [status] default 200
 * @property {unknown} [json] a JSON body
 * @property {{ title: string, detail: string } & Record<string, unknown>} [problem] an RFC 9457 body
 * @property {string | Buffer} [body] any other body, with `contentType`
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
 * @property {boolean} [cors] false to answer without CORS headers; default true
 * @property {object[]} [parameters] OpenAPI parameter objects (query and header parameters;
 *   path parameters are documented from `path`, see `pathParameters`)
 * @property {Record<string, object>} [pathParameters] description, schema and example per path
 *   parameter (a string schema otherwise)
 * @property {object} [requestBody] OpenAPI request body; the body must then be JSON
 * @property {Record<string, object>} responses OpenAPI responses besides the auth failures, which
 *   ./openapi.js adds from `auth` and `subscriptionKey`
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

const readOrders = { scopes: ['Orders.Read'], appRoles: ['Orders.Read.All', 'Orders.ReadWrite.All'] };
const writeOrders = { scopes: ['Orders.Write'], appRoles: ['Orders.ReadWrite.All'] };

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
    description: `Requires a user token with the scope ${SAMPLE_API.audience}/Orders.Write, or an app-only token with the app role Orders.ReadWrite.All.`,
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
];

/**
 * @param {string} detail
 * @returns {OperationResult}
 */
function invalid(detail) {
  return { status: 400, problem: { title: 'Invalid request', detail } };
}
