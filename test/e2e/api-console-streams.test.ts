import { expect } from '@open-wc/testing';
import type { PorticoApiConsole } from '../../src/components/api-console/portico-api-console.js';
import {
  consoleFixture,
  openOperation,
  parameterField,
  part,
  parts,
  send,
  settle,
  specLoaded,
  statusOf,
  textOf,
  type,
  waitFor,
} from '../helpers/api-console.js';
import { sandboxInfo } from './sandbox.js';

async function sandboxConsole(): Promise<PorticoApiConsole> {
  const { origin } = await sandboxInfo();
  const el = await consoleFixture({ 'spec-url': `${origin}/api/openapi.json`, 'base-url': `${origin}/api` });
  await specLoaded(el, 10_000);
  return el;
}

async function lastStream(): Promise<{ path: string; sent: number; ended: string | null }> {
  const { origin } = await sandboxInfo();
  const { value } = (await (await fetch(`${origin}/api/events/log`, { cache: 'no-store' })).json()) as {
    value: { path: string; sent: number; ended: string | null }[];
  };
  return value.at(-1)!;
}

describe('<portico-api-console> streams, uploads and webhooks against the sandbox', () => {
  afterEach(() => sessionStorage.clear());

  it('shows the first server-sent event while the stream is open, and Stop ends it on the server too', async () => {
    const el = await sandboxConsole();
    await openOperation(el, 'GET /events');
    await type(el, parameterField(el, 'query', 'count'), '50');
    await type(el, parameterField(el, 'query', 'interval'), '400');
    part<HTMLButtonElement>(el, 'send')!.click();
    await waitFor(el, () => parts(el, 'event').length >= 1, 'the first event');
    expect(textOf(part(el, 'stream-summary'))).to.match(/ · open$/);
    expect((await lastStream()).ended, 'the stream is still open on the server').to.equal(null);
    expect(textOf(part(el, 'stream')!.querySelector('.hint'))).to.equal('Each event is a OrderEvent.');
    expect(JSON.parse(parts(el, 'event')[0]!.querySelector('.event-data')!.textContent!)).to.deep.equal({ id: 1, order: 'ord-1001', status: 'placed' });
    await expect(el).to.be.accessible();
    part<HTMLButtonElement>(el, 'stop')!.click();
    await waitFor(el, () => !part<HTMLButtonElement>(el, 'send')!.disabled, 'the stop');
    expect(textOf(part(el, 'stream-summary'))).to.match(/ · stopped$/);
    const shown = parts(el, 'event').length;
    for (let tries = 0; tries < 50 && (await lastStream()).ended === null; tries += 1) await new Promise((resolve) => setTimeout(resolve, 50));
    const log = await lastStream();
    expect(log.ended, 'the sandbox saw the client go').to.equal('client-gone');
    expect(log.sent).to.be.below(50);
    expect(shown).to.be.at.most(log.sent);
    await expect(el).to.be.accessible();
  });

  it('reads NDJSON line by line to its end', async () => {
    const el = await sandboxConsole();
    await openOperation(el, 'GET /events/lines');
    await type(el, parameterField(el, 'query', 'count'), '3');
    await type(el, parameterField(el, 'query', 'interval'), '50');
    await send(el, 10_000);
    expect(statusOf(el)).to.match(/^200 OK/);
    expect(textOf(part(el, 'stream-summary'))).to.match(/^3 events · .* · finished$/);
    expect(await lastStream()).to.deep.equal({ path: '/events/lines', sent: 3, ended: 'finished' });
  });

  it('uploads a multipart form with a cover and several attachments, and the sandbox echoes what arrived', async () => {
    const el = await sandboxConsole();
    await openOperation(el, 'POST /uploads');
    const choose = async (field: string, files: File[]) => {
      const picker = el.shadowRoot!.querySelector<HTMLInputElement>(`input[type="file"][data-field="${field}"]`)!;
      const transfer = new DataTransfer();
      for (const file of files) transfer.items.add(file);
      picker.files = transfer.files;
      picker.dispatchEvent(new Event('change'));
      await settle(el);
    };
    await choose('cover', [new File(['png!'], 'cover.png', { type: 'image/png' })]);
    await choose('attachments', [new File(['abc'], 'a.txt', { type: 'text/plain' }), new File(['12345'], 'b.csv', { type: 'text/csv' })]);
    await send(el, 10_000);
    expect(statusOf(el)).to.match(/^200 OK/);
    const echoed = JSON.parse(part(el, 'response-body')!.querySelector('pre')!.textContent!) as { body: { contentType: string; parts: object[] } };
    expect(echoed.body).to.deep.equal({
      contentType: 'multipart/form-data',
      parts: [
        { name: 'title', value: 'Holiday photos' },
        { name: 'cover', filename: 'cover.png', type: 'image/png', size: 4 },
        { name: 'attachments', filename: 'a.txt', type: 'text/plain', size: 3 },
        { name: 'attachments', filename: 'b.csv', type: 'text/csv', size: 5 },
      ],
    });
  });

  it('lists the description’s webhooks read-only, with their payload schema and example', async () => {
    const el = await sandboxConsole();
    // The webhooks come last in the picker's windowed tree: scroll to them, as a user would.
    const tree = el.shadowRoot!.querySelector<HTMLElement>('[role="tree"]')!;
    tree.scrollTop = tree.scrollHeight;
    await waitFor(el, () => parts(el, 'webhook').length > 0, 'the webhooks on screen');
    expect(parts(el, 'webhook').map((entry) => entry.dataset['key'])).to.deep.equal(['webhook orderStatusChanged POST', 'webhook orderPlaced POST']);
    parts<HTMLButtonElement>(el, 'webhook')[0]!.click();
    await settle(el);
    const view = part(el, 'webhook-details')!;
    expect(JSON.parse(view.querySelector('.payload-example')!.textContent!)).to.deep.equal({ id: 4, order: 'ord-1001', status: 'packed' });
    expect(JSON.parse(view.querySelector('.payload-schema')!.textContent!).required).to.deep.equal(['id', 'order', 'status']);
    expect(part(el, 'send')).to.equal(null);
    await expect(el).to.be.accessible();
  });
});
