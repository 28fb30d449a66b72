import { expect } from '@open-wc/testing';
import { callApi, portalReport, portalUrl, sandboxProvider } from './helpers.js';
import { sandboxInfo } from './sandbox.js';
import { rejection } from '../helpers/rejection.js';
import { closeWindows } from './windows.js';

const API_SCOPE = 'api://portico-sample/Orders.Read';

describe('sign-in through real MSAL against the sandbox', () => {
  afterEach(async () => {
    sessionStorage.clear();
    // Windows the provider cut off from this page (COOP): one left on its error page, or the
    // redirect flow's portal window, which `close()` no longer reaches. A person would close them;
    // left open, they hold up the sign-ins of the test files that run next.
    await closeWindows();
  });

  it('signs in with a popup and knows who signed in, with their app roles', async () => {
    const { controller } = await sandboxProvider({ user: 'ada@contoso.test' });
    expect(controller.state).to.equal('signed-out');
    const account = await controller.signIn();
    expect(controller.state).to.equal('signed-in');
    expect(account.name).to.equal('Ada Lovelace');
    expect(account.username).to.equal('ada@contoso.test');
    expect(account.roles).to.include('admins');
    const { tenants } = await sandboxInfo();
    expect(account.tenantId).to.equal(tenants.find((t) => t.id === 'contoso')!.tenantId);
  });

  it('gets an access token the API accepts, then the same token again from the cache', async () => {
    const { controller } = await sandboxProvider({ user: 'alan@contoso.test' });
    await controller.signIn();
    const first = await controller.getAccessToken({ scopes: [API_SCOPE] });
    expect(first.claims['aud']).to.equal('api://portico-sample');
    expect(String(first.claims['scp'])).to.contain('Orders.Read');
    const response = await callApi('/orders', first.accessToken);
    expect(response.status).to.equal(200);
    const second = await controller.getAccessToken({ scopes: [API_SCOPE] });
    expect(second.accessToken).to.equal(first.accessToken);
  });

  it('refreshes a token on demand with the refresh token, without a window', async () => {
    const { controller } = await sandboxProvider({ user: 'grace@contoso.test' });
    await controller.signIn();
    const first = await controller.getAccessToken({ scopes: [API_SCOPE] });
    const opened: unknown[] = [];
    const open = window.open;
    window.open = (...args) => (opened.push(args), null);
    try {
      const refreshed = await controller.getAccessToken({ scopes: [API_SCOPE], forceRefresh: true });
      expect(refreshed.accessToken).not.to.equal(first.accessToken);
      expect((await callApi('/orders', refreshed.accessToken)).status).to.equal(200);
    } finally {
      window.open = open;
    }
    expect(opened).to.deep.equal([]);
  });

  it('gets a token for a scope not asked at sign-in, silently through the session', async () => {
    const { controller } = await sandboxProvider({ user: 'grace@contoso.test', scopes: 'openid profile' });
    await controller.signIn();
    const opened: unknown[] = [];
    const open = window.open;
    window.open = (...args) => (opened.push(args), null);
    try {
      const token = await controller.getAccessToken({ scopes: ['api://portico-sample/Orders.Write'] });
      expect(String(token.claims['scp'])).to.contain('Orders.Write');
    } finally {
      window.open = open;
    }
    expect(opened).to.deep.equal([]);
  });

  it('signs out at the provider, so tokens need a new sign-in', async () => {
    const { controller } = await sandboxProvider({ user: 'ada@contoso.test' });
    await controller.signIn();
    await controller.signOut();
    expect(controller.state).to.equal('signed-out');
    expect(controller.account).to.equal(null);
    expect((await rejection(controller.getAccessToken({ scopes: [API_SCOPE] }))).code).to.equal('login-required');
  });

  it('keeps two tenants apart on one page', async () => {
    const contoso = await sandboxProvider({ tenant: 'contoso', user: 'ada@contoso.test' });
    const fabrikam = await sandboxProvider({ tenant: 'fabrikam', user: (await sandboxInfo()).users.find((u) => u.tenant === 'fabrikam')!.username });
    await contoso.controller.signIn();
    await fabrikam.controller.signIn();
    expect(contoso.controller.account!.name).to.equal('Ada Lovelace');
    expect(fabrikam.controller.account!.tenantId).not.to.equal(contoso.controller.account!.tenantId);
    expect(contoso.controller.config.label).to.equal('contoso');
    expect(fabrikam.controller.state).to.equal('signed-in');
  });

  it('signs in through the redirect flow (in a child window)', async () => {
    let child: Window | null = null;
    const url = await portalUrl({ 'login-mode': 'redirect', 'sign-in': '', user: 'grace@contoso.test' });
    const report = await portalReport(
      () => (child = window.open(url, 'portal-redirect')),
      (r) => r.state === 'signed-in' || r.state === 'error',
    );
    (child as Window | null)?.close();
    expect(report.state).to.equal('signed-in');
    expect(report.name).to.equal('Grace Hopper');
    expect(report.roles).to.include('publishers');
  });

  describe('explains what went wrong', () => {
    it('an identity provider that cannot be reached', async () => {
      const { controller } = await sandboxProvider({ authority: 'https://localhost:9/unreachable' });
      const error = await rejection(controller.signIn());
      expect(error.code).to.equal('network-error');
      expect(error.hint).to.contain('https://localhost:9/unreachable/.well-known/openid-configuration');
      expect(controller.state).to.equal('error');
    });

    it('a client ID the provider does not know', async () => {
      const { controller } = await sandboxProvider({ clientId: 'no-such-app', popupTimeout: 4000 });
      const error = await rejection(controller.signIn());
      expect(error.code).to.equal('sign-in-timeout');
      expect(error.hint).to.contain('AADSTS700016');
      expect(error.hint).to.contain('no-such-app');
      expect(controller.state).to.equal('error');
    });

    it('a redirect URI that is not registered', async () => {
      const { testOrigin } = await sandboxInfo();
      const redirectUri = `${testOrigin}/test/e2e/pages/unregistered.html`;
      const { controller } = await sandboxProvider({ redirectUri, popupTimeout: 4000 });
      const error = await rejection(controller.signIn());
      expect(error.code).to.equal('sign-in-timeout');
      expect(error.hint).to.contain(redirectUri);
      expect(error.hint).to.contain('AADSTS50011');
    });
  });
});
