import { expect } from '@open-wc/testing';
import { packJson, packValue } from '../../../../../src/components/api-console/internal/openapi/pack-for-page.js';
import { unpackValue } from '../../../../../src/components/api-console/internal/openapi/packed-value.js';
import { BROKEN_REFS, OPENAPI_31, PETSTORE_30, SWAGGER_20 } from '../../../../helpers/openapi-fixtures.js';

describe('packValue, packJson and unpackValue', () => {
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

  it('send one string and three numbers besides the buffer, however many parts the value is cut into', () => {
    const paths = Object.fromEntries(Array.from({ length: 1000 }, (_, i) => [`/items/${i}`, { get: { summary: `Item ${i}` }, post: { summary: 'New' } }]));
    const packed = packValue({ openapi: '3.1.0', paths });
    expect(packed.root).to.have.length(3);
    expect(packed.root.every((n) => typeof n === 'number')).to.equal(true);
    expect(Object.keys(packed)).to.deep.equal(['bytes', 'directories', 'root']);
    expect(packed.directories).to.be.a('string');
    expect((unpackValue(structuredClone(packed)) as { paths: typeof paths }).paths['/items/999']!.post.summary).to.equal('New');
  });

  it('cut a JSON text where it lies: whitespace, a byte-order mark, escapes in keys and strings, non-Latin text, empty members', () => {
    const text =
      '\ufeff \n{ "openapi" : "3.1.0",\r\n\t"paths": { "/a\\"b\\\\" : { "get" : { "summary" : "say \\"hi\\" \\\\ ]}" , "n": -1.5e3 } } ,' +
      ' "/ü/日本": {"post": {"x": [ {}, [], "}" ]}}, "/e": {}, "/f": { "get": null } },' +
      ' "list": [ 1 , [ true, false ], {"k": "v"} ], "empty": [], "nothing": {}, "__proto__": {"p": 1} }';
    const bytes = new TextEncoder().encode(text);
    const back = unpackValue(structuredClone(packJson(bytes)));
    expect(JSON.stringify(back)).to.equal(JSON.stringify(JSON.parse(text.slice(1))));
    expect(Object.hasOwn(back as object, '__proto__')).to.equal(true);
  });

  it('cut a JSON text without copying it, encoding anything or serializing any part of it again', () => {
    const bytes = new TextEncoder().encode(
      JSON.stringify({ openapi: '3.1.0', paths: { '/a': { get: { summary: 'A', tags: ['t'] } } }, components: { schemas: { S: {} } } }),
    );
    const encode = TextEncoder.prototype.encode;
    const stringify = JSON.stringify;
    const encoded: unknown[] = [];
    const serialized: unknown[] = [];
    TextEncoder.prototype.encode = function (...args: Parameters<typeof encode>) {
      encoded.push(args[0]);
      return encode.apply(this, args);
    };
    JSON.stringify = ((value: unknown, ...rest: never[]) => {
      serialized.push(value);
      return stringify(value, ...rest);
    }) as typeof JSON.stringify;
    let packed;
    try {
      packed = packJson(bytes);
    } finally {
      TextEncoder.prototype.encode = encode;
      JSON.stringify = stringify;
    }
    expect(packed.bytes).to.equal(bytes);
    expect(encoded).to.deep.equal([]);
    const isPart = (value: unknown) => Array.isArray(value) && value.length === 3 && value.every((n) => typeof n === 'number');
    // Only directories (parts by key or by place) are serialized, never a member of the description.
    expect(serialized.every((value) => Object.values(value as object).every(isPart))).to.equal(true);
  });
});
