import { expect } from '@open-wc/testing';
import {
  describeOperation,
  documentServerSpecs,
  resolveServer,
  groupByTag,
  indexOperations,
  parseSpec,
  searchOperations,
  SpecError,
  type ApiIndex,
} from '../../../../../src/components/api-console/internal/openapi/index.js';
import { BROKEN_REFS, OPENAPI_31, PETSTORE_30, PETSTORE_YAML, SWAGGER_20 } from '../../../../helpers/openapi-fixtures.js';

async function index(document: object | string): Promise<ApiIndex> {
  return indexOperations(await parseSpec(typeof document === 'string' ? document : JSON.stringify(document)));
}

function operation(api: ApiIndex, operationId: string) {
  const entry = api.operations.find((candidate) => candidate.operationId === operationId);
  if (!entry) throw new Error(`no operation ${operationId}`);
  return describeOperation(api, entry);
}

async function specError(text: string): Promise<SpecError> {
  try {
    await parseSpec(text);
  } catch (error) {
    if (error instanceof SpecError) return error;
    throw error;
  }
  throw new Error('expected a SpecError');
}

describe('OpenAPI reading', () => {
  describe('OpenAPI 3.0', () => {
    it('indexes every operation with method, path, summary and tags, in document order', async () => {
      const api = await index(PETSTORE_30);
      expect(api.version).to.equal('3.0');
      expect(api.title).to.equal('Pet store');
      expect(api.operations.map((entry) => entry.key)).to.deep.equal([
        'GET /pets',
        'POST /pets',
        'GET /pets/{petId}',
        'DELETE /pets/{petId}',
        'GET /store/inventory',
        'GET /health',
      ]);
      const deleted = api.operations[3]!;
      expect(deleted.deprecated).to.equal(true);
      expect(api.tags.map((tag) => tag.name)).to.deep.equal(['pets', 'store']);
      expect(api.tags[0]!.description).to.equal('Everything about pets');
    });

    it('resolves parameters, merging the path item’s, with enums, defaults and examples', async () => {
      const api = await index(PETSTORE_30);
      const list = operation(api, 'listPets');
      expect(list.parameters.map((parameter) => `${parameter.in} ${parameter.name}`)).to.deep.equal(['query limit', 'query kind', 'header X-Trace-Id']);
      expect(list.parameters[0]).to.include({ type: 'integer', default: '20', required: false, description: 'How many' });
      expect(list.parameters[1]!.enum).to.deep.equal(['cat', 'dog']);
      const show = operation(api, 'showPet');
      expect(show.parameters[0]).to.include({ name: 'petId', in: 'path', required: true, example: 'pet-1' });
      expect(list.problems).to.deep.equal([]);
    });

    it('lists the body’s named examples, following $refs to shared examples', async () => {
      const body = operation(await index(PETSTORE_30), 'createPet').body!;
      expect(body.required).to.equal(true);
      expect(body.mediaTypes).to.deep.equal(['application/json']);
      expect(body.examples.map((example) => example.name)).to.deep.equal(['A dog', 'A cat']);
      expect(JSON.parse(body.examples[1]!.text)).to.deep.equal({ name: 'Tom', kind: 'cat' });
    });

    it('takes security from the operation, else the document; an empty list means anonymous', async () => {
      const api = await index(PETSTORE_30);
      expect(operation(api, 'listPets').security).to.deep.equal([[{ name: 'bearer', type: 'http', scheme: 'bearer', in: '', parameterName: '', scopes: [] }]]);
      const show = operation(api, 'showPet').security;
      expect(show.map((requirement) => requirement.map((use) => `${use.type}:${use.scopes.join(',')}`))).to.deep.equal([['oauth2:pets:read'], ['apiKey:']]);
      expect(show[1]![0]).to.include({ in: 'header', parameterName: 'X-Api-Key' });
      expect(operation(api, 'deletePet').security).to.deep.equal([]);
    });

    it('fills server variables with their defaults', async () => {
      const api = await index(PETSTORE_30);
      expect(documentServerSpecs(api.document, api.version, 'https://docs.example/petstore.json').map((server) => resolveServer(server))).to.deep.equal([
        'https://eu.pets.example/v1',
      ]);
    });

    it('lists server variables with defaults and enums, and resolves them as typed', () => {
      const document = {
        openapi: '3.0.3',
        servers: [
          {
            url: '/{tenant}/api/{version}',
            description: 'Per tenant',
            variables: { tenant: { default: 'contoso', description: 'Your tenant' }, version: { enum: ['v1', 'v2'], default: 'v2' } },
          },
          { url: 'https://{region}.example/{undeclared}', variables: { region: { enum: ['eu', 'us'] } } },
        ],
      };
      const [perTenant, regional] = documentServerSpecs(document, '3.0', 'https://docs.example/specs/api.json');
      expect(perTenant).to.deep.equal({
        template: 'https://docs.example/{tenant}/api/{version}',
        description: 'Per tenant',
        variables: [
          { name: 'tenant', default: 'contoso', enum: [], description: 'Your tenant' },
          { name: 'version', default: 'v2', enum: ['v1', 'v2'], description: '' },
        ],
      });
      expect(resolveServer(perTenant!, { tenant: 'fabrikam' })).to.equal('https://docs.example/fabrikam/api/v2');
      expect(resolveServer(regional!)).to.equal('https://eu.example/{undeclared}');
    });
  });

  describe('OpenAPI 3.1', () => {
    it('reads type lists and examples arrays, and resolves relative servers against the document’s URL', async () => {
      const api = await index(OPENAPI_31);
      expect(api.version).to.equal('3.1');
      const node = operation(api, 'getNode');
      expect(node.parameters[0]).to.include({ type: 'integer', example: '42', required: true });
      expect(documentServerSpecs(api.document, api.version, 'https://docs.example/specs/uploads.json').map((server) => resolveServer(server))).to.deep.equal([
        'https://docs.example/api/v2',
      ]);
    });

    it('turns a multipart schema into form fields, files marked', async () => {
      const body = operation(await index(OPENAPI_31), 'uploadFile').body!;
      expect(body.mediaTypes).to.deep.equal(['multipart/form-data']);
      expect(body.formFields.map((field) => [field.name, field.file, field.required, field.example])).to.deep.equal([
        ['file', true, true, ''],
        ['label', false, false, 'holiday'],
      ]);
    });

    it('builds an example body from a recursive schema without looping', async () => {
      const body = operation(await index(OPENAPI_31), 'putNode').body!;
      expect(JSON.parse(body.examples[0]!.text)).to.deep.equal({ name: 'string', createdAt: '2026-01-01T12:00:00Z', children: [] });
    });

    it('leaves read-only properties out of an example and merges allOf', async () => {
      const api = await index({
        ...PETSTORE_30,
        paths: {
          '/pets': { put: { operationId: 'putPet', requestBody: { content: { 'application/json': { schema: { $ref: '#/components/schemas/Pet' } } } } } },
        },
      });
      expect(JSON.parse(operation(api, 'putPet').body!.examples[0]!.text)).to.deep.equal({ name: 'string', kind: 'cat', tag: 'string' });
    });
  });

  describe('Swagger 2.0', () => {
    it('reads a body parameter as the body, with an example from its schema', async () => {
      const api = await index(SWAGGER_20);
      expect(api.version).to.equal('2.0');
      const create = operation(api, 'createUser');
      expect(create.parameters).to.deep.equal([]);
      expect(create.body!.mediaTypes).to.deep.equal(['application/json']);
      expect(JSON.parse(create.body!.examples[0]!.text)).to.deep.equal({ name: 'Ada', email: 'user@example.com' });
    });

    it('reads formData parameters as multipart form fields', async () => {
      const upload = operation(await index(SWAGGER_20), 'uploadAvatar');
      expect(upload.parameters.map((parameter) => parameter.name)).to.deep.equal(['id']);
      expect(upload.body!.mediaTypes).to.deep.equal(['multipart/form-data']);
      expect(upload.body!.formFields.map((field) => [field.name, field.file, field.default])).to.deep.equal([
        ['file', true, ''],
        ['caption', false, 'me'],
      ]);
    });

    it('reads types, enums and defaults from the parameter itself, and securityDefinitions', async () => {
      const find = operation(await index(SWAGGER_20), 'findUsers');
      expect(find.parameters[0]).to.include({ type: 'array', default: 'active' });
      expect(find.parameters[0]!.enum).to.deep.equal(['active', 'blocked']);
      expect(find.security[0]![0]).to.include({ type: 'apiKey', in: 'query', parameterName: 'api_key' });
      expect(operation(await index(SWAGGER_20), 'createUser').security[0]![0]).to.include({ type: 'http', scheme: 'basic' });
    });

    it('builds the server from schemes, host and basePath, preferring the page’s scheme', async () => {
      const api = await index(SWAGGER_20);
      expect(documentServerSpecs(api.document, api.version, 'https://docs.example/legacy.json').map((server) => resolveServer(server))).to.deep.equal([
        'https://legacy.example/v1',
      ]);
      expect(documentServerSpecs(api.document, api.version, 'http://docs.example/legacy.json').map((server) => resolveServer(server))).to.deep.equal([
        'http://legacy.example/v1',
      ]);
    });
  });

  describe('YAML', () => {
    it('reads a YAML description, an unquoted swagger: 2.0 included', async () => {
      const api = await index(PETSTORE_YAML);
      expect(api.version).to.equal('2.0');
      expect(api.title).to.equal('YAML pets');
      expect(api.operations.map((entry) => entry.operationId)).to.deep.equal(['listPets']);
    });
  });

  describe('broken references', () => {
    it('reports a $ref to nothing in plain words and keeps the rest of the operation', async () => {
      const create = operation(await index(BROKEN_REFS), 'createThing');
      expect(create.parameters.map((parameter) => parameter.name)).to.deep.equal(['ok']);
      expect(create.problems).to.deep.equal([
        '$ref "#/components/parameters/Missing" points to nothing in this document.',
        '$ref "#/components/schemas/Nowhere" points to nothing in this document.',
      ]);
      expect(create.body!.mediaTypes).to.deep.equal(['application/json']);
    });

    it('reports references to other documents and loops of references', async () => {
      const api = await index(BROKEN_REFS);
      expect(operation(api, 'putThing').problems).to.deep.equal(['$ref "other.yaml#/Thing" points into another document, which is not loaded.']);
      expect(operation(api, 'patchThing').problems[0]).to.contain('loop');
    });
  });

  describe('not a description', () => {
    it('says a JSON document without openapi or swagger is not OpenAPI', async () => {
      const error = await specError('{"name": "package.json, perhaps"}');
      expect(error.reason).to.equal('not-openapi');
    });

    it('says an HTML page is not OpenAPI', async () => {
      expect((await specError('<!doctype html><html><body>Sign in</body></html>')).reason).to.equal('not-openapi');
    });

    it('says broken JSON cannot be read, with the parser’s message', async () => {
      const error = await specError('{"openapi": "3.0.0",');
      expect(error.reason).to.equal('unparsable');
      expect(error.detail).to.not.equal('');
    });

    it('says which version it does not read', async () => {
      expect((await specError('{"openapi": "4.0.0"}')).detail).to.equal('openapi: 4.0.0');
      expect((await specError('swagger: "1.2"')).reason).to.equal('unsupported-version');
    });
  });

  describe('search and grouping', () => {
    it('matches every word against method, path, summary, operationId and tag', async () => {
      const api = await index(PETSTORE_30);
      expect(searchOperations(api.operations, 'get pet').map((entry) => entry.key)).to.deep.equal(['GET /pets', 'GET /pets/{petId}']);
      expect(searchOperations(api.operations, 'INVENTORY').map((entry) => entry.operationId)).to.deep.equal(['getInventory']);
      expect(searchOperations(api.operations, '  ')).to.equal(api.operations);
    });

    it('groups by tag in the document’s order, untagged last', async () => {
      const api = await index(PETSTORE_30);
      const groups = groupByTag(api, api.operations);
      expect(groups.map((group) => [group.tag, group.operations.length])).to.deep.equal([
        ['pets', 4],
        ['store', 1],
        ['', 1],
      ]);
    });
  });

  describe('large descriptions', () => {
    it('indexes without reading any schema, parameter or body', async () => {
      const paths: Record<string, object> = {};
      for (let i = 0; i < 3000; i += 1) {
        paths[`/things/${i}/{id}`] = {
          get: { operationId: `get${i}`, tags: [`t${i % 40}`], parameters: [{ $ref: '#/components/parameters/Id' }], responses: {} },
        };
      }
      const reads: string[] = [];
      const components = new Proxy(
        { parameters: { Id: { name: 'id', in: 'path', schema: { type: 'string' } } } },
        { get: (target, key) => (reads.push(String(key)), Reflect.get(target, key)) },
      );
      const api = indexOperations({ version: '3.0', document: { openapi: '3.0.0', info: { title: 'Big' }, paths, components } });
      expect(api.operations.length).to.equal(3000);
      expect(reads).to.deep.equal([]);
      expect(describeOperation(api, api.operations[1234]!).parameters[0]!.name).to.equal('id');
      expect(reads).to.include('parameters');
    });

    it('indexes GitHub’s REST description (about 13 MB) and opens one operation on demand', async () => {
      const text = await (await fetch('/node_modules/@octokit/openapi/generated/api.github.com.json')).text();
      const api = indexOperations(await parseSpec(text));
      expect(api.operations.length).to.be.greaterThan(900);
      const entry = api.operations.find((candidate) => candidate.key === 'GET /repos/{owner}/{repo}')!;
      const details = describeOperation(api, entry);
      expect(details.parameters.map((parameter) => parameter.name)).to.deep.equal(['owner', 'repo']);
      expect(details.problems).to.deep.equal([]);
    });
  });
});
