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
import { sandboxProvider } from './helpers.js';
import { sandboxInfo } from './sandbox.js';

const SCOPE = 'api://portico-sample/Orders.Read';
const KEY = 'demo-subscription-key';
/** The token broker's own API, whose token the console presents to the broker. */
const BROKER_SCOPE = 'api://portico-broker/access_as_user';
/** What the sandbox's getHtml operation puts in its description and its answer (sandbox/api/operations.js). */
const HOSTILE_MARKUP = '<img src=x onerror="window.__porticoPwned = true"><script>window.__porticoPwned = true</script>';

/** A console for the sandbox's API, as the demo portal has it. */
async function sandboxConsole(attributes: Record<string, string> = {}): Promise<PorticoApiConsole> {
  const { origin } = await sandboxInfo();
  const el = await consoleFixture({ 'spec-url': `${origin}/api/openapi.json`, 'base-url': `${origin}/api`, ...attributes });
  await specLoaded(el, 10_000);
  expect(part(el, 'operations'), 'the sandbox’s description loads').to.not.equal(null);
  return el;
}

/** Signs `user` in to the sandbox's Contoso tenant, as `<portico-auth id="contoso">`. */
async function signedIn(user = 'ada@contoso.test'): Promise<void> {
  const { controller } = await sandboxProvider({ user });
  await controller.signIn();
}

function causes(el: HTMLElement): string[] {
  return [...part(el, 'explanation')!.querySelectorAll('[data-cause]')].map((cause) => cause.getAttribute('data-cause')!);
}

