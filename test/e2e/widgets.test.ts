import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/index.js';
import type { PorticoSignIn } from '../../src/components/sign-in/portico-sign-in.js';
import type { PorticoUserProfile } from '../../src/components/user-profile/portico-user-profile.js';
import { part, textOf, visibleParts } from '../helpers/auth-widgets.js';
import { portalReport, portalUrl } from './helpers.js';
import { sandboxInfo } from './sandbox.js';

const text = textOf;
const visibleButtons = (signIn: PorticoSignIn) => visibleParts<HTMLButtonElement>(signIn, 'button');

/** A portal page: providers for both tenants (signing in as the given users), and every auth widget. */
async function portal(users: { contoso?: string; fabrikam?: string } = {}) {
  const info = await sandboxInfo();
  const redirectUri = `${info.testOrigin}/test/e2e/pages/redirect.html`;
  const root = await fixture<HTMLElement>(html`<div>
    ${(['contoso', 'fabrikam'] as const).map(
      (tenant) => html`<portico-auth
        id=${tenant}
        client-id=${info.spa.clientId}
        authority=${`${info.origin}/${tenant}`}
        label=${tenant === 'contoso' ? 'Contoso' : 'Fabrikam'}
        redirect-uri=${redirectUri}
        post-logout-redirect-uri=${redirectUri}
        login-hint=${users[tenant] ?? ''}
        prompt="login"
      ></portico-auth>`,
    )}
    <portico-sign-in></portico-sign-in>
    <portico-user-profile auth="contoso"><p slot="signed-out">Nobody from Contoso</p></portico-user-profile>
    <portico-user-profile auth="fabrikam"></portico-user-profile>
    <portico-auth-gate auth="contoso" roles="admins"><p id="admin-area">Admin console</p></portico-auth-gate>
  </div>`);
  const signIn = root.querySelector('portico-sign-in')!;
  const [contosoProfile, fabrikamProfile] = [...root.querySelectorAll<PorticoUserProfile>('portico-user-profile')];
  const adminArea = root.querySelector<HTMLElement>('#admin-area')!;
  const button = (label: string) => visibleButtons(signIn).find((candidate) => text(candidate) === label);
  await waitUntil(() => button('Sign in with Contoso') && !button('Sign in with Contoso')!.disabled, 'the sign-in button never became usable');
  return { root, signIn, contosoProfile: contosoProfile!, fabrikamProfile: fabrikamProfile!, adminArea, button };
}

