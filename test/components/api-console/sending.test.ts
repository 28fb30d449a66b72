import { expect, oneEvent } from '@open-wc/testing';
import {
  answerJson,
  consoleFixture,
  consoleTestBed,
  fakeNetwork,
  hang,
  json,
  openOperation,
  parameterField,
  part,
  send,
  settle,
  specLoaded,
  statusOf,
  textOf,
  type,
  waitFor,
} from '../../helpers/api-console.js';
import { OPENAPI_31, PETSTORE_30 } from '../../helpers/openapi-fixtures.js';

const SPEC_URL = 'https://docs.example/petstore.json';
const API = 'https://api.example';

describe('<portico-api-console> sending', () => {
  const bed = consoleTestBed();

  async function petstore(attributes: Record<string, string> = {}) {
    const el = await consoleFixture({ 'spec-url': SPEC_URL, 'base-url': `${API}/v1`, ...attributes });
    await specLoaded(el);
    return el;
  }

  describe('building the request', () => {
    it('appends the path to base-url, encodes path parameters, and adds query and header parameters', async () => {
      bed.network = fakeNetwork({ [SPEC_URL]: answerJson(PETSTORE_30), [API]: answerJson({ ok: true }) });
      const el = await petstore();
      await openOperation(el, 'GET /pets/{petId}');
      await type(el, parameterField(el, 'path', 'petId'), 'a b/c');
      await send(el);
      expect(bed.network.requests.at(-1)!.url).to.equal(`${API}/v1/pets/a%20b%2Fc`);
      await openOperation(el, 'GET /pets');
      const kind = parameterField<HTMLSelectElement>(el, 'query', 'kind');
      kind.value = 'cat';
      kind.dispatchEvent(new Event('change'));
      await type(el, parameterField(el, 'header', 'X-Trace-Id'), 'trace-1');
      await send(el);
      const request = bed.network.requests.at(-1)!;
      expect(request.url).to.equal(`${API}/v1/pets?limit=20&kind=cat`);
      expect(request.headers.get('X-Trace-Id')).to.equal('trace-1');
    });

    it('sends a JSON body with its Content-Type, and extra headers', async () => {
      bed.network = fakeNetwork({ [SPEC_URL]: answerJson(PETSTORE_30), [API]: answerJson({ id: 1 }, { status: 201 }) });
      const el = await petstore();
      await openOperation(el, 'POST /pets');
      el.shadowRoot!.querySelector<HTMLButtonElement>('.name-values .add')!.click();
      await settle(el);
      const [name, value] = el.shadowRoot!.querySelectorAll<HTMLInputElement>('.name-value input');
      await type(el, name!, 'X-Request-Source');
      await type(el, value!, 'tests');
      await send(el);
      const request = bed.network.requests.at(-1)!;
      expect(request.method).to.equal('POST');
      expect(request.headers.get('content-type')).to.equal('application/json');
      expect(request.headers.get('x-request-source')).to.equal('tests');
      expect(JSON.parse(String(request.body))).to.deep.equal({ name: 'Rex', kind: 'dog' });
    });

    it('sends form fields and files as multipart', async () => {
      bed.network = fakeNetwork({ 'https://docs.example/uploads.json': answerJson(OPENAPI_31), 'https://docs.example/api/v2': answerJson({}) });
      const el = await consoleFixture({ 'spec-url': 'https://docs.example/uploads.json' });
      await specLoaded(el);
      await openOperation(el, 'POST /files');
      const file = new File(['hello'], 'hello.txt', { type: 'text/plain' });
      const picker = el.shadowRoot!.querySelector<HTMLInputElement>('input[type="file"]')!;
      const transfer = new DataTransfer();
      transfer.items.add(file);
      picker.files = transfer.files;
      picker.dispatchEvent(new Event('change'));
      await settle(el);
      await send(el);
      const request = bed.network.requests.at(-1)!;
      expect(request.url).to.equal('https://docs.example/api/v2/files');
      const body = request.body as FormData;
      expect(body).to.be.instanceOf(FormData);
      expect((body.get('file') as File).name).to.equal('hello.txt');
      expect(body.get('label')).to.equal('');
      expect(request.headers.has('content-type')).to.equal(false);
    });

    it('gives a hand-typed body the Content-Type of the way it is typed, unless one was chosen', async () => {
      bed.network = fakeNetwork({ [API]: answerJson({}) });
      const el = await consoleFixture({ 'base-url': API, method: 'POST', path: '/notes' });
      const mode = () => el.shadowRoot!.querySelector<HTMLSelectElement>('.body-options select')!;
      const choose = async (value: string) => {
        mode().value = value;
        mode().dispatchEvent(new Event('change'));
        await settle(el);
      };
      await choose('json');
      await type(el, part<HTMLTextAreaElement>(el, 'body')!, '{"a": 1}');
      await send(el);
      expect(bed.network.requests.at(-1)!.headers.get('content-type')).to.equal('application/json');
      await choose('text');
      await send(el);
      expect(bed.network.requests.at(-1)!.headers.get('content-type')).to.equal('text/plain');
      const contentType = el.shadowRoot!.querySelector<HTMLInputElement>('.body-options input')!;
      await type(el, contentType, 'text/csv');
      await choose('json');
      await send(el);
      expect(bed.network.requests.at(-1)!.headers.get('content-type')).to.equal('text/csv');
      expect(bed.network.requests.at(-1)!.body).to.equal('{"a": 1}');
    });

    it('sends a typed absolute URL as it is', async () => {
      bed.network = fakeNetwork({ 'https://elsewhere.example': answerJson({}) });
      const el = await consoleFixture({ 'base-url': API });
      await type(el, part<HTMLInputElement>(el, 'url')!, 'https://elsewhere.example/ping?x=1');
      await send(el);
      expect(bed.network.requests.at(-1)!.url).to.equal('https://elsewhere.example/ping?x=1');
    });
  });

  describe('events', () => {
    it('fires portico-before-send, whose listeners may change the request', async () => {
      bed.network = fakeNetwork({ [API]: answerJson({}) });
      const el = await consoleFixture({ 'base-url': API, path: '/things' });
      el.addEventListener('portico-before-send', (event) => {
        event.detail.request.headers['X-Added'] = 'by the page';
        event.detail.request.url += '?page=1';
      });
      await send(el);
      const request = bed.network.requests.at(-1)!;
      expect(request.url).to.equal(`${API}/things?page=1`);
      expect(request.headers.get('x-added')).to.equal('by the page');
    });

    it('sends nothing when a portico-before-send listener cancels, and says so', async () => {
      bed.network = fakeNetwork({ [API]: answerJson({}) });
      const el = await consoleFixture({ 'base-url': API, path: '/things' });
      el.addEventListener('portico-before-send', (event) => event.preventDefault());
      await send(el);
      expect(bed.network.requests).to.deep.equal([]);
      expect(statusOf(el)).to.equal('Not sent.');
      expect(textOf(part(el, 'explanation'))).to.contain('stopped the request');
    });

    it('fires portico-response with the status, headers, body and duration', async () => {
      bed.network = fakeNetwork({ [API]: answerJson({ hello: 'world' }, { headers: { 'x-request-id': 'r1' } }) });
      const el = await consoleFixture({ 'base-url': API, path: '/things' });
      const answered = oneEvent(el, 'portico-response');
      part<HTMLButtonElement>(el, 'send')!.click();
      const { detail } = await answered;
      expect(detail.failure).to.equal(null);
      expect(detail.response!.status).to.equal(200);
      expect(detail.response!.headers['x-request-id']).to.equal('r1');
      expect(JSON.parse(await detail.response!.body.text())).to.deep.equal({ hello: 'world' });
      expect(detail.request.url).to.equal(`${API}/things`);
      expect(detail.duration).to.be.a('number');
    });
  });

  describe('timeouts and cancelling', () => {
    it('gives up after the timeout and says so', async () => {
      bed.network = fakeNetwork({ [API]: hang });
      const el = await consoleFixture({ 'base-url': API, path: '/slow', timeout: '200' });
      const answered = oneEvent(el, 'portico-response');
      part<HTMLButtonElement>(el, 'send')!.click();
      expect((await answered).detail.failure).to.equal('timeout');
      await settle(el);
      expect(part(el, 'explanation')!.dataset['kind']).to.equal('timeout');
      expect(textOf(part(el, 'explanation'))).to.contain('did not answer within 200 ms');
    });

    it('cancels a request on the cancel button, which is enabled only while one runs', async () => {
      bed.network = fakeNetwork({ [API]: hang });
      const el = await consoleFixture({ 'base-url': API, path: '/slow' });
      const cancel = part<HTMLButtonElement>(el, 'cancel')!;
      expect(cancel.disabled).to.equal(true);
      part<HTMLButtonElement>(el, 'send')!.click();
      await waitFor(el, () => bed.network.requests.length === 1 && !cancel.disabled, 'the request to start');
      expect(part(el, 'send')!.getAttribute('aria-busy')).to.equal('true');
      expect(statusOf(el)).to.equal('Sending…');
      cancel.click();
      await waitFor(el, () => !part<HTMLButtonElement>(el, 'send')!.disabled, 'the cancel');
      expect(bed.network.requests[0]!.signal!.aborted).to.equal(true);
      expect(textOf(part(el, 'explanation'))).to.equal('You cancelled the request.');
      expect(cancel.disabled).to.equal(true);
    });
  });

  it('cancels while the token is still on its way, sending nothing', async () => {
    bed.network = fakeNetwork({ 'https://portal.example/broker': hang, [API]: answerJson({}) });
    const el = await consoleFixture({ 'base-url': API, path: '/orders', 'token-broker-url': 'https://portal.example/broker' });
    part<HTMLButtonElement>(el, 'send')!.click();
    await waitFor(el, () => bed.network.requests.length === 1, 'the token request');
    part<HTMLButtonElement>(el, 'cancel')!.click();
    await waitFor(el, () => part(el, 'explanation') !== null, 'the cancel');
    expect(textOf(part(el, 'explanation'))).to.equal('You cancelled the request.');
    expect(bed.network.requests.map((request) => request.url)).to.deep.equal(['https://portal.example/broker']);
  });

  it('is defined once even when its module is imported twice', async () => {
    await import('../../../src/components/api-console/portico-api-console.js');
    expect(customElements.get('portico-api-console')).to.be.a('function');
    expect(json).to.be.a('function');
  });
});
