import { abortable } from '../auth/abortable.js';
import { AuthErrorCode, PorticoAuthError } from '../auth/errors.js';
import {
  AuthState,
  CacheLocation,
  LoginMode,
  ProviderKind,
  SignOutScope,
  type AccessToken,
  type Account,
  type AuthController,
  type AuthListener,
  type AuthSnapshot,
  type ProviderConfig,
  type SignInOptions,
  type TokenRequest,
} from '../auth/types.js';
import { fakeAccount } from './fake-account.js';
import { fakeJwt } from './fake-jwt.js';

/**
 * What the next `signIn()` or `signOut()` does: `'resolve'` succeeds, `'hang'` stays busy until
 * `settle()` is called (or forever), a `PorticoAuthError` rejects with it.
 */
export type FakeOutcome = 'resolve' | 'hang' | PorticoAuthError;

/** One call the fake received, in order. */
export type FakeCall =
  | { readonly method: 'signIn'; readonly options: SignInOptions }
  | { readonly method: 'signOut' }
  | { readonly method: 'getAccessToken'; readonly request: TokenRequest }
  | { readonly method: 'getIdToken' };

export interface FakeAuthControllerOptions {
  /** The provider's `label` (its sign-in button says "Sign in with {label}"). Default `Fake`. */
  readonly label?: string;
  /** Any other part of the provider's configuration. */
  readonly config?: Partial<ProviderConfig>;
  /** The starting state; `signed-in` when `account` is given, else `signed-out`. */
  readonly state?: AuthState;
  /** Start signed in as this account. */
  readonly account?: Account | null;
  /** The account a resolving `signIn()` signs in as. Default `fakeAccount()`. */
  readonly signInAccount?: Account;
  /** What `signIn()` does. Default `'resolve'`. */
  readonly signInOutcome?: FakeOutcome;
  /** What `signOut()` does. Default `'resolve'`. */
  readonly signOutOutcome?: FakeOutcome;
  /** What `getAccessToken()` returns (the token string) or rejects with. Default `'fake-access-token'`. */
  readonly accessToken?: string | PorticoAuthError;
  /** What `getIdToken()` returns or rejects with. Default: a fake JWT of the account's ID-token claims. */
  readonly idToken?: string | PorticoAuthError;
}

/**
 * An `AuthController` that does no network and opens no window, for component tests and
 * stories: its state is set by hand, every call is recorded in `calls`, and what `signIn()`,
 * `signOut()` and `getAccessToken()` do is configurable. Like the real controller it moves to
 * `signing-in` synchronously inside `signIn()`, returns the same promise for a second call
 * while one runs, and reports a failure in its snapshot (`error` state; `user-cancelled` goes
 * back to where it was).
 *
 * @example
 * const fake = new FakeAuthController({ label: 'Contoso' });
 * const unregister = registerFakeProvider({ id: 'contoso', controller: fake });
 * fake.signInAs(fakeAccount({ roles: ['admins'] }));
 */
export class FakeAuthController implements AuthController {
  readonly config: ProviderConfig;
  readonly ready: Promise<void> = Promise.resolve();
  /** Every call received, oldest first. */
  readonly calls: FakeCall[] = [];
  signInOutcome: FakeOutcome;
  signOutOutcome: FakeOutcome;
  signInAccount: Account;
  accessToken: string | PorticoAuthError;
  idToken: string | PorticoAuthError | undefined;

  #snapshot: AuthSnapshot;
  readonly #listeners = new Set<AuthListener>();
  #interaction: Promise<Account> | undefined;
  #hung: Array<(outcome: 'resolve' | PorticoAuthError) => void> = [];

  constructor(options: FakeAuthControllerOptions = {}) {
    this.config = fakeConfig({ ...options.config, ...(options.label !== undefined ? { label: options.label } : {}) });
    const account = options.account ?? null;
    this.#snapshot = { state: options.state ?? (account ? AuthState.SignedIn : AuthState.SignedOut), account, error: null };
    this.signInOutcome = options.signInOutcome ?? 'resolve';
    this.signOutOutcome = options.signOutOutcome ?? 'resolve';
    this.signInAccount = options.signInAccount ?? fakeAccount();
    this.accessToken = options.accessToken ?? 'fake-access-token';
    this.idToken = options.idToken;
  }

  get state(): AuthState {
    return this.#snapshot.state;
  }
  get account(): Account | null {
    return this.#snapshot.account;
  }
  get error(): PorticoAuthError | null {
    return this.#snapshot.error;
  }

  /** The options of every `signIn()` call, oldest first. */
  get signInCalls(): SignInOptions[] {
    return this.calls.flatMap((call) => (call.method === 'signIn' ? [call.options] : []));
  }
  /** How many times `signOut()` was called. */
  get signOutCalls(): number {
    return this.calls.filter((call) => call.method === 'signOut').length;
  }
  /** The requests of every `getAccessToken()` call, oldest first. */
  get tokenRequests(): TokenRequest[] {
    return this.calls.flatMap((call) => (call.method === 'getAccessToken' ? [call.request] : []));
  }
  /** How many listeners are subscribed now (to check that a widget unsubscribes). */
  get listenerCount(): number {
    return this.#listeners.size;
  }

