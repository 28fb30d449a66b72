import { expect } from '@open-wc/testing';
import {
  consoleFixture,
  consoleTestBed,
  fakeNetwork,
  json,
  part,
  parts,
  settle,
  specLoaded,
  statusOf,
  textOf,
  waitFor,
  type SeenRequest,
} from '../../helpers/api-console.js';
import type { PorticoApiConsole } from '../../../src/components/api-console/portico-api-console.js';

const API = 'https://api.example';
const SPEC = `${API}/openapi.json`;

/** A streamed answer the test feeds by hand; aborting the request breaks it, as a browser does. */
function handFedStream(contentType: string) {
  let feed!: ReadableStreamDefaultController<Uint8Array>;
  const body = new ReadableStream<Uint8Array>({ start: (controller) => void (feed = controller) });
  let request: SeenRequest | undefined;
  return {
    route: (seen: SeenRequest) => {
      request = seen;
      seen.signal?.addEventListener('abort', () => feed.error(new DOMException('The operation was aborted.', 'AbortError')));
      return new Response(body, { headers: { 'content-type': contentType } });
    },
    send: (text: string) => feed.enqueue(new TextEncoder().encode(text)),
    end: () => feed.close(),
    get request() {
      return request;
    },
  };
}

const eventData = (el: HTMLElement) => parts(el, 'event').map((event) => event.querySelector('.event-data')!.textContent);

async function streamingConsole(contentType: string, attributes: Record<string, string> = {}) {
  const stream = handFedStream(contentType);
  const bed = { stream, network: fakeNetwork({ [`${API}/events`]: stream.route, [SPEC]: () => json(SPEC_WITH_STREAM) }) };
  const el = await consoleFixture({ 'base-url': API, path: '/events', ...attributes });
  return { el, ...bed };
}

async function start(el: PorticoApiConsole): Promise<void> {
  part<HTMLButtonElement>(el, 'send')!.click();
  await waitFor(el, () => part(el, 'stream') !== null, 'the stream to open');
}

const SPEC_WITH_STREAM = {
  openapi: '3.2.0',
  info: { title: 'Streams', version: '1' },
  paths: {
    '/events': {
      get: {
        operationId: 'streamEvents',
        responses: {
          200: {
            description: 'Order events.',
            content: { 'application/x-ndjson': { itemSchema: { $ref: '#/components/schemas/OrderEvent' } } },
          },
        },
      },
    },
  },
  components: { schemas: { OrderEvent: { type: 'object', properties: { id: { type: 'integer' } } } } },
};

describe('<portico-api-console> streamed answers', () => {
  const bed = consoleTestBed();
  afterEach(() => bed.network?.restore());

  it('shows each server-sent event while the stream is still open, with a count, a clock and Stop', async () => {
    const { el, stream, network } = await streamingConsole('text/event-stream');
    bed.network = network;
    await start(el);
    expect(statusOf(el)).to.equal('Receiving events…');
    expect(textOf(part(el, 'stream-summary'))).to.match(/^0 events · \d+ ms · open$/);
    expect(textOf(part(el, 'stream')!.querySelector('.hint'))).to.equal('Waiting for the first event…');
    await expect(el).to.be.accessible();

    stream.send(': comment\n\nid: 7\nevent: order-status\ndata: {"id":1}\n\n');
    await waitFor(el, () => parts(el, 'event').length === 1, 'the first event');
    expect(eventData(el)).to.deep.equal(['{"id":1}']);
    expect(textOf(parts(el, 'event')[0]!.querySelector('.event-meta'))).to.equal('#1 order-status id 7');
    expect(textOf(part(el, 'stream-summary'))).to.match(/^1 event · .* · open$/);
    expect(part(el, 'stop')).to.not.equal(null);
    await expect(el).to.be.accessible();

    stream.send('data: two\ndata: lines\n\n');
    stream.end();
    await waitFor(el, () => !part<HTMLButtonElement>(el, 'send')!.disabled, 'the stream to end');
    expect(eventData(el)).to.deep.equal(['{"id":1}', 'two\nlines']);
    expect(statusOf(el)).to.match(/^200 OK: the request succeeded · /);
    expect(textOf(part(el, 'stream-summary'))).to.match(/^2 events · .* · finished$/);
    expect(part(el, 'stop')).to.equal(null);
    const download = part(el, 'stream')!.querySelector<HTMLAnchorElement>('[part=download]')!;
    expect(await (await fetch(download.href)).text()).to.equal(': comment\n\nid: 7\nevent: order-status\ndata: {"id":1}\n\ndata: two\ndata: lines\n\n');
    await expect(el).to.be.accessible();
  });

  it('Stop aborts the request and keeps the events that came', async () => {
    const { el, stream, network } = await streamingConsole('application/x-ndjson');
    bed.network = network;
    await start(el);
    stream.send('{"id":1}\n{"id":2}\n{"id"');
    await waitFor(el, () => parts(el, 'event').length === 2, 'two events');
    part<HTMLButtonElement>(el, 'stop')!.click();
    await waitFor(el, () => !part<HTMLButtonElement>(el, 'send')!.disabled, 'the stop');
    expect(stream.request!.signal!.aborted, 'the request was aborted').to.equal(true);
    expect(textOf(part(el, 'stream-summary'))).to.match(/^2 events · .* · stopped$/);
    expect(eventData(el)).to.deep.equal(['{"id":1}', '{"id":2}']);
    expect(textOf(part(el, 'history')!.querySelector('.result'))).to.equal('200');
    const download = part(el, 'stream')!.querySelector<HTMLAnchorElement>('[part=download]')!;
    expect(download.download).to.equal('response.jsonl');
    expect(await (await fetch(download.href)).text()).to.equal('{"id":1}\n{"id":2}\n{"id"');
    await expect(el).to.be.accessible();
  });

  it('names the events’ shape from the description’s itemSchema (OpenAPI 3.2)', async () => {
    const { el, stream, network } = await streamingConsole('application/x-ndjson', { 'spec-url': SPEC, operation: 'streamEvents' });
    bed.network = network;
    await specLoaded(el);
    await settle(el);
    await start(el);
    stream.send('{"id":1}\n');
    await waitFor(el, () => parts(el, 'event').length === 1, 'the event');
    expect(textOf(part(el, 'stream')!.querySelector('.hint'))).to.equal('Each event is a OrderEvent.');
    stream.end();
  });

  it('keeps a bounded part of the stream in the session and shows its events again after a reload', async () => {
    const { el, stream, network } = await streamingConsole('application/x-ndjson');
    bed.network = network;
    await start(el);
    const line = `{"text":"${'x'.repeat(1000)}"}\n`;
    stream.send(line.repeat(200));
    stream.end();
    await waitFor(el, () => !part<HTMLButtonElement>(el, 'send')!.disabled, 'the stream to end');
    expect(textOf(part(el, 'stream-summary'))).to.match(/^200 events · /);
    const stored = JSON.stringify(sessionStorage).length;
    expect(stored, 'what the session keeps of a 200 kB stream').to.be.below(100_000);
    el.remove();

    const again = await consoleFixture({ 'base-url': API, path: '/events' });
    expect(textOf(part(again, 'stream-summary'))).to.match(/^6\d events · .* · from earlier in this session$/);
    expect(parts(again, 'event')[0]!.querySelector('.event-data')!.textContent).to.equal(line.trim());
    await expect(again).to.be.accessible();
  });
});
