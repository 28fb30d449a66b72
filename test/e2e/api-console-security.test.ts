import { expect } from '@open-wc/testing';
import type { PorticoApiConsole } from '../../src/components/api-console/portico-api-console.js';
import { consoleFixture, openOperation, part, send, settle, specLoaded, statusOf, textOf, type } from '../helpers/api-console.js';
import { sandboxProvider } from './helpers.js';
import { sandboxInfo } from './sandbox.js';

const SCOPE = 'api://portico-sample/Orders.Read';
/** The sandbox's demo credentials (sandbox/directory.js). */
const SUBSCRIPTION_KEY = 'demo-subscription-key';
const PARTNER_KEY = 'demo-partner-key';
const BASIC = { username: 'demo', password: 'portico-demo' };

/** A console for the sandbox's description; `base-url` unless `attributes` say otherwise. */
async function sandboxConsole(attributes: Record<string, string> = {}): Promise<PorticoApiConsole> {
  const { origin } = await sandboxInfo();
  const el = await consoleFixture({ 'spec-url': `${origin}/api/openapi.json`, 'base-url': `${origin}/api`, ...attributes });
  await specLoaded(el, 10_000);
  expect(part(el, 'operations'), 'the sandbox’s description loads').to.not.equal(null);
  return el;
}

const sends = (el: PorticoApiConsole) => textOf(part(el, 'security')!.querySelector('.security-sends'));
const missing = (el: PorticoApiConsole) => textOf(part(el, 'security')!.querySelector('.security-missing'));
const credentialField = (el: PorticoApiConsole, id: string) => el.shadowRoot!.getElementById(`credential-${id}`) as HTMLInputElement;
const body = (el: PorticoApiConsole) => JSON.parse(part(el, 'response-body')!.textContent!) as Record<string, unknown>;

describe('<portico-api-console> security and server variables against the sandbox', () => {
  afterEach(() => sessionStorage.clear());

  it('an operation needing a token and a typed partner key: says the key is missing, is refused, then gets a 200 with both', async () => {
    await (await sandboxProvider({ user: 'ada@contoso.test' })).controller.signIn();
    const el = await sandboxConsole({ auth: 'contoso' });
    await openOperation(el, 'GET /partner/orders');
    expect(sends(el)).to.equal(`This request will send: bearer token (${SCOPE}).`);
    expect(missing(el)).to.equal('Missing: API key (X-Partner-Key header).');
    await send(el, 10_000);
    expect(statusOf(el)).to.match(/^401 Unauthorized/);
    expect(part(el, 'response-body')!.textContent).to.contain('X-Partner-Key header is missing');
    await type(el, credentialField(el, 'partnerKey'), PARTNER_KEY);
    expect(sends(el)).to.equal(`This request will send: bearer token (${SCOPE}) + API key (X-Partner-Key header).`);
    await send(el, 10_000);
    expect(statusOf(el)).to.match(/^200 OK/);
    expect(body(el)['count']).to.be.greaterThan(0);
    await expect(el).to.be.accessible();
  });

  it('an operation needing the subscription key and a token: both go, and the API answers 200', async () => {
    await (await sandboxProvider({ user: 'ada@contoso.test' })).controller.signIn();
    const el = await sandboxConsole({ auth: 'contoso', 'subscription-key': SUBSCRIPTION_KEY });
    await openOperation(el, 'GET /reports/orders');
    expect(sends(el)).to.equal(`This request will send: bearer token (${SCOPE}) + subscription key (Ocp-Apim-Subscription-Key header).`);
    await send(el, 10_000);
    expect(statusOf(el)).to.match(/^200 OK/);
    expect(body(el)).to.have.property('byProduct');
  });

  it('HTTP basic: refused without a password, 200 with the right one; the password never reaches storage or the snippet', async () => {
    const el = await sandboxConsole();
    await openOperation(el, 'GET /partner/me');
    expect(missing(el)).to.equal('Missing: username and password (HTTP basic).');
    await send(el, 10_000);
    expect(statusOf(el)).to.match(/^401 Unauthorized/);
    await type(el, credentialField(el, 'basicAuth-username'), BASIC.username);
    await type(el, credentialField(el, 'basicAuth-password'), BASIC.password);
    await send(el, 10_000);
    expect(statusOf(el)).to.match(/^200 OK/);
    expect(body(el)).to.deep.equal({ username: BASIC.username });
    const encoded = btoa(`${BASIC.username}:${BASIC.password}`);
    const stored = Object.values({ ...sessionStorage }).join('\n');
    expect(stored).to.not.contain(encoded);
    expect(stored).to.not.contain(BASIC.password);
    part<HTMLDetailsElement>(el, 'snippet')!.open = true;
    expect(textOf(part(el, 'snippet')!.querySelector('pre'))).to.contain('Authorization: Basic <basic-credentials>');
    await expect(el).to.be.accessible();
  });

  it('a server with a {version} variable: the field chooses the version that answers, credentials go to the allowed origin', async () => {
    const { origin } = await sandboxInfo();
    const el = await sandboxConsole({ 'base-url': '', 'allowed-origins': origin, 'subscription-key': SUBSCRIPTION_KEY });
    await openOperation(el, 'GET /about');
    const version = el.shadowRoot!.getElementById('server-variable-version') as HTMLSelectElement;
    expect(version.value).to.equal('v2');
    expect(textOf(part(el, 'server-variables')!.querySelector('.resolved-server'))).to.equal(`${origin}/api/v2`);
    expect(part(el, 'notice')).to.equal(null);
    await send(el, 10_000);
    expect(body(el)).to.deep.equal({ version: 'v2' });
    version.value = 'v1';
    version.dispatchEvent(new Event('change'));
    await settle(el);
    expect(textOf(part(el, 'server-variables')!.querySelector('.resolved-server'))).to.equal(`${origin}/api/v1`);
    await send(el, 10_000);
    expect(statusOf(el)).to.match(/^200 OK/);
    expect(body(el)).to.deep.equal({ version: 'v1' });
    await expect(el).to.be.accessible();
  });
});
