import { expect, fixture, html } from '@open-wc/testing';
import { sendMouse } from '@web/test-runner-commands';
import { MsalAuthController } from '../../src/auth/msal-auth-controller.js';
import { createMsalClient } from '../../src/auth/msal-client.js';
import { portalReport, portalUrl } from './helpers.js';
import { sandboxInfo } from './sandbox.js';

/** Clicks `element` as a person would: a trusted click the popup blocker honours. */
async function click(element: HTMLElement): Promise<void> {
  const { x, y, width, height } = element.getBoundingClientRect();
  await sendMouse({ type: 'click', position: [Math.round(x + width / 2), Math.round(y + height / 2)] });
}

describe('with the browser popup blocker on', () => {
  afterEach(() => sessionStorage.clear());

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
    await click(button);
    await new Promise<void>((resolve) => controller.subscribe((s) => s.state !== 'signing-in' && resolve()));
    expect(controller.state).to.equal('signed-in');
    expect(controller.account!.name).to.equal('Alan Turing');
  });

  it('falls back to the redirect flow when the popup is blocked', async () => {
    const url = await portalUrl({ 'sign-in': '', user: 'ada@contoso.test' });
    let child: Window | null = null;
    const button = await fixture<HTMLButtonElement>(html`<button @click=${() => (child = window.open(url, 'portal-blocked'))}>Open portal</button>`);
    const report = await portalReport(
      () => void click(button),
      (r) => r.state === 'signed-in' || r.state === 'error',
    );
    (child as Window | null)?.close();
    expect(report.state).to.equal('signed-in');
    expect(report.name).to.equal('Ada Lovelace');
  });
});
