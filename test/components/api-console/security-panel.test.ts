import { expect, fixtureCleanup, oneEvent } from '@open-wc/testing';
import type { PorticoApiConsole } from '../../../src/components/api-console/portico-api-console.js';
import { fakeAccount } from '../../../src/testing/index.js';
import { fakeProvider } from '../../helpers/auth-widgets.js';
import {
  answerJson,
  consoleFixture,
  consoleTestBed,
  fakeNetwork,
  json,
  openOperation,
  part,
  send,
  settle,
  specLoaded,
  textOf,
  type,
} from '../../helpers/api-console.js';
import { securedApi } from '../../helpers/openapi-fixtures.js';

const API = 'https://api.example';
const OTHER = 'https://other.example';
const SPEC = 'https://docs.example/secured.json';
const READ = 'api://orders/Orders.Read';
const PARTNER_KEY = 'typed-partner-key-1';
const BASIC_PAIR = 'ada:pässwörd';
/** Base64 of the pair's UTF-8 bytes, as RFC 7617 asks. */
const BASIC_ENCODED = 'YWRhOnDDpHNzd8O2cmQ=';

describe('<portico-api-console> security from the description', () => {
  const bed = consoleTestBed();
  const lastRequest = () => bed.network.requests.at(-1)!;

  /** A console for the secured description, its API answering every request with 200. */
  async function securedConsole(attributes: Record<string, string> = {}): Promise<PorticoApiConsole> {
    bed.network = fakeNetwork({ [SPEC]: answerJson(securedApi()), [API]: () => json({ ok: true }), [OTHER]: () => json({ ok: true }) });
    const el = await consoleFixture({ 'spec-url': SPEC, 'base-url': API, ...attributes });
    await specLoaded(el);
    return el;
  }

  const signedIn = () => fakeProvider({ account: fakeAccount() });
  const panel = (el: PorticoApiConsole) => part(el, 'security');
  const sends = (el: PorticoApiConsole) => textOf(panel(el)!.querySelector('.security-sends'));
  const missing = (el: PorticoApiConsole) => textOf(panel(el)!.querySelector('.security-missing'));
  const field = (el: PorticoApiConsole, id: string) => el.shadowRoot!.getElementById(`credential-${id}`) as HTMLInputElement | null;
  const labelOf = (el: PorticoApiConsole, id: string) => textOf(el.shadowRoot!.querySelector(`label[for="credential-${id}"]`));

  describe('what a request will send, and what is missing, before it is sent', () => {
    it('satisfied: the signed-in user’s token, asked for exactly the scopes the operation lists', async () => {
      const { id, controller } = signedIn();
      const el = await securedConsole({ auth: id });
      await openOperation(el, 'GET /orders');
      expect(sends(el)).to.equal(`This request will send: bearer token (${READ}).`);
      expect(panel(el)!.dataset['met']).to.equal('true');
      expect(panel(el)!.querySelector('.security-missing')).to.equal(null);
      await send(el);
      expect(controller.tokenRequests.map(({ scopes }) => scopes)).to.deep.equal([[READ]]);
      expect(lastRequest().headers.get('authorization')).to.equal('Bearer fake-access-token');
      await expect(el).to.be.accessible();
    });

    it('the scopes attribute wins over the operation’s, in what is asked for and in what the panel says', async () => {
      const { id, controller } = signedIn();
      const el = await securedConsole({ auth: id, scopes: 'api://orders/.default' });
      await openOperation(el, 'GET /orders');
      expect(sends(el)).to.equal('This request will send: bearer token (api://orders/.default).');
      await send(el);
      expect(controller.tokenRequests.map(({ scopes }) => scopes)).to.deep.equal([['api://orders/.default']]);
    });

    it('missing: a token while nobody is signed in; the request still goes, without one', async () => {
      const { id } = fakeProvider();
      const el = await securedConsole({ auth: id });
      await openOperation(el, 'GET /bearer');
      expect(sends(el)).to.equal('This request will send no credentials.');
      expect(missing(el)).to.equal('Missing: bearer token.');
      expect(panel(el)!.dataset['met']).to.equal('false');
      await expect(el).to.be.accessible();
    });

    it('alternatives: the token when signed in (the typed key stays home), else the key the user types', async () => {
      const { id } = signedIn();
      const withToken = await securedConsole({ auth: id });
      await openOperation(withToken, 'GET /either');
      await type(withToken, field(withToken, 'partner')!, PARTNER_KEY);
      expect(sends(withToken)).to.equal(`This request will send: bearer token (${READ}).`);
      await send(withToken);
      expect(lastRequest().headers.get('authorization')).to.equal('Bearer fake-access-token');
      expect(lastRequest().headers.has('x-partner-key')).to.equal(false);
      fixtureCleanup();

      const anonymous = await securedConsole();
      await openOperation(anonymous, 'GET /either');
      expect(missing(anonymous)).to.equal(`Missing: bearer token (${READ}).`);
      await type(anonymous, field(anonymous, 'partner')!, PARTNER_KEY);
      expect(sends(anonymous)).to.equal('This request will send: API key (X-Partner-Key header).');
      expect(anonymous.shadowRoot!.querySelector('.security-missing')).to.equal(null);
      await send(anonymous);
      expect(lastRequest().headers.get('x-partner-key')).to.equal(PARTNER_KEY);
      expect(lastRequest().headers.has('authorization')).to.equal(false);
      await expect(anonymous).to.be.accessible();
    });

    it('a combination: the subscription key and a token, both sent', async () => {
      const { id } = signedIn();
      const el = await securedConsole({ auth: id, 'subscription-key': 'key-1' });
      await openOperation(el, 'GET /report');
      expect(sends(el)).to.equal(`This request will send: bearer token (${READ}) + subscription key (Ocp-Apim-Subscription-Key header).`);
      await send(el);
      expect(lastRequest().headers.get('authorization')).to.equal('Bearer fake-access-token');
      expect(lastRequest().headers.get('ocp-apim-subscription-key')).to.equal('key-1');
      await expect(el).to.be.accessible();
    });

    it('a combination half met: the token is missing, the key still goes (the gateway checks it first)', async () => {
      const { id } = fakeProvider();
      const el = await securedConsole({ auth: id, 'subscription-key': 'key-1' });
      await openOperation(el, 'GET /report');
      expect(sends(el)).to.equal('This request will send: subscription key (Ocp-Apim-Subscription-Key header).');
      expect(missing(el)).to.equal(`Missing: bearer token (${READ}).`);
      await send(el);
      expect(lastRequest().headers.get('ocp-apim-subscription-key')).to.equal('key-1');
      expect(lastRequest().headers.has('authorization')).to.equal(false);
    });

    it('anonymous allowed: nothing missing without a token; with one, the token goes', async () => {
      const anonymous = await securedConsole();
      await openOperation(anonymous, 'GET /public');
      expect(sends(anonymous)).to.equal('This request will send no credentials: the operation allows anonymous calls.');
      expect(panel(anonymous)!.dataset['met']).to.equal('true');
      expect(anonymous.shadowRoot!.querySelector('.security-missing')).to.equal(null);
      await expect(anonymous).to.be.accessible();
      fixtureCleanup();

      const { id } = signedIn();
      const el = await securedConsole({ auth: id });
      await openOperation(el, 'GET /public');
      expect(sends(el)).to.equal(`This request will send: bearer token (${READ}).`);
    });

    it('no panel for an operation whose description names no scheme', async () => {
      const el = await securedConsole();
      await openOperation(el, 'GET /open');
      expect(panel(el)).to.equal(null);
    });
  });

  describe('API keys and HTTP basic, typed by the user', () => {
    it('an API key in a header: missing until typed, then sent in that header', async () => {
      const el = await securedConsole();
      await openOperation(el, 'GET /partner');
      expect(labelOf(el, 'partner')).to.equal('API key for partner (X-Partner-Key header)');
      expect(field(el, 'partner')!.type).to.equal('password');
      expect(missing(el)).to.equal('Missing: API key (X-Partner-Key header).');
      await type(el, field(el, 'partner')!, PARTNER_KEY);
      expect(sends(el)).to.equal('This request will send: API key (X-Partner-Key header).');
      await send(el);
      expect(lastRequest().headers.get('x-partner-key')).to.equal(PARTNER_KEY);
      await expect(el).to.be.accessible();
    });

    it('an API key in the query: sent as that parameter', async () => {
      const el = await securedConsole();
      await openOperation(el, 'GET /query');
      await type(el, field(el, 'queryKey')!, 'k&y=1');
      expect(sends(el)).to.equal('This request will send: API key (api_key query parameter).');
      await send(el);
      expect(new URL(lastRequest().url).searchParams.get('api_key')).to.equal('k&y=1');
    });

    it('an API key in a cookie: the browser cannot send it, the console says so, the snippet has it', async () => {
      const el = await securedConsole();
      await openOperation(el, 'GET /cookie');
      await type(el, field(el, 'session')!, 'cookie-key');
      expect(textOf(panel(el)!.querySelector('[data-cookie="sid"]'))).to.equal(
        'A browser does not let a page set the sid cookie on a request, so the console cannot send it; the snippets include it.',
      );
      await send(el);
      expect(lastRequest().headers.has('cookie')).to.equal(false);
      part<HTMLDetailsElement>(el, 'snippet')!.open = true;
      expect(textOf(part(el, 'snippet')!.querySelector('pre'))).to.contain(`-H 'Cookie: sid=<api-key>'`);
      await expect(el).to.be.accessible();
    });

    it('HTTP basic: a username and a password, sent as Authorization: Basic of their UTF-8 bytes', async () => {
      const el = await securedConsole();
      await openOperation(el, 'GET /basic');
      expect(labelOf(el, 'basic-username')).to.equal('Username for basic');
      expect(labelOf(el, 'basic-password')).to.equal('Password for basic');
      expect(missing(el)).to.equal('Missing: username and password (HTTP basic).');
      const [username, password] = BASIC_PAIR.split(':') as [string, string];
      await type(el, field(el, 'basic-username')!, username);
      await type(el, field(el, 'basic-password')!, password);
      expect(sends(el)).to.equal('This request will send: username and password (HTTP basic).');
      await send(el);
      expect(lastRequest().headers.get('authorization')).to.equal(`Basic ${BASIC_ENCODED}`);
      await expect(el).to.be.accessible();
    });
  });

  describe('typed keys and passwords follow the subscription key’s rules', () => {
    it('go only to base-url’s origin and allowed-origins: held back elsewhere, and the console says so', async () => {
      const el = await securedConsole();
      await openOperation(el, 'GET /partner');
      await type(el, field(el, 'partner')!, PARTNER_KEY);
      await type(el, part<HTMLInputElement>(el, 'url')!, `${OTHER}/partner`);
      expect(textOf(part(el, 'notice'))).to.contain(`No credential (access token, subscription key, typed key or password) is sent to ${OTHER}`);
      await send(el);
      expect(lastRequest().url).to.equal(`${OTHER}/partner`);
      expect(lastRequest().headers.has('x-partner-key')).to.equal(false);
      fixtureCleanup();

      const allowed = await securedConsole({ 'allowed-origins': OTHER });
      await openOperation(allowed, 'GET /partner');
      await type(allowed, field(allowed, 'partner')!, PARTNER_KEY);
      await type(allowed, part<HTMLInputElement>(allowed, 'url')!, `${OTHER}/partner`);
      expect(part(allowed, 'notice')).to.equal(null);
      await send(allowed);
      expect(lastRequest().headers.get('x-partner-key')).to.equal(PARTNER_KEY);
    });

    it('are never stored: not in the session’s inputs, answers or history; a reload forgets them', async () => {
      const el = await securedConsole();
      await openOperation(el, 'GET /query');
      await type(el, field(el, 'queryKey')!, PARTNER_KEY);
      await send(el);
      await openOperation(el, 'GET /basic');
      const [username, password] = BASIC_PAIR.split(':') as [string, string];
      await type(el, field(el, 'basic-username')!, username);
      await type(el, field(el, 'basic-password')!, password);
      await send(el);
      const everything = Object.keys(sessionStorage)
        .map((key) => `${key}=${sessionStorage.getItem(key)}`)
        .join('\n');
      expect(everything).to.contain('api_key=<api-key>');
      for (const secret of [PARTNER_KEY, BASIC_ENCODED, password]) expect(everything).to.not.contain(secret);
      fixtureCleanup();

      const reloaded = await securedConsole();
      await openOperation(reloaded, 'GET /query');
      expect(field(reloaded, 'queryKey')!.value).to.equal('');
      expect(missing(reloaded)).to.equal('Missing: API key (api_key query parameter).');
    });

    it('are redacted in the history and in portico-response', async () => {
      const el = await securedConsole();
      await openOperation(el, 'GET /query');
      await type(el, field(el, 'queryKey')!, PARTNER_KEY);
      const answered = oneEvent(el, 'portico-response');
      await send(el);
      const { detail } = await answered;
      expect(detail.request.url).to.equal(`${API}/query?api_key=<api-key>`);
      expect(JSON.stringify(detail)).to.not.contain(PARTNER_KEY);
      part<HTMLDetailsElement>(el, 'history')!.open = true;
      await settle(el);
      expect(textOf(part(el, 'history')!.querySelector('.history-entry .path'))).to.equal(`${API}/query?api_key=<api-key>`);
    });

    it('are placeholders in snippets unless the user includes secrets', async () => {
      const el = await securedConsole();
      await openOperation(el, 'GET /basic');
      const [username, password] = BASIC_PAIR.split(':') as [string, string];
      await type(el, field(el, 'basic-username')!, username);
      await type(el, field(el, 'basic-password')!, password);
      part<HTMLDetailsElement>(el, 'snippet')!.open = true;
      const code = () => textOf(part(el, 'snippet')!.querySelector('pre'));
      expect(code()).to.contain(`-H 'Authorization: Basic <basic-credentials>'`);
      expect(code()).to.not.contain(BASIC_ENCODED);
      part(el, 'snippet')!.querySelector<HTMLInputElement>('input[type="checkbox"]')!.click();
      await settle(el);
      expect(code()).to.contain(`-H 'Authorization: Basic ${BASIC_ENCODED}'`);
    });
  });
});
