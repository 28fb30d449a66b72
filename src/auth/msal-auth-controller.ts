import type { AccountInfo, AuthenticationResult } from '@azure/msal-browser';
import { abortable } from './abortable.js';
import { toAccount } from './account.js';
import { handOffAuthResponse, hasRedirectResponse } from './auth-response.js';
import { CrossTabChannel, type CrossTabMessage } from './cross-tab.js';
import { toPorticoAuthError } from './error-mapping.js';
import { authErrorFacts } from './error-texts.js';
import { AuthErrorCode, PorticoAuthError } from './errors.js';
import { idleOrWoken } from './idle.js';
import { InFlight } from './in-flight.js';
import { runInteraction } from './interaction-queue.js';
import { createMsalClient, type MsalClient, type MsalClientFactory } from './msal-client.js';
import { resolveUri, toSignInRequest } from './msal-configuration.js';
import { MsalAccountChoice } from './msal-account-choice.js';
import { openBlankPopup, startInPopup, whenPopupAbandoned } from './popup.js';
import { parseProviderConfig, type ProviderSettings } from './provider-config.js';
import {
  AuthState,
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
} from './types.js';
import { decodeJwtPayload } from './jwt.js';

export interface MsalAuthControllerOptions {
  /** Replaces MSAL, e.g. with a fake in tests. */
  clientFactory?: MsalClientFactory;
}

/** Which provider started the redirect that brings the user back to this page. */
const PENDING_REDIRECT_KEY = 'portico.pending-redirect';
/** Errors after which a token can only come from the user again. */
const NEEDS_USER: readonly string[] = [
  AuthErrorCode.InteractionRequired,
  AuthErrorCode.LoginRequired,
  AuthErrorCode.InvalidGrant,
  AuthErrorCode.ConsentRequired,
];

/**
 * Providers whose start failed because MSAL's code did not arrive, by the factory they start MSAL
 * with: when it arrives for one of them (its user pressed "Try again"), the others start again too.
 */
const waitingForMsal = new Map<MsalClientFactory, Set<() => void>>();

/**
 * The `AuthController` over `@azure/msal-browser`. MSAL's code is fetched when the browser is
 * idle after first paint, or at once when the user needs it; until then the state is `initializing`.
 */
export class MsalAuthController implements AuthController {
  readonly config: ProviderConfig;
  readonly ready: Promise<void>;
  #snapshot: AuthSnapshot = { state: AuthState.Initializing, account: null, error: null };
  #msalAccount: AccountInfo | null = null;
  #client: Promise<MsalClient> | undefined;
  #interaction: Promise<Account> | undefined;
  readonly #listeners = new Set<AuthListener>();
  readonly #tokens = new InFlight<AccessToken>();
  /** The last token handed out, so a cached token is decoded once rather than on every call. */
  #lastToken: AccessToken | undefined;
  readonly #factory: MsalClientFactory;
  readonly #idle = idleOrWoken();
  readonly #crossTab: CrossTabChannel;
  readonly #choice: MsalAccountChoice;

  /** @throws {PorticoAuthError} when the settings are invalid (see `parseProviderConfig`). */
  constructor(settings: ProviderSettings | ProviderConfig, options: MsalAuthControllerOptions = {}) {
    this.config = parseProviderConfig(settings);
    this.#factory = options.clientFactory ?? createMsalClient;
    this.#crossTab = new CrossTabChannel(this.#providerKey, (message) => void this.#onOtherTab(message));
    this.#choice = new MsalAccountChoice(choiceStorage(this.config.cacheLocation), this.config.clientId, this.config.authority);
    this.ready = this.#start();
  }

  get state() {
    return this.#snapshot.state;
  }
  get account() {
    return this.#snapshot.account;
  }
  get error() {
    return this.#snapshot.error;
  }

