/**
 * A parsed JSON value cut up to cross from a worker to the page cheaply: its parts as UTF-8 JSON,
 * all in one buffer (transferred, not copied), and large objects and arrays cut member by member.
 * The page parses a part only when it is first read, so receiving a description of many
 * megabytes costs next to nothing on its thread, not the building of millions of objects.
 */
export interface PackedValue {
  /** Every part's JSON, one after the other, UTF-8. */
  readonly bytes: Uint8Array<ArrayBuffer>;
  readonly root: PackedPart;
}

export type PackedPart =
  /** JSON text: `bytes.subarray(from, to)`. */
  { readonly from: number; readonly to: number } | { readonly object: Readonly<Record<string, PackedPart>> } | { readonly array: readonly PackedPart[] };

/**
 * How deep objects and arrays are cut member by member; below, each member travels as JSON text.
 * Three levels cut a description at `paths./path.method` and `components.schemas.Name`: one
 * `JSON.stringify` of each operation and each schema, parsed on the page only when opened.
 */
const CUT_LEVELS = 3;

/** Cuts a JSON value (as `JSON.parse` or the YAML parser made it) for the trip to the page. */
export function packValue(value: unknown): PackedValue {
  const encoder = new TextEncoder();
  const pieces: Uint8Array[] = [];
  let length = 0;
  const pack = (member: unknown, level: number): PackedPart => {
    if (typeof member !== 'object' || member === null || level >= CUT_LEVELS) {
      const json = encoder.encode(JSON.stringify(member) ?? 'null');
      pieces.push(json);
      length += json.length;
      return { from: length - json.length, to: length };
    }
    if (Array.isArray(member)) return { array: member.map((item) => pack(item, level + 1)) };
    return { object: Object.fromEntries(Object.entries(member).map(([key, item]) => [key, pack(item, level + 1)])) };
  };
  const root = pack(value, 0);
  const bytes = new Uint8Array(length);
  let at = 0;
  for (const piece of pieces) {
    bytes.set(piece, at);
    at += piece.length;
  }
  return { bytes, root };
}

/** The value back, each cut object's or array's members parsed the first time they are read. */
export function unpackValue({ bytes, root }: PackedValue): unknown {
  const decoder = new TextDecoder();
  const unpack = (part: PackedPart): unknown => {
    if ('from' in part) return JSON.parse(decoder.decode(bytes.subarray(part.from, part.to)));
    if ('array' in part) return lazyMembers(new Array<unknown>(part.array.length), part.array.entries(), unpack);
    return lazyMembers({}, Object.entries(part.object), unpack);
  };
  return unpack(root);
}

/** Members defined as getters that parse on first read, then keep what they parsed. */
function lazyMembers<T extends object>(target: T, members: Iterable<readonly [string | number, PackedPart]>, unpack: (part: PackedPart) => unknown): T {
  for (const [key, member] of members) {
    let value: unknown;
    let parsed = false;
    Object.defineProperty(target, key, {
      enumerable: true,
      get: () => {
        if (!parsed) [value, parsed] = [unpack(member), true];
        return value;
      },
    });
  }
  return target;
}