describe('<portico-api-console> against the sandbox', () => {
  afterEach(() => sessionStorage.clear());

  it('sends the signed-in user’s token and gets a 200', async () => {
    await signedIn();
    const el = await sandboxConsole({ auth: 'contoso', scopes: SCOPE });
    await openOperation(el, 'GET /orders');
    await send(el, 10_000);
    expect(statusOf(el)).to.match(/^200 OK: the request succeeded/);
    expect(part(el, 'response-body')!.textContent).to.contain('"ord-1001"');
    expect(part(el, 'response-body')!.querySelector('.json-key')).to.not.equal(null);
    expect(textOf(part(el, 'token')!.querySelector('summary'))).to.equal('The token sent (signed-in user)');
    await expect(el).to.be.accessible();
  });

  it('explains a 401 for a missing subscription key', async () => {
    const el = await sandboxConsole();
    await openOperation(el, 'GET /products');
    await send(el, 10_000);
    expect(statusOf(el)).to.match(/^401 Unauthorized/);
    expect(causes(el)).to.deep.equal(['key-missing']);
    expect(textOf(part(el, 'explanation'))).to.contain(
      'an API key in the Ocp-Apim-Subscription-Key header, or an API key in the subscription-key query parameter',
    );
    expect(part(el, 'response-body')!.textContent).to.contain('Access denied due to missing subscription key');
    el.setAttribute('subscription-key', KEY);
    await settle(el);
    await send(el, 10_000);
    expect(statusOf(el)).to.match(/^200 OK/);
    await expect(el).to.be.accessible();
  });

  it('explains a 401 without a token beside the API’s challenge, and a 403 for a missing role', async () => {
    await signedIn('alan@contoso.test');
    const el = await sandboxConsole({ auth: 'contoso', scopes: SCOPE });
    const [anonymous] = el.shadowRoot!.querySelectorAll<HTMLInputElement>('input[name="auth-mode"]');
    anonymous!.click();
    await openOperation(el, 'GET /orders');
    await send(el, 10_000);
    expect(causes(el)).to.deep.equal(['anonymous']);
    const scopes = [...part(el, 'explanation')!.querySelectorAll('.comparison tbody tr')][1]!;
    expect(textOf(scopes.lastElementChild)).to.equal(SCOPE);
    el.shadowRoot!.querySelectorAll<HTMLInputElement>('input[name="auth-mode"]')[1]!.click();
    await openOperation(el, 'GET /admin/stats');
    await send(el, 10_000);
    expect(statusOf(el)).to.match(/^403 Forbidden/);
    expect(causes(el)).to.deep.equal(['missing-roles']);
    expect(textOf(part(el, 'explanation')!.querySelector('.challenge'))).to.contain('does not have the app role admins');
    const roles = [...part(el, 'explanation')!.querySelectorAll('.comparison tbody tr')][2]!;
    // What the API's problem body names, and the row marked.
    expect([...roles.children].map((cell) => textOf(cell))).to.deep.equal(['Roles (roles)', 'readers (does not match)', 'admins']);
    await expect(el).to.be.accessible();
  });

  it('offers to ask for a scope the operation needs and the token lacks, and places the order once it is granted', async () => {
    await signedIn('grace@contoso.test');
    const el = await sandboxConsole({ auth: 'contoso', scopes: SCOPE });
    await openOperation(el, 'POST /orders');
    const askFor = el.shadowRoot!.querySelector<HTMLButtonElement>('button[data-action="ask-for"]');
    expect(textOf(askFor)).to.equal('Ask for api://portico-sample/Orders.Write');
    expect(textOf(askFor!.previousElementSibling)).to.equal('This operation asks for api://portico-sample/Orders.Write, which the token does not hold.');
    await expect(el).to.be.accessible();
    askFor!.click();
    await waitFor(el, () => /^201/.test(statusOf(el)), 'the order to be placed', 20_000);
    expect(part(el, 'response-body')!.textContent).to.contain('"createdBy": "Grace Hopper"');
    expect(el.shadowRoot!.querySelectorAll('button[data-action="ask-for"]'), 'nothing left to ask for').to.have.length(0);
  });

  it('a reader granted Orders.Write is still refused an order, for want of the publishers role', async () => {
    await signedIn('alan@contoso.test');
    const el = await sandboxConsole({ auth: 'contoso', scopes: `${SCOPE} api://portico-sample/Orders.Write` });
    await openOperation(el, 'POST /orders');
    expect(el.shadowRoot!.querySelectorAll('button[data-action="ask-for"]')).to.have.length(0);
    await send(el, 10_000);
    expect(statusOf(el)).to.match(/^403 Forbidden/);
    expect(causes(el)).to.deep.equal(['missing-roles']);
    const roles = [...part(el, 'explanation')!.querySelectorAll('.comparison tbody tr')][2]!;
    expect([...roles.children].map((cell) => textOf(cell))).to.deep.equal(['Roles (roles)', 'readers (does not match)', 'publishers']);
  });

  it('flags a token for another audience before sending, and still sends it', async () => {
    await signedIn();
    const el = await sandboxConsole({ auth: 'contoso', scopes: SCOPE, 'expected-audience': 'api://portico-other' });
    await openOperation(el, 'GET /orders');
    let flaggedBeforeSending: string[] = [];
    el.addEventListener('portico-before-send', () => {
      flaggedBeforeSending = parts(el, 'warning').map((warning) => warning.dataset['kind']!);
    });
    await send(el, 10_000);
    expect(flaggedBeforeSending).to.include('audience');
    expect(textOf(part(el, 'warning'))).to.equal('The token is for api://portico-sample, but the API expects api://portico-other.');
    expect(statusOf(el)).to.match(/^200 OK/);
    await expect(el).to.be.accessible();
  });

  describe('through the sandbox’s token broker (portico-widgets/broker)', () => {
    /** The console as the demo has it: the user's token for the broker's API goes to the broker. */
    async function brokerConsole(): Promise<PorticoApiConsole> {
      const { origin } = await sandboxInfo();
      const el = await sandboxConsole({ auth: 'contoso', scopes: SCOPE, 'token-broker-url': `${origin}/broker/token`, 'token-broker-scopes': BROKER_SCOPE });
      [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('input[name="auth-mode"]')].at(-1)!.click();
      await settle(el);
      return el;
    }

    it('sends an app-only token (client credentials) to a signed-in caller holding the role', async () => {
      await signedIn('ada@contoso.test');
      const el = await brokerConsole();
      await openOperation(el, 'GET /orders');
      await send(el, 10_000);
      expect(statusOf(el)).to.match(/^200 OK/);
      expect(textOf(part(el, 'token')!.querySelector('summary'))).to.equal('The token sent (app)');
      const inspector = part(el, 'token')!.querySelector('portico-token-inspector')!;
      await inspector.updateComplete;
      const roles = inspector.shadowRoot!.querySelector('tr[data-claim="roles"] td');
      expect(textOf(roles)).to.equal('Orders.Read.All');
      await openOperation(el, 'POST /orders');
      await send(el, 10_000);
      expect(statusOf(el)).to.match(/^403 Forbidden/);
      // An app-only token is judged by its application permissions (roles), not by the users' scopes.
      expect(causes(el)).to.deep.equal(['missing-roles']);
      const rows = [...part(el, 'explanation')!.querySelectorAll('.comparison tbody tr')].map((row) => [...row.children].map((cell) => textOf(cell)));
      expect(rows[1]).to.deep.equal(['Application permissions (roles)', 'Orders.Read.All (does not match)', 'Orders.ReadWrite.All']);
      expect(textOf(part(el, 'explanation')!.querySelector('.challenge'))).to.contain('lacks the application permission Orders.ReadWrite.All');
      await expect(el).to.be.accessible();
    });

    it('explains the broker’s refusal of a caller without the role', async () => {
      await signedIn('alan@contoso.test');
      const el = await brokerConsole();
      await openOperation(el, 'GET /orders');
      await send(el, 10_000);
      expect(textOf(part(el, 'explanation'))).to.contain('this account lacks the app role it requires for this API');
      expect(textOf(part(el, 'explanation'))).to.contain('publishers');
      await expect(el).to.be.accessible();
    });
  });

  describe('a URL on another origin', () => {
    async function recorded(): Promise<{ path: string; headers: Record<string, string> }[]> {
      const { recorder } = await sandboxInfo();
      return (await fetch(recorder.recordedUrl)).json();
    }

    it('gets neither the token nor the key, and the console says so', async () => {
      const { recorder } = await sandboxInfo();
      await fetch(recorder.recordedUrl, { method: 'DELETE' });
      await signedIn();
      const el = await sandboxConsole({ auth: 'contoso', scopes: SCOPE, 'subscription-key': KEY });
      await type(el, part<HTMLInputElement>(el, 'url')!, `${recorder.origin}/collect`);
      expect(textOf(part(el, 'notice'))).to.contain(`No credential (access token, subscription key, typed key or password) is sent to ${recorder.origin}`);
      await send(el, 10_000);
      expect(statusOf(el)).to.match(/^200 OK/);
      const [request] = await recorded();
      expect(request!.path).to.equal('/collect');
      expect(request!.headers).to.not.have.property('authorization');
      expect(request!.headers).to.not.have.property('ocp-apim-subscription-key');
      await expect(el).to.be.accessible();
    });

    it('gets them once its origin is in allowed-origins (the recorder would see them)', async () => {
      const { recorder } = await sandboxInfo();
      await fetch(recorder.recordedUrl, { method: 'DELETE' });
      await signedIn();
      const el = await sandboxConsole({ auth: 'contoso', scopes: SCOPE, 'subscription-key': KEY, 'allowed-origins': recorder.origin });
      await type(el, part<HTMLInputElement>(el, 'url')!, `${recorder.origin}/collect`);
      expect(part(el, 'notice')).to.equal(null);
      await send(el, 10_000);
      const [request] = await recorded();
      expect(request!.headers['authorization']).to.match(/^Bearer ey/);
      expect(request!.headers['ocp-apim-subscription-key']).to.equal(KEY);
    });

    it('gets neither when the API redirects there, and the console shows the redirect it did not follow', async () => {
      const { recorder } = await sandboxInfo();
      await fetch(recorder.recordedUrl, { method: 'DELETE' });
      await signedIn();
      const el = await sandboxConsole({ auth: 'contoso', scopes: SCOPE, 'subscription-key': KEY });
      await openOperation(el, 'GET /redirect');
      await send(el, 10_000);
      expect(await recorded(), 'nothing reached the other origin').to.deep.equal([]);
      expect(statusOf(el)).to.equal('Redirect not followed.');
      expect(textOf(part(el, 'explanation'))).to.contain('The API answered with a redirect, which the console did not follow.');
      expect(textOf(parts(el, 'history')[0]!.querySelector('.result'))).to.equal('redirect not followed');
      await expect(el).to.be.accessible();
    });

    it('follows a redirect when the request carries no credentials', async () => {
      const { recorder } = await sandboxInfo();
      await fetch(recorder.recordedUrl, { method: 'DELETE' });
      const el = await sandboxConsole();
      await openOperation(el, 'GET /redirect');
      await send(el, 10_000);
      expect(statusOf(el)).to.match(/^200 OK/);
      expect((await recorded()).map(({ path }) => path)).to.deep.equal(['/api/echo']);
    });
  });

  it('shows hostile HTML in the description and in the answer as text, and runs none of it', async () => {
    const el = await sandboxConsole();
    await openOperation(el, 'GET /html');
    expect(textOf(el.shadowRoot!.querySelector('.operation-description'))).to.contain(HOSTILE_MARKUP);
    await send(el, 10_000);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect((window as { __porticoPwned?: boolean }).__porticoPwned, 'a handler in the markup ran').to.equal(undefined);
    expect(el.shadowRoot!.querySelector('img, script, iframe')).to.equal(null);
    expect(statusOf(el)).to.match(/^200 OK/);
    expect(part(el, 'response-body')!.querySelector('pre')!.textContent).to.contain(HOSTILE_MARKUP);
    await expect(el).to.be.accessible();
  });

  it('shows the first 2 MB of a 20 MB answer, and offers all of it as a download', async function () {
    this.timeout(60_000);
    const el = await sandboxConsole();
    await openOperation(el, 'GET /large');
    await type(el, parameterField(el, 'query', 'mb'), '20');
    await send(el, 45_000);
    expect(statusOf(el)).to.match(/^200 OK: the request succeeded · .* · 20 MB$/);
    expect(textOf(el.shadowRoot!.querySelector('.truncated'))).to.contain('Showing the first 2 MB of 20 MB');
    expect(part(el, 'response-body')!.querySelector('pre')!.textContent!.length).to.equal(2 * 1024 * 1024);
    const download = part<HTMLAnchorElement>(el, 'download')!;
    expect((await (await fetch(download.href)).blob()).size).to.equal(20 * 1024 * 1024);
    await expect(el).to.be.accessible();
  });

  it('cancels a slow request', async () => {
    const el = await sandboxConsole();
    await openOperation(el, 'GET /slow');
    await type(el, parameterField(el, 'query', 'ms'), '20000');
    part<HTMLButtonElement>(el, 'send')!.click();
    await waitFor(el, () => statusOf(el) === 'Sending…', 'the request to start');
    await new Promise((resolve) => setTimeout(resolve, 300));
    part<HTMLButtonElement>(el, 'cancel')!.click();
    // Well before the slow operation's 20 s answer.
    await waitFor(el, () => part(el, 'explanation') !== null, 'the cancel');
    expect(textOf(part(el, 'explanation'))).to.equal('You cancelled the request.');
    expect(textOf(part(el, 'history')!.querySelector('.result'))).to.equal('cancelled');
    await expect(el).to.be.accessible();
  });

  it('explains a CORS refusal, saying what the API must send', async () => {
    const { testOrigin } = await sandboxInfo();
    const el = await sandboxConsole({ 'subscription-key': KEY });
    await openOperation(el, 'GET /no-cors');
    await send(el, 10_000);
    expect(statusOf(el)).to.equal('No answer.');
    expect(part(el, 'explanation')!.dataset['kind']).to.equal('cors');
    const headers = part(el, 'explanation')!.querySelector('pre')!.textContent!;
    expect(headers).to.contain(`Access-Control-Allow-Origin: ${testOrigin}`);
    expect(headers).to.contain('Access-Control-Allow-Headers: Ocp-Apim-Subscription-Key');
    await expect(el).to.be.accessible();
  });

  it('puts a 500 on the API’s side', async () => {
    const el = await sandboxConsole();
    await openOperation(el, 'GET /fail');
    await send(el, 10_000);
    expect(statusOf(el)).to.match(/^500 Internal Server Error/);
    expect(part(el, 'explanation')!.dataset['kind']).to.equal('server');
  });
});
