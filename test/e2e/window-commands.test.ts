/**
 * The runner commands that reach the windows a sign-in opened (scripts/window-commands.js) must
 * work whatever state those windows are in: just opened, in the middle of being sent to a provider
 * page that cuts them off from this page (COOP), or closing themselves, as the sign-in tests'
 * clean-up finds them.
 */
import { expect } from '@open-wc/testing';
import { sandboxProvider } from './helpers.js';
import { sandboxInfo } from './sandbox.js';
import { closeWindows, readWindows, type WindowView } from './windows.js';

/** As a sign-in does: a blank popup, then sent to the provider. */
function openLikeSignIn(url: string, name: string): void {
  window.open('about:blank', name, 'popup,width=483,height=600')!.location.href = url;
}

describe('window commands', () => {
  afterEach(() => sessionStorage.clear());

  it('read and close windows all through sign-ins, while their popups navigate and close themselves', async () => {
    const { origin } = await sandboxInfo();
    for (let round = 0; round < 3; round++) {
      const { el, controller } = await sandboxProvider({ user: 'ada@contoso.test' });
      let signedIn = false;
      const signingIn = controller.signIn().finally(() => (signedIn = true));
      while (!signedIn) {
        await readWindows();
        await closeWindows('no window has this in its URL');
      }
      expect((await signingIn).username).to.equal('ada@contoso.test');
      el.remove();
    }
    // Every sign-in window went away by itself.
    expect(await readWindows()).to.deep.equal([]);
    expect(await closeWindows(origin)).to.equal(0);
  });

  it('close windows in the middle of being sent to a COOP page, every time, and say how many', async () => {
    const { origin } = await sandboxInfo();
    // The tenant's root redirects to its discovery document; both answers send COOP same-origin.
    for (let round = 0; round < 6; round++) {
      for (let n = 0; n < 2; n++) openLikeSignIn(`${origin}/contoso`, `navigating-${round}-${n}`);
      await new Promise((resolve) => setTimeout(resolve, round * 20));
      // Whether still blank or already at the provider: every window this page opened.
      expect(await closeWindows()).to.equal(2);
    }
    expect(await readWindows(origin)).to.deep.equal([]);
  });

  it('read the text of windows the provider cut off from this page', async () => {
    const { origin } = await sandboxInfo();
    for (let n = 0; n < 2; n++) openLikeSignIn(`${origin}/contoso`, `read-${n}`);
    let views: WindowView[] = [];
    for (let tries = 0; tries < 100 && views.filter((view) => view.text.includes('"issuer"')).length < 2; tries++) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      views = await readWindows(`${origin}/contoso/.well-known/openid-configuration`);
    }
    expect(views.map((view) => view.text.includes(`"issuer":"${origin}/contoso"`))).to.deep.equal([true, true]);
    expect(await closeWindows(`${origin}/contoso/`)).to.equal(2);
    expect(await readWindows(origin)).to.deep.equal([]);
  });
});
