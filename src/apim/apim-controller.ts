import { LazyImport } from '../auth/lazy-import.js';
import { AuthState, ProviderKind, type AuthController } from '../auth/types.js';
import { dataApiBase, type Fetch } from './data-api.js';
import type { DeveloperSession } from './developer-session.js';
import { ApimErrorCode, PorticoApimError, toApimError } from './errors.js';
import { ApimState, type ApimListener, type ApimProduct, type ApimSnapshot, type ApimSubscription, type KeyName, type SubscriptionKeys } from './types.js';

/** The data API's side, fetched (its own chunk in the CDN build) the first time someone signs in, once for the page. */
const sessionCode = new LazyImport(() => import('./developer-session.js'), new URL('./developer-session.js', import.meta.url));

/** How the ID token is presented to API Management: `Aad` (Entra ID, External ID) or `AadB2C`. */
export type IdentityProviderType = 'Aad' | 'AadB2C';

export interface ApimControllerOptions {
  /** The developer portal's URL, e.g. `https://contoso.developer.azure-api.net`; the data API is at `{developerUrl}/developer`. */
  readonly developerUrl: string;
  /** The identity provider whose ID token signs the developer in. */
  readonly auth: AuthController;
  /** Default: `AadB2C` for a B2C provider, `Aad` otherwise. */
  readonly identityProvider?: IdentityProviderType;
  /** Replaces `fetch`, e.g. in tests. */
  readonly fetch?: Fetch;
}

/** Details of a new developer account; by default they come from the ID token's claims. */
export interface SignUpDetails {
  readonly firstName?: string;
  readonly lastName?: string;
  readonly email?: string;
}

/**
 * Signs the developer in to Azure API Management the way its developer portal does (the provider's
 * ID token exchanged at `GET /developer/identity` for a shared access signature, renewed before it
 * expires, forgotten on sign-out) and manages their subscriptions through the developer data API.
 * Framework-free; needs no DOM. A developer API Management does not know yet is `unknown-developer`
 * until `signUp()` is called: never signed up silently.
 *
 * @example
 * const apim = new ApimController({ developerUrl: 'https://contoso.developer.azure-api.net', auth });
 * apim.subscribe(({ state, subscriptions }) => render(state, subscriptions));
 * const { primaryKey } = await apim.keys(apim.subscriptions[0].id);
 */
export class ApimController implements ApimSnapshot {
  readonly developerUrl: string;
  readonly identityProvider: IdentityProviderType;
  readonly #base: string;
  readonly #auth: AuthController;
  readonly #fetch: Fetch;
  readonly #listeners = new Set<ApimListener>();
  #snapshot: ApimSnapshot = { state: ApimState.SignedOut, developerId: null, products: [], subscriptions: [], error: null };
  /** The account signed in to API Management, by MSAL's key; `null` when none. */
  #account: string | null = null;
  /** This controller's session with the data API, started the first time someone signs in. */
  #session: Promise<DeveloperSession> | undefined;
  #loaded: DeveloperSession | undefined;
  readonly #unsubscribeAuth: () => void;

  /** @throws {PorticoApimError} `invalid-developer-url`. */
  constructor(options: ApimControllerOptions) {
    this.#base = dataApiBase(options.developerUrl);
    this.developerUrl = options.developerUrl.trim();
    this.#auth = options.auth;
    this.identityProvider = options.identityProvider ?? (options.auth.config.kind === ProviderKind.B2C ? 'AadB2C' : 'Aad');
    this.#fetch = options.fetch ?? ((input, init) => fetch(input, init));
    this.#unsubscribeAuth = this.#auth.subscribe(() => this.#onAuthChange());
    this.#onAuthChange();
  }

  get state(): ApimState {
    return this.#snapshot.state;
  }
  get developerId(): string | null {
    return this.#snapshot.developerId;
  }
  get products(): readonly ApimProduct[] {
    return this.#snapshot.products;
  }
  get subscriptions(): readonly ApimSubscription[] {
    return this.#snapshot.subscriptions;
  }
  get error(): PorticoApimError | null {
    return this.#snapshot.error;
  }
  /** The provider this controller signs in with. */
  get auth(): AuthController {
    return this.#auth;
  }

