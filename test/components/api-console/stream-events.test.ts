import { expect } from '@open-wc/testing';
import {
  StreamFormat,
  decodeText,
  parseEvents,
  streamEvents,
  streamFormatOf,
  type StreamEvent,
} from '../../../src/components/api-console/internal/stream-events.js';

/** The events of `chunks`, each with the number of chunks that had arrived when it was yielded. */
async function eventsOf(chunks: string[], format: StreamFormat): Promise<(StreamEvent & { afterChunks: number })[]> {
  let arrived = 0;
  async function* feed(): AsyncGenerator<string> {
    for (const chunk of chunks) {
      arrived += 1;
      yield chunk;
    }
  }
  const events = [];
  for await (const event of streamEvents(feed(), format)) events.push({ ...event, afterChunks: arrived });
  return events;
}

describe('stream events', () => {
  it('knows the streaming media types', () => {
    expect(streamFormatOf('text/event-stream')).to.equal(StreamFormat.EventStream);
    expect(streamFormatOf('application/x-ndjson')).to.equal(StreamFormat.JsonLines);
    expect(streamFormatOf('application/jsonl')).to.equal(StreamFormat.JsonLines);
    expect(streamFormatOf('application/json')).to.equal(null);
  });

  it('yields each server-sent event as soon as its blank line arrives', async () => {
    const events = await eventsOf([': hello\n\nid: 1\nevent: order-status\ndata: {"a":', '1}\n\n', 'data: plain\n', '\n'], StreamFormat.EventStream);
    expect(events).to.deep.equal([
      { index: 1, type: 'order-status', id: '1', data: '{"a":1}', retry: null, afterChunks: 2 },
      { index: 2, type: 'message', id: '1', data: 'plain', retry: null, afterChunks: 4 },
    ]);
  });

  it('reads server-sent events as the HTML standard does', async () => {
    const events = await eventsOf(
      ['data:no space\r', '\ndata:  two spaces\r\rdata\ndata: a\ndata: b\n\nevent: empty\n\ndata: cut off'],
      StreamFormat.EventStream,
    );
    expect(events.map(({ type, data }) => [type, data])).to.deep.equal([
      ['message', 'no space\n two spaces'],
      ['message', '\na\nb'],
    ]);
  });

  it('keeps the last id and retry the server set, ignoring an id with NUL and a retry that is not digits', async () => {
    const events = await eventsOf(['retry: 3000\nid: a\ndata: 1\n\nid: b\0c\nretry: soon\ndata: 2\n\nid\ndata\n\n'], StreamFormat.EventStream);
    expect(events.map(({ id, retry, data }) => [id, retry, data])).to.deep.equal([
      ['a', 3000, '1'],
      ['a', 3000, '2'],
      ['', 3000, ''],
    ]);
  });

  it('parses a whole kept text the same way', () => {
    expect(parseEvents('{"id":1}\n{"id":2}', StreamFormat.JsonLines).map(({ data }) => data)).to.deep.equal(['{"id":1}', '{"id":2}']);
    expect(parseEvents('data: a\r\n\r\ndata: b', StreamFormat.EventStream).map(({ data }) => data)).to.deep.equal(['a']);
  });

  it('yields each JSON line, the last one even without a line break', async () => {
    const events = await eventsOf(['{"id":1}\n{"id"', ':2}\r\n\n  \n{"id":3}'], StreamFormat.JsonLines);
    expect(events.map(({ index, data, afterChunks }) => [index, data, afterChunks])).to.deep.equal([
      [1, '{"id":1}', 1],
      [2, '{"id":2}', 2],
      [3, '{"id":3}', 2],
    ]);
  });

  it('decodes UTF-8 split across chunks', async () => {
    const bytes = new TextEncoder().encode('data: 日本\n\n');
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(bytes.slice(0, 7));
        controller.enqueue(bytes.slice(7));
        controller.close();
      },
    });
    const events = [];
    for await (const event of streamEvents(decodeText(body), StreamFormat.EventStream)) events.push(event.data);
    expect(events).to.deep.equal(['日本']);
  });

  it('cancels the body when the reader stops early', async () => {
    let cancelled = false;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        controller.enqueue(new TextEncoder().encode('{"n":1}\n'));
      },
      cancel() {
        cancelled = true;
      },
    });
    for await (const event of streamEvents(decodeText(body), StreamFormat.JsonLines)) if (event.index === 3) break;
    expect(cancelled).to.equal(true);
  });
});
