// @ts-check
/**
 * The sample API's OpenAPI 3.2 document, built from the operation table so the two cannot
 * disagree. Each tenant is an OpenID Connect security scheme; scopes are written fully qualified
 * (`api://portico-sample/Orders.Read`), the way a client must ask for them. App roles, which
 * OpenAPI cannot express, are stated in descriptions and in `x-portico-roles`.
 */
import { SAMPLE_API } from '../directory.js';

const SCHEMAS = {
  Health: {
    type: 'object',
    required: ['status', 'time'],
    properties: { status: { type: 'string', const: 'ok' }, time: { type: 'string', format: 'date-time' } },
  },
  Order: {
    type: 'object',
    required: ['id', 'productId', 'quantity', 'status', 'createdAt', 'createdBy'],
    properties: {
      id: { type: 'string', examples: ['ord-1001'] },
      productId: { type: 'string', examples: ['prd-espresso'] },
      quantity: { type: 'integer', minimum: 1, maximum: 100 },
      note: { type: 'string', maxLength: 200 },
      status: { type: 'string', enum: ['pending', 'shipped', 'delivered'] },
      createdAt: { type: 'string', format: 'date-time' },
      createdBy: {
        type: 'string',
        description: 'Name of the user, or client id of the app, that placed the order.',
      },
    },
  },
  NewOrder: {
    type: 'object',
    required: ['productId', 'quantity'],
    additionalProperties: false,
    properties: {
      productId: { type: 'string', enum: ['prd-espresso', 'prd-filter', 'prd-mug'] },
      quantity: { type: 'integer', minimum: 1, maximum: 100 },
      note: { type: 'string', maxLength: 200 },
    },
  },
  OrderList: {
    type: 'object',
    required: ['value', 'count'],
    properties: {
      value: { type: 'array', items: { $ref: '#/components/schemas/Order' } },
      count: { type: 'integer' },
    },
  },
  Product: {
    type: 'object',
    required: ['id', 'name', 'description', 'price'],
    properties: {
      id: { type: 'string' },
      name: { type: 'string' },
      description: { type: 'string' },
      price: {
        type: 'object',
        required: ['amount', 'currency'],
        properties: { amount: { type: 'number' }, currency: { type: 'string', examples: ['EUR'] } },
      },
    },
  },
  ProductList: {
    type: 'object',
    required: ['value', 'count'],
    properties: {
      value: { type: 'array', items: { $ref: '#/components/schemas/Product' } },
      count: { type: 'integer' },
    },
  },
  Stats: {
    type: 'object',
    properties: {
      orders: {
        type: 'object',
        properties: {
          total: { type: 'integer' },
          byStatus: { type: 'object', additionalProperties: { type: 'integer' } },
        },
      },
      products: { type: 'integer' },
    },
  },
  Problem: {
    type: 'object',
    description: 'An RFC 9457 problem. Token failures add what the API expected and what the token held.',
    required: ['title', 'status', 'detail'],
    properties: {
      title: { type: 'string' },
      status: { type: 'integer' },
      detail: { type: 'string' },
      error: { type: 'string', description: 'The OAuth error code, for token failures.' },
      expected: { type: 'object' },
      received: { type: 'object' },
    },
  },
  Waited: {
    type: 'object',
    required: ['waited'],
    properties: { waited: { type: 'integer', description: 'How long the API waited, in milliseconds.' } },
  },
  OrderReport: {
    type: 'object',
    required: ['byProduct'],
    properties: { byProduct: { type: 'object', additionalProperties: { type: 'integer' }, description: 'Quantity ordered per product id.' } },
  },
  OrderEvent: {
    type: 'object',
    required: ['id', 'order', 'status'],
    properties: {
      id: { type: 'integer', description: 'The event’s number in the stream, from 1.' },
      order: { type: 'string' },
      status: { type: 'string', enum: ['placed', 'paid', 'packed', 'shipped', 'delivered'] },
    },
  },
  StreamLog: {
    type: 'object',
    required: ['value'],
    properties: {
      value: {
        type: 'array',
        items: {
          type: 'object',
          required: ['path', 'sent', 'ended'],
          properties: {
            path: { type: 'string' },
            sent: { type: 'integer', description: 'Events sent so far.' },
            ended: { enum: ['finished', 'client-gone', null], description: 'null while the stream is open.' },
          },
        },
      },
    },
  },
  Echo: {
    type: 'object',
    required: ['method', 'query', 'headers'],
    properties: {
      method: { type: 'string' },
      query: { type: 'object', additionalProperties: { type: 'string' } },
      headers: { type: 'object', additionalProperties: { type: 'string' } },
      body: {
        type: 'object',
        description: 'The body received (POST only): its text, or a form part by part.',
        properties: {
          contentType: { type: 'string' },
          text: { type: 'string' },
          parts: {
            type: 'array',
            items: {
              type: 'object',
              required: ['name'],
              properties: {
                name: { type: 'string' },
                value: { type: 'string' },
                filename: { type: 'string' },
                type: { type: 'string' },
                size: { type: 'integer' },
              },
            },
          },
        },
      },
    },
  },
  BasicAccount: {
    type: 'object',
    required: ['username'],
    properties: { username: { type: 'string' } },
  },
  Version: {
    type: 'object',
    required: ['version'],
    properties: { version: { type: 'string', enum: [...SAMPLE_API.versions] } },
  },
  SubscriptionKeyError: {
    type: 'object',
    required: ['statusCode', 'message'],
    properties: { statusCode: { type: 'integer' }, message: { type: 'string' } },
  },
};

