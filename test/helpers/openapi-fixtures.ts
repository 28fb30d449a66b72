/** Small descriptions in each format Portico reads, shared by the parser's and the console's tests. */

/** OpenAPI 3.0: a pet store with tags, a path-level parameter, a body with named examples, and security. */
export const PETSTORE_30 = {
  openapi: '3.0.3',
  info: { title: 'Pet store', version: '1.0.0' },
  servers: [{ url: 'https://{region}.pets.example/v1', variables: { region: { default: 'eu' } } }],
  tags: [{ name: 'pets', description: 'Everything about pets' }, { name: 'store' }],
  security: [{ bearer: [] }],
  paths: {
    '/pets': {
      get: {
        operationId: 'listPets',
        summary: 'List all pets',
        tags: ['pets'],
        parameters: [
          { name: 'limit', in: 'query', description: 'How many', schema: { type: 'integer', default: 20 } },
          { name: 'kind', in: 'query', schema: { type: 'string', enum: ['cat', 'dog'] } },
          { $ref: '#/components/parameters/TraceId' },
        ],
        responses: { 200: { description: 'ok' } },
      },
      post: {
        operationId: 'createPet',
        summary: 'Create a pet',
        tags: ['pets'],
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: { $ref: '#/components/schemas/NewPet' },
              examples: { rex: { summary: 'A dog', value: { name: 'Rex', kind: 'dog' } }, tom: { $ref: '#/components/examples/Tom' } },
            },
          },
        },
        responses: { 201: { description: 'created' } },
      },
    },
    '/pets/{petId}': {
      parameters: [{ name: 'petId', in: 'path', required: true, schema: { type: 'string' }, example: 'pet-1' }],
      get: {
        operationId: 'showPet',
        summary: 'Info for a pet',
        tags: ['pets'],
        security: [{ oauth: ['pets:read'] }, { apiKey: [] }],
        responses: { 200: { description: 'ok', content: { 'application/json': { schema: { $ref: '#/components/schemas/Pet' } } } } },
      },
      delete: { operationId: 'deletePet', deprecated: true, tags: ['pets'], security: [], responses: { 204: { description: 'gone' } } },
    },
    '/store/inventory': {
      get: { operationId: 'getInventory', summary: 'Inventory by status', tags: ['store'], responses: { 200: { description: 'ok' } } },
    },
    '/health': { get: { summary: 'Health', responses: { 200: { description: 'ok' } } } },
  },
  components: {
    parameters: { TraceId: { name: 'X-Trace-Id', in: 'header', schema: { type: 'string', format: 'uuid' } } },
    examples: { Tom: { summary: 'A cat', value: { name: 'Tom', kind: 'cat' } } },
    schemas: {
      NewPet: {
        type: 'object',
        required: ['name'],
        properties: { name: { type: 'string' }, kind: { type: 'string', enum: ['cat', 'dog'] }, tag: { type: 'string' } },
      },
      Pet: { allOf: [{ $ref: '#/components/schemas/NewPet' }, { type: 'object', properties: { id: { type: 'string', readOnly: true } } }] },
    },
    securitySchemes: {
      bearer: { type: 'http', scheme: 'bearer' },
      oauth: { type: 'oauth2', flows: {} },
      apiKey: { type: 'apiKey', in: 'header', name: 'X-Api-Key' },
    },
  },
};

/** OpenAPI 3.1: type lists, `examples` arrays, a form body with a file, and a relative server. */
export const OPENAPI_31 = {
  openapi: '3.1.0',
  info: { title: 'Uploads', version: '2' },
  servers: [{ url: '/api/v2' }],
  paths: {
    '/files': {
      post: {
        operationId: 'uploadFile',
        tags: ['files'],
        requestBody: {
          content: {
            'multipart/form-data': {
              schema: {
                type: 'object',
                required: ['file'],
                properties: {
                  file: { type: 'string', contentMediaType: 'application/octet-stream' },
                  label: { type: ['string', 'null'], examples: ['holiday'] },
                },
              },
            },
          },
        },
        responses: { 201: { description: 'stored' } },
      },
    },
    '/nodes/{id}': {
      get: {
        operationId: 'getNode',
        parameters: [{ name: 'id', in: 'path', required: true, schema: { type: ['integer', 'null'], examples: [42] } }],
        responses: { 200: { description: 'ok' } },
      },
      put: {
        operationId: 'putNode',
        requestBody: { content: { 'application/json': { schema: { $ref: '#/components/schemas/Node' } } } },
        responses: { 200: { description: 'ok' } },
      },
    },
  },
  components: {
    schemas: {
      Node: {
        type: 'object',
        properties: {
          name: { type: 'string' },
          createdAt: { type: 'string', format: 'date-time' },
          children: { type: 'array', items: { $ref: '#/components/schemas/Node' } },
        },
      },
    },
  },
};