  signIn(options: SignInOptions = {}): Promise<Account> {
    this.calls.push({ method: 'signIn', options });
    if (this.#interaction) return this.#interaction;
    const before = this.#snapshot;
    this.#update({ state: AuthState.SigningIn, error: null });
    this.#interaction = this.#run(this.signInOutcome)
      .then(
        () => {
          const account = this.signInAccount;
          this.#update({ state: AuthState.SignedIn, account, error: null });
          return account;
        },
        (error: PorticoAuthError) => {
          const cancelled = error.code === AuthErrorCode.UserCancelled;
          this.#update({ state: cancelled ? before.state : AuthState.Error, account: cancelled ? before.account : null, error });
          throw error;
        },
      )
      .finally(() => (this.#interaction = undefined));
    return this.#interaction;
  }

  signOut(): Promise<void> {
    this.calls.push({ method: 'signOut' });
    return this.#run(this.signOutOutcome).then(
      () => this.#update({ state: AuthState.SignedOut, account: null, error: null }),
      (error: PorticoAuthError) => {
        this.#update({ state: AuthState.Error, error });
        throw error;
      },
    );
  }

  /**
   * Resolves with `accessToken` for the requested scopes, or rejects: with `accessToken` when it is an
   * error, `login-required` when signed out, `signal.reason` when the request's signal aborts first.
   * The recorded request leaves the signal out.
   */
  getAccessToken({ signal, ...request }: TokenRequest): Promise<AccessToken> {
    this.calls.push({ method: 'getAccessToken', request });
    return abortable(this.#accessToken(request), signal);
  }

  async #accessToken(request: TokenRequest): Promise<AccessToken> {
    const token = this.accessToken;
    if (token instanceof PorticoAuthError) throw token;
    if (!this.account) {
      throw new PorticoAuthError(AuthErrorCode.LoginRequired, 'You need to sign in first.', 'Sign in, then try again.');
    }
    return { accessToken: token, expiresOn: new Date(Date.now() + 3_600_000), scopes: [...request.scopes], claims: {} };
  }

  /** Resolves with `idToken` (default: a fake JWT of the account's ID-token claims), or rejects like `getAccessToken()`. */
  async getIdToken(): Promise<string> {
    this.calls.push({ method: 'getIdToken' });
    const token = this.idToken;
    if (token instanceof PorticoAuthError) throw token;
    const account = this.account;
    if (!account) {
      throw new PorticoAuthError(AuthErrorCode.LoginRequired, 'You need to sign in first.', 'Sign in, then try again.');
    }
    return token ?? fakeJwt({ ...account.idTokenClaims });
  }

  subscribe(listener: AuthListener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /** Signed in as `account` (default `fakeAccount()`), as if a sign-in had just finished. */
  signInAs(account: Account = fakeAccount()): Account {
    this.#update({ state: AuthState.SignedIn, account, error: null });
    return account;
  }

  /** Signed out, as if a sign-out had just finished. */
  signOutNow(): void {
    this.#update({ state: AuthState.SignedOut, account: null, error: null });
  }

  /**
   * In the `error` state with `error` (an error code makes a generic error of that code). With
   * `interaction-required` while signed in, stays signed in: a token needs the user again.
   */
  fail(error: PorticoAuthError | AuthErrorCode): PorticoAuthError {
    const failure = typeof error === 'string' ? fakeError(error) : error;
    const stillSignedIn = failure.code === AuthErrorCode.InteractionRequired && this.account !== null;
    this.#update(stillSignedIn ? { error: failure } : { state: AuthState.Error, error: failure });
    return failure;
  }

  /** Sets any part of the snapshot; subscribers hear about it. */
  setState(change: Partial<AuthSnapshot>): void {
    this.#update(change);
  }

  /** Finishes every hung `signIn()`/`signOut()`: successfully, or by rejecting with `error`. */
  settle(outcome: 'resolve' | PorticoAuthError = 'resolve'): void {
    const hung = this.#hung;
    this.#hung = [];
    for (const finish of hung) finish(outcome);
  }

  /** Settles after a microtask (like a real, asynchronous controller), or when `settle()` is called. */
  #run(outcome: FakeOutcome): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      const finish = (result: 'resolve' | PorticoAuthError) => (result === 'resolve' ? resolve() : reject(result));
      if (outcome === 'hang') this.#hung.push(finish);
      else queueMicrotask(() => finish(outcome));
    });
  }

  #update(change: Partial<AuthSnapshot>): void {
    this.#snapshot = { ...this.#snapshot, ...change };
    for (const listener of [...this.#listeners]) listener(this.#snapshot);
  }
}

/** A complete configuration for a fake provider; nothing in it is ever contacted. */
function fakeConfig(overrides: Partial<ProviderConfig>): ProviderConfig {
  return {
    clientId: 'fake-client-id',
    authority: 'https://login.example.com/fake',
    kind: ProviderKind.Oidc,
    label: 'Fake',
    scopes: ['openid', 'profile'],
    redirectUri: undefined,
    postLogoutRedirectUri: undefined,
    loginMode: LoginMode.Popup,
    cacheLocation: CacheLocation.Memory,
    signOut: SignOutScope.Global,
    knownAuthorities: [],
    domainHint: undefined,
    loginHint: undefined,
    prompt: undefined,
    popupTimeout: 60_000,
    ...overrides,
  };
}

/** A `PorticoAuthError` of `code` with a plain message and hint, for tests and stories. */
export function fakeError(code: AuthErrorCode, hint = `Fake hint for ${code}.`): PorticoAuthError {
  return new PorticoAuthError(code, `Fake ${code} error.`, hint);
}
