import { expect } from '@open-wc/testing';
import { indexOperations } from '../../../../../src/components/api-console/internal/openapi/index-operations.js';
import { fromColumns } from '../../../../../src/components/api-console/internal/openapi/operation-columns.js';
import { toColumns } from '../../../../../src/components/api-console/internal/openapi/pack-for-page.js';
import { parseSpec } from '../../../../../src/components/api-console/internal/openapi/parse.js';
import { OPENAPI_31, PETSTORE_30, SWAGGER_20 } from '../../../../helpers/openapi-fixtures.js';

describe('toColumns and fromColumns', () => {
  it('give back every operation of an index as it was, tags, deprecation and search text included', async () => {
    for (const document of [PETSTORE_30, OPENAPI_31, SWAGGER_20]) {
      const { operations } = indexOperations(await parseSpec(JSON.stringify(document)));
      expect(fromColumns(structuredClone(toColumns(operations)))).to.deep.equal(operations);
    }
  });

  it('keep operations with no tag, several tags and a deprecation apart', async () => {
    const paths = {
      '/a': { get: { tags: ['x', 'y'], deprecated: true }, post: {} },
      '/b': { delete: { tags: ['y'], summary: 'B', operationId: 'b' } },
    };
    const { operations } = indexOperations(await parseSpec(JSON.stringify({ openapi: '3.1.0', paths })));
    const back = fromColumns(toColumns(operations));
    expect(back.map(({ key, tags, deprecated }) => [key, tags, deprecated])).to.deep.equal([
      ['GET /a', ['x', 'y'], true],
      ['POST /a', [], false],
      ['DELETE /b', ['y'], false],
    ]);
  });
});
