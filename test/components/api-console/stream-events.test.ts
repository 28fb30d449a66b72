import { expect } from '@open-wc/testing';
import { StreamFormat, decodeText, streamEvents, streamFormatOf, type StreamEvent } from '../../../src/components/api-console/internal/stream-events.js';

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
      { index: 1, type: 'order-status', id: '1', data: '{"a":1}', afterChunks: 2 },
      { index: 2, type: 'message', id: '1', data: 'plain', afterChunks: 4 },
    ]);
  });

  it('reads server-sent events as the HTML standard does', async () => {
    const events = await eventsOf(['data:no space\r', '\ndata:  two spaces\r\rdata\ndata: a\ndata: b\n\nevent: empty\n\ndata: cut off'], StreamFormat.EventStream);
    expect(events.map(({ type, data }) => [type, data])).to.deep.equal([
      ['message', 'no space\n two spaces'],
      ['message', '\na\nb'],
    ]);
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
