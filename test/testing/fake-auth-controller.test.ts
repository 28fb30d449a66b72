import { expect } from '@open-wc/testing';
import { AuthErrorCode, PorticoAuthError } from '../../src/auth/errors.js';
import { providerRegistry } from '../../src/auth/registry.js';
import { AuthState, type AuthSnapshot } from '../../src/auth/types.js';
import { FakeAuthController, fakeAccount, fakeError, registerFakeProvider } from '../../src/testing/index.js';

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('FakeAuthController', () => {
  describe('state', () => {
    it('starts signed out, ready, with a complete configuration', async () => {
      const fake = new FakeAuthController({ label: 'Contoso' });
      await fake.ready;
      expect(fake.state).to.equal(AuthState.SignedOut);
      expect(fake.account).to.equal(null);
      expect(fake.error).to.equal(null);
      expect(fake.config).to.include({ label: 'Contoso', loginMode: 'popup', kind: 'oidc' });
    });

    it('starts signed in when given an account', () => {
      const account = fakeAccount();
      const fake = new FakeAuthController({ account });
      expect(fake.state).to.equal(AuthState.SignedIn);
      expect(fake.account).to.equal(account);
    });

    it('tells subscribers about signInAs, signOutNow, fail and setState, until they unsubscribe', () => {
      const fake = new FakeAuthController();
      const seen: AuthSnapshot[] = [];
      const unsubscribe = fake.subscribe((snapshot) => seen.push(snapshot));
      expect(fake.listenerCount).to.equal(1);
      const account = fake.signInAs(fakeAccount({ name: 'Grace Hopper' }));
      fake.signOutNow();
      const error = fake.fail(AuthErrorCode.NetworkError);
      fake.setState({ state: AuthState.Initializing, error: null });
      unsubscribe();
      fake.signInAs();
      expect(seen.map((snapshot) => snapshot.state)).to.deep.equal(['signed-in', 'signed-out', 'error', 'initializing']);
      expect(seen[0]!.account).to.equal(account);
      expect(seen[2]!.error).to.equal(error);
      expect(error).to.be.instanceOf(PorticoAuthError);
      expect(error.code).to.equal('network-error');
      expect(fake.listenerCount).to.equal(0);
    });

    it('stays signed in when a token needs the user again', () => {
      const fake = new FakeAuthController({ account: fakeAccount() });
      fake.fail(AuthErrorCode.InteractionRequired);
      expect(fake.state).to.equal(AuthState.SignedIn);
      expect(fake.error?.code).to.equal('interaction-required');
    });
  });

  describe('signIn', () => {
    it('moves to signing-in synchronously, records the options, then signs in as signInAccount', async () => {
      const account = fakeAccount({ name: 'Grace Hopper' });
      const fake = new FakeAuthController({ signInAccount: account });
      const running = fake.signIn({ loginMode: 'redirect', scopes: ['User.Read'] });
      expect(fake.state).to.equal(AuthState.SigningIn);
      expect(fake.signInCalls).to.deep.equal([{ loginMode: 'redirect', scopes: ['User.Read'] }]);
      expect(await running).to.equal(account);
      expect(fake.state).to.equal(AuthState.SignedIn);
      expect(fake.account).to.equal(account);
    });

    it('returns the running sign-in to a second call', () => {
      const fake = new FakeAuthController({ signInOutcome: 'hang' });
      expect(fake.signIn()).to.equal(fake.signIn());
      expect(fake.signInCalls).to.have.length(2);
    });

    it('hangs until settled', async () => {
      const fake = new FakeAuthController({ signInOutcome: 'hang' });
      let done = false;
      const running = fake.signIn().then(() => (done = true));
      await flush();
      expect(done).to.equal(false);
      expect(fake.state).to.equal(AuthState.SigningIn);
      fake.settle();
      await running;
      expect(fake.state).to.equal(AuthState.SignedIn);
    });

    it('rejects with the configured error and records it in the error state', async () => {
      const failure = fakeError(AuthErrorCode.PopupBlocked, 'Allow pop-ups.');
      const fake = new FakeAuthController({ signInOutcome: failure });
      const error = await fake.signIn().catch((reason: unknown) => reason);
      expect(error).to.equal(failure);
      expect(fake.state).to.equal(AuthState.Error);
      expect(fake.error).to.equal(failure);
      expect(fake.error?.hint).to.equal('Allow pop-ups.');
    });

    it('goes back to where it was when the user cancels', async () => {
      const account = fakeAccount();
      const fake = new FakeAuthController({ account, signInOutcome: 'hang' });
      const running = fake.signIn().catch((reason: unknown) => reason);
      fake.settle(fakeError(AuthErrorCode.UserCancelled));
      expect(((await running) as PorticoAuthError).code).to.equal('user-cancelled');
      expect(fake.state).to.equal(AuthState.SignedIn);
      expect(fake.account).to.equal(account);
      expect(fake.error?.code).to.equal('user-cancelled');
    });
  });

  describe('signOut', () => {
    it('signs out and counts the calls', async () => {
      const fake = new FakeAuthController({ account: fakeAccount() });
      await fake.signOut();
      expect(fake.signOutCalls).to.equal(1);
      expect(fake.state).to.equal(AuthState.SignedOut);
      expect(fake.account).to.equal(null);
    });

    it('hangs or fails as configured', async () => {
      const fake = new FakeAuthController({ account: fakeAccount(), signOutOutcome: 'hang' });
      const running = fake.signOut();
      await flush();
      expect(fake.state).to.equal(AuthState.SignedIn);
      fake.settle();
      await running;
      expect(fake.state).to.equal(AuthState.SignedOut);
      fake.signOutOutcome = fakeError(AuthErrorCode.NetworkError);
      const error = await fake.signOut().catch((reason: unknown) => reason);
      expect((error as PorticoAuthError).code).to.equal('network-error');
      expect(fake.state).to.equal(AuthState.Error);
    });
  });

  describe('getAccessToken', () => {
    it('returns the configured token for the requested scopes and records the request', async () => {
      const fake = new FakeAuthController({ account: fakeAccount(), accessToken: 'token-1' });
      const token = await fake.getAccessToken({ scopes: ['User.Read'] });
      expect(token.accessToken).to.equal('token-1');
      expect(token.scopes).to.deep.equal(['User.Read']);
      expect(token.expiresOn!.getTime()).to.be.greaterThan(Date.now());
      expect(fake.tokenRequests).to.deep.equal([{ scopes: ['User.Read'] }]);
    });

    it('rejects with an AbortError when the signal aborts, and records the request without it', async () => {
      const fake = new FakeAuthController({ account: fakeAccount() });
      const aborting = new AbortController();
      const pending = fake.getAccessToken({ scopes: ['a'], signal: aborting.signal }).catch((reason: unknown) => reason);
      aborting.abort();
      expect(await pending)
        .to.be.instanceOf(DOMException)
        .with.property('name', 'AbortError');
      expect(fake.tokenRequests).to.deep.equal([{ scopes: ['a'] }]);
    });

    it('rejects with login-required when signed out, and with the configured error', async () => {
      const fake = new FakeAuthController();
      const signedOut = await fake.getAccessToken({ scopes: ['a'] }).catch((reason: unknown) => reason);
      expect((signedOut as PorticoAuthError).code).to.equal('login-required');
      fake.signInAs();
      fake.accessToken = fakeError(AuthErrorCode.InteractionRequired);
      const failure = await fake.getAccessToken({ scopes: ['a'] }).catch((reason: unknown) => reason);
      expect((failure as PorticoAuthError).code).to.equal('interaction-required');
    });
  });
});

