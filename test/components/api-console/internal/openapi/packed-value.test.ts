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
    const parsed: string[] = [];
    JSON.parse = (...args: Parameters<typeof JSON.parse>) => {
      parsed.push(args[0]);
      return parse(...args);
    };
    try {
      expect(back.paths['/a'].get.summary).to.equal('A');
      const firstRead = parsed.length;
      expect(back.paths['/a'].get).to.equal(back.paths['/a'].get);
      expect(parsed).to.have.length(firstRead);
      expect(parsed.filter((text) => text.includes('"B"'))).to.deep.equal([]);
    } finally {
      JSON.parse = parse;
    }
  });

  it('send three numbers besides the buffer, however many parts the value is cut into', () => {
    const paths = Object.fromEntries(Array.from({ length: 1000 }, (_, i) => [`/items/${i}`, { get: { summary: `Item ${i}` }, post: { summary: 'New' } }]));
    const packed = packValue({ openapi: '3.1.0', paths });
    expect(packed.root).to.have.length(3);
    expect(packed.root.every((n) => typeof n === 'number')).to.equal(true);
    expect(Object.keys(packed)).to.deep.equal(['bytes', 'root']);
    expect((unpackValue(structuredClone(packed)) as { paths: typeof paths }).paths['/items/999']!.post.summary).to.equal('New');
  });
});