/**
 * What the API would call a subscriber's server with (OpenAPI 3.1 `webhooks`): documented only,
 * for a portal to show; the sandbox sends none.
 */
const WEBHOOKS = {
  orderStatusChanged: {
    post: {
      operationId: 'orderStatusChanged',
      summary: 'An order changed status',
      description: 'Sent to the subscriber’s URL each time an order moves on (placed, paid, packed, shipped, delivered).',
      tags: ['Orders'],
      parameters: [
        {
          name: 'X-Portico-Signature',
          in: 'header',
          required: true,
          description: 'HMAC-SHA256 of the body with the subscription’s secret, hex.',
          schema: { type: 'string' },
        },
      ],
      requestBody: {
        required: true,
        content: {
          'application/json': {
            schema: { $ref: '#/components/schemas/OrderEvent' },
            example: { id: 4, order: 'ord-1001', status: 'packed' },
          },
        },
      },
      responses: { 204: { description: 'Received; any 2xx answer will do.' } },
    },
  },
  orderPlaced: {
    post: {
      operationId: 'orderPlaced',
      summary: 'A new order was placed',
      tags: ['Orders'],
      requestBody: { content: { 'application/json': { schema: { $ref: '#/components/schemas/Order' } } } },
      responses: { 204: { description: 'Received.' } },
    },
  },
};

/**
 * @param {{ baseUrl: string, tenants: { id: string, label: string, discoveryUrl: string }[],
 *   operations: import('./operations.js').Operation[], elsewhere?: string }} options
 */
export function openApiDocument({ baseUrl, tenants, operations, elsewhere }) {
  /** @type {Record<string, Record<string, object>>} */
  const paths = {};
  for (const operation of operations) {
    const servers = operation.elsewhere && elsewhere ? { servers: [{ url: `${elsewhere}/api` }] } : versionServers(operation, baseUrl);
    (paths[operation.path] ??= {})[operation.method.toLowerCase()] = { ...describe(operation, tenants), ...servers };
  }

  return {
    openapi: '3.2.0',
    info: {
      title: 'Portico sample API',
      version: '1.0.0',
      description:
        'A small orders API served by the Portico sandbox. It validates access tokens from the ' +
        `sandbox's tenants (audience ${SAMPLE_API.audience}) and, like Azure API Management, ` +
        'requires a subscription key on some operations.',
    },
    servers: [{ url: baseUrl }],
    tags: [
      { name: 'Status', description: 'Is the API up?' },
      { name: 'Orders', description: 'Orders, protected by delegated scopes or app roles.' },
      { name: 'Administration', description: 'Operations for users with the admins app role.' },
      { name: 'Products', description: 'The catalogue, protected by a subscription key.' },
      { name: 'Partners', description: 'Protected by credentials the user types: a partner’s API key with a token, HTTP basic.' },
      { name: 'Streams', description: 'Answers that arrive piece by piece: server-sent events and NDJSON.' },
      { name: 'Uploads', description: 'Forms with files, echoed back part by part.' },
      {
        name: 'Diagnostics',
        description: 'Anonymous operations that misbehave on purpose: slow, large, hostile, failing, without CORS.',
      },
    ],
    paths,
    webhooks: WEBHOOKS,
    components: {
      schemas: SCHEMAS,
      securitySchemes: {
        ...Object.fromEntries(
          tenants.map((tenant) => [
            tenant.id,
            {
              type: 'openIdConnect',
              openIdConnectUrl: tenant.discoveryUrl,
              description: `Users and apps of the ${tenant.label} tenant.`,
            },
          ]),
        ),
        subscriptionKeyHeader: { type: 'apiKey', in: 'header', name: SAMPLE_API.subscriptionKeyHeader },
        subscriptionKeyQuery: { type: 'apiKey', in: 'query', name: SAMPLE_API.subscriptionKeyQuery },
        partnerKey: { type: 'apiKey', in: 'header', name: SAMPLE_API.partnerKeyHeader, description: 'A partner’s own API key.' },
        basicAuth: { type: 'http', scheme: 'basic' },
      },
    },
  };
}

