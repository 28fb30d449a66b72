/**
 * Sign-in against a sandbox shaped like Entra where it matters: two tenants sharing one client ID (a
 * multi-tenant app registration used with two tenant authorities), and provider pages that send
 * `Cross-Origin-Opener-Policy: same-origin`, which cut the popup off from this page.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import type { PorticoAuthErrorEvent } from '../../src/events/portico-auth-error-event.js';
import { rejection } from '../helpers/rejection.js';
import { portalReport, portalUrl, sandboxProvider } from './helpers.js';
import { closeWindows, readWindows, submitDemoUser, type WindowView } from './windows.js';

/** The sandbox's sign-in page for `tenant`, once it is showing in the popup. */
async function signInPage(tenant: string): Promise<WindowView> {
  let views: WindowView[] = [];
  await waitUntil(
    async () => (views = await readWindows(`/${tenant}/interaction/`)).some((view) => view.text.includes('Sign in to')),
    `no ${tenant} sign-in page opened`,
    { timeout: 10_000 },
  );
  return views[0]!;
}

describe('sign-in against Entra-shaped tenants', () => {
  afterEach(async () => {
    // Windows left open, or a sign-in left waiting for one (sign-ins are serialized page-wide),
    // would slow or break what runs next.
    const closed = (await closeWindows('/interaction/')) + (await closeWindows('/test/e2e/pages/portal.html'));
    if (closed) window.dispatchEvent(new FocusEvent('focus'));
    sessionStorage.clear();
  });

  describe('two providers sharing one client ID', () => {
    it('signing in to one never pre-fills that account on the other; each finds its own after a reload', async () => {
      const contoso = await sandboxProvider({ tenant: 'contoso', user: 'ada@contoso.test' });
      await contoso.controller.signIn();
      const fabrikam = await sandboxProvider({ tenant: 'fabrikam', user: '' });
      const signingIn = fabrikam.controller.signIn();

      const page = await signInPage('fabrikam');
      expect(page.text).to.contain('Sign in to Fabrikam');
      expect(page.text).not.to.contain('ada@contoso.test');
      expect(page.text).not.to.contain('is not a user');
      await submitDemoUser('/fabrikam/interaction/', 'katherine@fabrikam.test');
      expect((await signingIn).username).to.equal('katherine@fabrikam.test');
      expect(contoso.controller.account!.username).to.equal('ada@contoso.test');

      // A reload: new controllers read what the old ones left in the session.
      contoso.el.remove();
      fabrikam.el.remove();
      const reloadedContoso = await sandboxProvider({ tenant: 'contoso', user: 'ada@contoso.test' });
      const reloadedFabrikam = await sandboxProvider({ tenant: 'fabrikam', user: '' });
      expect(reloadedContoso.controller.account?.username).to.equal('ada@contoso.test');
      expect(reloadedFabrikam.controller.account?.username).to.equal('katherine@fabrikam.test');
    });

    it('"sign in with another account" stays chosen after a reload', async () => {
      const first = await sandboxProvider({ tenant: 'contoso', user: 'ada@contoso.test' });
      await first.controller.signIn();
      // What the gate's "sign in with another account" asks; the person picks Alan on the provider's page.
      const switching = first.controller.signIn({ prompt: 'select_account' });
      await signInPage('contoso');
      await submitDemoUser('/contoso/interaction/', 'alan@contoso.test');
      expect((await switching).username).to.equal('alan@contoso.test');

      first.el.remove();
      const reloaded = await sandboxProvider({ tenant: 'contoso', user: 'ada@contoso.test' });
      expect(reloaded.controller.state).to.equal('signed-in');
      expect(reloaded.controller.account!.username).to.equal('alan@contoso.test');
    });
  });

  describe('a sign-in window cut off by the provider (COOP)', () => {
    it('is not taken for closed while the user is still signing in there', async () => {
      const { controller } = await sandboxProvider({ user: '' });
      const signingIn = controller.signIn();
      await signInPage('contoso');
      await new Promise((resolve) => setTimeout(resolve, 1500));
      expect(controller.state).to.equal('signing-in');
      await submitDemoUser('/contoso/interaction/', 'grace@contoso.test');
      expect((await signingIn).username).to.equal('grace@contoso.test');
    });

    it('closed by the user: signed out within 2 s, user-cancelled without a redirect-URI hint, no console error', async () => {
      const { el, controller } = await sandboxProvider({ user: '' });
      const events: string[] = [];
      el.addEventListener('portico-auth-error', (event: PorticoAuthErrorEvent) => events.push(event.detail.code));
      const errors: unknown[] = [];
      const consoleError = console.error;
      console.error = (...args: unknown[]) => errors.push(args);
      try {
        const signingIn = rejection(controller.signIn());
        await signInPage('contoso');
        await closeWindows('/contoso/interaction/');
        const closedAt = performance.now();
        // Headless Chromium has no window focus; a browser gives it back to this page when the popup closes.
        window.dispatchEvent(new FocusEvent('focus'));
        const error = await signingIn;
        expect(performance.now() - closedAt).to.be.below(2000);
        expect(error.code).to.equal('user-cancelled');
        expect(error.hint).not.to.match(/redirect/i);
        expect(controller.state).to.equal('signed-out');
        expect(events).to.deep.equal(['user-cancelled']);
      } finally {
        console.error = consoleError;
      }
      expect(errors).to.deep.equal([]);
    });

    it('comes back to the default redirect URI (the portal page) and hands the response over instead of showing the portal', async () => {
      const url = await portalUrl({ 'sign-in': '', 'default-redirect': '', user: 'grace@contoso.test' });
      const report = await portalReport(
        () => window.open(url, 'portal-default-redirect'),
        (r) => r.window === 'portal-default-redirect' && r.state !== 'initializing' && r.state !== 'signing-in' && r.state !== 'signed-out',
      );
      expect(report.state).to.equal('signed-in');
      expect(report.name).to.equal('Grace Hopper');
      // Only the portal window itself is left: the popup closed itself rather than render the portal.
      await waitUntil(async () => (await readWindows('/test/e2e/pages/portal.html')).length === 1, 'the popup stayed open');
    });
  });

  it('a clean sign-in, and a Graph token after it, log no error or warning in any window', async () => {
    await executeServerCommand('console-watch');
    const { controller } = await sandboxProvider({ user: 'ada@contoso.test' });
    await controller.signIn();
    // What <portico-user-profile photo="graph"> asks for right after sign-in.
    await controller.getAccessToken({ scopes: ['User.Read'] });
    const logged = await executeServerCommand<{ type: string; text: string; url: string }[], undefined>('console-read');
    expect(logged).to.deep.equal([]);
  });
});
