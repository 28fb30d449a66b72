/**
 * What the worker does to send a description to the page cheaply: the document cut where it lies
 * (see packed-value.ts) and the operations as columns (see operation-columns.ts). Only the worker
 * loads this file; the page loads the other halves, which read what it sends.
 * @module
 */
import type { OperationColumns } from './operation-columns.js';
import type { Directory, PackedPart, PackedValue } from './packed-value.js';
import type { OperationEntry } from './types.js';

/**
 * How deep objects and arrays are cut member by member; below, each member is one span of JSON.
 * Three levels cut a description at `paths./path.method` and `components.schemas.Name`: each
 * operation and each schema is parsed on the page only when opened.
 */
const CUT_LEVELS = 3;

/** Cuts a JSON value (as `JSON.parse` or the YAML parser made it) for the trip to the page. */
export function packValue(value: unknown): PackedValue {
  return packJson(new TextEncoder().encode(JSON.stringify(value) ?? 'null'));
}

/** Cuts a JSON text, UTF-8 (one `JSON.parse` already accepted), for the trip to the page, without copying it. */
export function packJson(bytes: Uint8Array<ArrayBuffer>): PackedValue {
  const cutter = new JsonCutter(bytes);
  const root = cutter.part(0);
  return { bytes, directories: cutter.directories(), root };
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COLON = 0x3a;
const OPEN_OBJECT = 0x7b;
const CLOSE_OBJECT = 0x7d;
const OPEN_ARRAY = 0x5b;
const CLOSE_ARRAY = 0x5d;
/** A key this short and plain is read from its bytes directly, not through a decoder and `JSON.parse`. */
const PLAIN_KEY_MAX = 256;

/** Finds the parts of a valid JSON text by scanning its bytes: strings skipped, brackets counted. */
class JsonCutter {
  readonly #bytes: Uint8Array;
  #at: number;
  readonly #directories: string[] = [];
  #directoriesLength = 0;
  readonly #decoder = new TextDecoder();

  constructor(bytes: Uint8Array) {
    this.#bytes = bytes;
    // A byte-order mark, which the decoder dropped before `JSON.parse` saw the text.
    this.#at = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  }

  part(level: number): PackedPart {
    this.#skipSpace();
    const start = this.#at;
    const first = this.#bytes[start];
    if (level < CUT_LEVELS && first === OPEN_OBJECT) return this.#directory(this.#members(level));
    if (level < CUT_LEVELS && first === OPEN_ARRAY) return this.#directory(this.#items(level));
    this.#skipValue();
    return [start, this.#at, 0];
  }

  directories(): string {
    return this.#directories.join('');
  }

  #members(level: number): Directory {
    const members: [string, PackedPart][] = [];
    this.#at += 1;
    this.#skipSpace();
    if (this.#bytes[this.#at] === CLOSE_OBJECT) this.#at += 1;
    else
      for (;;) {
        this.#skipSpace();
        const keyStart = this.#at;
        this.#skipString();
        const key = this.#key(keyStart, this.#at);
        this.#skipSpace();
        this.#at += 1; // the colon
        members.push([key, this.part(level + 1)]);
        this.#skipSpace();
        if (this.#bytes[this.#at++] === CLOSE_OBJECT) break;
      }
    // Object.fromEntries, not assignment: a `__proto__` key stays a member, as JSON.parse keeps it.
    return Object.fromEntries(members);
  }

  #items(level: number): Directory {
    const items: PackedPart[] = [];
    this.#at += 1;
    this.#skipSpace();
    if (this.#bytes[this.#at] === CLOSE_ARRAY) this.#at += 1;
    else
      for (;;) {
        items.push(this.part(level + 1));
        this.#skipSpace();
        if (this.#bytes[this.#at++] === CLOSE_ARRAY) break;
      }
    return items;
  }

  #directory(directory: Directory): PackedPart {
    const json = JSON.stringify(directory);
    this.#directories.push(json);
    this.#directoriesLength += json.length;
    return [this.#directoriesLength - json.length, this.#directoriesLength, 1];
  }

  /** A key's text from its JSON (quotes included). */
  #key(start: number, end: number): string {
    const bytes = this.#bytes;
    if (end - start - 2 <= PLAIN_KEY_MAX) {
      let plain = true;
      for (let i = start + 1; i < end - 1 && plain; i += 1) plain = bytes[i]! < 0x80 && bytes[i] !== BACKSLASH;
      if (plain) return String.fromCharCode.apply(null, bytes.subarray(start + 1, end - 1) as unknown as number[]);
    }
    return JSON.parse(this.#decoder.decode(bytes.subarray(start, end))) as string;
  }

  #skipValue(): void {
    const bytes = this.#bytes;
    const first = bytes[this.#at];
    if (first === QUOTE) return this.#skipString();
    let at = this.#at;
    if (first === OPEN_OBJECT || first === OPEN_ARRAY) {
      // The hot loop of the scan (most of a description's bytes lie below the cut): locals only.
      let depth = 0;
      do {
        const byte = bytes[at++];
        if (byte === QUOTE) at = stringEnd(bytes, at);
        else if (byte === OPEN_OBJECT || byte === OPEN_ARRAY) depth += 1;
        else if (byte === CLOSE_OBJECT || byte === CLOSE_ARRAY) depth -= 1;
      } while (depth > 0);
    } else {
      // A number, true, false or null: up to the next delimiter.
      while (at < bytes.length && !isDelimiter(bytes[at]!)) at += 1;
    }
    this.#at = at;
  }

  #skipString(): void {
    this.#at = stringEnd(this.#bytes, this.#at + 1);
  }

  #skipSpace(): void {
    const bytes = this.#bytes;
    while (isSpace(bytes[this.#at]!)) this.#at += 1;
  }
}

/** Where a string whose opening quote is just before `from` ends (past its closing quote). */
function stringEnd(bytes: Uint8Array, from: number): number {
  for (let at = from; ;) {
    // indexOf runs natively, much faster than a loop over each byte of a long string.
    const quote = bytes.indexOf(QUOTE, at);
    if (quote < 0) return bytes.length;
    let backslashes = 0;
    while (bytes[quote - 1 - backslashes] === BACKSLASH) backslashes += 1;
    if (backslashes % 2 === 0) return quote + 1;
    at = quote + 1;
  }
}

function isSpace(byte: number): boolean {
  return byte === 0x20 || byte === 0x0a || byte === 0x0d || byte === 0x09;
}

function isDelimiter(byte: number): boolean {
  return isSpace(byte) || byte === 0x2c || byte === CLOSE_OBJECT || byte === CLOSE_ARRAY || byte === COLON;
}

export function toColumns(operations: readonly OperationEntry[]): OperationColumns {
  const columns = {
    method: [] as string[],
    path: [] as string[],
    summary: [] as string[],
    operationId: [] as string[],
    tagCount: [] as number[],
    tags: [] as string[],
    deprecated: [] as number[],
    searchText: [] as string[],
  };
  operations.forEach((operation, i) => {
    columns.method.push(operation.method);
    columns.path.push(operation.path);
    columns.summary.push(operation.summary);
    columns.operationId.push(operation.operationId);
    columns.tagCount.push(operation.tags.length);
    columns.tags.push(...operation.tags);
    if (operation.deprecated) columns.deprecated.push(i);
    columns.searchText.push(operation.searchText);
  });
  return columns;
}
