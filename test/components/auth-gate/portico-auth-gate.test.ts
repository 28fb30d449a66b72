import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { a11ySnapshot, findAccessibilityNode } from '@web/test-runner-commands';
import { UNKNOWN_PROVIDER_GRACE_MS } from '../../../src/internal/provider-lookup.js';
import { AuthErrorCode } from '../../../src/auth/errors.js';
import { AuthState } from '../../../src/auth/types.js';
import '../../../src/components/auth-gate/portico-auth-gate.js';
import type { PorticoAuthGate } from '../../../src/components/auth-gate/portico-auth-gate.js';
import { fakeAccount, fakeError, registerFakeProvider } from '../../../src/testing/index.js';
import { fakeProvider, part, settle, textOf, track, uniqueId, widgetTestBed } from '../../helpers/auth-widgets.js';

const SECRET = 'Quarterly numbers for admins';
const ADMIN = fakeAccount({ name: 'Ada Lovelace', roles: ['admins'] });
const READER = fakeAccount({ name: 'Grace Hopper', roles: ['readers'] });

async function setup(auth: string, attributes: Record<string, string> = {}, extra = '') {
  const parent = await fixture<HTMLDivElement>(html`<div></div>`);
  const el = document.createElement('portico-auth-gate');
  el.setAttribute('auth', auth);
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  el.innerHTML = `<p id="secret">${SECRET}</p><a id="secret-link" href="#report">Open the report</a>${extra}`;
  parent.append(el);
  await settle(el);
  await settle(el);
  const secret = el.querySelector<HTMLElement>('#secret')!;
  const signIn = () => el.shadowRoot!.querySelector('portico-sign-in');
  const signInButton = () => signIn()?.shadowRoot?.querySelector<HTMLButtonElement>('[part~="button"]:not([hidden])') ?? null;
  return { el, secret, signIn, signInButton, forbidden: () => part(el, 'forbidden'), another: () => part<HTMLButtonElement>(el, 'sign-in-another') };
}

/** Whether the page's accessibility tree (what assistive tech reads) contains `name`. */
async function exposed(name: string): Promise<boolean> {
  const snapshot = (await a11ySnapshot({})) as unknown as Parameters<typeof findAccessibilityNode<{ name: string }>>[0];
  return findAccessibilityNode<{ name: string }>(snapshot, (node) => node.name === name) !== null;
}