/**
 * @param {import('./operations.js').Operation} operation
 * @param {{ id: string }[]} tenants
 */
function describe(operation, tenants) {
  const { auth, subscriptionKey, partnerKey, basic } = operation;
  const scopes = (auth?.scopes ?? []).map((scope) => `${SAMPLE_API.audience}/${scope}`);
  // Alternatives: any tenant's token; the key in the header or the query. An operation needing
  // both lists every pairing, each requirement holding a token and a key (and the partner's key,
  // or HTTP basic, which every alternative needs).
  const tokens = auth ? tenants.map((tenant) => ({ [tenant.id]: scopes })) : [{}];
  /** @type {Record<string, string[]>[]} */
  const keys = subscriptionKey ? [{ subscriptionKeyHeader: [] }, { subscriptionKeyQuery: [] }] : [{}];
  /** @type {Record<string, string[]>} */
  const typed = { ...(partnerKey ? { partnerKey: [] } : {}), ...(basic ? { basicAuth: [] } : {}) };
  /** @type {Record<string, string[]>[]} */
  const security = auth || subscriptionKey || partnerKey || basic ? tokens.flatMap((token) => keys.map((key) => ({ ...token, ...key, ...typed }))) : [];

  // Every `{name}` in the path is a required parameter; rows may describe it further.
  const pathParameters = [...operation.path.matchAll(/\{(\w+)\}/g)].map(([, name]) => ({
    name,
    in: 'path',
    required: true,
    ...(operation.pathParameters?.[name] ?? { schema: { type: 'string' } }),
  }));

  /** @type {Record<string, object>} */
  const responses = { ...operation.responses };
  if (auth) {
    responses[401] = problemResponse('The access token is missing, expired, or not for this API; see WWW-Authenticate.');
    responses[403] = problemResponse('The access token lacks a required scope or role.');
  }
  if (partnerKey || basic) {
    responses[401] = {
      description: partnerKey
        ? 'The partner’s API key is missing or wrong (checked first), or the access token is (see WWW-Authenticate).'
        : 'The username or password is missing or wrong.',
      content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
    };
  }
  if (subscriptionKey && !auth) {
    responses[401] = {
      description: 'The subscription key is missing or wrong.',
      content: { 'application/json': { schema: { $ref: '#/components/schemas/SubscriptionKeyError' } } },
    };
  }

  return {
    operationId: operation.operationId,
    summary: operation.summary,
    ...(operation.description ? { description: operation.description } : {}),
    tags: operation.tags,
    security,
    ...(auth?.roles || auth?.appRoles ? { 'x-portico-roles': { user: auth.roles ?? [], app: auth.appRoles ?? [] } } : {}),
    ...(pathParameters.length || operation.parameters ? { parameters: [...pathParameters, ...(operation.parameters ?? [])] } : {}),
    ...(operation.requestBody ? { requestBody: operation.requestBody } : {}),
    responses,
  };
}

/**
 * An operation served under each of its versions: one server whose `version` variable chooses
 * (the newest by default); none for the others, which use the document's.
 * @param {import('./operations.js').Operation} operation
 * @param {string} baseUrl
 */
function versionServers({ versions }, baseUrl) {
  if (!versions) return {};
  const variables = { version: { default: versions.at(-1), enum: [...versions], description: 'The API version.' } };
  return { servers: [{ url: `${baseUrl}/{version}`, description: 'One version of the API.', variables }] };
}

/** @param {string} description */
function problemResponse(description) {
  return {
    description,
    headers: {
      'WWW-Authenticate': { description: 'The Bearer challenge (RFC 6750).', schema: { type: 'string' } },
    },
    content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
  };
}