  subscribe(listener: AuthListener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /**
   * Signs in interactively. The popup opens synchronously, so call this straight from a click
   * handler; a blocked popup falls back to the redirect flow. While a sign-in runs, further
   * calls return the same promise.
   */
  signIn(options: SignInOptions = {}): Promise<Account> {
    if (this.#interaction) return this.#interaction;
    const popup = (options.loginMode ?? this.config.loginMode) === LoginMode.Popup ? openBlankPopup(this.#popupName) : null;
    const request = toSignInRequest(this.config, options);
    this.#update({ state: AuthState.SigningIn, error: null });
    this.#idle.wake();
    this.#interaction = runInteraction(async () => {
      await this.ready;
      const client = await this.#loadClient();
      // MSAL would pre-fill its active account, which is shared by every provider of this client ID.
      client.setActiveAccount(null);
      if (!popup) return this.#redirect(() => client.loginRedirect(request));
      const login = startInPopup(popup, () => client.loginPopup({ ...request, overrideInteractionInProgress: true }));
      const abandoned = new AbortController();
      try {
        return this.#signedIn(await Promise.race([login, whenPopupAbandoned(popup, abandoned.signal)]), true);
      } catch (error) {
        // The user came back without finishing; should the window still finish, that sign-in counts.
        login.then(
          (result) => this.#lateSignIn(result),
          () => {},
        );
        throw error;
      } finally {
        abandoned.abort();
      }
    })
      .then(untilPageUnloads)
      .catch((error: unknown) => {
        popup?.close();
        throw this.#fail(error);
      })
      .finally(() => (this.#interaction = undefined));
    return this.#interaction;
  }

  /** Signs out here and, unless `sign-out="local"`, at the identity provider too. */
  async signOut(): Promise<void> {
    const account = this.#msalAccount;
    const global = this.config.signOut === SignOutScope.Global && account !== null;
    const popup = global && this.config.loginMode === LoginMode.Popup ? openBlankPopup(this.#popupName) : null;
    this.#idle.wake();
    await runInteraction(async () => {
      const client = await this.#loadClient();
      if (!global) {
        await client.clearCache(account ? { account } : undefined);
      } else {
        const request = { account, idTokenHint: account.idToken, postLogoutRedirectUri: resolveUri(this.config.postLogoutRedirectUri) };
        if (!popup) return this.#redirect(() => client.logoutRedirect(request));
        await startInPopup(popup, () => client.logoutPopup(request));
      }
      this.#signedOut();
      this.#crossTab.post('signed-out');
      return undefined;
    })
      .then(untilPageUnloads)
      .catch((error: unknown) => {
        popup?.close();
        throw this.#fail(error);
      });
  }

  /**
   * An access token for `scopes`, from the cache when it is still fresh. Callers asking for the
   * same scopes at the same time share one request; one caller's `signal` aborting ends only its own wait.
   * @throws {PorticoAuthError} `interaction-required` when only the user can get a new one.
   */
  getAccessToken({ scopes, forceRefresh = false, signal }: TokenRequest): Promise<AccessToken> {
    return abortable(this.#accessToken(scopes, forceRefresh), signal);
  }

  async #accessToken(scopes: readonly string[], forceRefresh: boolean): Promise<AccessToken> {
    const account = await this.#signedInAccount();
    const key = [account.homeAccountId, ...[...scopes].sort(), forceRefresh ? 'refresh' : ''].join(' ');
    return this.#tokens.run(key, async () => {
      const client = await this.#loadClient();
      try {
        return this.#toAccessToken(await client.acquireTokenSilent({ scopes: [...scopes], account, forceRefresh }));
      } catch (error) {
        throw this.#silentFailure(error);
      }
    });
  }

  /**
   * The account's ID token from MSAL's cache while it has more than a minute left, else a silently renewed one.
   * @throws {PorticoAuthError} `login-required` when signed out, `interaction-required` when only the user can renew it.
   */
  async getIdToken(): Promise<string> {
    const account = await this.#signedInAccount();
    const exp = account.idTokenClaims?.exp;
    if (account.idToken && (typeof exp !== 'number' || exp * 1000 > Date.now() + 60_000)) return account.idToken;
    const client = await this.#loadClient();
    try {
      const result = await client.acquireTokenSilent({ scopes: [...this.config.scopes], account, forceRefresh: true });
      return result.idToken;
    } catch (error) {
      throw this.#silentFailure(error);
    }
  }

  /** The signed-in MSAL account, once any redirect response is handled (MSAL's code woken meanwhile). */
  async #signedInAccount(): Promise<AccountInfo> {
    this.#idle.wake();
    await this.ready;
    const account = this.#msalAccount;
    if (!account) throw new PorticoAuthError(AuthErrorCode.LoginRequired, 'You need to sign in first.', 'Sign in, then try again.');
    return account;
  }

  /**
   * What a failed silent request becomes: its own mapped error, or `interaction-required` (shown
   * as the controller's error, the state staying signed-in) when only the user can help.
   */
  #silentFailure(error: unknown): PorticoAuthError {
    const mapped = this.#map(error);
    if (!NEEDS_USER.includes(mapped.code)) return mapped;
    const needsUser = new PorticoAuthError(AuthErrorCode.InteractionRequired, mapped.message, mapped.hint, { cause: error });
    this.#update({ error: needsUser });
    return needsUser;
  }

