import { expect } from '@open-wc/testing';
import { DISPLAY_LIMIT } from '../../../src/components/api-console/internal/response-body.js';
import { answerJson, consoleFixture, consoleTestBed, fakeNetwork, part, send, settle, statusOf, textOf } from '../../helpers/api-console.js';

const API = 'https://api.example';
/** A 1×1 PNG. */
const PNG = Uint8Array.from(atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=='), (c) => c.charCodeAt(0));
const HOSTILE_PAGE = '<!doctype html><h1>Hi</h1><img src=x onerror="window.__responsePwned = true"><script>window.__responsePwned = true</script>';

describe('<portico-api-console> responses', () => {
  const bed = consoleTestBed();

  async function answer(response: () => Response) {
    bed.network = fakeNetwork({ [API]: response });
    const el = await consoleFixture({ 'base-url': API, path: '/thing' });
    await send(el);
    return el;
  }

  const body = (el: HTMLElement) => part(el, 'response-body')!;

  it('shows the status with its meaning, the time and the size', async () => {
    const el = await answer(() => new Response('{"a":1}', { status: 201, statusText: 'Created', headers: { 'content-type': 'application/json' } }));
    expect(statusOf(el)).to.match(/^201 Created: created · \d+ ms · 7 bytes$/);
    expect(part(el, 'status')!.getAttribute('role')).to.equal('status');
  });

  it('names the status when the answer carries no reason phrase (HTTP/2)', async () => {
    const el = await answer(() => new Response('', { status: 503, statusText: '' }));
    expect(statusOf(el)).to.match(/^503 Service Unavailable: the API is unavailable for now/);
  });

  it('lists the headers the API exposed', async () => {
    const el = await answer(() => new Response('x', { headers: { 'content-type': 'text/plain', 'x-request-id': 'r-1' } }));
    const rows = [...part(el, 'response-headers')!.querySelectorAll('tr')].map((row) => [textOf(row.querySelector('th')), textOf(row.querySelector('td'))]);
    expect(rows).to.deep.include(['x-request-id', 'r-1']);
    expect(textOf(part(el, 'response-headers')!.querySelector('summary'))).to.equal('Response headers (2)');
  });

  it('pretty-prints and highlights JSON with spans of text, never markup', async () => {
    const el = await answer(
      () => new Response('{"name":"<b>bold</b>","n":1.5,"ok":true,"none":null}', { headers: { 'content-type': 'application/json; charset=utf-8' } }),
    );
    const code = body(el).querySelector('code.json')!;
    expect(code.textContent).to.equal('{\n  "name": "<b>bold</b>",\n  "n": 1.5,\n  "ok": true,\n  "none": null\n}');
    expect([...code.querySelectorAll('.json-key')].map((span) => span.textContent)).to.deep.equal(['"name"', '"n"', '"ok"', '"none"']);
    expect(code.querySelector('.json-string')!.textContent).to.equal('"<b>bold</b>"');
    expect(code.querySelector('.json-number')!.textContent).to.equal('1.5');
    expect([...code.querySelectorAll('.json-literal')].map((span) => span.textContent)).to.deep.equal(['true', 'null']);
    expect(code.querySelector('b')).to.equal(null);
  });

  it('shows an HTML answer as its source, and runs none of it', async () => {
    const el = await answer(() => new Response(HOSTILE_PAGE, { headers: { 'content-type': 'text/html; charset=utf-8' } }));
    expect(body(el).querySelector('pre')!.textContent).to.equal(HOSTILE_PAGE);
    expect(body(el).querySelector('img, script, h1')).to.equal(null);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect((window as { __responsePwned?: boolean }).__responsePwned).to.equal(undefined);
  });

  it('says when a body labelled JSON does not parse, and shows it as text', async () => {
    const el = await answer(() => new Response('{oops', { headers: { 'content-type': 'application/json' } }));
    expect(textOf(body(el))).to.contain('does not parse');
    expect(body(el).querySelector('pre')!.textContent).to.equal('{oops');
  });

  it('previews an image, with a download link', async () => {
    const el = await answer(() => new Response(PNG, { headers: { 'content-type': 'image/png' } }));
    const image = part<HTMLImageElement>(el, 'image')!;
    expect(image.src).to.match(/^blob:/);
    expect(image.alt).to.equal('The image the API answered (image/png)');
    await new Promise((resolve) => (image.complete ? resolve(undefined) : image.addEventListener('load', resolve)));
    expect(image.naturalWidth).to.equal(1);
    expect(part<HTMLAnchorElement>(el, 'download')!.download).to.equal('response.png');
  });

  it('offers any other binary body as a download', async () => {
    const el = await answer(() => new Response(new Uint8Array([0, 1, 2, 3]), { headers: { 'content-type': 'application/octet-stream' } }));
    expect(textOf(body(el))).to.contain('A binary body (application/octet-stream, 4 bytes)');
    const link = part<HTMLAnchorElement>(el, 'download')!;
    expect(link.href).to.match(/^blob:/);
    expect(new Uint8Array(await (await fetch(link.href)).arrayBuffer())).to.deep.equal(new Uint8Array([0, 1, 2, 3]));
  });

  it('says when there is no body', async () => {
    const el = await answer(() => new Response(null, { status: 204 }));
    expect(textOf(body(el))).to.equal('No body.');
  });

  it('shows the first 2 MB of a larger body, with "show all" and a download of all of it', async () => {
    const size = DISPLAY_LIMIT + 1000;
    const el = await answer(() => new Response('x'.repeat(size), { headers: { 'content-type': 'text/plain' } }));
    expect(body(el).querySelector('pre')!.textContent!.length).to.equal(DISPLAY_LIMIT);
    expect(textOf(body(el).querySelector('.truncated'))).to.contain('Showing the first 2 MB of 2 MB');
    const download = part<HTMLAnchorElement>(el, 'download')!;
    expect((await (await fetch(download.href)).blob()).size).to.equal(size);
    part<HTMLButtonElement>(el, 'show-all')!.click();
    await settle(el);
    expect(body(el).querySelector('pre')!.textContent!.length).to.equal(size);
    expect(part(el, 'show-all')).to.equal(null);
    const stillThere = part<HTMLAnchorElement>(el, 'download')!;
    expect((await (await fetch(stillThere.href)).blob()).size).to.equal(size);
  });

  it('shows the bytes received while a large body arrives', async () => {
    let push: (chunk: Uint8Array) => void = () => undefined;
    let close: () => void = () => undefined;
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        push = (chunk) => controller.enqueue(chunk);
        close = () => controller.close();
      },
    });
    bed.network = fakeNetwork({ [API]: () => new Response(stream, { headers: { 'content-type': 'text/plain' } }) });
    const el = await consoleFixture({ 'base-url': API, path: '/large' });
    part<HTMLButtonElement>(el, 'send')!.click();
    await new Promise((resolve) => setTimeout(resolve, 50));
    push(new Uint8Array(300 * 1024).fill(120));
    await new Promise((resolve) => setTimeout(resolve, 300));
    await settle(el);
    expect(statusOf(el)).to.equal('Receiving… 300 kB');
    close();
    await new Promise((resolve) => setTimeout(resolve, 50));
    await settle(el);
    expect(statusOf(el)).to.match(/^200 OK/);
  });

  it('shows an answer without a type as text when it is text', async () => {
    const el = await answer(() => new Response('plain words'));
    expect(body(el).querySelector('pre')!.textContent).to.equal('plain words');
    expect(answerJson).to.be.a('function');
  });
});