describe('registerFakeProvider', () => {
  it('puts the controller into the page registry under its id and takes it out again', () => {
    const controller = new FakeAuthController({ label: 'Contoso' });
    const unregister = registerFakeProvider({ id: 'registry-test', controller });
    expect(providerRegistry().get('registry-test')).to.deep.equal({ id: 'registry-test', label: 'Contoso', controller, error: null });
    unregister();
    expect(providerRegistry().get('registry-test')).to.equal(undefined);
  });

  it('registers a misconfigured provider', () => {
    const error = fakeError(AuthErrorCode.MissingClientId);
    const unregister = registerFakeProvider({ id: 'broken-test', label: 'Broken', error });
    expect(providerRegistry().get('broken-test')).to.deep.equal({ id: 'broken-test', label: 'Broken', controller: null, error });
    unregister();
  });

  it('refuses an id that is taken', () => {
    const unregister = registerFakeProvider({ id: 'taken', controller: new FakeAuthController() });
    try {
      expect(() => registerFakeProvider({ id: 'taken', controller: new FakeAuthController() })).to.throw(/already registered/);
    } finally {
      unregister();
    }
  });
});

describe('fakeAccount', () => {
  it('is Ada Lovelace by default, with claims that agree', () => {
    const account = fakeAccount();
    expect(account).to.include({ name: 'Ada Lovelace', username: 'ada@contoso.example' });
    expect(account.idTokenClaims).to.include({ name: 'Ada Lovelace', preferred_username: 'ada@contoso.example', tid: account.tenantId });
    expect(account.idTokenClaims['exp']).to.be.greaterThan(Date.now() / 1000);
  });

  it('applies overrides to the fields and the claims', () => {
    const account = fakeAccount({ name: 'Grace Hopper', roles: ['admins'] });
    expect(account.name).to.equal('Grace Hopper');
    expect(account.roles).to.deep.equal(['admins']);
    expect(account.idTokenClaims).to.deep.include({ name: 'Grace Hopper', roles: ['admins'] });
  });

  it('keeps claims given explicitly', () => {
    expect(fakeAccount({ idTokenClaims: { sub: 'x' } }).idTokenClaims).to.deep.equal({ sub: 'x' });
  });
});

describe('portico-widgets/testing', () => {
  it('defines no element when imported', () => {
    expect(customElements.get('portico-sign-in')).to.equal(undefined);
    expect(customElements.get('portico-auth')).to.equal(undefined);
  });
});
