/**
 * A parsed JSON value cut up to cross from a worker to the page cheaply: small parts travel as
 * JSON text, large objects and arrays member by member. The page parses a part only when it is
 * first read, so receiving a description of many megabytes costs a copy of strings, not the
 * building of millions of objects on the page's thread.
 */
export type PackedValue =
  | { readonly json: string }
  | { readonly object: Readonly<Record<string, PackedValue>> }
  | { readonly array: readonly PackedValue[] };

/** Parts up to this many characters of JSON travel whole: one `JSON.parse` of them takes well under a millisecond. */
const WHOLE_UP_TO = 16_384;

/** Cuts a JSON value (as `JSON.parse` or the YAML parser made it) for the trip to the page. */
export function packValue(value: unknown): PackedValue {
  if (typeof value !== 'object' || value === null) return { json: JSON.stringify(value) ?? 'null' };
  const entries = Array.isArray(value) ? value.map((member, i) => [String(i), packValue(member)] as const) : Object.entries(value).map(([key, member]) => [key, packValue(member)] as const);
  const texts = entries.map(([, member]) => ('json' in member ? member.json : null));
  const size = texts.reduce((sum, text) => sum + (text?.length ?? Infinity), 0);
  if (size <= WHOLE_UP_TO) {
    const members = Array.isArray(value) ? texts : entries.map(([key], i) => `${JSON.stringify(key)}:${texts[i]}`);
    return { json: Array.isArray(value) ? `[${members.join(',')}]` : `{${members.join(',')}}` };
  }
  if (Array.isArray(value)) return { array: entries.map(([, member]) => member) };
  return { object: Object.fromEntries(entries) };
}

/** The value back, each large object's or array's members parsed the first time they are read. */
export function unpackValue(packed: PackedValue): unknown {
  if ('json' in packed) return JSON.parse(packed.json);
  if ('array' in packed) return lazyMembers(new Array<unknown>(packed.array.length), packed.array.entries());
  return lazyMembers({}, Object.entries(packed.object));
}

function lazyMembers<T extends object>(target: T, members: Iterable<readonly [string | number, PackedValue]>): T {
  for (const [key, member] of members) {
    Object.defineProperty(target, key, {
      enumerable: true,
      configurable: true,
      get: () => {
        const value = unpackValue(member);
        Object.defineProperty(target, key, { value, enumerable: true, writable: false, configurable: false });
        return value;
      },
    });
  }
  return target;
}
