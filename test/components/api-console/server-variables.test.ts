import { expect } from '@open-wc/testing';
import type { PorticoApiConsole } from '../../../src/components/api-console/portico-api-console.js';
import {
  consoleFixture,
  consoleTestBed,
  fakeNetwork,
  json,
  answerJson,
  openOperation,
  part,
  send,
  settle,
  specLoaded,
  textOf,
  type,
} from '../../helpers/api-console.js';
import { securedApi } from '../../helpers/openapi-fixtures.js';

const SPEC = 'https://docs.example/regional.json';
const EU = 'https://eu.api.example';
const US = 'https://us.api.example';
const REGIONAL = {
  url: 'https://{region}.api.example/{version}',
  description: 'Regional',
  variables: {
    region: { default: 'eu', description: 'Where the data lives.' },
    version: { default: 'v2', enum: ['v1', 'v2'] },
  },
};

describe('<portico-api-console> servers with variables', () => {
  const bed = consoleTestBed();
  const lastRequest = () => bed.network.requests.at(-1)!;

  async function regionalConsole(attributes: Record<string, string> = {}): Promise<PorticoApiConsole> {
    bed.network = fakeNetwork({ [SPEC]: answerJson(securedApi([REGIONAL])), [EU]: () => json({ region: 'eu' }), [US]: () => json({ region: 'us' }) });
    const el = await consoleFixture({ 'spec-url': SPEC, ...attributes });
    await specLoaded(el);
    await openOperation(el, 'GET /open');
    return el;
  }

  const variable = <T extends HTMLElement = HTMLInputElement>(el: PorticoApiConsole, name: string) =>
    el.shadowRoot!.getElementById(`server-variable-${name}`) as T;
  const resolved = (el: PorticoApiConsole) => textOf(part(el, 'server-variables')!.querySelector('.resolved-server'));

  it('gives each variable a field starting at its default, a list for an enum, and shows the URL they make', async () => {
    const el = await regionalConsole();
    const fields = part(el, 'server-variables')!;
    expect(textOf(fields.querySelector('legend'))).to.equal('Server variables');
    expect(variable(el, 'region').value).to.equal('eu');
    expect(textOf(el.shadowRoot!.getElementById('server-variable-region-description'))).to.equal('Where the data lives.');
    const version = variable<HTMLSelectElement>(el, 'version');
    expect(version.tagName).to.equal('SELECT');
    expect([...version.options].map((option) => option.value)).to.deep.equal(['v1', 'v2']);
    expect(version.value).to.equal('v2');
    expect(resolved(el)).to.equal(`${EU}/v2`);
    expect(textOf(fields.querySelector('.resolved-server')!.parentElement)).to.equal(`Requests go to ${EU}/v2`);
    await expect(el).to.be.accessible();
  });

  it('sends to the URL the values make, after the user changes them', async () => {
    const el = await regionalConsole();
    await type(el, variable(el, 'region'), 'us');
    const version = variable<HTMLSelectElement>(el, 'version');
    version.value = 'v1';
    version.dispatchEvent(new Event('change'));
    await settle(el);
    expect(resolved(el)).to.equal(`${US}/v1`);
    await send(el);
    expect(lastRequest().url).to.equal(`${US}/v1/open`);
  });

  it('applies the origin rules to the resolved URL: credentials go to an allowed origin, not to one a variable points elsewhere', async () => {
    const el = await regionalConsole({ 'allowed-origins': EU, 'subscription-key': 'key-1' });
    expect(part(el, 'notice')).to.equal(null);
    await send(el);
    expect(lastRequest().headers.get('ocp-apim-subscription-key')).to.equal('key-1');
    await type(el, variable(el, 'region'), 'us');
    expect(textOf(part(el, 'notice'))).to.contain(`is sent to ${US}`);
    await send(el);
    expect(lastRequest().url).to.equal(`${US}/v2/open`);
    expect(lastRequest().headers.has('ocp-apim-subscription-key')).to.equal(false);
  });

  it('shows no variables when base-url fixes where requests go', async () => {
    const el = await regionalConsole({ 'base-url': EU });
    expect(part(el, 'server-variables')).to.equal(null);
    await send(el);
    expect(lastRequest().url).to.equal(`${EU}/open`);
  });
});
