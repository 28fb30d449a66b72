/**
 * A person clicks "Sign in" while MSAL's code is still on its way (a slow network): the server holds
 * MSAL's module back until the click has happened, and the browser's popup blocker is on, as in a
 * person's browser. The click must still get its sign-in window, and the sign-in must complete in it
 * through real MSAL once the code arrives. Its own file: MSAL must not have loaded on this page yet.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { textOf } from '../helpers/auth-widgets.js';
import { sandboxSignInWidgets } from './helpers.js';
import { clickAsPerson, closeWindows, readWindows } from './windows.js';

/** MSAL's module as the test server serves it (the entry the SDK's `import('@azure/msal-browser')` fetches). */
const MSAL_MODULE = '/@azure/msal-browser/dist/index.mjs';

const heldRequests = () => executeServerCommand<number, undefined>('requests-held');
const releaseRequests = () => executeServerCommand('requests-release');

describe('a click on "Sign in" while MSAL is still loading (popup blocker on)', () => {
  afterEach(async () => {
    await releaseRequests();
    await closeWindows();
    sessionStorage.clear();
  });

  it('opens the sign-in window at once, and signs in through it when MSAL has arrived', async () => {
    await executeServerCommand('requests-hold', { pathIncludes: MSAL_MODULE });
    const { auth, signIn } = await sandboxSignInWidgets('alan@contoso.test');
    const button = () => signIn.shadowRoot!.querySelector<HTMLButtonElement>('[part~="button"]')!;

    await waitUntil(async () => (await heldRequests()) === 1, "the page never asked for MSAL's module");
    await waitUntil(() => textOf(button()) === 'Sign in with Contoso' && !button().disabled, 'the button never became usable while MSAL loads');
    expect(auth.controller!.state).to.equal('initializing');

    await clickAsPerson(button());
    // The window is open while MSAL's module is still held back: it came from the click itself.
    await waitUntil(async () => (await readWindows('about:blank')).length === 1, 'the click opened no sign-in window');
    expect(await heldRequests()).to.equal(1);
    expect(button().getAttribute('aria-busy')).to.equal('true');

    await releaseRequests();
    await waitUntil(() => textOf(button()) === 'Sign out Alan Turing', 'the sign-in never completed', { timeout: 15_000 });
    expect(auth.controller!.account!.username).to.equal('alan@contoso.test');
    // The sign-in window closed itself once it had handed the response over.
    await waitUntil(async () => (await readWindows()).length === 0, 'the sign-in window stayed open');
  });
});