  /** Calls `listener` on every change; returns the unsubscribe function. */
  subscribe(listener: ApimListener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /**
   * Signs in to API Management again (after an error), then loads products and subscriptions.
   * The first time, `connecting` is announced at once, while the session's code arrives.
   */
  connect(): Promise<void> {
    const account = this.#account;
    if (!account) return Promise.resolve();
    if (this.#loaded) return this.#loaded.connect();
    this.#update({ state: ApimState.Connecting, error: null });
    return this.#sessionCode().then(
      (session) => (account === this.#account ? session.connect() : undefined),
      (error: unknown) => {
        if (account === this.#account) this.#update({ state: ApimState.Error, error: toApimError(error) });
      },
    );
  }

  /** Reloads products and subscriptions. */
  async refresh(): Promise<void> {
    await (await this.#sessionCode()).refresh();
  }

  /**
   * Creates the developer account of the signed-in user, from the ID token's name and email
   * unless `details` gives them. Only on the user's request: the controller never calls it itself.
   * @throws {PorticoApimError} `sign-up-incomplete` when no name or email is known.
   */
  async signUp(details: SignUpDetails = {}): Promise<void> {
    await (await this.#sessionCode()).signUp(details);
  }

  /**
   * A subscription's keys, kept in memory until regenerated or signed out: those its contract
   * carried in the list, else read as the developer portal does (`GET /subscriptions/{id}`, whose
   * answer carries them), else from `listSecrets`. The same promise while they are kept, so
   * asking again on every render costs nothing.
   */
  keys(subscriptionId: string): Promise<SubscriptionKeys> {
    return this.#loaded ? this.#loaded.keys(subscriptionId) : this.#sessionCode().then((session) => session.keys(subscriptionId));
  }

  /** Replaces one key of a subscription with a new one; the old key stops working. Resolves with both current keys. */
  async regenerateKey(subscriptionId: string, key: KeyName): Promise<SubscriptionKeys> {
    return (await this.#sessionCode()).regenerateKey(subscriptionId, key);
  }

  /** Gives a subscription a new display name. */
  async rename(subscriptionId: string, name: string): Promise<ApimSubscription> {
    return (await this.#sessionCode()).rename(subscriptionId, name);
  }

  /** Cancels an active or submitted subscription; its keys stop working. */
  async cancel(subscriptionId: string): Promise<ApimSubscription> {
    return (await this.#sessionCode()).cancel(subscriptionId);
  }

  /** Subscribes to a product; a product that needs approval leaves the new subscription `submitted`. */
  async subscribeTo(productId: string, name: string): Promise<ApimSubscription> {
    return (await this.#sessionCode()).subscribeTo(productId, name);
  }

  /** The products that hold an API (the data API's `/apis/{apiId}/products`). */
  async productsForApi(apiId: string): Promise<readonly ApimProduct[]> {
    return (await this.#sessionCode()).productsForApi(apiId);
  }

  /** Stops following the provider and forgets the signature. */
  dispose(): void {
    this.#unsubscribeAuth();
    this.#forget();
    this.#listeners.clear();
  }

  /** The session, its code fetched the first time; a failed fetch is tried again on the next call. */
  #sessionCode(): Promise<DeveloperSession> {
    this.#session ??= sessionCode.load().then(
      ({ DeveloperSession }) =>
        (this.#loaded = new DeveloperSession({
          base: this.#base,
          auth: this.#auth,
          fetch: this.#fetch,
          identityProvider: this.identityProvider,
          signedIn: () => this.#account !== null,
          snapshot: () => this.#snapshot,
          update: (change) => this.#update(change),
        })),
      (error: unknown) => {
        this.#session = undefined;
        throw new PorticoApimError(
          ApimErrorCode.PartLoadFailed,
          'The code that talks to API Management (a chunk of dist/cdn/) could not be loaded.',
          'Check the network connection, and that the whole of dist/cdn/ is hosted, its chunks/ folder included; then try again.',
          { cause: error },
        );
      },
    );
    return this.#session;
  }

  #onAuthChange(): void {
    const account = this.#auth.state === AuthState.SignedIn ? this.#auth.account : null;
    const key = account?.homeAccountId ?? null;
    if (key === this.#account) return;
    this.#forget();
    this.#account = key;
    if (key) void this.connect();
  }

  /** Drops the signature, the keys and the lists: sign-out, or another account. */
  #forget(): void {
    this.#loaded?.forget();
    this.#account = null;
    this.#update({ state: ApimState.SignedOut, developerId: null, products: [], subscriptions: [], error: null });
  }

  #update(change: Partial<ApimSnapshot>): void {
    this.#snapshot = { ...this.#snapshot, ...change };
    for (const listener of this.#listeners) listener(this.#snapshot);
  }
}