  #toAccessToken(result: AuthenticationResult): AccessToken {
    if (this.#lastToken?.accessToken === result.accessToken) return this.#lastToken;
    this.#lastToken = {
      accessToken: result.accessToken,
      expiresOn: result.expiresOn,
      scopes: result.scopes,
      claims: decodeJwtPayload(result.accessToken),
    };
    return this.#lastToken;
  }

  /** Stops listening to other tabs (and waiting for MSAL's code on behalf of another provider). */
  dispose(): void {
    this.#crossTab.close();
    waitingForMsal.get(this.#factory)?.delete(this.#startAgain);
  }

  get #providerKey(): string {
    return `${this.config.clientId} ${this.config.authority}`;
  }

  get #popupName(): string {
    return `portico-${this.config.clientId}`;
  }

  async #start(): Promise<void> {
    if (await handOffAuthResponse()) return;
    // A page coming back from a redirect sign-in loads MSAL at once; any other waits for idle time.
    const pending = pendingRedirect();
    const returning = pending !== null || hasRedirectResponse();
    if (!returning) await this.#idle.promise;
    await this.#restore(pending, returning);
  }

  /** Finds who is signed in: MSAL's answer to a redirect sign-in, or the account this provider chose. */
  async #restore(pending: string | null, returning: boolean): Promise<void> {
    try {
      const client = await this.#loadClient();
      const mine = pending === this.#providerKey || (pending === null && returning);
      const result = mine ? await client.handleRedirectPromise().finally(clearPendingRedirect) : null;
      const account = result?.account ?? this.#cachedAccount(client);
      if (account) this.#signedIn({ account }, result !== null);
      // A click may have started signing in while MSAL loaded: that sign-in owns the state now.
      else if (!this.#interaction) this.#signedOut();
    } catch (error) {
      if (this.#fail(error).code !== AuthErrorCode.PartLoadFailed) return;
      const waiting = waitingForMsal.get(this.#factory) ?? new Set();
      waitingForMsal.set(this.#factory, waiting.add(this.#startAgain));
    }
  }

  /** MSAL's code has arrived for another provider: this one, still showing that it had not, starts again. */
  readonly #startAgain = (): void => {
    if (this.#snapshot.error?.code === AuthErrorCode.PartLoadFailed && !this.#interaction) void this.#restore(null, false);
  };

  /** MSAL's client, started once; should that fail (its code did not arrive), the next call starts it again. */
  #loadClient(): Promise<MsalClient> {
    this.#client ??= this.#factory(this.config).then(
      (client) => {
        const waiting = waitingForMsal.get(this.#factory);
        waitingForMsal.delete(this.#factory);
        for (const startAgain of waiting ?? []) startAgain();
        return client;
      },
      (error: unknown) => {
        this.#client = undefined;
        throw error;
      },
    );
    return this.#client;
  }

  /** The account this provider chose among those MSAL cached (several providers may share one client ID). */
  #cachedAccount(client: MsalClient): AccountInfo | null {
    return this.#choice.find(client.getAllAccounts().filter((account) => belongsTo(account, this.config)));
  }

  #signedIn(result: Pick<AuthenticationResult, 'account'>, announce: boolean): Account {
    this.#msalAccount = result.account;
    this.#choice.set(result.account);
    const account = toAccount(result.account);
    this.#update({ state: AuthState.SignedIn, account, error: null });
    if (announce) this.#crossTab.post('signed-in', account.username);
    return account;
  }

  /** A sign-in window the user had left finished after all. */
  #lateSignIn(result: AuthenticationResult): void {
    if (this.#interaction || this.state === AuthState.SignedIn) return;
    this.#signedIn(result, true);
  }

  #signedOut(): void {
    this.#msalAccount = null;
    this.#choice.clear();
    this.#update({ state: AuthState.SignedOut, account: null, error: null });
  }

  /**
   * Leaves the page for the identity provider. Resolves to `LEFT_PAGE` so the interaction queue is
   * free again (should the navigation be cancelled), while the caller's promise stays pending.
   */
  async #redirect(navigate: () => Promise<void>): Promise<typeof LEFT_PAGE> {
    sessionStorage.setItem(PENDING_REDIRECT_KEY, this.#providerKey);
    await navigate();
    return LEFT_PAGE;
  }

  async #onOtherTab(message: CrossTabMessage): Promise<void> {
    await this.ready;
    const client = await this.#loadClient();
    if (message.type === 'signed-out') {
      if (this.#msalAccount) await client.clearCache({ account: this.#msalAccount });
      this.#signedOut();
      return;
    }
    if (this.state === AuthState.SignedIn || this.#interaction) return;
    try {
      const cached = this.#cachedAccount(client);
      const result = cached
        ? { account: cached }
        : await client.ssoSilent({ scopes: [...this.config.scopes], ...(message.username ? { loginHint: message.username } : {}) });
      this.#signedIn(result, false);
    } catch {
      // The other tab's session is not usable here (e.g. third-party cookies blocked): stay signed out.
    }
  }

  #map(error: unknown): PorticoAuthError {
    return toPorticoAuthError(error, authErrorFacts(this.config));
  }

  /** Records a failed interaction; a cancelled one just returns to where the user was. */
  #fail(error: unknown): PorticoAuthError {
    const mapped = this.#map(error);
    if (mapped.code === AuthErrorCode.UserCancelled) {
      this.#update({ state: this.#snapshot.account ? AuthState.SignedIn : AuthState.SignedOut, error: mapped });
    } else {
      this.#update({ state: AuthState.Error, error: mapped });
    }
    return mapped;
  }

  #update(change: Partial<AuthSnapshot>): void {
    this.#snapshot = { ...this.#snapshot, ...change };
    for (const listener of this.#listeners) listener(this.#snapshot);
  }
}

