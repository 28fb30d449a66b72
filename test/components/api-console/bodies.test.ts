import { expect } from '@open-wc/testing';
import { answerJson, consoleFixture, consoleTestBed, fakeNetwork, openOperation, part, send, settle, specLoaded, type } from '../../helpers/api-console.js';
import type { PorticoApiConsole } from '../../../src/components/api-console/portico-api-console.js';

const SPEC_URL = 'https://docs.example/bodies.json';
const API = 'https://api.example';

/** One operation taking every kind of body, as the sandbox's echoBody does; one taking a plain form. */
const BODIES = {
  openapi: '3.1.0',
  info: { title: 'Bodies', version: '1' },
  servers: [{ url: API }],
  paths: {
    '/echo': {
      post: {
        operationId: 'echo',
        requestBody: {
          content: {
            'application/json': { example: { a: 1 } },
            'text/plain': { schema: { type: 'string' } },
            'multipart/form-data': {
              schema: {
                type: 'object',
                properties: {
                  note: { type: 'string', default: 'hi' },
                  cover: { type: 'string', format: 'binary' },
                  files: { type: 'array', items: { type: 'string', format: 'binary' } },
                },
              },
            },
            'application/octet-stream': { schema: { type: 'string', format: 'binary' } },
          },
        },
        responses: { 200: { description: 'ok' } },
      },
    },
    '/login': {
      post: {
        operationId: 'login',
        requestBody: {
          content: {
            'application/x-www-form-urlencoded': {
              schema: { type: 'object', required: ['user'], properties: { user: { type: 'string', examples: ['ada'] }, remember: { type: 'boolean' } } },
            },
          },
        },
        responses: { 200: { description: 'ok' } },
      },
    },
  },
};

function choose(el: PorticoApiConsole, files: File[], field: string): Promise<void> {
  const picker = el.shadowRoot!.querySelector<HTMLInputElement>(`input[type="file"][data-field="${field}"]`)!;
  const transfer = new DataTransfer();
  for (const file of files) transfer.items.add(file);
  picker.files = transfer.files;
  picker.dispatchEvent(new Event('change'));
  return settle(el);
}

async function bodyMode(el: PorticoApiConsole, mode: string): Promise<void> {
  const select = el.shadowRoot!.querySelector<HTMLSelectElement>('.body-options select')!;
  select.value = mode;
  select.dispatchEvent(new Event('change'));
  await settle(el);
}

const contentTypeField = (el: PorticoApiConsole) => el.shadowRoot!.querySelector<HTMLInputElement>('.body-options input')!;

describe('<portico-api-console> request bodies', () => {
  const bed = consoleTestBed();

  async function bodies(operation: string) {
    bed.network = fakeNetwork({ [SPEC_URL]: answerJson(BODIES), [API]: answerJson({}) });
    const el = await consoleFixture({ 'spec-url': SPEC_URL });
    await specLoaded(el);
    await openOperation(el, operation);
    return el;
  }

  it('starts with the JSON example, and switches to the operation’s own media type for each way of typing', async () => {
    const el = await bodies('POST /echo');
    expect(JSON.parse(part<HTMLTextAreaElement>(el, 'body')!.value)).to.deep.equal({ a: 1 });
    expect(contentTypeField(el).value).to.equal('application/json');
    await bodyMode(el, 'text');
    expect(contentTypeField(el).value).to.equal('text/plain');
    await bodyMode(el, 'form');
    expect(contentTypeField(el).value, 'a form with files is multipart').to.equal('multipart/form-data');
    await bodyMode(el, 'file');
    expect(contentTypeField(el).value).to.equal('application/octet-stream');
  });

  it('sends a multipart form built from the schema, with a file and an array of files, leaving the boundary to the browser', async () => {
    const el = await bodies('POST /echo');
    await bodyMode(el, 'form');
    const names = [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('.name-value input:first-child')].map((input) => input.value);
    expect(names).to.deep.equal(['note', 'cover', 'files']);
    const arrayPicker = el.shadowRoot!.querySelector<HTMLInputElement>('input[type="file"][data-field="files"]')!;
    expect(arrayPicker.multiple, 'an array of files takes several').to.equal(true);
    expect(el.shadowRoot!.querySelector<HTMLInputElement>('input[type="file"][data-field="cover"]')!.multiple).to.equal(false);
    await choose(el, [new File(['png'], 'cover.png', { type: 'image/png' })], 'cover');
    await choose(el, [new File(['one'], 'a.txt', { type: 'text/plain' }), new File(['two!'], 'b.csv', { type: 'text/csv' })], 'files');
    await expect(el).to.be.accessible();
    await send(el);
    const request = bed.network.requests.at(-1)!;
    expect(request.headers.has('content-type'), 'the browser writes the multipart boundary').to.equal(false);
    const body = request.body as FormData;
    expect(body.get('note')).to.equal('hi');
    expect((body.get('cover') as File).name).to.equal('cover.png');
    expect((body.getAll('files') as File[]).map((file) => [file.name, file.type, file.size])).to.deep.equal([
      ['a.txt', 'text/plain', 3],
      ['b.csv', 'text/csv', 4],
    ]);
  });

  it('sends a file as the whole body, with the file’s Content-Type field value', async () => {
    const el = await bodies('POST /echo');
    await bodyMode(el, 'file');
    await choose(el, [new File([new Uint8Array([0, 1, 2])], 'raw.bin')], '');
    await expect(el).to.be.accessible();
    await send(el);
    const request = bed.network.requests.at(-1)!;
    expect(request.headers.get('content-type')).to.equal('application/octet-stream');
    expect(request.body).to.be.instanceOf(File);
    expect((request.body as File).name).to.equal('raw.bin');
  });

  it('sends text as typed, with text/plain', async () => {
    const el = await bodies('POST /echo');
    await bodyMode(el, 'text');
    await type(el, part<HTMLTextAreaElement>(el, 'body')!, 'plain words');
    await send(el);
    const request = bed.network.requests.at(-1)!;
    expect(request.headers.get('content-type')).to.equal('text/plain');
    expect(request.body).to.equal('plain words');
  });

  it('sends an application/x-www-form-urlencoded form built from the schema', async () => {
    const el = await bodies('POST /login');
    expect(contentTypeField(el).value).to.equal('application/x-www-form-urlencoded');
    await send(el);
    const request = bed.network.requests.at(-1)!;
    expect(request.headers.get('content-type')).to.equal('application/x-www-form-urlencoded');
    expect(String(request.body)).to.equal('user=ada&remember=');
  });
});
