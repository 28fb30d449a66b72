import { expect } from '@open-wc/testing';
import { securityPanels } from '../../../src/components/api-console/internal/console-security.js';
import { fakeAccount } from '../../../src/testing/index.js';
import { fakeProvider } from '../../helpers/auth-widgets.js';
import { answerJson, consoleFixture, consoleTestBed, fakeNetwork, json, part, parts, settle, specLoaded, textOf, waitFor } from '../../helpers/api-console.js';
import { securedApi } from '../../helpers/openapi-fixtures.js';

const API = 'https://api.example';
const SPEC = 'https://docs.example/secured.json';

/** The security panel's code is fetched the first time an open operation declares security; the panel appears once it arrives. */
describe('<portico-api-console> security panel, fetched when first needed', () => {
  const bed = consoleTestBed();

  it('is not fetched for the picker alone, and appears for a secured operation once its code arrives', async () => {
    const { id } = fakeProvider({ account: fakeAccount() });
    bed.network = fakeNetwork({ [SPEC]: answerJson(securedApi()), [API]: () => json({ ok: true }) });
    const el = await consoleFixture({ 'spec-url': SPEC, 'base-url': API, auth: id });
    await specLoaded(el);
    expect(securityPanels.loaded, 'no operation open: the panel’s code is not fetched').to.equal(undefined);

    parts<HTMLButtonElement>(el, 'operation')
      .find((button) => button.dataset['key'] === 'GET /orders')!
      .click();
    await settle(el);
    await waitFor(el, () => part(el, 'security') !== null, 'the security panel');
    expect(textOf(part(el, 'security')!.querySelector('.security-sends'))).to.equal('This request will send: bearer token (api://orders/Orders.Read).');
    await expect(el).to.be.accessible();
  });
});
