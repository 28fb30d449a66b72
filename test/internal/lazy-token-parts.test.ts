import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/components/token-inspector/portico-token-inspector.js';
import '../../src/components/user-profile/portico-user-profile.js';
import type { PorticoTokenInspector } from '../../src/components/token-inspector/portico-token-inspector.js';
import type { PorticoUserProfile } from '../../src/components/user-profile/portico-user-profile.js';
import { fakeAccount } from '../../src/testing/index.js';
import { fakeJwt } from '../../src/testing/fake-jwt.js';
import { fakeProvider, part, textOf, widgetTestBed } from '../helpers/auth-widgets.js';

/** The claims table's and the token warnings' code is fetched the first time they are shown: the widget paints without them, then shows them. */
describe('the claims table and token warnings, fetched when first shown', () => {
  widgetTestBed();

  it('appears in <portico-token-inspector> and <portico-user-profile> once its code arrives, with plain-language names', async () => {
    const { id } = fakeProvider({ account: fakeAccount({ name: 'Ada Lovelace' }) });
    const parent = await fixture<HTMLDivElement>(html`<div></div>`);
    const inspector = document.createElement('portico-token-inspector') as PorticoTokenInspector;
    inspector.jwt = fakeJwt({ aud: 'api://portico-sample', exp: 1_900_000_000 });
    const profile = document.createElement('portico-user-profile') as PorticoUserProfile;
    profile.setAttribute('auth', id);
    profile.setAttribute('show-claims', '');
    parent.append(inspector, profile);
    // The first render runs in microtasks, before any fetch can answer: the table's code is not there yet.
    await inspector.updateComplete;
    expect(part(inspector, 'claims'), 'no table before its code has arrived').to.equal(null);
    expect(part(inspector, 'countdown'), 'the rest of the token is shown meanwhile').to.not.equal(null);

    await waitUntil(() => part(inspector, 'claims') !== null && part(profile, 'claims') !== null, 'the claims tables', { timeout: 10_000 });
    expect(textOf(part(inspector, 'claims')!.querySelector('tr[data-claim="aud"] .claim-name'))).to.equal('Audience (the app the token is for)');
    expect(textOf(part(profile, 'claims')!.querySelector('caption'))).to.equal('ID token claims');
    await expect(inspector).to.be.accessible();
  });

  it('lists how a token falls short in <portico-token-inspector> once the list’s code arrives', async () => {
    const inspector = await fixture<PorticoTokenInspector>(html`<portico-token-inspector required-scopes="Orders.Write"></portico-token-inspector>`);
    inspector.jwt = fakeJwt({ aud: 'api://portico-sample', scp: 'Orders.Read', exp: 1_900_000_000 });

    await waitUntil(() => part(inspector, 'warnings') !== null, 'the warnings', { timeout: 10_000 });
    expect(textOf(part(inspector, 'warnings'))).to.contain('Orders.Write');
    await expect(inspector).to.be.accessible();
  });
});
