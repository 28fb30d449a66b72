/** Bytes folded into one Blob part at a time: few parts, and little copied in any one task. */
const BLOB_PART_BYTES = 1024 * 1024;

/** The most a Content-Length may make us set aside before the bytes arrive. */
const MAX_PREALLOCATED_BYTES = 64 * 1024 * 1024;

const FIRST_CAPACITY = 64 * 1024;

/**
 * An answer's body gathered chunk by chunk, so that nothing large is copied after the last one:
 * the bytes go into a buffer sized from the Content-Length (grown by doubling without one), and
 * every megabyte is folded into a part of the body's Blob. Joining a 20 MB body and making one
 * Blob of it at the end held the page's thread for about 300 ms (profiled in `npm run bench`);
 * this way each chunk's task copies about that chunk.
 */
export class ReceivedBody {
  #buffer: Uint8Array<ArrayBuffer>;
  #received = 0;
  readonly #parts: Blob[] = [];
  #pending: Uint8Array<ArrayBuffer>[] = [];
  #pendingBytes = 0;

  /** @param contentLength the answer's Content-Length, if any (a hint: a compressed body is longer) */
  constructor(
    contentLength: string | null,
    private readonly onProgress: (received: number) => void,
  ) {
    const expected = Number(contentLength);
    this.#buffer = new Uint8Array(Number.isSafeInteger(expected) && expected > 0 ? Math.min(expected, MAX_PREALLOCATED_BYTES) : FIRST_CAPACITY);
  }

  readonly add = (chunk: Uint8Array): void => {
    const needed = this.#received + chunk.byteLength;
    if (needed > this.#buffer.byteLength) {
      const grown = new Uint8Array(Math.max(needed, this.#buffer.byteLength * 2));
      grown.set(this.bytes());
      this.#buffer = grown;
    }
    this.#buffer.set(chunk, this.#received);
    this.#received = needed;
    // A view: the bytes it covers are never written again, and a Blob copies what it is made of.
    this.#pending.push(this.#buffer.subarray(needed - chunk.byteLength, needed));
    this.#pendingBytes += chunk.byteLength;
    if (this.#pendingBytes >= BLOB_PART_BYTES) {
      this.#parts.push(new Blob(this.#pending));
      this.#pending = [];
      this.#pendingBytes = 0;
    }
    this.onProgress(this.#received);
  };

  /** Every byte received, in order (a view, not a copy). */
  bytes(): Uint8Array<ArrayBuffer> {
    return this.#buffer.subarray(0, this.#received);
  }

  /** The body as a Blob of this type, made of the parts already folded. */
  blob(type: string): Blob {
    return new Blob([...this.#parts, ...this.#pending], { type });
  }
}
