import { decodeText, streamEvents, type StreamEvent, type StreamFormat } from './stream-events.js';

/** How a stream ended: the server finished it, the user stopped it, or the connection broke. */
export const StreamEnd = { Finished: 'finished', Stopped: 'stopped', Broken: 'broken' } as const;
export type StreamEnd = (typeof StreamEnd)[keyof typeof StreamEnd];

/** What the console is told while a streamed answer arrives. */
export interface StreamListener {
  /** The answer's headers say it is a stream (of this media type): before its first byte is read. */
  readonly onStart: (format: StreamFormat, mediaType: string) => void;
  /** Each event, as soon as its last byte arrives. */
  readonly onEvent: (event: StreamEvent) => void;
}

/**
 * Reads a streamed body event by event, handing each raw chunk to `onChunk` (for the download of
 * the whole stream) and each event to `onEvent` the moment it is complete. Aborting `signal`
 * (the user's Stop) ends it quietly with what had arrived; so does a connection that breaks.
 */
export async function readEvents(
  body: ReadableStream<Uint8Array>,
  format: StreamFormat,
  onChunk: (chunk: Uint8Array) => void,
  onEvent: (event: StreamEvent) => void,
  signal: AbortSignal,
): Promise<{ readonly events: number; readonly end: StreamEnd }> {
  const recorder = new TransformStream<Uint8Array, Uint8Array>({
    transform(chunk, controller) {
      onChunk(chunk);
      controller.enqueue(chunk);
    },
  });
  let events = 0;
  try {
    for await (const event of streamEvents(decodeText(body.pipeThrough(recorder)), format)) {
      events += 1;
      onEvent(event);
    }
    return { events, end: StreamEnd.Finished };
  } catch (error) {
    if (signal.aborted) return { events, end: StreamEnd.Stopped };
    if (error instanceof TypeError) return { events, end: StreamEnd.Broken };
    throw error;
  }
}
