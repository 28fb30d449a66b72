import type { ConsoleRequest } from '../../../events/portico-before-send-event.js';
import type { RequestFailure } from '../../../events/portico-response-event.js';
import { mediaType } from './media-type.js';
import { readEvents, type StreamEnd, type StreamListener } from './read-stream.js';
import { streamFormatOf, type StreamFormat } from './stream-events.js';

/** An HTTP answer, body read in full. */
export interface ReceivedResponse {
  readonly status: number;
  readonly statusText: string;
  /** In the order the browser lists them; names in lower case. */
  readonly headers: readonly (readonly [string, string])[];
  readonly contentType: string;
  readonly body: Uint8Array<ArrayBuffer>;
  /** For a streamed answer read event by event: its format, how many events came, and how it ended. */
  readonly stream?: { readonly format: StreamFormat; readonly events: number; readonly end: StreamEnd };
}

export type Outcome = { readonly kind: 'response'; readonly response: ReceivedResponse } | { readonly kind: RequestFailure };

export interface Exchange {
  readonly outcome: Outcome;
  /** From sending to the last byte (or the failure), in ms. */
  readonly duration: number;
}

export interface SendOptions {
  /** Milliseconds before the request is abandoned. */
  readonly timeout: number;
  /** Aborted when the user cancels. */
  readonly signal: AbortSignal;
  /** Bytes of the body received so far, as they arrive. */
  readonly onProgress?: (received: number) => void;
  /**
   * False when the request carries the token or key: a redirect is then not followed (the browser
   * would send them on to wherever it leads, and does not let a page see where that is) but
   * reported as the outcome `redirect`. True when absent.
   */
  readonly followRedirects?: boolean;
  /**
   * Told of a streamed answer (`text/event-stream`, NDJSON, JSON Lines) event by event; without
   * it, such an answer is read whole like any other.
   */
  readonly stream?: StreamListener;
}

/** How long the follow-up check that tells CORS from network failures may take. */
const PROBE_TIMEOUT_MS = 5000;

/**
 * Sends a request and reads its whole answer, or says why there is none. A browser reports a
 * CORS refusal and an unreachable server with the same `TypeError`; a second, `no-cors` request
 * tells them apart: it gets an (unreadable) answer only when the server is reachable, so the
 * first failure was CORS.
 */
export async function sendRequest(request: ConsoleRequest, { timeout, signal, onProgress, followRedirects = true, stream }: SendOptions): Promise<Exchange> {
  const started = performance.now();
  const stop = new AbortController();
  let stoppedBy: 'timeout' | 'cancelled' | null = null;
  const cancel = () => {
    stoppedBy ??= 'cancelled';
    stop.abort();
  };
  if (signal.aborted) cancel();
  signal.addEventListener('abort', cancel, { once: true });
  const timer = setTimeout(() => {
    stoppedBy ??= 'timeout';
    stop.abort();
  }, timeout);
  const finish = (outcome: Outcome): Exchange => ({ outcome, duration: performance.now() - started });
  try {
    const redirect = followRedirects ? 'follow' : 'manual';
    const response = await fetch(request.url, {
      method: request.method,
      headers: request.headers,
      body: request.body,
      signal: stop.signal,
      cache: 'no-store',
      redirect,
    });
    if (response.type === 'opaqueredirect') return finish({ kind: 'redirect' });
    const contentType = response.headers.get('content-type') ?? '';
    const chunks = new Chunks(onProgress ?? (() => undefined));
    const format = stream && response.body ? streamFormatOf(mediaType(contentType)) : null;
    let streamed: ReceivedResponse['stream'];
    if (format && stream && response.body) {
      // A stream lasts as long as the server (or the user's patience) wants: the timeout was for its headers.
      clearTimeout(timer);
      stream.onStart(format, mediaType(contentType));
      const read = await readEvents(response.body, format, chunks.add, stream.onEvent, stop.signal);
      streamed = { format, ...read };
    } else {
      await readBody(response, chunks.add);
    }
    return finish({
      kind: 'response',
      response: {
        status: response.status,
        statusText: response.statusText,
        headers: [...response.headers],
        contentType,
        body: chunks.joined(),
        ...(streamed ? { stream: streamed } : {}),
      },
    });
  } catch (error) {
    if (stoppedBy) return finish({ kind: stoppedBy });
    if (!(error instanceof TypeError)) throw error;
    return finish({ kind: (await isReachable(request.url)) ? 'cors' : 'network' });
  } finally {
    clearTimeout(timer);
    signal.removeEventListener('abort', cancel);
  }
}

/** Reads a body to its end, chunk by chunk; the reader is cancelled if the request is aborted. */
async function readBody(response: Response, onChunk: (chunk: Uint8Array) => void): Promise<void> {
  if (!response.body) return;
  const reader = response.body.getReader();
  for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) onChunk(chunk.value);
}

/** A body's chunks as they arrive, reporting the bytes received so far, joined at the end. */
class Chunks {
  readonly #chunks: Uint8Array[] = [];
  #received = 0;

  constructor(private readonly onProgress: (received: number) => void) {}

  readonly add = (chunk: Uint8Array): void => {
    this.#chunks.push(chunk);
    this.#received += chunk.byteLength;
    this.onProgress(this.#received);
  };

  joined(): Uint8Array<ArrayBuffer> {
    const body = new Uint8Array(this.#received);
    let offset = 0;
    for (const chunk of this.#chunks) {
      body.set(chunk, offset);
      offset += chunk.byteLength;
    }
    return body;
  }
}

/** Whether the server answers at all: a `no-cors` HEAD gets an opaque answer from any reachable server. */
async function isReachable(url: string): Promise<boolean> {
  const probe = new AbortController();
  const timer = setTimeout(() => probe.abort(), PROBE_TIMEOUT_MS);
  try {
    await fetch(url, { method: 'HEAD', mode: 'no-cors', credentials: 'omit', cache: 'no-store', signal: probe.signal });
    return true;
  } catch {
    return false;
  } finally {
    clearTimeout(timer);
    probe.abort();
  }
}