describe('<portico-auth-gate>', () => {
  const bed = widgetTestBed();

  describe('rendering', () => {
    it('hides its content from anonymous visitors, from sight and from assistive tech, and offers sign-in', async () => {
      const { id } = fakeProvider({ label: 'Contoso' });
      const { el, secret, signInButton } = await setup(id);
      expect(secret.checkVisibility()).to.equal(false);
      expect(await exposed(SECRET)).to.equal(false);
      expect(await exposed('Open the report')).to.equal(false);
      expect(el.shadowRoot!.querySelector('slot:not([name])')).to.not.equal(null);
      expect(part(el, 'content')!.hidden).to.equal(true);
      expect(textOf(signInButton())).to.equal('Sign in with Contoso');
      expect(signInButton()!.checkVisibility()).to.equal(true);
    });

    it('keeps hidden content out of keyboard focus', async () => {
      const { id } = fakeProvider();
      const { el } = await setup(id);
      const link = el.querySelector<HTMLAnchorElement>('#secret-link')!;
      link.focus();
      expect(document.activeElement).to.not.equal(link);
    });

    it('shows its content to a signed-in account when no roles are required', async () => {
      const { id } = fakeProvider({ account: READER });
      const { el, secret, signIn } = await setup(id);
      expect(secret.checkVisibility()).to.equal(true);
      expect(await exposed(SECRET)).to.equal(true);
      expect(part(el, 'fallback')!.checkVisibility()).to.equal(false);
      expect(signIn()?.checkVisibility() ?? false).to.equal(false);
    });

    it('shows its content only to accounts holding one of the roles', async () => {
      const { id, controller } = fakeProvider({ account: ADMIN });
      const { el, secret, forbidden } = await setup(id, { roles: 'publishers admins' });
      expect(secret.checkVisibility()).to.equal(true);
      expect(forbidden()?.checkVisibility() ?? false).to.equal(false);
      controller.signInAs(READER);
      await settle(el);
      expect(secret.checkVisibility()).to.equal(false);
      expect(await exposed(SECRET)).to.equal(false);
      expect(textOf(forbidden())).to.contain('You need one of these roles: publishers, admins');
      expect(textOf(forbidden())).to.contain('Grace Hopper');
    });

    it('hides the content again when the user signs out', async () => {
      const { id, controller } = fakeProvider({ account: ADMIN });
      const { el, secret, signInButton } = await setup(id);
      controller.signOutNow();
      await settle(el);
      await settle(el);
      expect(secret.checkVisibility()).to.equal(false);
      expect(signInButton()!.checkVisibility()).to.equal(true);
    });

    it('shows neither content nor fallback while the provider starts up, and says so', async () => {
      const { id, controller } = fakeProvider({ state: AuthState.Initializing });
      const { el, secret } = await setup(id);
      expect(secret.checkVisibility()).to.equal(false);
      expect(part(el, 'fallback')!.checkVisibility()).to.equal(false);
      expect(textOf(part(el, 'status'))).to.equal('Checking sign-in…');
      controller.signInAs(ADMIN);
      await settle(el);
      expect(secret.checkVisibility()).to.equal(true);
      expect(textOf(part(el, 'status'))).to.equal('');
    });

    it("shows the author's fallback slot instead of the default", async () => {
      const { id } = fakeProvider();
      const { el, signIn } = await setup(id, {}, '<p slot="fallback" id="custom">Members only. Join us!</p>');
      expect(el.querySelector('#custom')!.checkVisibility()).to.equal(true);
      expect(signIn()?.checkVisibility() ?? false).to.equal(false);
    });

    it('exposes its state to CSS as custom states', async () => {
      const { id, controller } = fakeProvider({ account: READER });
      const { el } = await setup(id, { roles: 'admins' });
      expect(el.matches(':state(forbidden)')).to.equal(true);
      controller.signInAs(ADMIN);
      await settle(el);
      expect(el.matches(':state(open)')).to.equal(true);
      expect(el.matches(':state(forbidden)')).to.equal(false);
    });
  });

  describe('events', () => {
    it('signs in through its default sign-in button; the events reach the page', async () => {
      const { id, controller } = fakeProvider({ signInAccount: ADMIN });
      const { el, secret, signInButton } = await setup(id);
      const request = oneEvent(el, 'portico-sign-in-request');
      const signedIn = oneEvent(el, 'portico-sign-in');
      signInButton()!.click();
      expect(controller.signInCalls).to.deep.equal([{}]);
      expect((await request).detail).to.deep.equal({ provider: id, action: 'sign-in' });
      expect((await signedIn).detail.account.name).to.equal('Ada Lovelace');
      await settle(el);
      expect(secret.checkVisibility()).to.equal(true);
    });

    it('offers to sign in with another account, with prompt=select_account', async () => {
      const { id, controller } = fakeProvider({ account: READER, signInAccount: ADMIN });
      const { el, secret, another } = await setup(id, { roles: 'admins' });
      const request = oneEvent(el, 'portico-sign-in-request');
      const signedIn = oneEvent(el, 'portico-sign-in');
      expect(textOf(another())).to.equal('Sign in with another account');
      another()!.click();
      expect(controller.signInCalls).to.deep.equal([{ prompt: 'select_account' }]);
      expect((await request).detail).to.deep.equal({ provider: id, action: 'sign-in' });
      expect((await signedIn).detail).to.deep.equal({ provider: id, account: ADMIN });
      await settle(el);
      expect(secret.checkVisibility()).to.equal(true);
    });

    it('does not switch accounts when portico-sign-in-request is cancelled', async () => {
      const { id, controller } = fakeProvider({ account: READER });
      const { el, another } = await setup(id, { roles: 'admins' });
      el.addEventListener('portico-sign-in-request', (event) => event.preventDefault());
      another()!.click();
      await settle(el);
      expect(controller.signInCalls).to.deep.equal([]);
      expect(another()!.disabled).to.equal(false);
    });

    it('is busy while switching accounts', async () => {
      const { id } = fakeProvider({ account: READER, signInOutcome: 'hang' });
      const { el, another } = await setup(id, { roles: 'admins' });
      another()!.click();
      await settle(el);
      expect(another()!.disabled).to.equal(true);
      expect(another()!.getAttribute('aria-busy')).to.equal('true');
    });
  });

  describe('redirect', () => {
    it('sends an anonymous visitor to sign in at once, through the redirect flow, once', async () => {
      const { id, controller } = fakeProvider({ signInOutcome: 'hang' });
      const { el } = await setup(id, { redirect: '' });
      expect(controller.signInCalls).to.deep.equal([{ loginMode: 'redirect' }]);
      await setup(id, { redirect: '' });
      controller.settle(fakeError(AuthErrorCode.UserCancelled));
      await settle(el);
      controller.setState({ error: null });
      await settle(el);
      el.requestUpdate();
      await settle(el);
      expect(controller.signInCalls).to.have.length(1);
    });

    it('waits for the provider to know that nobody is signed in', async () => {
      const { id, controller } = fakeProvider({ state: AuthState.Initializing, signInOutcome: 'hang' });
      const { el } = await setup(id, { redirect: '' });
      expect(controller.signInCalls).to.deep.equal([]);
      controller.signOutNow();
      await settle(el);
      expect(controller.signInCalls).to.deep.equal([{ loginMode: 'redirect' }]);
    });

    it('leaves signed-in visitors and failed sign-ins alone', async () => {
      const signedIn = fakeProvider({ account: READER });
      await setup(signedIn.id, { redirect: '', roles: 'admins' });
      expect(signedIn.controller.signInCalls).to.deep.equal([]);
      const failed = fakeProvider({ state: AuthState.Error });
      failed.controller.fail(AuthErrorCode.RedirectUriMismatch);
      await setup(failed.id, { redirect: '' });
      expect(failed.controller.signInCalls).to.deep.equal([]);
    });

    it('can be cancelled by the page', async () => {
      const { id, controller } = fakeProvider();
      const parent = await fixture<HTMLDivElement>(html`<div></div>`);
      parent.addEventListener('portico-sign-in-request', (event) => event.preventDefault());
      const el = document.createElement('portico-auth-gate');
      el.setAttribute('auth', id);
      el.toggleAttribute('redirect', true);
      parent.append(el);
      await settle(el);
      expect(controller.signInCalls).to.deep.equal([]);
    });
  });

  describe('errors', () => {
    it('reports an unknown provider after the grace period and keeps the content hidden', async function () {
      this.timeout(UNKNOWN_PROVIDER_GRACE_MS + 5000);
      const id = uniqueId();
      const parent = await fixture<HTMLDivElement>(html`<div></div>`);
      const el = document.createElement('portico-auth-gate') as PorticoAuthGate;
      el.setAttribute('auth', id);
      el.innerHTML = `<p id="secret">${SECRET}</p>`;
      const reported = oneEvent(el, 'portico-error');
      parent.append(el);
      const { detail } = await reported;
      await settle(el);
      expect(detail.code).to.equal('unknown-provider');
      expect(part(el, 'diagnostic')!.getAttribute('role')).to.equal('alert');
      expect(el.querySelector('#secret')!.checkVisibility()).to.equal(false);
      expect(bed.consoleErrors.messages).to.have.length(1);
      fakeProvider({ id, account: ADMIN });
      await settle(el);
      expect(part(el, 'diagnostic')).to.equal(null);
      expect(el.querySelector('#secret')!.checkVisibility()).to.equal(true);
    });

    it('says "Sign-in unavailable" for a misconfigured provider and keeps the content hidden', async () => {
      const id = uniqueId();
      track(registerFakeProvider({ id, error: fakeError(AuthErrorCode.MissingClientId) }));
      const { el, secret } = await setup(id);
      expect(textOf(part(el, 'unavailable'))).to.equal('Sign-in unavailable');
      expect(secret.checkVisibility()).to.equal(false);
      expect(part(el, 'fallback')!.checkVisibility()).to.equal(false);
      expect(bed.consoleErrors.messages).to.deep.equal([]);
    });
  });

  describe('accessibility', () => {
    for (const theme of ['light', 'dark']) {
      it(`passes axe anonymous, forbidden, open and checking (theme="${theme}")`, async () => {
        const { id, controller } = fakeProvider({ state: AuthState.Initializing });
        const { el } = await setup(id, { theme, roles: 'admins' });
        await expect(el).to.be.accessible();
        controller.signOutNow();
        await settle(el);
        await settle(el);
        await expect(el).to.be.accessible();
        controller.signInAs(READER);
        await settle(el);
        await expect(el).to.be.accessible();
        controller.signInAs(ADMIN);
        await settle(el);
        await expect(el).to.be.accessible();
      });
    }
  });
});
