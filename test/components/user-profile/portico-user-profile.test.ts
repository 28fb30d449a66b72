import { expect, fixture, fixtureCleanup, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { UNKNOWN_PROVIDER_GRACE_MS } from '../../../src/internal/provider-lookup.js';
import { AuthErrorCode } from '../../../src/auth/errors.js';
import { AuthState } from '../../../src/auth/types.js';
import '../../../src/components/user-profile/portico-user-profile.js';
import type { PorticoUserProfile } from '../../../src/components/user-profile/portico-user-profile.js';
import { AVATAR_COLOURS, avatarColourIndex } from '../../../src/internal/avatar.js';
import { profileBodies } from '../../../src/components/user-profile/internal/lazy-profile-body.js';
import { claimsTables } from '../../../src/internal/lazy-claims-table.js';
import { FakeAuthController, fakeAccount, fakeError, registerFakeProvider } from '../../../src/testing/index.js';
import { captureConsoleErrors, fakeProvider, part, parts, settle, textOf, track, uniqueId, unregisterFakes } from '../../helpers/auth-widgets.js';

/** A 1×1 PNG. */
const PNG = Uint8Array.from(atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=='), (c) => c.charCodeAt(0));

const ADA = fakeAccount({ name: 'Ada Lovelace', username: 'ada@contoso.example', roles: ['readers', 'publishers'] });

async function setup(auth: string, attributes: Record<string, string> = {}, slotted = '') {
  const parent = await fixture<HTMLDivElement>(html`<div></div>`);
  const el = document.createElement('portico-user-profile');
  el.setAttribute('auth', auth);
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  el.innerHTML = slotted;
  parent.append(el);
  await settle(el);
  return { el, avatar: () => part(el, 'avatar'), name: () => part(el, 'name'), signedOut: () => part(el, 'signed-out')! };
}

/** Replaces `fetch` for the Graph photo requests of one test. */
function stubFetch(answer: (url: string, init?: RequestInit) => Promise<Response>) {
  const original = window.fetch;
  const calls: Array<{ url: string; authorization: string | null }> = [];
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    const url = String(input);
    calls.push({ url, authorization: new Headers(init?.headers).get('Authorization') });
    return answer(url, init);
  };
  return { calls, restore: () => (window.fetch = original) };
}

const image = () => Promise.resolve(new Response(new Blob([PNG], { type: 'image/png' }), { status: 200 }));
const waitFor = async (condition: () => boolean, el: PorticoUserProfile) => {
  for (let i = 0; i < 50 && !condition(); i += 1) await settle(el);
  return condition();
};

describe('<portico-user-profile>', () => {
  // The claims table's code is fetched the first time a table is shown (test/internal/lazy-claims-table.test.ts
  // checks that it appears once it arrives); here it is at hand, so every test sees the table at once.
  // Likewise the card's and the menu's code, fetched when an account first appears (the test
  // below checks the signed-in body appears once it arrives).
  before(() => Promise.all([claimsTables.load(), profileBodies.load()]));

  let consoleErrors: ReturnType<typeof captureConsoleErrors>;
  let fetchStub: ReturnType<typeof stubFetch> | undefined;
  beforeEach(() => (consoleErrors = captureConsoleErrors()));
  afterEach(() => {
    fixtureCleanup();
    unregisterFakes();
    fetchStub?.restore();
    fetchStub = undefined;
    consoleErrors.restore();
  });

  describe('rendering', () => {
    it('shows the name, username, tenant label and roles as chips in a card', async () => {
      const { id } = fakeProvider({ label: 'Contoso', account: ADA });
      const { el, name } = await setup(id);
      expect(textOf(name())).to.equal('Ada Lovelace');
      expect(textOf(part(el, 'email'))).to.equal('ada@contoso.example');
      expect(textOf(part(el, 'tenant'))).to.equal('Tenant: Contoso');
      expect(parts(el, 'role').map(textOf)).to.deep.equal(['readers', 'publishers']);
      expect(part(el, 'card')!.checkVisibility()).to.equal(true);
      expect(part(el, 'signed-out')!.checkVisibility()).to.equal(false);
    });

    it('shows the tenant id when the provider has no label', async () => {
      const id = uniqueId();
      const controller = new FakeAuthController({ account: ADA });
      track(registerFakeProvider({ id, label: '', controller }));
      const { el } = await setup(id);
      expect(textOf(part(el, 'tenant'))).to.equal(`Tenant: ${ADA.tenantId}`);
    });

    it('leaves out the roles list for an account without roles', async () => {
      const { id } = fakeProvider({ account: fakeAccount({ roles: [] }) });
      const { el } = await setup(id);
      expect(part(el, 'roles')).to.equal(null);
    });

    it('shows initials on a colour that is the same for the same user everywhere', async () => {
      const { id } = fakeProvider({ account: ADA });
      const first = await setup(id);
      const second = await setup(id);
      expect(textOf(first.avatar())).to.equal('AL');
      const colour = getComputedStyle(first.avatar()!).backgroundColor;
      expect(getComputedStyle(second.avatar()!).backgroundColor).to.equal(colour);
      expect(getComputedStyle(first.avatar()!).getPropertyValue('--_portico-avatar-colour')).to.equal(AVATAR_COLOURS[avatarColourIndex(ADA.homeAccountId)]);
      expect(first.avatar()!.hasAttribute('style')).to.equal(false);
      const other = fakeProvider({ account: fakeAccount({ name: 'Grace Hopper', homeAccountId: 'grace.tenant' }) });
      const third = await setup(other.id);
      expect(textOf(third.avatar())).to.equal('GH');
      expect(avatarColourIndex('grace.tenant')).to.not.equal(avatarColourIndex(ADA.homeAccountId));
      expect(getComputedStyle(third.avatar()!).backgroundColor).to.not.equal(colour);
    });

    it('shows only the signed-out slot when nobody is signed in, and never removes the slot', async () => {
      const { id, controller } = fakeProvider({ state: AuthState.Initializing });
      const { el, signedOut } = await setup(id, {}, '<a slot="signed-out" href="#in">Please sign in</a>');
      const slot = el.shadowRoot!.querySelector('slot[name="signed-out"]');
      expect(slot).to.not.equal(null);
      expect(el.querySelector('a')!.checkVisibility()).to.equal(false);
      controller.signOutNow();
      await settle(el);
      expect(el.querySelector('a')!.checkVisibility()).to.equal(true);
      expect(part(el, 'card')).to.equal(null);
      controller.signInAs(ADA);
      await settle(el);
      expect(el.querySelector('a')!.checkVisibility()).to.equal(false);
      expect(signedOut().hidden).to.equal(true);
      expect(el.shadowRoot!.querySelector('slot[name="signed-out"]')).to.equal(slot);
    });

    it('follows the account as it changes', async () => {
      const { id, controller } = fakeProvider({ account: ADA });
      const { el, name } = await setup(id);
      controller.signInAs(fakeAccount({ name: 'Grace Hopper' }));
      await settle(el);
      expect(textOf(name())).to.equal('Grace Hopper');
    });

    it('lists ID-token claims as text, with times as dates', async () => {
      const exp = 1_900_000_000;
      const account = fakeAccount({
        idTokenClaims: { name: 'Ada', exp, roles: ['a', 'b'], evil: '<img src=x onerror="window.__pwned = true">', nested: { k: 1 } },
      });
      const { id } = fakeProvider({ account });
      const { el } = await setup(id, { 'show-claims': '' });
      const table = part<HTMLTableElement>(el, 'claims')!;
      const row = (claim: string) => table.querySelector(`tr[data-claim="${claim}"] td`)!;
      expect(textOf(table.querySelector('caption'))).to.equal('ID token claims');
      expect(row('exp').querySelector('time')!.getAttribute('datetime')).to.equal(new Date(exp * 1000).toISOString());
      expect(textOf(row('exp'))).to.contain('2030');
      expect(textOf(row('roles'))).to.equal('a, b');
      expect(textOf(row('nested'))).to.equal('{"k":1}');
      expect(textOf(row('evil'))).to.equal('<img src=x onerror="window.__pwned = true">');
      expect(table.querySelector('img')).to.equal(null);
      expect(textOf(table.querySelector('tr[data-claim="exp"] th'))).to.contain('Expires');
    });

    it('has no claims table without show-claims', async () => {
      const { id } = fakeProvider({ account: ADA });
      const { el } = await setup(id);
      expect(part(el, 'claims')).to.equal(null);
    });

    it('shows a compact button with avatar and name, its menu closed', async () => {
      const { id } = fakeProvider({ account: ADA });
      const { el } = await setup(id, { variant: 'compact' });
      const trigger = part<HTMLButtonElement>(el, 'trigger')!;
      expect(textOf(trigger.querySelector('[part="name"]'))).to.equal('Ada Lovelace');
      expect(textOf(trigger.querySelector('[part="avatar"]'))).to.equal('AL');
      expect(trigger.getAttribute('aria-haspopup')).to.equal('menu');
      expect(trigger.getAttribute('aria-expanded')).to.equal('false');
      expect(part(el, 'menu')!.checkVisibility()).to.equal(false);
    });
  });

  describe('photo', () => {
    it('shows the Graph photo fetched with a User.Read token, from graph-base-url', async () => {
      fetchStub = stubFetch(image);
      const { id, controller } = fakeProvider({ account: ADA, accessToken: 'graph-token' });
      const { el, avatar } = await setup(id, { photo: 'graph', 'graph-base-url': 'https://graph.test/v1.0/' });
      expect(await waitFor(() => avatar()!.querySelector('img') !== null, el)).to.equal(true);
      expect(controller.tokenRequests).to.deep.equal([{ scopes: ['User.Read'] }]);
      expect(fetchStub.calls).to.deep.equal([{ url: 'https://graph.test/v1.0/me/photo/$value', authorization: 'Bearer graph-token' }]);
      const img = avatar()!.querySelector('img')!;
      expect(img.src).to.match(/^blob:/);
      expect(img.alt).to.equal('');
    });

    it('asks Microsoft Graph itself by default', async () => {
      fetchStub = stubFetch(image);
      const { id } = fakeProvider({ account: ADA });
      const { el } = await setup(id, { photo: 'graph' });
      await waitFor(() => fetchStub!.calls.length > 0, el);
      expect(fetchStub.calls[0]!.url).to.equal('https://graph.microsoft.com/v1.0/me/photo/$value');
    });

    it("revokes the photo's object URL when the user signs out", async () => {
      fetchStub = stubFetch(image);
      const { id, controller } = fakeProvider({ account: ADA });
      const { el, avatar } = await setup(id, { photo: 'graph' });
      await waitFor(() => avatar()?.querySelector('img') != null, el);
      const url = avatar()!.querySelector('img')!.src;
      const revoked: string[] = [];
      const revoke = URL.revokeObjectURL;
      URL.revokeObjectURL = (value: string) => {
        revoked.push(value);
        revoke.call(URL, value);
      };
      try {
        controller.signOutNow();
        await settle(el);
      } finally {
        URL.revokeObjectURL = revoke;
      }
      expect(revoked).to.deep.equal([url]);
    });

    const failures: Array<[string, () => Promise<Response>, string | AuthErrorCode]> = [
      ['there is no photo (404)', () => Promise.resolve(new Response('', { status: 404 })), 'token'],
      ['the network fails', () => Promise.reject(new TypeError('Failed to fetch')), 'token'],
      ['the answer is not an image', () => Promise.resolve(new Response('{}', { headers: { 'content-type': 'application/json' } })), 'token'],
      ['the image cannot be decoded', () => Promise.resolve(new Response(new Blob(['not a png'], { type: 'image/png' }))), 'token'],
      ['no User.Read token can be had', image, AuthErrorCode.InteractionRequired],
    ];
    for (const [reason, answer, token] of failures) {
      it(`falls back to initials when ${reason}`, async () => {
        fetchStub = stubFetch(answer);
        const accessToken = token === 'token' ? 'graph-token' : fakeError(token as AuthErrorCode);
        const { id } = fakeProvider({ account: ADA, accessToken });
        const { el, avatar } = await setup(id, { photo: 'graph' });
        for (let i = 0; i < 10; i += 1) await settle(el);
        await new Promise((resolve) => setTimeout(resolve, 50));
        await settle(el);
        expect(avatar()!.querySelector('img')).to.equal(null);
        expect(textOf(avatar())).to.equal('AL');
        expect(consoleErrors.messages).to.deep.equal([]);
      });
    }
  });

  describe('events', () => {
    it('signs out from the compact menu after portico-sign-in-request, then fires portico-sign-out', async () => {
      const { id, controller } = fakeProvider({ account: ADA });
      const { el, signedOut } = await setup(id, { variant: 'compact' }, '<span slot="signed-out">Goodbye</span>');
      part<HTMLButtonElement>(el, 'trigger')!.click();
      await settle(el);
      const request = oneEvent(el, 'portico-sign-in-request');
      const done = oneEvent(el, 'portico-sign-out');
      part<HTMLButtonElement>(el, 'sign-out')!.click();
      expect(controller.signOutCalls).to.equal(1);
      expect((await request).detail).to.deep.equal({ provider: id, action: 'sign-out' });
      expect((await done).detail).to.deep.equal({ provider: id });
      await settle(el);
      expect(part(el, 'trigger')).to.equal(null);
      expect(signedOut().checkVisibility()).to.equal(true);
    });

    it('does not sign out when portico-sign-in-request is cancelled', async () => {
      const { id, controller } = fakeProvider({ account: ADA });
      const { el } = await setup(id, { variant: 'compact' });
      el.addEventListener('portico-sign-in-request', (event) => event.preventDefault());
      part<HTMLButtonElement>(el, 'trigger')!.click();
      await settle(el);
      part<HTMLButtonElement>(el, 'sign-out')!.click();
      await settle(el);
      expect(controller.signOutCalls).to.equal(0);
      expect(textOf(part(el, 'name'))).to.equal('Ada Lovelace');
    });
  });

  describe('keyboard', () => {
    async function compact() {
      const { id } = fakeProvider({ account: ADA });
      const { el } = await setup(id, { variant: 'compact' });
      const trigger = part<HTMLButtonElement>(el, 'trigger')!;
      const focused = () => el.shadowRoot!.activeElement;
      return { el, trigger, focused, menu: () => part(el, 'menu')!, signOut: () => part<HTMLButtonElement>(el, 'sign-out')! };
    }

    for (const key of ['Enter', ' ', 'ArrowDown']) {
      it(`opens with ${key === ' ' ? 'Space' : key} and moves focus to the first item`, async () => {
        const { el, trigger, focused, menu, signOut } = await compact();
        trigger.focus();
        await sendKeys({ press: key === ' ' ? 'Space' : key });
        await settle(el);
        expect(menu().checkVisibility()).to.equal(true);
        expect(trigger.getAttribute('aria-expanded')).to.equal('true');
        expect(focused()).to.equal(signOut());
        expect(signOut().getAttribute('role')).to.equal('menuitem');
      });
    }

    it('closes with Escape and returns focus to the button', async () => {
      const { el, trigger, focused, menu } = await compact();
      trigger.focus();
      await sendKeys({ press: 'ArrowDown' });
      await settle(el);
      await sendKeys({ press: 'Escape' });
      await settle(el);
      expect(menu().checkVisibility()).to.equal(false);
      expect(trigger.getAttribute('aria-expanded')).to.equal('false');
      expect(focused()).to.equal(trigger);
    });

    it('signs out with Enter on the item', async () => {
      const { el, trigger } = await compact();
      const signedOut = oneEvent(el, 'portico-sign-out');
      trigger.focus();
      await sendKeys({ press: 'ArrowDown' });
      await settle(el);
      await sendKeys({ press: 'Enter' });
      await signedOut;
    });

    it('closes when focus leaves it', async () => {
      const { el, trigger, menu } = await compact();
      const after = document.createElement('button');
      after.textContent = 'after';
      el.after(after);
      trigger.focus();
      await sendKeys({ press: 'ArrowDown' });
      await settle(el);
      after.focus();
      await settle(el);
      expect(menu().checkVisibility()).to.equal(false);
    });
  });

  describe('errors', () => {
    it('reports an unknown provider after the grace period, once', async function () {
      this.timeout(UNKNOWN_PROVIDER_GRACE_MS + 5000);
      const id = uniqueId();
      const el = document.createElement('portico-user-profile');
      el.setAttribute('auth', id);
      const reported = oneEvent(el, 'portico-error');
      (await fixture<HTMLDivElement>(html`<div></div>`)).append(el);
      const { detail } = await reported;
      await settle(el);
      expect(detail.code).to.equal('unknown-provider');
      expect(part(el, 'diagnostic')!.getAttribute('role')).to.equal('alert');
      el.requestUpdate();
      await settle(el);
      expect(consoleErrors.messages).to.have.length(1);
      fakeProvider({ id, account: ADA });
      await settle(el);
      expect(part(el, 'diagnostic')).to.equal(null);
      expect(textOf(part(el, 'name'))).to.equal('Ada Lovelace');
    });

    it('says "Sign-in unavailable" for a misconfigured provider without logging', async () => {
      const id = uniqueId();
      track(registerFakeProvider({ id, error: fakeError(AuthErrorCode.MissingClientId) }));
      const { el, signedOut } = await setup(id, {}, '<span slot="signed-out">Sign in first</span>');
      expect(textOf(part(el, 'unavailable'))).to.equal('Sign-in unavailable');
      expect(signedOut().checkVisibility()).to.equal(false);
      expect(consoleErrors.messages).to.deep.equal([]);
    });

    it('explains an unknown variant', async () => {
      const { id } = fakeProvider({ account: ADA });
      const el = document.createElement('portico-user-profile');
      el.setAttribute('auth', id);
      el.setAttribute('variant', 'banner');
      const reported = oneEvent(el, 'portico-error');
      (await fixture<HTMLDivElement>(html`<div></div>`)).append(el);
      expect((await reported).detail.code).to.equal('invalid-attribute');
      await settle(el);
      expect(textOf(part(el, 'diagnostic'))).to.contain('variant');
      expect(part(el, 'name')).to.equal(null);
      el.setAttribute('variant', 'card');
      await settle(el);
      expect(textOf(part(el, 'name'))).to.equal('Ada Lovelace');
    });
  });

  describe('accessibility', () => {
    for (const theme of ['light', 'dark']) {
      it(`passes axe as a card with roles and claims, and signed out (theme="${theme}")`, async () => {
        const { id, controller } = fakeProvider({ account: ADA });
        const { el } = await setup(id, { theme, 'show-claims': '' }, '<span slot="signed-out">Not signed in</span>');
        await expect(el).to.be.accessible();
        controller.signOutNow();
        await settle(el);
        await expect(el).to.be.accessible();
      });

      it(`passes axe as a compact button, closed and open (theme="${theme}")`, async () => {
        const { id } = fakeProvider({ account: ADA });
        const { el } = await setup(id, { theme, variant: 'compact' });
        await expect(el).to.be.accessible();
        part<HTMLButtonElement>(el, 'trigger')!.click();
        await settle(el);
        expect(part(el, 'menu')!.checkVisibility()).to.equal(true);
        await expect(el).to.be.accessible();
      });
    }

    it('passes axe with a photo and when unavailable', async () => {
      fetchStub = stubFetch(image);
      const { id } = fakeProvider({ account: ADA });
      const withPhoto = await setup(id, { photo: 'graph' });
      await waitFor(() => withPhoto.avatar()?.querySelector('img') != null, withPhoto.el);
      await expect(withPhoto.el).to.be.accessible();
      const broken = uniqueId();
      track(registerFakeProvider({ id: broken, error: fakeError(AuthErrorCode.InvalidAuthority) }));
      const unavailable = await setup(broken);
      await expect(unavailable.el).to.be.accessible();
    });
  });
});