/** Swagger 2.0: a body parameter, form data with a file, basic and apiKey security. */
export const SWAGGER_20 = {
  swagger: '2.0',
  info: { title: 'Legacy', version: '1' },
  host: 'legacy.example',
  basePath: '/v1',
  schemes: ['http', 'https'],
  consumes: ['application/json'],
  securityDefinitions: { basic: { type: 'basic' }, key: { type: 'apiKey', in: 'query', name: 'api_key' } },
  security: [{ basic: [] }],
  paths: {
    '/users': {
      post: {
        operationId: 'createUser',
        tags: ['users'],
        parameters: [{ name: 'body', in: 'body', required: true, schema: { $ref: '#/definitions/User' } }],
        responses: { 200: { description: 'ok' } },
      },
      get: {
        operationId: 'findUsers',
        tags: ['users'],
        security: [{ key: [] }],
        parameters: [{ name: 'status', in: 'query', type: 'array', items: { type: 'string', enum: ['active', 'blocked'] }, default: ['active'] }],
        responses: { 200: { description: 'ok' } },
      },
    },
    '/users/{id}/avatar': {
      post: {
        operationId: 'uploadAvatar',
        tags: ['users'],
        consumes: ['multipart/form-data'],
        parameters: [
          { name: 'id', in: 'path', required: true, type: 'integer' },
          { name: 'file', in: 'formData', required: true, type: 'file' },
          { name: 'caption', in: 'formData', type: 'string', default: 'me' },
        ],
        responses: { 200: { description: 'ok' } },
      },
    },
  },
  definitions: {
    User: { type: 'object', properties: { name: { type: 'string', example: 'Ada' }, email: { type: 'string', format: 'email' } } },
  },
};

/** The same pet store as YAML, with an unquoted version number. */
export const PETSTORE_YAML = `
swagger: 2.0
info:
  title: YAML pets
  version: "1"
paths:
  /pets:
    get:
      operationId: listPets
      summary: List pets
      tags: [pets]
      responses:
        "200":
          description: ok
`;

/** A 3.0 description with a broken `$ref`, a reference to another file, and a loop. */
export const BROKEN_REFS = {
  openapi: '3.0.0',
  info: { title: 'Broken', version: '1' },
  paths: {
    '/things': {
      post: {
        operationId: 'createThing',
        parameters: [{ $ref: '#/components/parameters/Missing' }, { name: 'ok', in: 'query', schema: { type: 'string' } }],
        requestBody: { content: { 'application/json': { schema: { $ref: '#/components/schemas/Nowhere' } } } },
        responses: { 200: { description: 'ok' } },
      },
      put: {
        operationId: 'putThing',
        requestBody: { content: { 'application/json': { schema: { $ref: 'other.yaml#/Thing' } } } },
        responses: { 200: { description: 'ok' } },
      },
      patch: {
        operationId: 'patchThing',
        requestBody: { content: { 'application/json': { schema: { $ref: '#/components/schemas/A' } } } },
        responses: { 200: { description: 'ok' } },
      },
    },
  },
  components: { schemas: { A: { $ref: '#/components/schemas/B' }, B: { $ref: '#/components/schemas/A' } } },
};

const answered = { responses: { 200: { description: 'OK' } } };

/**
 * One operation per kind of security an OpenAPI document can ask for: OAuth 2 scopes, HTTP bearer
 * and basic, API keys in a header, the query and a cookie, alternatives, a combination of
 * subscription key and token, and anonymous-allowed. Its only server is `servers` (or none).
 */
export function securedApi(servers: object[] = []) {
  return {
    openapi: '3.1.0',
    info: { title: 'Secured', version: '1' },
    servers,
    components: {
      securitySchemes: {
        oauth: {
          type: 'oauth2',
          flows: {
            authorizationCode: {
              authorizationUrl: 'https://login.example/authorize',
              tokenUrl: 'https://login.example/token',
              scopes: { 'api://orders/Orders.Read': 'Read orders' },
            },
          },
        },
        bearer: { type: 'http', scheme: 'bearer' },
        subscription: { type: 'apiKey', in: 'header', name: 'Ocp-Apim-Subscription-Key' },
        partner: { type: 'apiKey', in: 'header', name: 'X-Partner-Key' },
        queryKey: { type: 'apiKey', in: 'query', name: 'api_key' },
        session: { type: 'apiKey', in: 'cookie', name: 'sid' },
        basic: { type: 'http', scheme: 'basic' },
      },
    },
    paths: {
      '/orders': { get: { operationId: 'listOrders', security: [{ oauth: ['api://orders/Orders.Read'] }], ...answered } },
      '/bearer': { get: { operationId: 'getBearer', security: [{ bearer: [] }], ...answered } },
      '/partner': { get: { operationId: 'getPartner', security: [{ partner: [] }], ...answered } },
      '/query': { get: { operationId: 'getQuery', security: [{ queryKey: [] }], ...answered } },
      '/cookie': { get: { operationId: 'getCookie', security: [{ session: [] }], ...answered } },
      '/basic': { get: { operationId: 'getBasic', security: [{ basic: [] }], ...answered } },
      '/either': { get: { operationId: 'getEither', security: [{ oauth: ['api://orders/Orders.Read'] }, { partner: [] }], ...answered } },
      '/report': { get: { operationId: 'getReport', security: [{ oauth: ['api://orders/Orders.Read'], subscription: [] }], ...answered } },
      '/public': { get: { operationId: 'getPublic', security: [{}, { oauth: ['api://orders/Orders.Read'] }], ...answered } },
      '/open': { get: { operationId: 'getOpen', ...answered } },
    },
  };
}
