import { expect, waitUntil } from '@open-wc/testing';
import { PorticoAuthError } from '../../src/auth/errors.js';
import { MsalAuthController } from '../../src/auth/msal-auth-controller.js';
import type { AuthSnapshot } from '../../src/auth/types.js';
import { FakeMsalClient, fakeAccount, msalError } from '../helpers/fake-msal-client.js';
import { rejection } from '../helpers/rejection.js';
import { fakeJwt } from '../../src/testing/fake-jwt.js';

let authorityCount = 0;

/** A controller over a fake MSAL client, each with its own authority so tests do not hear each other. */
function setup(settings: Record<string, string> = {}, client = new FakeMsalClient()) {
  authorityCount += 1;
  const controller = new MsalAuthController(
    { clientId: 'app', authority: `https://login.microsoftonline.com/tenant-${authorityCount}`, ...settings },
    { clientFactory: async () => client },
  );
  const states: string[] = [];
  controller.subscribe((snapshot: AuthSnapshot) => states.push(snapshot.state));
  return { controller, client, states };
}

describe('MsalAuthController', () => {
  // Each test is a page of its own: nothing one leaves in the session is there for the next.
  afterEach(() => sessionStorage.clear());

  describe('start-up', () => {
    it('starts initializing and becomes signed-out with an empty cache', async () => {
      const { controller, states } = setup();
      expect(controller.state).to.equal('initializing');
      await controller.ready;
      expect(controller.state).to.equal('signed-out');
      expect(states).to.deep.equal(['signed-out']);
    });

    it('shows MSAL that did not arrive as an error, and starts it again when the user signs in', async () => {
      const client = new FakeMsalClient();
      let starts = 0;
      const notLoaded = new PorticoAuthError('part-load-failed', "Portico's sign-in code (MSAL) could not be loaded.", 'Check the network connection…');
      const controller = new MsalAuthController(
        { clientId: 'app', authority: `https://login.microsoftonline.com/tenant-${++authorityCount}` },
        { clientFactory: async () => (++starts === 1 ? Promise.reject(notLoaded) : client) },
      );
      await controller.ready;
      expect(controller.state).to.equal('error');
      expect(controller.error).to.equal(notLoaded);

      const account = await controller.signIn();
      expect(starts, 'the sign-in started MSAL again').to.equal(2);
      expect(account.username).to.equal('ada@contoso.test');
      expect(controller.state).to.equal('signed-in');
      expect(client.calls).to.include('loginPopup');
    });

    it("starts every provider that lacked MSAL's code again once it arrives for one of them", async () => {
      let arrived = false;
      const notLoaded = new PorticoAuthError('part-load-failed', "Portico's sign-in code (MSAL) could not be loaded.", 'Check the network connection…');
      const factory = async () => (arrived ? new FakeMsalClient() : Promise.reject(notLoaded));
      const [contoso, fabrikam] = ['contoso', 'fabrikam'].map(
        (tenant) =>
          new MsalAuthController({ clientId: 'app', authority: `https://login.microsoftonline.com/${tenant}-${++authorityCount}` }, { clientFactory: factory }),
      );
      await Promise.all([contoso!.ready, fabrikam!.ready]);
      expect([contoso!.state, fabrikam!.state]).to.deep.equal(['error', 'error']);

      arrived = true;
      await contoso!.signIn();
      await waitUntil(() => fabrikam!.state === 'signed-out', 'the other provider never started again');
      expect(fabrikam!.error, 'the failure no longer shows').to.equal(null);
      expect(contoso!.state).to.equal('signed-in');
    });

    it('restores a cached account as signed-in, with roles and groups from the ID token', async () => {
      const client = new FakeMsalClient();
      client.accounts = [fakeAccount()];
      const { controller } = setup({}, client);
      await controller.ready;
      expect(controller.state).to.equal('signed-in');
      expect(controller.account).to.include({ name: 'Ada Lovelace', username: 'ada@contoso.test', tenantId: '11111111-1111-1111-1111-111111111111' });
      expect(controller.account?.roles).to.deep.equal(['readers', 'admins']);
      expect(controller.account?.groups).to.deep.equal(['g1']);
    });

    it('keeps the ID token’s header (alg, kid, typ) on the account', async () => {
      const client = new FakeMsalClient();
      client.accounts = [{ ...fakeAccount(), idToken: fakeJwt({ sub: 'ada' }, { alg: 'RS256', kid: 'key-1', typ: 'JWT' }) }];
      const { controller } = setup({}, client);
      await controller.ready;
      expect(controller.account?.idTokenHeader).to.deep.equal({ alg: 'RS256', kid: 'key-1', typ: 'JWT' });
    });

    it('stays signing-in when a click starts sign-in before MSAL has loaded', async () => {
      const client = new FakeMsalClient();
      let release!: () => void;
      const loaded = new Promise<void>((resolve) => (release = resolve));
      const controller = new MsalAuthController(
        { clientId: 'app', authority: 'https://login.microsoftonline.com/early-click' },
        { clientFactory: async () => (await loaded, client) },
      );
      const states: string[] = [];
      controller.subscribe((snapshot) => states.push(snapshot.state));
      const signIn = controller.signIn();
      release();
      await signIn;
      expect(states).to.deep.equal(['signing-in', 'signed-in']);
    });

    it('rejects invalid settings with a coded error', () => {
      expect(() => new MsalAuthController({ clientId: '' })).to.throw(PorticoAuthError, 'client-id');
    });
  });

  describe('providers sharing one client ID', () => {
    const contoso = { clientId: 'shared-registration', authority: 'https://login.microsoftonline.com/contoso.test' };
    const fabrikam = { clientId: 'shared-registration', authority: 'https://login.microsoftonline.com/fabrikam.test' };
    const alan = () => fakeAccount({ name: 'Alan Turing', preferred_username: 'alan@contoso.test' });

    it('never restores the account another provider of the client ID signed in with', async () => {
      const client = new FakeMsalClient();
      const first = new MsalAuthController(contoso, { clientFactory: async () => client });
      await first.ready;
      await first.signIn();
      first.dispose();

      // After a reload, MSAL's cache (one per client ID) holds Contoso's account.
      const reloadedContoso = new MsalAuthController(contoso, { clientFactory: async () => client });
      const reloadedFabrikam = new MsalAuthController(fabrikam, { clientFactory: async () => client });
      await Promise.all([reloadedContoso.ready, reloadedFabrikam.ready]);
      expect(reloadedContoso.account?.username).to.equal('ada@contoso.test');
      expect(reloadedFabrikam.state).to.equal('signed-out');
      reloadedContoso.dispose();
      reloadedFabrikam.dispose();
    });

    it('restores the account chosen last among several cached ones', async () => {
      const client = new FakeMsalClient();
      const first = new MsalAuthController(contoso, { clientFactory: async () => client });
      await first.signIn();
      client.nextAccount = alan();
      await first.signIn({ prompt: 'select_account' });
      first.dispose();

      client.accounts = [fakeAccount(), alan()];
      const reloaded = new MsalAuthController(contoso, { clientFactory: async () => client });
      await reloaded.ready;
      expect(reloaded.account?.username).to.equal('alan@contoso.test');
      reloaded.dispose();
    });

    it('does not guess between several cached accounts when none was chosen', async () => {
      const client = new FakeMsalClient();
      client.accounts = [fakeAccount(), alan()];
      const { controller } = setup({}, client);
      await controller.ready;
      expect(controller.state).to.equal('signed-out');
    });

    it('restores only an account of the directory an Entra authority names by id', async () => {
      const client = new FakeMsalClient();
      client.accounts = [fakeAccount()];
      const other = new MsalAuthController(
        { clientId: 'app', authority: 'https://login.microsoftonline.com/22222222-2222-2222-2222-222222222222' },
        { clientFactory: async () => client },
      );
      const own = new MsalAuthController(
        { clientId: 'app', authority: 'https://login.microsoftonline.com/11111111-1111-1111-1111-111111111111' },
        { clientFactory: async () => client },
      );
      await Promise.all([other.ready, own.ready]);
      expect(other.state).to.equal('signed-out');
      expect(own.account?.username).to.equal('ada@contoso.test');
      other.dispose();
      own.dispose();
    });
  });

  describe('signIn', () => {
    it('goes signing-in then signed-in and resolves with the account', async () => {
      const { controller, client, states } = setup();
      await controller.ready;
      const account = await controller.signIn();
      expect(account.name).to.equal('Ada Lovelace');
      expect(client.calls).to.include('loginPopup');
      expect(states).to.deep.equal(['signed-out', 'signing-in', 'signed-in']);
    });

    it('returns the running sign-in instead of starting a second one', async () => {
      const { controller, client } = setup();
      await controller.ready;
      const first = controller.signIn();
      const second = controller.signIn();
      expect(second).to.equal(first);
      await first;
      expect(client.calls.filter((call) => call === 'loginPopup')).to.have.length(1);
    });

    it('runs one interactive request at a time across providers', async () => {
      const client = new FakeMsalClient();
      client.popupOutcome = async () => {
        await new Promise((resolve) => setTimeout(resolve, 30));
        return { account: fakeAccount() } as Awaited<ReturnType<FakeMsalClient['popupOutcome']>>;
      };
      const a = setup({}, client).controller;
      const b = setup({}, client).controller;
      await Promise.all([a.ready, b.ready]);
      await Promise.all([a.signIn(), b.signIn()]);
      expect(client.maxConcurrentPopups).to.equal(1);
      expect(a.state).to.equal('signed-in');
      expect(b.state).to.equal('signed-in');
    });

    it('falls back to the redirect flow when the popup is blocked', async () => {
      const { controller, client } = setup();
      await controller.ready;
      const open = window.open;
      window.open = () => null;
      try {
        void controller.signIn();
        await new Promise((resolve) => setTimeout(resolve, 50));
      } finally {
        window.open = open;
      }
      expect(client.calls).to.include('loginRedirect');
      expect(client.calls).not.to.include('loginPopup');
      expect(controller.state).to.equal('signing-in');
    });

    it('returns to signed-out when the user cancels, and reports why', async () => {
      const { controller, client } = setup();
      await controller.ready;
      client.popupOutcome = () => Promise.reject(msalError('user_cancelled'));
      const error = await rejection(controller.signIn());
      expect(error.code).to.equal('user-cancelled');
      expect(controller.state).to.equal('signed-out');
      expect(controller.error?.code).to.equal('user-cancelled');
    });

    it('enters the error state with a hint when the IdP is unreachable', async () => {
      const { controller, client } = setup();
      await controller.ready;
      client.popupOutcome = () => Promise.reject(msalError('endpoints_resolution_error', 'Failed to fetch'));
      const error = await rejection(controller.signIn());
      expect(error.code).to.equal('network-error');
      expect(controller.state).to.equal('error');
      expect(controller.error?.hint).to.contain('/.well-known/openid-configuration');
    });
  });

  describe('getAccessToken', () => {
    it('asks the IdP once when many callers want the same token at once', async () => {
      const client = new FakeMsalClient();
      client.accounts = [fakeAccount()];
      const { controller } = setup({}, client);
      const tokens = await Promise.all(Array.from({ length: 50 }, () => controller.getAccessToken({ scopes: ['api://sample/Orders.Read'] })));
      expect(client.silentCalls).to.equal(1);
      expect(new Set(tokens.map((token) => token.accessToken)).size).to.equal(1);
      expect(tokens[0]!.claims).to.deep.equal({ aud: 'api://sample', scp: 'Orders.Read' });
    });

    // The CDN build ships MSAL without token binding (scripts/rollup-msal-without-unused-features.js):
    // that is sound only while Portico asks for bearer tokens alone.
    it('asks MSAL for bearer tokens only, never proof-of-possession or DPoP ones', async () => {
      const { controller, client } = setup();
      await controller.ready;
      await controller.signIn();
      await controller.getAccessToken({ scopes: ['api://sample/Orders.Read'] });
      await controller.getAccessToken({ scopes: ['api://sample/Orders.Read'], forceRefresh: true });
      expect(client.calls).to.include.members(['loginPopup', 'acquireTokenSilent']);
      for (const request of client.requests) expect(request).not.to.have.property('authenticationScheme');
    });

    it('asks again for other scopes and for forced refreshes', async () => {
      const client = new FakeMsalClient();
      client.accounts = [fakeAccount()];
      const { controller } = setup({}, client);
      await Promise.all([
        controller.getAccessToken({ scopes: ['a', 'b'] }),
        controller.getAccessToken({ scopes: ['b', 'a'] }),
        controller.getAccessToken({ scopes: ['c'] }),
        controller.getAccessToken({ scopes: ['a', 'b'], forceRefresh: true }),
      ]);
      expect(client.silentCalls).to.equal(3);
    });

    it('stops one caller waiting when its signal aborts, while the shared request serves the others', async () => {
      const client = new FakeMsalClient();
      client.accounts = [fakeAccount()];
      const { controller } = setup({}, client);
      const aborting = new AbortController();
      const abandoned = controller.getAccessToken({ scopes: ['x'], signal: aborting.signal }).catch((reason: unknown) => reason);
      const kept = controller.getAccessToken({ scopes: ['x'] });
      aborting.abort();
      expect(await abandoned)
        .to.be.instanceOf(DOMException)
        .with.property('name', 'AbortError');
      expect((await kept).accessToken).to.be.a('string');
      expect(client.silentCalls).to.equal(1);
    });

    it("rejects with the signal's reason at once when the signal has already aborted", async () => {
      const client = new FakeMsalClient();
      client.accounts = [fakeAccount()];
      const { controller } = setup({}, client);
      const reason = new Error('left the page');
      const error = await controller.getAccessToken({ scopes: ['x'], signal: AbortSignal.abort(reason) }).catch((caught: unknown) => caught);
      expect(error).to.equal(reason);
    });

    it('rejects with login-required when nobody is signed in', async () => {
      const { controller } = setup();
      expect((await rejection(controller.getAccessToken({ scopes: ['x'] }))).code).to.equal('login-required');
    });

    it('turns a token that needs the user into interaction-required, still signed in', async () => {
      const client = new FakeMsalClient();
      client.accounts = [fakeAccount()];
      client.silentOutcome = () => Promise.reject(msalError('invalid_grant', 'AADSTS700082: refresh token expired', 'InteractionRequiredAuthError'));
      const { controller } = setup({}, client);
      const error = await rejection(controller.getAccessToken({ scopes: ['x'] }));
      expect(error.code).to.equal('interaction-required');
      expect(controller.state).to.equal('signed-in');
      expect(controller.error?.code).to.equal('interaction-required');
    });
  });

  describe('signOut', () => {
    it('signs out at the IdP with the ID token hint', async () => {
      const client = new FakeMsalClient();
      client.accounts = [fakeAccount()];
      const { controller } = setup({}, client);
      await controller.ready;
      await controller.signOut();
      expect(client.calls).to.include('logoutPopup');
      expect(controller.state).to.equal('signed-out');
      expect(controller.account).to.equal(null);
    });

    it('only forgets the account with sign-out="local"', async () => {
      const client = new FakeMsalClient();
      client.accounts = [fakeAccount()];
      const { controller } = setup({ signOut: 'local' }, client);
      await controller.ready;
      await controller.signOut();
      expect(client.calls).to.include('clearCache');
      expect(client.calls).not.to.include('logoutPopup');
      expect(controller.state).to.equal('signed-out');
    });
  });

  describe('other tabs', () => {
    it('follows a sign-in and a sign-out made by another tab', async () => {
      const settings = { clientId: 'shared-app', authority: 'https://login.microsoftonline.com/cross-tab' };
      const here = new MsalAuthController(settings, { clientFactory: async () => new FakeMsalClient() });
      const otherClient = new FakeMsalClient();
      const other = new MsalAuthController(settings, { clientFactory: async () => otherClient });
      await Promise.all([here.ready, other.ready]);

      const otherSignedIn = new Promise((resolve) => other.subscribe((s) => s.state === 'signed-in' && resolve(s)));
      await here.signIn();
      await otherSignedIn;
      expect(otherClient.calls).to.include('ssoSilent');
      expect(other.account?.username).to.equal('ada@contoso.test');

      const otherSignedOut = new Promise((resolve) => other.subscribe((s) => s.state === 'signed-out' && resolve(s)));
      await here.signOut();
      await otherSignedOut;
      expect(other.account).to.equal(null);
      here.dispose();
      other.dispose();
    });
  });
});
