import { expect, fixtureCleanup, oneEvent } from '@open-wc/testing';
import { fakeAccount } from '../../../src/testing/index.js';
import { fakeProvider } from '../../helpers/auth-widgets.js';
import {
  answerJson,
  consoleFixture,
  consoleTestBed,
  fakeNetwork,
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
} from '../../helpers/api-console.js';
import { fakeJwt } from '../../../src/testing/fake-jwt.js';
import { accessClaims } from '../../helpers/jwt.js';
import { PETSTORE_30 } from '../../helpers/openapi-fixtures.js';

const API = 'https://api.example';
const SPEC_URL = 'https://docs.example/petstore.json';
const SCOPE = 'api://portico-sample/Orders.Read';
const KEY = 'secret-subscription-key';

/** Everything the page stored for the session, as one string. */
function stored(): string {
  return Object.keys(sessionStorage)
    .map((key) => `${key}=${sessionStorage.getItem(key)}`)
    .join('\n');
}

describe('<portico-api-console> session, history and snippets', () => {
  const bed = consoleTestBed();

  /** A console whose API echoes the Authorization header it received in the body. */
  async function echoing(attributes: Record<string, string> = {}) {
    const token = fakeJwt(accessClaims());
    const { id } = fakeProvider({ account: fakeAccount(), accessToken: token });
    bed.network = fakeNetwork({
      [SPEC_URL]: answerJson(PETSTORE_30),
      [API]: (request) => json({ authorization: request.headers.get('authorization'), key: request.headers.get('ocp-apim-subscription-key') }),
    });
    const el = await consoleFixture({ 'spec-url': SPEC_URL, 'base-url': API, auth: id, scopes: SCOPE, 'subscription-key': KEY, ...attributes });
    await specLoaded(el);
    return { el, token };
  }

  describe('kept for the session', () => {
    it('restores the open operation, its inputs and its last answer after a reload', async () => {
      const first = await echoing();
      await openOperation(first.el, 'GET /pets/{petId}');
      await type(first.el, parameterField(first.el, 'path', 'petId'), 'pet-42');
      await send(first.el);
      fixtureCleanup();
      const { el } = await echoing();
      await settle(el);
      expect(part(el, 'operation')).to.not.equal(null);
      expect(parameterField(el, 'path', 'petId').value).to.equal('pet-42');
      expect(statusOf(el)).to.match(/^200 OK/);
      expect(textOf(el.shadowRoot!.querySelector('.response .hint'))).to.equal('From earlier in this session.');
      expect(part(el, 'response-body')!.textContent).to.contain('<access-token>');
    });

    it('keeps inputs per operation', async () => {
      const { el } = await echoing();
      await openOperation(el, 'GET /pets/{petId}');
      await type(el, parameterField(el, 'path', 'petId'), 'pet-7');
      await openOperation(el, 'GET /pets');
      await type(el, parameterField(el, 'query', 'limit'), '3');
      await openOperation(el, 'GET /pets/{petId}');
      expect(parameterField(el, 'path', 'petId').value).to.equal('pet-7');
      await openOperation(el, 'GET /pets');
      expect(parameterField(el, 'query', 'limit').value).to.equal('3');
    });

    it('never stores the token or the key: not in inputs, answers, or history', async () => {
      const { el, token } = await echoing({ 'subscription-key-query': 'subscription-key' });
      await openOperation(el, 'GET /pets');
      el.shadowRoot!.querySelector<HTMLButtonElement>('.name-values .add')!.click();
      await settle(el);
      const [name, value] = el.shadowRoot!.querySelectorAll<HTMLInputElement>('.name-value input');
      await type(el, name!, 'Authorization');
      await type(el, value!, 'Bearer typed-by-hand');
      await send(el);
      expect(bed.network.requests.at(-1)!.url).to.contain(`subscription-key=${KEY}`);
      const everything = stored();
      expect(everything).to.not.contain(token);
      expect(everything).to.not.contain(KEY);
      expect(everything).to.not.contain('typed-by-hand');
      expect(everything).to.contain('subscription-key=<subscription-key>');
    });
  });

  describe('the history', () => {
    it('lists requests newest first, with status and a redacted URL, and reopens their operation', async () => {
      const { el } = await echoing({ 'subscription-key-query': 'subscription-key' });
      await openOperation(el, 'GET /pets');
      await send(el);
      await openOperation(el, 'GET /store/inventory');
      await send(el);
      const history = part<HTMLDetailsElement>(el, 'history')!;
      expect(textOf(history.querySelector('summary'))).to.equal('History (2)');
      const entries = [...history.querySelectorAll<HTMLButtonElement>('.history-entry')];
      expect(textOf(entries[0]!.querySelector('.path'))).to.equal(`${API}/store/inventory?subscription-key=<subscription-key>`);
      expect(textOf(entries[1]!.querySelector('.result'))).to.equal('200');
      entries[1]!.click();
      await settle(el);
      expect(part<HTMLInputElement>(el, 'url')!.value).to.equal('/pets');
      history.querySelector<HTMLButtonElement>('.history > .button')!.click();
      await settle(el);
      expect(textOf(history.querySelector('summary'))).to.equal('History (0)');
    });

    it('reopens an entry with its own inputs and its own answer, not the latest of its operation', async () => {
      bed.network = fakeNetwork({
        [SPEC_URL]: answerJson(PETSTORE_30),
        [`${API}/pets/pet-missing`]: answerJson({ error: 'no such pet' }, { status: 404 }),
        [`${API}/pets/`]: (request) => json({ id: request.url.split('/').at(-1) }),
      });
      const el = await consoleFixture({ 'spec-url': SPEC_URL, 'base-url': API });
      await specLoaded(el);
      await openOperation(el, 'GET /pets/{petId}');
      await type(el, parameterField(el, 'path', 'petId'), 'pet-1');
      await send(el);
      await type(el, parameterField(el, 'path', 'petId'), 'pet-missing');
      await send(el);
      expect(statusOf(el)).to.match(/^404/);
      const entries = [...part(el, 'history')!.querySelectorAll<HTMLButtonElement>('.history-entry')];
      expect(entries.map((entry) => textOf(entry.querySelector('.result')))).to.deep.equal(['404', '200']);
      entries[1]!.click();
      await settle(el);
      expect(parameterField(el, 'path', 'petId').value).to.equal('pet-1');
      expect(statusOf(el)).to.match(/^200 OK/);
      expect(part(el, 'response-body')!.textContent).to.contain('"pet-1"');
      expect(part(el, 'explanation')).to.equal(null);
      entries[0]!.click();
      await settle(el);
      expect(parameterField(el, 'path', 'petId').value).to.equal('pet-missing');
      expect(statusOf(el)).to.match(/^404/);
      expect(part(el, 'response-body')!.textContent).to.contain('no such pet');
    });

    it('keeps the explanation of an answer restored after a reload', async () => {
      const routes = { [SPEC_URL]: answerJson(PETSTORE_30), [API]: answerJson({ error: 'nope' }, { status: 404 }) };
      bed.network = fakeNetwork(routes);
      const first = await consoleFixture({ 'spec-url': SPEC_URL, 'base-url': API });
      await specLoaded(first);
      await openOperation(first, 'GET /pets');
      await send(first);
      const explained = textOf(part(first, 'explanation'));
      expect(explained).to.not.equal('');
      fixtureCleanup();
      const el = await consoleFixture({ 'spec-url': SPEC_URL, 'base-url': API });
      await specLoaded(el);
      await settle(el);
      expect(statusOf(el)).to.match(/^404/);
      expect(textOf(part(el, 'explanation'))).to.equal(explained);
    });

    it('keeps a 401’s explanation, the token’s expiry included, after a reload', async () => {
      const { id } = fakeProvider({ account: fakeAccount(), accessToken: fakeJwt(accessClaims()) });
      bed.network = fakeNetwork({ [API]: answerJson({}, { status: 401, headers: { 'www-authenticate': 'Bearer error="invalid_token"' } }) });
      const attributes = { 'base-url': API, auth: id, scopes: SCOPE, path: '/orders' };
      const first = await consoleFixture(attributes);
      await send(first);
      const explained = textOf(part(first, 'explanation'));
      expect(explained).to.contain('401');
      fixtureCleanup();
      const el = await consoleFixture(attributes);
      await settle(el);
      expect(textOf(part(el, 'explanation'))).to.equal(explained);
    });

    it('reopens a hand-typed request with its own method and address', async () => {
      bed.network = fakeNetwork({ [API]: () => json({ ok: true }) });
      const el = await consoleFixture({ 'base-url': API, 'subscription-key': KEY, 'subscription-key-query': 'subscription-key' });
      await type(el, part<HTMLInputElement>(el, 'url')!, '/first');
      await send(el);
      await type(el, part<HTMLInputElement>(el, 'url')!, `${API}/second`);
      await send(el);
      const entries = [...part(el, 'history')!.querySelectorAll<HTMLButtonElement>('.history-entry')];
      entries[1]!.click();
      await settle(el);
      expect(part<HTMLInputElement>(el, 'url')!.value).to.equal('/first');
      await send(el);
      expect(bed.network.requests.at(-1)!.url).to.equal(`${API}/first?subscription-key=${KEY}`);
    });
  });

  describe('events carry no secrets', () => {
    it('redacts the token and key in portico-response', async () => {
      const { el, token } = await echoing();
      await openOperation(el, 'GET /pets');
      const answered = oneEvent(el, 'portico-response');
      part<HTMLButtonElement>(el, 'send')!.click();
      const { detail } = await answered;
      expect(detail.request.headers['Authorization']).to.equal('Bearer <access-token>');
      expect(detail.request.headers['Ocp-Apim-Subscription-Key']).to.equal('<subscription-key>');
      expect(JSON.stringify(detail.request)).to.not.contain(token);
    });
  });

  describe('snippets', () => {
    async function snippetText(el: HTMLElement) {
      part<HTMLDetailsElement>(el, 'snippet')!.open = true;
      return part(el, 'snippet')!.querySelector('pre')!.textContent!;
    }

    it('copies as curl with the token and key as placeholders', async () => {
      const { el } = await echoing();
      await openOperation(el, 'POST /pets');
      expect(await snippetText(el)).to.equal(
        [
          `curl -X POST '${API}/pets'`,
          `-H 'Content-Type: application/json'`,
          `-H 'Authorization: Bearer <access-token>'`,
          `-H 'Ocp-Apim-Subscription-Key: <subscription-key>'`,
          `--data-raw '{\n  "name": "Rex",\n  "kind": "dog"\n}'`,
        ].join(' \\\n  '),
      );
    });

    it('copies as fetch', async () => {
      const { el } = await echoing();
      await openOperation(el, 'GET /pets');
      const radio = [...part(el, 'snippet')!.querySelectorAll<HTMLInputElement>('input[type="radio"]')][1]!;
      radio.click();
      await settle(el);
      expect(await snippetText(el)).to.equal(
        [
          `const response = await fetch('${API}/pets?limit=20', {`,
          `  headers: {`,
          `    'Authorization': 'Bearer <access-token>',`,
          `    'Ocp-Apim-Subscription-Key': '<subscription-key>',`,
          `  },`,
          `});`,
        ].join('\n'),
      );
    });

    it('includes the real token and key only when the user ticks the box, and copies', async () => {
      const { el, token } = await echoing();
      await openOperation(el, 'GET /pets');
      await send(el);
      expect(await snippetText(el)).to.not.contain(token);
      const include = part(el, 'snippet')!.querySelector<HTMLInputElement>('input[type="checkbox"]')!;
      include.click();
      await settle(el);
      const code = await snippetText(el);
      expect(code).to.contain(`Bearer ${token}`);
      expect(code).to.contain(KEY);
      const written: string[] = [];
      const clipboard = Object.getOwnPropertyDescriptor(Navigator.prototype, 'clipboard');
      Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: async (text: string) => void written.push(text) } });
      try {
        [...part(el, 'snippet')!.querySelectorAll<HTMLButtonElement>('button')].at(-1)!.click();
        await settle(el);
        await settle(el);
      } finally {
        delete (navigator as { clipboard?: unknown }).clipboard;
        if (clipboard) Object.defineProperty(Navigator.prototype, 'clipboard', clipboard);
      }
      expect(written).to.deep.equal([code]);
      expect(textOf(part(el, 'snippet')!.querySelector('[role="status"]'))).to.equal('Copied.');
    });
  });
});
