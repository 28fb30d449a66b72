import { expect } from '@open-wc/testing';
import { packValue, unpackValue } from '../../../../../src/components/api-console/internal/openapi/packed-value.js';
import { BROKEN_REFS, OPENAPI_31, PETSTORE_30, SWAGGER_20 } from '../../../../helpers/openapi-fixtures.js';

describe('packValue and unpackValue', () => {
  it('give back every description as it was', () => {
    for (const document of [PETSTORE_30, OPENAPI_31, SWAGGER_20, BROKEN_REFS]) {
      const packed = structuredClone(packValue(document));
      expect(JSON.parse(JSON.stringify(unpackValue(packed)))).to.deep.equal(document);
    }
  });

  it('keep awkward keys and values: __proto__, numbers as keys, nulls, arrays, non-Latin text', () => {
    const value = JSON.parse('{"paths":{"/a":{"__proto__":{"x":1},"0":[null,true,"ü→日本",[1,{"y":null}]]}},"n":null,"list":[{"a":[1,2]},3]}');
    const back = unpackValue(structuredClone(packValue(value))) as Record<string, Record<string, Record<string, unknown>>>;
    expect(JSON.stringify(back)).to.equal(JSON.stringify(value));
    expect(Object.hasOwn(back['paths']!['/a']!, '__proto__')).to.equal(true);
    expect(Object.getPrototypeOf(back['paths']!['/a'])).to.equal(Object.prototype);
    expect(Array.isArray(back['list'])).to.equal(true);
  });

  it('parse a part only when it is read, and once', () => {
    const document = { paths: { '/a': { get: { summary: 'A' } }, '/b': { get: { summary: 'B' } } } };
    const back = unpackValue(packValue(document)) as typeof document;
    const parse = JSON.parse;
    let parsed = 0;
    JSON.parse = (...args: Parameters<typeof JSON.parse>) => {
      parsed += 1;
      return parse(...args);
    };
    try {
      expect(back.paths['/a'].get.summary).to.equal('A');
      expect(back.paths['/a'].get).to.equal(back.paths['/a'].get);
      expect(parsed).to.equal(1);
    } finally {
      JSON.parse = parse;
    }
  });
});
