/**
 * MSAL's code does not arrive (a flaky network, a host serving dist/cdn/ in part): the sign-in
 * widget says so, in place of a mystery, and its "Try again" fetches the code again (under a URL of
 * its own, since Chromium remembers a failed `import()` for the page's life) and signs in through
 * real MSAL. Its own file: MSAL must not have loaded on this page yet.
 */
import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import type { PorticoAuthErrorEvent } from '../../src/events/portico-auth-error-event.js';
import { textOf } from '../helpers/auth-widgets.js';
import { sandboxSignInWidgets } from './helpers.js';
import { clickAsPerson, closeWindows, readWindows } from './windows.js';

/** The module through which Portico imports MSAL: in the CDN build, MSAL's chunk. */
const MSAL_RUNTIME = '/src/auth/msal-runtime.';

describe("MSAL's code does not arrive", () => {
  afterEach(async () => {
    await executeServerCommand('requests-release');
    await closeWindows();
    sessionStorage.clear();
  });

  it('says so in the sign-in widget, and "Try again" fetches it again and signs in', async () => {
    await executeServerCommand('requests-fail', { pathIncludes: MSAL_RUNTIME });
    // Listened for before the widgets exist: MSAL is fetched as soon as the browser is idle.
    const reported = oneEvent(document, 'portico-auth-error') as Promise<PorticoAuthErrorEvent>;
    const { auth, signIn } = await sandboxSignInWidgets('alan@contoso.test');
    const { detail, target } = await reported;
    expect(target).to.equal(auth);
    expect(detail.code).to.equal('part-load-failed');

    const alert = () => signIn.shadowRoot!.querySelector('[part="error"]');
    await waitUntil(() => alert() !== null, 'the widget never showed the failure');
    expect(textOf(alert())).to.contain('Sign-in with Contoso did not work.');
    expect(textOf(alert())).to.contain('The sign-in code (MSAL) could not be loaded.');
    expect(textOf(alert())).to.contain('chunks/ folder included');

    // The network is back: the same button, pressed as a person presses it, fetches MSAL anew.
    await executeServerCommand('requests-release');
    await clickAsPerson(alert()!.querySelector<HTMLButtonElement>('[part~="retry"]')!);
    await waitUntil(async () => (await readWindows()).length === 1, 'the retry opened no sign-in window');
    const button = () => signIn.shadowRoot!.querySelector<HTMLButtonElement>('[part~="button"]')!;
    await waitUntil(() => textOf(button()) === 'Sign out Alan Turing', 'the sign-in never completed', { timeout: 15_000 });
    expect(auth.controller!.account!.username).to.equal('alan@contoso.test');
    expect(alert()).to.equal(null);
  });
});
