import type { SpecDocument } from './types.js';

/** How many `$ref`s in a row are followed before giving up (a chain that long is a loop). */
const MAX_HOPS = 32;

export type JsonObject = Readonly<Record<string, unknown>>;

export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Follows local `$ref`s (`#/components/schemas/Order`) inside one document, on demand. What
 * cannot be followed (a pointer to nothing, another file, a loop) becomes a plain-words problem
 * and an empty object, so one broken reference never stops the rest of an operation from working.
 */
export class RefResolver {
  readonly #document: SpecDocument;
  readonly #problems = new Set<string>();

  constructor(document: SpecDocument) {
    this.#document = document;
  }

  /** Problems met so far, each once. */
  get problems(): readonly string[] {
    return [...this.#problems];
  }

  /** `value` itself, or what its `$ref` chain points to; `{}` when that cannot be found. */
  resolve(value: unknown): unknown {
    let current = value;
    for (let hop = 0; isObject(current) && typeof current['$ref'] === 'string'; hop += 1) {
      const ref = current['$ref'];
      if (hop === MAX_HOPS) return this.#fail(`$ref "${ref}" is part of a loop of references.`);
      if (!ref.startsWith('#')) return this.#fail(`$ref "${ref}" points into another document, which is not loaded.`);
      const target = this.pointer(ref.slice(1));
      if (target === undefined) return this.#fail(`$ref "${ref}" points to nothing in this document.`);
      current = target;
    }
    return current;
  }

  /** Like `resolve`, for places that must hold an object (a schema, a parameter). */
  object(value: unknown): JsonObject {
    const resolved = this.resolve(value);
    return isObject(resolved) ? resolved : {};
  }

  /** The value at a JSON pointer (RFC 6901) such as `/components/schemas/Order`, or undefined. */
  pointer(pointer: string): unknown {
    if (pointer === '') return this.#document;
    if (!pointer.startsWith('/')) return undefined;
    let current: unknown = this.#document;
    for (const raw of pointer.slice(1).split('/')) {
      const key = decodePointerSegment(raw);
      if (Array.isArray(current)) current = current[Number(key)];
      else if (isObject(current) && Object.hasOwn(current, key)) current = current[key];
      else return undefined;
    }
    return current;
  }

  #fail(problem: string): JsonObject {
    this.#problems.add(problem);
    return {};
  }
}

function decodePointerSegment(segment: string): string {
  let text = segment;
  try {
    text = decodeURIComponent(segment);
  } catch {
    // Not percent-encoded after all: use it as written.
  }
  return text.replace(/~1/gu, '/').replace(/~0/gu, '~');
}
