import { isObject, type JsonObject, type RefResolver } from './refs.js';

/** Nesting beyond this is left empty: an example is a starting point, not a dump of the schema. */
const MAX_DEPTH = 8;

/** Placeholder values for string formats, so an example passes a format check. */
const FORMAT_EXAMPLES: Readonly<Record<string, string>> = {
  'date-time': '2026-01-01T12:00:00Z',
  date: '2026-01-01',
  time: '12:00:00Z',
  email: 'user@example.com',
  uuid: '3fa85f64-5717-4562-b3fc-2c963f66afa6',
  uri: 'https://example.com/',
  url: 'https://example.com/',
  hostname: 'example.com',
  ipv4: '192.0.2.1',
  ipv6: '2001:db8::1',
  byte: 'U3dhZ2dlciByb2Nrcw==',
  binary: '',
  password: '',
};

/**
 * A value that fits `schema`: its own `example`/`examples`, `const`, `default` or first `enum`
 * value where it has one, else one built from its type, properties and items. `$ref`s are
 * followed through `refs`; a schema that contains itself stops at the repetition. `readOnly`
 * properties are left out, as a request body must not send them.
 */
export function exampleFromSchema(schema: unknown, refs: RefResolver): unknown {
  return build(schema, refs, 0, new Set());
}

function build(raw: unknown, refs: RefResolver, depth: number, open: Set<JsonObject>): unknown {
  const schema = refs.object(raw);
  if (open.has(schema) || depth > MAX_DEPTH) return undefined;
  const given = givenValue(schema);
  if (given !== undefined) return given;
  open.add(schema);
  try {
    return built(schema, refs, depth, open);
  } finally {
    open.delete(schema);
  }
}

function givenValue(schema: JsonObject): unknown {
  if (schema['example'] !== undefined) return schema['example'];
  if (Array.isArray(schema['examples']) && schema['examples'].length) return schema['examples'][0];
  if (schema['const'] !== undefined) return schema['const'];
  if (schema['default'] !== undefined) return schema['default'];
  if (Array.isArray(schema['enum']) && schema['enum'].length) return schema['enum'][0];
  return undefined;
}

function built(schema: JsonObject, refs: RefResolver, depth: number, open: Set<JsonObject>): unknown {
  if (Array.isArray(schema['allOf'])) {
    const parts = schema['allOf'].map((part) => build(part, refs, depth + 1, open));
    const own = schema['properties'] ? objectExample(schema, refs, depth, open) : undefined;
    return parts.every((part) => isObject(part) || part === undefined) ? Object.assign({}, ...parts, own) : parts.find((part) => part !== undefined);
  }
  for (const keyword of ['oneOf', 'anyOf'] as const) {
    const choices = schema[keyword];
    if (Array.isArray(choices) && choices.length) return build(choices[0], refs, depth + 1, open);
  }
  switch (schemaType(schema)) {
    case 'object':
      return objectExample(schema, refs, depth, open);
    case 'array': {
      const item = build(schema['items'], refs, depth + 1, open);
      return item === undefined ? [] : [item];
    }
    case 'string':
      return FORMAT_EXAMPLES[String(schema['format'])] ?? 'string';
    case 'integer':
    case 'number':
      return typeof schema['minimum'] === 'number' ? schema['minimum'] : 0;
    case 'boolean':
      return true;
    case 'null':
      return null;
    default:
      return undefined;
  }
}

function objectExample(schema: JsonObject, refs: RefResolver, depth: number, open: Set<JsonObject>): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  const properties = isObject(schema['properties']) ? schema['properties'] : {};
  for (const [name, property] of Object.entries(properties)) {
    if (refs.object(property)['readOnly'] === true) continue;
    const value = build(property, refs, depth + 1, open);
    if (value !== undefined) result[name] = value;
  }
  return result;
}

/**
 * The schema's type: OpenAPI 3.1 allows a list (`["string", "null"]`), whose first non-null
 * member is taken; without a type, properties or items imply one.
 */
export function schemaType(schema: JsonObject): string {
  const type = schema['type'];
  if (typeof type === 'string') return type;
  if (Array.isArray(type)) return String(type.find((member) => member !== 'null') ?? type[0] ?? '');
  if (isObject(schema['properties'])) return 'object';
  if (schema['items'] !== undefined) return 'array';
  return '';
}
