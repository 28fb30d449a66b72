// @ts-check
/** A Petstore-sized description (OpenAPI's own example, slightly extended): the anchor. */
export function petstore() {
  const pet = { $ref: '#/components/schemas/Pet' };
  const petId = { name: 'petId', in: 'path', required: true, schema: { type: 'integer', format: 'int64' } };
  return {
    openapi: '3.0.3',
    info: { title: 'Swagger Petstore', version: '1.0.0' },
    servers: [{ url: 'https://petstore.example/v1' }],
    tags: [{ name: 'pet' }, { name: 'store' }, { name: 'user' }],
    paths: {
      '/pet': {
        put: {
          operationId: 'updatePet',
          tags: ['pet'],
          summary: 'Update an existing pet',
          requestBody: { content: { 'application/json': { schema: pet } } },
          responses: { 200: { description: 'ok' } },
        },
        post: {
          operationId: 'addPet',
          tags: ['pet'],
          summary: 'Add a new pet',
          requestBody: { content: { 'application/json': { schema: pet } } },
          responses: { 200: { description: 'ok' } },
        },
      },
      '/pet/findByStatus': {
        get: {
          operationId: 'findPetsByStatus',
          tags: ['pet'],
          summary: 'Finds pets by status',
          parameters: [{ name: 'status', in: 'query', schema: { type: 'string', enum: ['available', 'pending', 'sold'] } }],
          responses: { 200: { description: 'ok' } },
        },
      },
      '/pet/{petId}': {
        get: { operationId: 'getPetById', tags: ['pet'], summary: 'Find pet by ID', parameters: [petId], responses: { 200: { description: 'ok' } } },
        delete: { operationId: 'deletePet', tags: ['pet'], summary: 'Deletes a pet', parameters: [petId], responses: { 200: { description: 'ok' } } },
      },
      '/store/inventory': {
        get: { operationId: 'getInventory', tags: ['store'], summary: 'Returns pet inventories by status', responses: { 200: { description: 'ok' } } },
      },
      '/store/order': {
        post: {
          operationId: 'placeOrder',
          tags: ['store'],
          summary: 'Place an order for a pet',
          requestBody: { content: { 'application/json': { schema: { $ref: '#/components/schemas/Order' } } } },
          responses: { 200: { description: 'ok' } },
        },
      },
      '/store/order/{orderId}': {
        get: {
          operationId: 'getOrderById',
          tags: ['store'],
          summary: 'Find purchase order by ID',
          parameters: [{ name: 'orderId', in: 'path', required: true, schema: { type: 'integer' } }],
          responses: { 200: { description: 'ok' } },
        },
      },
      '/user': {
        post: {
          operationId: 'createUser',
          tags: ['user'],
          summary: 'Create user',
          requestBody: { content: { 'application/json': { schema: { $ref: '#/components/schemas/User' } } } },
          responses: { 200: { description: 'ok' } },
        },
      },
      '/user/login': {
        get: {
          operationId: 'loginUser',
          tags: ['user'],
          summary: 'Logs user into the system',
          parameters: [{ name: 'username', in: 'query', schema: { type: 'string' } }],
          responses: { 200: { description: 'ok' } },
        },
      },
      '/user/{username}': {
        get: {
          operationId: 'getUserByName',
          tags: ['user'],
          summary: 'Get user by user name',
          parameters: [{ name: 'username', in: 'path', required: true, schema: { type: 'string' } }],
          responses: { 200: { description: 'ok' } },
        },
      },
    },
    components: {
      schemas: {
        Category: { type: 'object', properties: { id: { type: 'integer' }, name: { type: 'string' } } },
        Tag: { type: 'object', properties: { id: { type: 'integer' }, name: { type: 'string' } } },
        Pet: {
          type: 'object',
          required: ['name', 'photoUrls'],
          properties: {
            id: { type: 'integer', example: 10 },
            name: { type: 'string', example: 'doggie' },
            category: { $ref: '#/components/schemas/Category' },
            photoUrls: { type: 'array', items: { type: 'string' } },
            tags: { type: 'array', items: { $ref: '#/components/schemas/Tag' } },
            status: { type: 'string', enum: ['available', 'pending', 'sold'] },
          },
        },
        Order: {
          type: 'object',
          properties: {
            id: { type: 'integer' },
            petId: { type: 'integer' },
            quantity: { type: 'integer' },
            status: { type: 'string', enum: ['placed', 'approved', 'delivered'] },
          },
        },
        User: { type: 'object', properties: { id: { type: 'integer' }, username: { type: 'string' }, email: { type: 'string', format: 'email' } } },
      },
    },
  };
}
