import type { StreamEnd, StreamListener } from './read-stream.js';
import { parseEvents, type StreamEvent, type StreamFormat } from './stream-events.js';

/** The latest this many events are shown; the download holds every one. */
export const SHOWN_EVENTS = 500;
/** While a stream is open, its clock is redrawn this often. */
const TICK_MS = 500;

/** A stream as shown: its latest events, how many came, for how long, and how it ended (null while open, `kept` when restored). */
export interface StreamState {
  readonly format: StreamFormat;
  readonly events: readonly StreamEvent[];
  readonly count: number;
  readonly elapsed: number;
  readonly end: StreamEnd | 'kept' | null;
  /** The shape of each event as the description names it (OpenAPI 3.2 `itemSchema`); '' when it does not. */
  readonly shape: string;
}

/**
 * The stream being received: each event as it arrives (only the latest `SHOWN_EVENTS` kept, so a
 * stream left open for hours costs a bounded amount of memory and DOM), and a clock redrawn while
 * it stays open.
 */
export class LiveStream {
  #format: StreamFormat | null = null;
  #shape = '';
  readonly #events: StreamEvent[] = [];
  #count = 0;
  readonly #started = performance.now();
  #ticker: ReturnType<typeof setInterval> | undefined;

  constructor(
    private readonly onChange: () => void,
    /** Event shapes by the stream's media type. */
    private readonly shapes: Readonly<Record<string, string>>,
  ) {}

  readonly listener: StreamListener = {
    onStart: (format, mediaType) => {
      this.#format = format;
      this.#shape = this.shapes[mediaType] ?? '';
      this.#ticker = setInterval(this.onChange, TICK_MS);
      this.onChange();
    },
    onEvent: (event) => {
      this.#count += 1;
      this.#events.push(event);
      if (this.#events.length > SHOWN_EVENTS) this.#events.shift();
      this.onChange();
    },
  };

  /** The stream so far; null until the answer's headers say it is one. */
  get state(): StreamState | null {
    return (
      this.#format && {
        format: this.#format,
        events: [...this.#events],
        count: this.#count,
        elapsed: performance.now() - this.#started,
        end: null,
        shape: this.#shape,
      }
    );
  }

  /** The stream as it ended, from the time it was sent until its last byte. */
  ended(end: StreamEnd, duration: number): StreamState | null {
    this.close();
    return this.#format && { format: this.#format, events: [...this.#events], count: this.#count, elapsed: duration, end, shape: this.#shape };
  }

  close(): void {
    clearInterval(this.#ticker);
    this.#ticker = undefined;
  }
}

/** A stream kept from earlier in the session: the events of the text that was kept. */
export function keptStream(text: string, format: StreamFormat, duration: number): StreamState {
  const events = parseEvents(text, format);
  return { format, events: events.slice(-SHOWN_EVENTS), count: events.length, elapsed: duration, end: 'kept', shape: '' };
}
