/**
 * A description cut up to cross from a worker to the page cheaply: its JSON text, UTF-8, in one
 * buffer (transferred, not copied: for a JSON description, the very bytes the page downloaded),
 * and, in one string, a directory of where each member of its large objects and arrays lies in
 * that text. What crosses besides the buffer is that string and three numbers, not an object per
 * part: copying a tree of tens of thousands of small objects into the page took it 70–250 ms (a
 * trace in `npm run bench`). The parts are found by scanning the text, not by serializing each
 * again: for 10,000 operations, encoding a JSON text per part was most of the worker's time. The
 * page parses a directory or a part only when it is first read, so receiving a description of
 * many megabytes costs next to nothing on its thread.
 */
export interface PackedValue {
  /** The value's JSON text, UTF-8. */
  readonly bytes: Uint8Array<ArrayBuffer>;
  /** Every cut object's or array's directory, JSON, one after the other. */
  readonly directories: string;
  readonly root: PackedPart;
}

/** `cut` 0: `bytes.subarray(from, to)` holds a value's JSON; `cut` 1: `directories.slice(from, to)` holds a cut object's or array's directory. */
export type PackedPart = readonly [from: number, to: number, cut: 0 | 1];

/** A cut object's directory: a part per member. A cut array's is an array of parts. */
export type Directory = Readonly<Record<string, PackedPart>> | readonly PackedPart[];

/** The value back, each cut object's or array's members parsed the first time they are read. */
export function unpackValue({ bytes, directories, root }: PackedValue): unknown {
  const decoder = new TextDecoder();
  const unpack = ([from, to, cut]: PackedPart): unknown => {
    if (!cut) return JSON.parse(decoder.decode(bytes.subarray(from, to)));
    const directory = JSON.parse(directories.slice(from, to)) as Directory;
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
