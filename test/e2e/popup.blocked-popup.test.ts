import { expect, fixture, html } from '@open-wc/testing';
import { MsalAuthController } from '../../src/auth/msal-auth-controller.js';
import { createMsalClient } from '../../src/auth/msal-client.js';
import { portalReport, portalUrl } from './helpers.js';
import { sandboxInfo } from './sandbox.js';
import { clickAsPerson, closeWindows } from './windows.js';

describe('with the browser popup blocker on', () => {
  afterEach(async () => {
    sessionStorage.clear();
    // The portal window is cut off from this page by the provider's COOP, so `close()` cannot reach
    // it; left open as a tab in front of this page, it would stall the next file's rendering.
    await closeWindows();
  });

  it('opens the sign-in popup from a click, even before MSAL has loaded', async () => {
    const info = await sandboxInfo();
    let clicked!: () => void;
    const click$ = new Promise<void>((resolve) => (clicked = resolve));
    // MSAL's code is held back until after the click, so the popup must come from the click itself.
    const controller = new MsalAuthController(
      {
        clientId: info.spa.clientId,
        authority: `${info.origin}/contoso`,
        redirectUri: `${info.testOrigin}/test/e2e/pages/redirect.html`,
        loginHint: 'alan@contoso.test',
        prompt: 'login',
      },
      { clientFactory: async (config) => (await click$, createMsalClient(config)) },
    );
    const button = await fixture<HTMLButtonElement>(html`<button @click=${() => void controller.signIn()}>Sign in</button>`);
    button.addEventListener('click', () => queueMicrotask(clicked));
    await clickAsPerson(button);
    await new Promise<void>((resolve) => controller.subscribe((s) => s.state !== 'signing-in' && resolve()));
    expect(controller.state).to.equal('signed-in');
    expect(controller.account!.name).to.equal('Alan Turing');
  });

  it('falls back to the redirect flow when the popup is blocked', async () => {
    const url = await portalUrl({ 'sign-in': '', user: 'ada@contoso.test' });
    const button = await fixture<HTMLButtonElement>(html`<button @click=${() => window.open(url, 'portal-blocked')}>Open portal</button>`);
    const report = await portalReport(
      () => void clickAsPerson(button),
      (r) => r.state === 'signed-in' || r.state === 'error',
    );
    expect(report.state).to.equal('signed-in');
    expect(report.name).to.equal('Ada Lovelace');
  });
});
