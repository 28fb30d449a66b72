/** How a streamed answer is cut into events. */
export const StreamFormat = {
  /** `text/event-stream`: server-sent events, as `EventSource` reads them. */
  EventStream: 'event-stream',
  /** NDJSON / JSON Lines: one JSON value per line. */
  JsonLines: 'json-lines',
} as const;
export type StreamFormat = (typeof StreamFormat)[keyof typeof StreamFormat];

const FORMATS: Readonly<Record<string, StreamFormat>> = {
  'text/event-stream': StreamFormat.EventStream,
  'application/x-ndjson': StreamFormat.JsonLines,
  'application/ndjson': StreamFormat.JsonLines,
  'application/jsonl': StreamFormat.JsonLines,
  'application/x-jsonlines': StreamFormat.JsonLines,
  'application/jsonlines': StreamFormat.JsonLines,
};

/** The stream format of a media type (lower case, without parameters), or null for an ordinary body. */
export function streamFormatOf(mediaType: string): StreamFormat | null {
  return FORMATS[mediaType] ?? null;
}

/** One event of a stream, as it arrived. */
export interface StreamEvent {
  /** 1 for the first event. */
  readonly index: number;
  /** The event's type: `message` unless the server named one (`event:`); `line` for JSON Lines. */
  readonly type: string;
  /** The last event id the server set (`id:`), `''` when none. */
  readonly id: string;
  /** The event's data: SSE `data:` lines joined by newlines, or the JSON line. */
  readonly data: string;
  /** The reconnection time the server last asked for (`retry:`), in ms; null when none. */
  readonly retry: number | null;
}

/**
 * The events of a streamed body, each yielded as soon as its last byte arrives (nothing waits for
 * the end of the body). Server-sent events follow the HTML standard's parsing rules (CR, LF or
 * CRLF line ends, comments, a space after the colon, `data:` lines joined, events without data
 * not dispatched); JSON Lines yield each non-blank line.
 */
export async function* streamEvents(chunks: AsyncIterable<string>, format: StreamFormat): AsyncGenerator<StreamEvent> {
  const parser: EventParser = format === StreamFormat.EventStream ? new EventStreamParser() : new JsonLinesParser();
  for await (const chunk of chunks) yield* parser.push(chunk);
  yield* parser.end();
}

/** The events of a whole text at once: a stream kept from earlier in the session. */
export function parseEvents(text: string, format: StreamFormat): StreamEvent[] {
  const parser: EventParser = format === StreamFormat.EventStream ? new EventStreamParser() : new JsonLinesParser();
  return [...parser.push(text), ...parser.end()];
}

/**
 * The text of a byte stream, decoded as UTF-8 chunk by chunk (a character split across chunks
 * stays whole). A consumer that stops early cancels the stream, which ends the request.
 */
export async function* decodeText(body: ReadableStream<Uint8Array>): AsyncGenerator<string> {
  const decoder = new TextDecoder();
  const reader = body.getReader();
  let finished = false;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      const text = decoder.decode(value, { stream: true });
      if (text) yield text;
    }
    finished = true;
    const rest = decoder.decode();
    if (rest) yield rest;
  } finally {
    if (!finished) await reader.cancel();
    reader.releaseLock();
  }
}

/** Cuts text into lines on CR, LF or CRLF, across chunks: an unfinished line waits for the next one. */
class LineSplitter {
  #rest = '';
  /** The last chunk ended in CR: an LF starting the next one completes that CRLF, not a new line. */
  #afterCr = false;

  *push(chunk: string): Generator<string> {
    const text = this.#afterCr && chunk.startsWith('\n') ? chunk.slice(1) : chunk;
    this.#afterCr = text.endsWith('\r');
    const lines = (this.#rest + text).split(/\r\n|\r|\n/u);
    this.#rest = lines.pop() ?? '';
    yield* lines;
  }

  /** The last line, when the body did not end with a line break. */
  end(): string {
    const rest = this.#rest;
    this.#rest = '';
    return rest;
  }
}

interface EventParser {
  push(text: string): Iterable<StreamEvent>;
  end(): Iterable<StreamEvent>;
}

class EventStreamParser implements EventParser {
  readonly #lines = new LineSplitter();
  #index = 0;
  #type = '';
  #data: string[] = [];
  #lastId = '';
  #retry: number | null = null;

  *push(text: string): Generator<StreamEvent> {
    for (const line of this.#lines.push(text)) {
      const event = this.#line(line);
      if (event) yield event;
    }
  }

  /** The standard drops an event the stream ends in the middle of: nothing is left to dispatch. */
  end(): Iterable<StreamEvent> {
    return [];
  }

  #line(line: string): StreamEvent | null {
    if (line === '') {
      const event = this.#data.length
        ? { index: ++this.#index, type: this.#type || 'message', id: this.#lastId, data: this.#data.join('\n'), retry: this.#retry }
        : null;
      this.#type = '';
      this.#data = [];
      return event;
    }
    if (line.startsWith(':')) return null;
    const colon = line.indexOf(':');
    const field = colon === -1 ? line : line.slice(0, colon);
    const value = colon === -1 ? '' : line.slice(colon + 1).replace(/^ /u, '');
    if (field === 'data') this.#data.push(value);
    else if (field === 'event') this.#type = value;
    else if (field === 'id' && !value.includes('\0')) this.#lastId = value;
    else if (field === 'retry' && /^\d+$/u.test(value)) this.#retry = Number(value);
    return null;
  }
}

class JsonLinesParser implements EventParser {
  readonly #lines = new LineSplitter();
  #index = 0;

  push(text: string): Iterable<StreamEvent> {
    return this.#events(this.#lines.push(text));
  }

  end(): Iterable<StreamEvent> {
    return this.#events([this.#lines.end()]);
  }

  *#events(lines: Iterable<string>): Generator<StreamEvent> {
    for (const line of lines) {
      const data = line.trim();
      if (data) yield { index: ++this.#index, type: 'line', id: '', data, retry: null };
    }
  }
}