const LEFT_PAGE = Symbol('left-page');
/** A directory (tenant) id as it appears in an Entra authority. */
const TENANT_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The result of an interaction, or a promise that never settles when the page is navigating away. */
function untilPageUnloads<T>(result: T | typeof LEFT_PAGE): T | Promise<never> {
  return result === LEFT_PAGE ? new Promise<never>(() => {}) : result;
}

function pendingRedirect(): string | null {
  return typeof sessionStorage === 'undefined' ? null : sessionStorage.getItem(PENDING_REDIRECT_KEY);
}

function clearPendingRedirect(): void {
  sessionStorage.removeItem(PENDING_REDIRECT_KEY);
}

/** Where a provider keeps its account choice: beside MSAL's cache (the page's memory for `cache-location="memory"`). */
function choiceStorage(location: ProviderConfig['cacheLocation']): Storage | undefined {
  if (location === 'localStorage' && typeof localStorage !== 'undefined') return localStorage;
  if (location === 'sessionStorage' && typeof sessionStorage !== 'undefined') return sessionStorage;
  return undefined;
}

/**
 * Whether MSAL's cached `account` can be this provider's: same host, and the same issuer (OpenID
 * Connect) or the same directory when the authority names one by its id (an Entra tenant GUID).
 */
function belongsTo(account: AccountInfo, config: ProviderConfig): boolean {
  const authority = new URL(config.authority);
  if (account.environment && ![authority.host, authority.hostname].includes(account.environment)) return false;
  if (config.kind === ProviderKind.Oidc) {
    const issuer = account.idTokenClaims?.iss;
    return typeof issuer === 'string' && issuer.replace(/\/$/, '') === config.authority;
  }
  const tenant = authority.pathname.split('/')[1] ?? '';
  return config.kind !== ProviderKind.Entra || !TENANT_ID.test(tenant) || account.tenantId.toLowerCase() === tenant.toLowerCase();
}