describe('auth widgets end to end (real MSAL, sandbox provider)', () => {
  afterEach(() => sessionStorage.clear());

  for (const user of ['ada@contoso.test', 'grace@contoso.test', 'alan@contoso.test']) {
    it(`signs ${user} in from the button and shows their name and roles`, async () => {
      const info = await sandboxInfo();
      const expected = info.users.find((candidate) => candidate.username === user)!;
      const page = await portal({ contoso: user });
      page.button('Sign in with Contoso')!.click();
      await waitUntil(() => text(part(page.contosoProfile, 'name')) === expected.name, `the profile never showed ${expected.name}`, { timeout: 15_000 });
      expect(text(part(page.contosoProfile, 'email'))).to.equal(user);
      expect([...part(page.contosoProfile, 'roles')!.querySelectorAll('[part~="role"]')].map(text)).to.deep.equal(expected.roles);
      expect(page.button(`Sign out ${expected.name}`)).to.exist;
    });
  }

  it('opens the admins-only section for the admin alone', async () => {
    const reader = await portal({ contoso: 'alan@contoso.test' });
    reader.button('Sign in with Contoso')!.click();
    await waitUntil(() => text(part(reader.contosoProfile, 'name')) === 'Alan Turing', 'Alan never signed in', { timeout: 15_000 });
    expect(reader.adminArea.checkVisibility()).to.equal(false);
    expect(text(reader.root.querySelector('portico-auth-gate')!.shadowRoot!.querySelector('[part~="forbidden"]'))).to.contain('admins');
    reader.root.remove();
    sessionStorage.clear();

    const admin = await portal({ contoso: 'ada@contoso.test' });
    expect(admin.adminArea.checkVisibility()).to.equal(false);
    admin.button('Sign in with Contoso')!.click();
    await waitUntil(() => admin.adminArea.checkVisibility(), 'the admin never saw the admin area', { timeout: 15_000 });
  });

  it('resets every widget on sign-out', async () => {
    const page = await portal({ contoso: 'ada@contoso.test' });
    page.button('Sign in with Contoso')!.click();
    await waitUntil(() => page.adminArea.checkVisibility(), 'Ada never signed in', { timeout: 15_000 });
    page.button('Sign out Ada Lovelace')!.click();
    await waitUntil(() => page.button('Sign in with Contoso') !== undefined, 'the sign-in button never came back', { timeout: 15_000 });
    expect(page.adminArea.checkVisibility()).to.equal(false);
    expect(part(page.contosoProfile, 'name')?.checkVisibility() ?? false).to.equal(false);
    expect(page.root.querySelector<HTMLElement>('[slot="signed-out"]')!.checkVisibility()).to.equal(true);
  });

  it('gives each tenant its own labelled button, signing in to that tenant', async () => {
    const info = await sandboxInfo();
    const katherine = info.users.find((user) => user.tenant === 'fabrikam' && user.roles.includes('admins'))!;
    const page = await portal({ contoso: 'grace@contoso.test', fabrikam: katherine.username });
    expect(visibleButtons(page.signIn).map(text)).to.deep.equal(['Sign in with Contoso', 'Sign in with Fabrikam']);
    page.button('Sign in with Fabrikam')!.click();
    await waitUntil(() => text(part(page.fabrikamProfile, 'name')) === katherine.name, 'Fabrikam sign-in never finished', { timeout: 15_000 });
    expect(text(part(page.fabrikamProfile, 'tenant'))).to.equal('Tenant: Fabrikam');
    expect(part(page.contosoProfile, 'name')?.checkVisibility() ?? false).to.equal(false);
    page.button('Sign in with Contoso')!.click();
    await waitUntil(() => text(part(page.contosoProfile, 'name')) === 'Grace Hopper', 'Contoso sign-in never finished', { timeout: 15_000 });
    expect(text(part(page.contosoProfile, 'tenant'))).to.equal('Tenant: Contoso');
    expect(page.adminArea.checkVisibility()).to.equal(false);
  });

  it('shows the photo from Microsoft Graph (the sandbox stands in for it)', async () => {
    const info = await sandboxInfo();
    const page = await portal({ contoso: 'ada@contoso.test' });
    page.contosoProfile.setAttribute('photo', 'graph');
    page.contosoProfile.setAttribute('graph-base-url', `${info.origin}/graph/v1.0`);
    page.button('Sign in with Contoso')!.click();
    await waitUntil(() => part(page.contosoProfile, 'avatar')?.querySelector('img'), 'the photo never appeared', { timeout: 15_000 });
    const photo = part(page.contosoProfile, 'avatar')!.querySelector('img')!;
    await waitUntil(() => photo.complete && photo.naturalWidth > 0, 'the photo never loaded');
    expect(photo.src).to.match(/^blob:/);
  });

  it('shows the sign-in in a second tab of the portal', async () => {
    const page = await portal({ contoso: 'grace@contoso.test' });
    const url = await portalUrl({});
    let other: Window | null = null;
    // The other tab starts signed out, then follows the sign-in made here.
    await portalReport(
      () => (other = window.open(url, 'second-tab')),
      (r) => r.state === 'signed-out',
    );
    const followed = portalReport(
      () => page.button('Sign in with Contoso')!.click(),
      (r) => r.state === 'signed-in',
    );
    const report = await followed;
    (other as Window | null)?.close();
    expect(report.name).to.equal('Grace Hopper');
  });
});
