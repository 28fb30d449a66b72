import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../../../src/components/auth/portico-auth.js';
import { UNKNOWN_PROVIDER_GRACE_MS } from '../../../src/internal/provider-lookup.js';
import { AuthErrorCode } from '../../../src/auth/errors.js';
import { AuthState } from '../../../src/auth/types.js';
import '../../../src/components/sign-in/portico-sign-in.js';
import type { PorticoSignIn } from '../../../src/components/sign-in/portico-sign-in.js';
import { fakeAccount, fakeError, registerFakeProvider } from '../../../src/testing/index.js';
import { fakeProvider, part, settle, textOf, track, uniqueId, unregisterFakes, visibleParts, widgetTestBed } from '../../helpers/auth-widgets.js';

async function setup(auth: string, attributes: Record<string, string> = {}) {
  const el = document.createElement('portico-sign-in');
  el.setAttribute('auth', auth);
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  const parent = await fixture<HTMLDivElement>(html`<div></div>`);
  parent.append(el);
  await settle(el);
  const button = () => visibleParts<HTMLButtonElement>(el, 'button')[0]!;
  return { el, button, status: () => part(el, 'status')!, error: () => part(el, 'error') };
}

describe('<portico-sign-in>', () => {
  const bed = widgetTestBed();

  describe('rendering', () => {
    it('shows one "Sign in with {label}" button per provider, in the order of auth', async () => {
      const contoso = fakeProvider({ label: 'Contoso' });
      const fabrikam = fakeProvider({ label: 'Fabrikam' });
      const { el } = await setup(`${fabrikam.id} ${contoso.id}`);
      const buttons = visibleParts<HTMLButtonElement>(el, 'button');
      expect(buttons.map(textOf)).to.deep.equal(['Sign in with Fabrikam', 'Sign in with Contoso']);
      expect(buttons.every((button) => !button.disabled)).to.equal(true);
      expect(buttons.every((button) => button.getAttribute('aria-busy') === 'false')).to.equal(true);
    });

    it('covers every registered provider without auth, and follows providers coming and going', async () => {
      const first = fakeProvider({ label: 'First' });
      const el = await fixture<PorticoSignIn>(html`<portico-sign-in></portico-sign-in>`);
      await settle(el);
      expect(visibleParts(el, 'button').map(textOf)).to.deep.equal(['Sign in with First']);
      const second = fakeProvider({ label: 'Second' });
      await settle(el);
      expect(visibleParts(el, 'button').map(textOf)).to.deep.equal(['Sign in with First', 'Sign in with Second']);
      unregisterFakes();
      fakeProvider({ id: second.id, label: 'Second' });
      await settle(el);
      expect(visibleParts(el, 'button').map(textOf)).to.deep.equal(['Sign in with Second']);
      expect(first.controller.listenerCount).to.equal(0);
    });

    it('covers only the enclosing <portico-auth> when placed inside one', async () => {
      fakeProvider({ label: 'Elsewhere' });
      const id = uniqueId('nested');
      const root = await fixture<HTMLElement>(html`<portico-auth id=${id} client-id="app" label="Alpha"><portico-sign-in></portico-sign-in></portico-auth>`);
      const el = root.querySelector('portico-sign-in')!;
      await settle(el);
      expect(visibleParts(el, 'button').map(textOf)).to.deep.equal(['Sign in with Alpha']);
    });

    it('follows prefers-color-scheme unless theme is set', async () => {
      const { id } = fakeProvider();
      const { el, button } = await setup(id);
      const pinned = await setup(id, { theme: 'light' });
      try {
        await emulateMedia({ colorScheme: 'light' });
        const light = getComputedStyle(button()).backgroundColor;
        await emulateMedia({ colorScheme: 'dark' });
        expect(getComputedStyle(button()).backgroundColor).to.not.equal(light);
        expect(getComputedStyle(pinned.button()).backgroundColor).to.equal(light);
        el.setAttribute('theme', 'light');
        await settle(el);
        expect(getComputedStyle(button()).backgroundColor).to.equal(light);
      } finally {
        await emulateMedia({ colorScheme: 'light' });
      }
    });

    it("uses its own label over the provider's", async () => {
      const { id } = fakeProvider({ label: 'Contoso' });
      const { button } = await setup(id, { label: 'Contoso Employees' });
      expect(textOf(button())).to.equal('Sign in with Contoso Employees');
    });

    it('shows the button at its final size while the provider still loads MSAL', async () => {
      const { id, controller } = fakeProvider({ label: 'Contoso', state: AuthState.Initializing });
      const { el, button } = await setup(id);
      const before = button().getBoundingClientRect();
      expect(textOf(button())).to.equal('Sign in with Contoso');
      controller.signOutNow();
      await settle(el);
      const after = button().getBoundingClientRect();
      expect([after.width, after.height]).to.deep.equal([before.width, before.height]);
    });

    it('works while the provider still loads MSAL: a click starts signing in at once', async () => {
      const { id, controller } = fakeProvider({ label: 'Contoso', state: AuthState.Initializing, signInOutcome: 'hang' });
      const { el, button } = await setup(id);
      expect(button().disabled).to.equal(false);
      button().click();
      await settle(el);
      expect(controller.signInCalls.length).to.equal(1);
      expect(button().getAttribute('aria-busy')).to.equal('true');
      controller.settle();
    });

    it('waits with a disabled button for a provider that is not on the page yet', async () => {
      const id = uniqueId();
      const { el, button } = await setup(id);
      expect(textOf(button())).to.equal('Sign in');
      expect(button().disabled).to.equal(true);
      fakeProvider({ id, label: 'Late' });
      await settle(el);
      expect(textOf(button())).to.equal('Sign in with Late');
      expect(button().disabled).to.equal(false);
    });

    it('is busy while signing in: disabled, aria-busy, a spinner and an announcement', async () => {
      const { id, controller } = fakeProvider({ label: 'Contoso', signInOutcome: 'hang' });
      const { el, button, status } = await setup(id);
      button().click();
      await settle(el);
      expect(button().disabled).to.equal(true);
      expect(button().getAttribute('aria-busy')).to.equal('true');
      expect(button().querySelector('[part="spinner"]')).to.not.equal(null);
      expect(textOf(status())).to.equal('Signing in with Contoso…');
      controller.settle();
      await settle(el);
      expect(button().getAttribute('aria-busy')).to.equal('false');
      expect(button().querySelector('[part="spinner"]')).to.equal(null);
    });

    it('shows busy when another widget signs in with the same provider', async () => {
      const { id, controller } = fakeProvider({ signInOutcome: 'hang' });
      const { el, button } = await setup(id);
      void controller.signIn();
      await settle(el);
      expect(button().disabled).to.equal(true);
      expect(button().getAttribute('aria-busy')).to.equal('true');
    });

    it('becomes a sign-out button naming the account, leaving the other providers signed out', async () => {
      const contoso = fakeProvider({ label: 'Contoso' });
      const fabrikam = fakeProvider({ label: 'Fabrikam' });
      const { el, status } = await setup(`${contoso.id} ${fabrikam.id}`);
      contoso.controller.signInAs(fakeAccount({ name: 'Ada Lovelace' }));
      await settle(el);
      expect(visibleParts(el, 'button').map(textOf)).to.deep.equal(['Sign out Ada Lovelace', 'Sign in with Fabrikam']);
      expect(textOf(status())).to.equal('Signed in as Ada Lovelace');
    });

    it('shows nothing when signed in with signed-in="hide"', async () => {
      const { id, controller } = fakeProvider({ account: fakeAccount() });
      const { el } = await setup(id, { 'signed-in': 'hide' });
      expect(visibleParts(el, 'button')).to.deep.equal([]);
      expect(el.getBoundingClientRect().width).to.equal(0);
      controller.signOutNow();
      await settle(el);
      expect(visibleParts(el, 'button').map(textOf)).to.deep.equal(['Sign in with Contoso']);
    });

    it('says "Sign-in unavailable" for a misconfigured provider, without logging again', async () => {
      const id = uniqueId();
      track(registerFakeProvider({ id, label: 'Broken', error: fakeError(AuthErrorCode.MissingClientId) }));
      const { el } = await setup(id);
      expect(textOf(part(el, 'unavailable'))).to.equal('Sign-in unavailable');
      expect(visibleParts(el, 'button')).to.deep.equal([]);
      expect(bed.consoleErrors.messages).to.deep.equal([]);
    });
  });

  describe('events', () => {
    it('calls signIn synchronously in the click, after portico-sign-in-request, then fires portico-sign-in', async () => {
      const { id, controller } = fakeProvider({ signInAccount: fakeAccount({ name: 'Grace Hopper' }) });
      const { el, button } = await setup(id);
      let callsWhenRequested = -1;
      el.addEventListener('portico-sign-in-request', () => (callsWhenRequested = controller.signInCalls.length));
      const request = oneEvent(el, 'portico-sign-in-request');
      const signedIn = oneEvent(el, 'portico-sign-in');
      button().click();
      expect(controller.signInCalls).to.have.length(1);
      expect(callsWhenRequested).to.equal(0);
      const { detail: requested } = await request;
      expect(requested).to.deep.equal({ provider: id, action: 'sign-in' });
      const { detail } = await signedIn;
      expect(detail.provider).to.equal(id);
      expect(detail.account.name).to.equal('Grace Hopper');
      await settle(el);
      expect(textOf(button())).to.equal('Sign out Grace Hopper');
    });

    it('does not sign in when portico-sign-in-request is cancelled', async () => {
      const { id, controller } = fakeProvider();
      const { el, button } = await setup(id);
      el.addEventListener('portico-sign-in-request', (event) => event.preventDefault());
      let signedIn = false;
      el.addEventListener('portico-sign-in', () => (signedIn = true));
      button().click();
      await settle(el);
      expect(controller.signInCalls).to.deep.equal([]);
      expect(controller.state).to.equal(AuthState.SignedOut);
      expect(button().disabled).to.equal(false);
      expect(button().getAttribute('aria-busy')).to.equal('false');
      expect(signedIn).to.equal(false);
    });

    it('ignores a second click while busy', async () => {
      const { id, controller } = fakeProvider({ signInOutcome: 'hang' });
      const { el, button } = await setup(id);
      let requests = 0;
      el.addEventListener('portico-sign-in-request', () => (requests += 1));
      const target = button();
      target.click();
      target.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
      await settle(el);
      target.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
      expect(controller.signInCalls).to.have.length(1);
      expect(requests).to.equal(1);
    });

    it('passes login-mode and scopes to signIn', async () => {
      const { id, controller } = fakeProvider();
      const { button } = await setup(id, { 'login-mode': 'redirect', scopes: 'api://contoso/read  User.Read' });
      button().click();
      expect(controller.signInCalls).to.deep.equal([{ loginMode: 'redirect', scopes: ['api://contoso/read', 'User.Read'] }]);
    });

    it('passes no options when neither login-mode nor scopes is set', async () => {
      const { id, controller } = fakeProvider();
      const { button } = await setup(id);
      button().click();
      expect(controller.signInCalls).to.deep.equal([{}]);
    });

    it('signs out after portico-sign-in-request and fires portico-sign-out', async () => {
      const { id, controller } = fakeProvider({ account: fakeAccount() });
      const { el, button } = await setup(id);
      const request = oneEvent(el, 'portico-sign-in-request');
      const signedOut = oneEvent(el, 'portico-sign-out');
      button().click();
      expect(controller.signOutCalls).to.equal(1);
      expect((await request).detail).to.deep.equal({ provider: id, action: 'sign-out' });
      expect((await signedOut).detail).to.deep.equal({ provider: id });
      await settle(el);
      expect(textOf(button())).to.equal('Sign in with Contoso');
    });

    it('does not sign out when the request is cancelled', async () => {
      const { id, controller } = fakeProvider({ account: fakeAccount() });
      const { el, button } = await setup(id);
      el.addEventListener('portico-sign-in-request', (event) => event.preventDefault());
      button().click();
      await settle(el);
      expect(controller.signOutCalls).to.equal(0);
      expect(textOf(button())).to.equal('Sign out Ada Lovelace');
    });

    it('is busy while signing out', async () => {
      const { id, controller } = fakeProvider({ account: fakeAccount(), signOutOutcome: 'hang' });
      const { el, button, status } = await setup(id);
      button().click();
      await settle(el);
      expect(button().disabled).to.equal(true);
      expect(button().getAttribute('aria-busy')).to.equal('true');
      expect(textOf(status())).to.equal('Signing out…');
      controller.settle();
      await settle(el);
      expect(textOf(button())).to.equal('Sign in with Contoso');
    });
  });

  describe('errors', () => {
    it('explains a failed sign-in inline with its hint, and retries', async () => {
      const failure = fakeError(AuthErrorCode.PopupBlocked, 'Allow pop-ups for this site.');
      const { id, controller } = fakeProvider({ signInOutcome: failure });
      const { el, button, error } = await setup(id);
      button().click();
      await settle(el);
      expect(error()!.getAttribute('role')).to.equal('alert');
      expect(textOf(error())).to.contain('Sign-in with Contoso did not work.');
      expect(textOf(error())).to.contain('The browser blocked the sign-in window.');
      expect(textOf(error())).to.contain('Allow pop-ups for this site, or set login-mode="redirect" to sign in on this page instead.');
      expect(visibleParts(el, 'button').map(textOf)).to.deep.equal(['Try again']);
      controller.signInOutcome = 'resolve';
      const signedIn = oneEvent(el, 'portico-sign-in');
      part<HTMLButtonElement>(el, 'retry')!.click();
      expect(controller.signInCalls).to.have.length(2);
      await signedIn;
      await settle(el);
      expect(error()).to.equal(null);
      expect(textOf(button())).to.equal('Sign out Ada Lovelace');
    });

    it('treats a cancelled popup as no error: the button is back, and it is announced', async () => {
      const { id } = fakeProvider({ signInOutcome: fakeError(AuthErrorCode.UserCancelled) });
      const { el, button, error, status } = await setup(id);
      button().click();
      await settle(el);
      expect(error()).to.equal(null);
      expect(button().disabled).to.equal(false);
      expect(textOf(status())).to.equal('Sign-in was cancelled.');
    });

    it('offers "Sign in again" when a token needs the user again', async () => {
      const { id, controller } = fakeProvider({ account: fakeAccount({ username: 'ada@contoso.example' }) });
      const { el } = await setup(id);
      controller.fail(AuthErrorCode.InteractionRequired);
      await settle(el);
      const again = visibleParts<HTMLButtonElement>(el, 'button').find((button) => textOf(button) === 'Sign in again')!;
      again.click();
      expect(controller.signInCalls).to.deep.equal([{ loginHint: 'ada@contoso.example' }]);
    });

    it('reports an unknown provider after the grace period, once, and recovers', async function () {
      this.timeout(UNKNOWN_PROVIDER_GRACE_MS + 5000);
      const id = uniqueId();
      const { el } = await setup(id);
      expect(part(el, 'diagnostic')).to.equal(null);
      const reported = oneEvent(el, 'portico-error');
      const { detail } = await reported;
      await settle(el);
      expect(detail.code).to.equal('unknown-provider');
      expect(detail.message).to.contain(id);
      const diagnostic = part(el, 'diagnostic')!;
      expect(diagnostic.getAttribute('role')).to.equal('alert');
      expect(textOf(diagnostic)).to.contain('How to fix');
      el.requestUpdate();
      await settle(el);
      expect(bed.consoleErrors.messages).to.have.length(1);
      expect(bed.consoleErrors.messages[0]).to.contain(id);
      fakeProvider({ id, label: 'Found' });
      await settle(el);
      expect(part(el, 'diagnostic')).to.equal(null);
      expect(visibleParts(el, 'button').map(textOf)).to.deep.equal(['Sign in with Found']);
    });

    it('explains an unknown login-mode and recovers when it is fixed', async () => {
      const { id, controller } = fakeProvider();
      const el = document.createElement('portico-sign-in');
      el.setAttribute('auth', id);
      el.setAttribute('login-mode', 'iframe');
      const reported = oneEvent(el, 'portico-error');
      document.body.append(el);
      const { detail } = await reported;
      await settle(el);
      expect(detail.code).to.equal('invalid-attribute');
      expect(textOf(part(el, 'diagnostic'))).to.contain('login-mode');
      expect(visibleParts(el, 'button')).to.deep.equal([]);
      expect(bed.consoleErrors.messages, bed.consoleErrors.messages.join('\n')).to.have.length(1);
      el.setAttribute('login-mode', 'popup');
      await settle(el);
      expect(part(el, 'diagnostic')).to.equal(null);
      visibleParts<HTMLButtonElement>(el, 'button')[0]!.click();
      expect(controller.signInCalls).to.deep.equal([{ loginMode: 'popup' }]);
      el.remove();
    });

    it('never throws when the controller throws synchronously', async () => {
      const { id, controller } = fakeProvider();
      controller.signIn = () => {
        throw new Error('boom');
      };
      const { el, button } = await setup(id);
      button().click();
      await settle(el);
      expect(button().disabled).to.equal(false);
    });
  });

  describe('accessibility', () => {
    it('has a live status region from the start', async () => {
      const { id } = fakeProvider();
      const { status } = await setup(id);
      expect(status().getAttribute('role')).to.equal('status');
    });

    it('shows a visible focus ring on keyboard focus', async () => {
      const { id } = fakeProvider();
      const { button } = await setup(id);
      await sendKeys({ press: 'Tab' });
      expect(button().matches(':focus-visible')).to.equal(true);
      expect(getComputedStyle(button()).outlineStyle).to.equal('solid');
    });

    for (const theme of ['light', 'dark']) {
      it(`passes axe in every state (theme="${theme}")`, async () => {
        const contoso = fakeProvider({ label: 'Contoso', state: AuthState.Initializing });
        const { el } = await setup(contoso.id, { theme });
        await expect(el).to.be.accessible();
        contoso.controller.signOutNow();
        await settle(el);
        await expect(el).to.be.accessible();
        contoso.controller.setState({ state: AuthState.SigningIn });
        await settle(el);
        await expect(el).to.be.accessible();
        contoso.controller.signInAs(fakeAccount());
        await settle(el);
        await expect(el).to.be.accessible();
        contoso.controller.fail(fakeError(AuthErrorCode.RedirectUriMismatch));
        await settle(el);
        expect(part(el, 'error')).to.not.equal(null);
        await expect(el).to.be.accessible();
      });
    }

    it('passes axe when unavailable and when the provider is unknown', async function () {
      this.timeout(UNKNOWN_PROVIDER_GRACE_MS + 5000);
      const id = uniqueId();
      track(registerFakeProvider({ id, error: fakeError(AuthErrorCode.InvalidAuthority) }));
      const unavailable = await setup(id);
      await expect(unavailable.el).to.be.accessible();
      const unknown = await setup(uniqueId());
      await waitUntil(() => part(unknown.el, 'diagnostic'), 'no diagnostic', { timeout: UNKNOWN_PROVIDER_GRACE_MS + 3000 });
      await expect(unknown.el).to.be.accessible();
    });
  });
});
