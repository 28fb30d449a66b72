/**
 * A parsed JSON value cut up to cross from a worker to the page cheaply: all in one buffer of
 * UTF-8 JSON (transferred, not copied), large objects and arrays cut member by member. A cut
 * object's or array's directory (where each member's JSON lies) is JSON in the buffer too, so
 * what crosses besides the buffer is three numbers, not an object per part: copying a tree of
 * tens of thousands of small objects into the page took it 70–250 ms (a trace in `npm run bench`).
 * The page parses a directory or a part only when it is first read, so receiving a description of
 * many megabytes costs next to nothing on its thread.
 */
export interface PackedValue {
  /** Every part's JSON and every directory's, one after the other, UTF-8. */
  readonly bytes: Uint8Array<ArrayBuffer>;
  readonly root: PackedPart;
}

/** `bytes.subarray(from, to)` holds a value's JSON (`cut` 0) or, for a cut object or array, its directory (`cut` 1). */
export type PackedPart = readonly [from: number, to: number, cut: 0 | 1];

/** A cut object's directory: a part per member. A cut array's is an array of parts. */
type Directory = Readonly<Record<string, PackedPart>> | readonly PackedPart[];

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
  const append = (json: string, cut: 0 | 1): PackedPart => {
    const encoded = encoder.encode(json);
    pieces.push(encoded);
    length += encoded.length;
    return [length - encoded.length, length, cut];
  };
  const pack = (member: unknown, level: number): PackedPart => {
    if (typeof member !== 'object' || member === null || level >= CUT_LEVELS) return append(JSON.stringify(member) ?? 'null', 0);
    const directory: Directory = Array.isArray(member)
      ? member.map((item) => pack(item, level + 1))
      : Object.fromEntries(Object.entries(member).map(([key, item]) => [key, pack(item, level + 1)]));
    return append(JSON.stringify(directory), 1);
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
  const unpack = ([from, to, cut]: PackedPart): unknown => {
    const parsed: unknown = JSON.parse(decoder.decode(bytes.subarray(from, to)));
    if (!cut) return parsed;
    const directory = parsed as Directory;
    if (Array.isArray(directory)) return lazyMembers(new Array<unknown>(directory.length), directory.entries(), unpack);
    return lazyMembers({}, Object.entries(directory), unpack);
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
