import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { ApimController } from '../../src/apim/apim-controller.js';
import { AuthState } from '../../src/auth/types.js';
import '../../src/components/subscriptions/portico-subscriptions.js';
import '../../src/components/user-profile/portico-user-profile.js';
import type { PorticoSubscriptions } from '../../src/components/subscriptions/portico-subscriptions.js';
import type { PorticoUserProfile } from '../../src/components/user-profile/portico-user-profile.js';
import { fakeAccount, fakeDataApi, registerFakeApim } from '../../src/testing/index.js';
import { fakeProvider, part, parts, settle, textOf, track, uniqueId, widgetTestBed } from '../helpers/auth-widgets.js';

/** Whether the page has requested a module whose URL contains `name`. */
const fetched = (name: string) => performance.getEntriesByType('resource').some((entry) => entry.name.includes(name));

/**
 * What only a signed-in developer sees is fetched once someone signs in: a signed-out page never
 * asks for it, and a signed-in widget shows its loading look until it arrives. The tests run in
 * this order, in a page of their own, so the first sees the code not fetched yet.
 */
describe('the signed-in views of the profile and the subscriptions, fetched at sign-in', () => {
  widgetTestBed();

  async function page(state: AuthState) {
    const { id: auth, controller } = fakeProvider(state === AuthState.SignedIn ? { account: fakeAccount({ name: 'Ada Lovelace' }) } : { state });
    const apimId = uniqueId('apim');
    track(registerFakeApim(apimId, new ApimController({ developerUrl: 'https://contoso.developer.azure-api.net', auth: controller, fetch: fakeDataApi() })));
    const parent = await fixture<HTMLDivElement>(html`<div></div>`);
    const profile = document.createElement('portico-user-profile') as PorticoUserProfile;
    profile.setAttribute('auth', auth);
    profile.innerHTML = '<a slot="signed-out" href="#in">Please sign in</a>';
    const subscriptions = document.createElement('portico-subscriptions') as PorticoSubscriptions;
    subscriptions.setAttribute('apim', apimId);
    parent.append(profile, subscriptions);
    return { profile, subscriptions, controller };
  }

  it('a signed-out page shows its notes without fetching them', async () => {
    const { profile, subscriptions } = await page(AuthState.SignedOut);
    await waitUntil(
      () => textOf(subscriptions.shadowRoot!.querySelector('.note')) === 'Sign in to see your API subscriptions and keys.',
      'the signed-out note',
    );
    await settle(profile);
    expect(profile.querySelector('a')!.checkVisibility()).to.equal(true);
    expect(fetched('/profile-body.'), 'the profile’s card').to.equal(false);
    expect(fetched('/subscriptions-body.'), 'the subscriptions list').to.equal(false);
    await expect(subscriptions).to.be.accessible();
  });

  it('a signed-in page shows the loading look, then the card and the subscriptions once their code arrives', async () => {
    const { profile, subscriptions } = await page(AuthState.SignedIn);
    // The first render runs in microtasks, before any fetch can answer.
    await profile.updateComplete;
    expect(part(profile, 'card'), 'no card before its code has arrived').to.equal(null);
    expect(part(profile, 'signed-out')!.hidden, 'nor the signed-out slot').to.equal(true);
    expect(textOf(part(subscriptions, 'status'))).to.equal('Loading your subscriptions…');

    await waitUntil(() => part(profile, 'card') !== null, 'the card', { timeout: 10_000 });
    expect(textOf(part(profile, 'name'))).to.equal('Ada Lovelace');
    expect(getComputedStyle(part(profile, 'card')!).display, 'the card’s styles arrived with it').to.equal('grid');
    await waitUntil(() => textOf(subscriptions.shadowRoot!.querySelector('h2')) === 'My subscriptions', 'the subscriptions', { timeout: 10_000 });
    expect(getComputedStyle(subscriptions.shadowRoot!.querySelector('.mine')!).display, 'the list’s styles arrived with it').to.equal('grid');
    expect(parts(subscriptions, 'product').length).to.be.greaterThan(0);
    await expect(profile).to.be.accessible();
    await expect(subscriptions).to.be.accessible();
  });
});
