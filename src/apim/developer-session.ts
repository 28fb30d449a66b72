import type { AuthController } from '../auth/types.js';
import { keysIn, newSubscriptionId, pageItems, toDeveloperId, toKeys, toProduct, toSubscription } from './contracts.js';
import { SAS_HEADER, type DataApiRequest, type Fetch } from './data-api.js';
import { callDataApi, failure } from './data-api-calls.js';
import { ApimErrorCode, notSignedIn, PorticoApimError, toApimError } from './errors.js';
import { parseSharedAccessSignature, renewalDelay, type SharedAccessSignature } from './sas.js';
import { ApimState, type ApimProduct, type ApimSnapshot, type ApimSubscription, type KeyName, type SubscriptionKeys } from './types.js';
import type { IdentityProviderType, SignUpDetails } from './apim-controller.js';

const PAGE_SIZE = 100;

/** What the session needs from its `ApimController`. */
export interface SessionHost {
  readonly base: string;
  readonly auth: AuthController;
  readonly fetch: Fetch;
  readonly identityProvider: IdentityProviderType;
  /** Whether an account is signed in to follow. */
  signedIn(): boolean;
  snapshot(): ApimSnapshot;
  update(change: Partial<ApimSnapshot>): void;
}

/**
 * The developer's session with API Management behind an `ApimController`: the shared access
 * signature and its renewal, the data API's calls, the keys kept in memory. Fetched once someone
 * signs in, so a signed-out page loads none of it.
 */
export class DeveloperSession {
  readonly #keys = new Map<string, Promise<SubscriptionKeys>>();
  #sas: SharedAccessSignature | null = null;
  #renewal: ReturnType<typeof setTimeout> | undefined;
  /** Bumped whenever the account changes, so answers for the previous one are dropped. */
  #generation = 0;
  #connecting: Promise<void> | undefined;
  #exchanging: Promise<boolean> | undefined;

  constructor(private readonly host: SessionHost) {}

  /** Signs in to API Management (again, after an error), then loads products and subscriptions. */
  connect(): Promise<void> {
    if (!this.host.signedIn()) return Promise.resolve();
    this.#connecting ??= this.#connect(this.#generation).finally(() => (this.#connecting = undefined));
    return this.#connecting;
  }

  /** Reloads products and subscriptions. */
  async refresh(): Promise<void> {
    await this.#load(this.#generation);
  }

  /**
   * Creates the developer account of the signed-in user, from the ID token's name and email
   * unless `details` gives them. Only on the user's request: the controller never calls it itself.
   * @throws {PorticoApimError} `sign-up-incomplete` when no name or email is known.
   */
  async signUp(details: SignUpDetails = {}): Promise<void> {
    const generation = this.#generation;
    const account = this.host.auth.account;
    if (!account) throw notSignedIn();
    const claims = account.idTokenClaims;
    const [first = '', ...rest] = account.name.split(' ');
    const emails = Array.isArray(claims.emails) ? claims.emails : [];
    const firstName = details.firstName ?? (stringClaim(claims.given_name) || first);
    const lastName = details.lastName ?? (stringClaim(claims.family_name) || rest.join(' '));
    const email = details.email ?? (stringClaim(claims.email) || stringClaim(emails[0]) || (account.username.includes('@') ? account.username : ''));
    if (!firstName || !lastName || !email) {
      throw new PorticoApimError(
        ApimErrorCode.SignUpIncomplete,
        'The ID token carries no first name, last name or email for the new developer account.',
        'Add the given_name, family_name and email claims to the ID token (token configuration of the app registration), or pass them to signUp().',
      );
    }
    this.host.update({ state: ApimState.SigningUp, error: null });
    try {
      const idToken = await this.#idToken();
      const oid = stringClaim(claims.oid) || stringClaim(claims.sub);
      const response = await callDataApi(this.host.fetch, this.host.base, '/users', {
        method: 'POST',
        authorization: `${this.host.identityProvider} id_token="${idToken}"`,
        body: { firstName, lastName, email, identities: [{ id: oid, provider: this.host.identityProvider }] },
      });
      if (generation !== this.#generation) return;
      if (response.status === 409) {
        await this.#connect(generation);
        return;
      }
      if (!response.ok) throw await failure(response);
      this.#accept(response, toDeveloperId(await response.json()), generation);
      await this.#load(generation);
    } catch (error) {
      const problem = toApimError(error);
      if (generation === this.#generation) this.host.update({ state: ApimState.UnknownDeveloper, error: problem });
      throw problem;
    }
  }

  /**
   * A subscription's keys, kept in memory until regenerated or signed out: those its contract
   * carried in the list, else read as the developer portal does (`GET /subscriptions/{id}`, whose
   * answer carries them), else from `listSecrets`.
   */
  keys(subscriptionId: string): Promise<SubscriptionKeys> {
    let keys = this.#keys.get(subscriptionId);
    if (!keys) {
      keys = this.#fetchKeys(subscriptionId);
      keys.catch(() => this.#keys.delete(subscriptionId));
      this.#keys.set(subscriptionId, keys);
    }
    return keys;
  }

  /** Replaces one key of a subscription with a new one; the old key stops working. Resolves with both current keys. */
  async regenerateKey(subscriptionId: string, key: KeyName): Promise<SubscriptionKeys> {
    const action = key === 'primary' ? 'regeneratePrimaryKey' : 'regenerateSecondaryKey';
    this.#keys.delete(subscriptionId);
    await this.#call(`/subscriptions/${encodeURIComponent(subscriptionId)}/${action}`, { method: 'POST' });
    this.#keys.delete(subscriptionId);
    return this.keys(subscriptionId);
  }

  /** Gives a subscription a new display name. */
  async rename(subscriptionId: string, name: string): Promise<ApimSubscription> {
    return this.#change(subscriptionId, { name: name.trim() });
  }

  /** Cancels an active or submitted subscription; its keys stop working. */
  async cancel(subscriptionId: string): Promise<ApimSubscription> {
    this.#keys.delete(subscriptionId);
    return this.#change(subscriptionId, { state: 'Cancelled' });
  }

  /** Subscribes to a product; a product that needs approval leaves the new subscription `submitted`. */
  async subscribeTo(productId: string, name: string): Promise<ApimSubscription> {
    const generation = this.#generation;
    const response = await this.#call(`/subscriptions/${newSubscriptionId()}`, {
      method: 'POST',
      body: { scope: `/products/${productId}`, name: name.trim() },
    });
    const contract: unknown = await response.json();
    const subscription = toSubscription(contract);
    if (generation !== this.#generation) return subscription;
    this.#keepKeys([contract]);
    this.host.update({ subscriptions: [...this.host.snapshot().subscriptions, subscription], error: null });
    return subscription;
  }

  /** The products that hold an API (the data API's `/apis/{apiId}/products`). */
  async productsForApi(apiId: string): Promise<readonly ApimProduct[]> {
    return (await this.#pages(`/apis/${encodeURIComponent(apiId)}/products`)).map(toProduct);
  }

  async #fetchKeys(subscriptionId: string): Promise<SubscriptionKeys> {
    const path = `/subscriptions/${encodeURIComponent(subscriptionId)}`;
    const inline = keysIn(await (await this.#call(path, {})).json());
    return inline ?? toKeys(await (await this.#call(`${path}/listSecrets`, { method: 'POST' })).json());
  }

  /** Keeps the keys subscription contracts carry, so showing them costs no request. */
  #keepKeys(contracts: readonly unknown[]): void {
    for (const contract of contracts) {
      const keys = keysIn(contract);
      if (keys) this.#keys.set(toSubscription(contract).id, Promise.resolve(keys));
    }
  }

  async #change(subscriptionId: string, body: Readonly<Record<string, string>>): Promise<ApimSubscription> {
    const generation = this.#generation;
    const response = await this.#call(`/subscriptions/${encodeURIComponent(subscriptionId)}`, { method: 'PATCH', body, ifMatch: true });
    const contract: unknown = await response.json();
    const updated = toSubscription(contract);
    if (generation === this.#generation) {
      this.#keepKeys([contract]);
      this.host.update({ subscriptions: this.host.snapshot().subscriptions.map((item) => (item.id === updated.id ? updated : item)), error: null });
    }
    return updated;
  }

  async #connect(generation: number): Promise<void> {
    this.host.update({ state: ApimState.Connecting, error: null });
    try {
      if (await this.#exchange(generation)) await this.#load(generation);
    } catch (error) {
      if (generation === this.#generation) this.host.update({ state: ApimState.Error, error: toApimError(error) });
    }
  }

  /**
   * The ID token for a shared access signature; `false` (and `unknown-developer`) on a 401.
   * Concurrent callers share one exchange.
   */
  #exchange(generation: number): Promise<boolean> {
    this.#exchanging ??= (async () => {
      const idToken = await this.#idToken();
      const response = await callDataApi(this.host.fetch, this.host.base, '/identity', {
        authorization: `${this.host.identityProvider} id_token="${idToken}"`,
      });
      if (generation !== this.#generation) return false;
      if (response.status === 401) {
        this.#sas = null;
        this.host.update({ state: ApimState.UnknownDeveloper, developerId: null, products: [], subscriptions: [], error: null });
        return false;
      }
      if (!response.ok) throw await failure(response);
      this.#accept(response, toDeveloperId(await response.json()), generation);
      return true;
    })().finally(() => (this.#exchanging = undefined));
    return this.#exchanging;
  }

  async #idToken(): Promise<string> {
    try {
      return await this.host.auth.getIdToken();
    } catch (error) {
      throw toApimError(error);
    }
  }

  /** Keeps the signature an answer carries and plans its renewal. */
  #accept(response: Response, developerId: string, generation: number): void {
    if (generation !== this.#generation) return;
    const sas = parseSharedAccessSignature(response.headers.get(SAS_HEADER));
    if (!sas) {
      throw new PorticoApimError(
        ApimErrorCode.InvalidResponse,
        `API Management's answer carries no readable ${SAS_HEADER} header.`,
        `Enable CORS for this page's origin in the developer portal's settings, so the browser may read the ${SAS_HEADER} header.`,
      );
    }
    this.#sas = sas;
    if (this.host.snapshot().developerId !== developerId) this.host.update({ developerId });
    clearTimeout(this.#renewal);
    this.#renewal = setTimeout(() => void this.#renew(generation), renewalDelay(sas, Date.now()));
  }

  /** Renews the signature with itself, as the developer portal does; a refused one is replaced through the ID token. */
  async #renew(generation: number): Promise<void> {
    const sas = this.#sas;
    if (!sas || generation !== this.#generation) return;
    try {
      const response = await callDataApi(this.host.fetch, this.host.base, '/identity', { authorization: sas.authorization });
      if (response.ok) this.#accept(response, toDeveloperId(await response.json()), generation);
      else await this.#exchange(generation);
    } catch (error) {
      if (generation === this.#generation) this.host.update({ error: toApimError(error) });
    }
  }

  async #load(generation: number): Promise<void> {
    const [products, subscriptions] = await Promise.all([this.#pages('/products'), this.#pages('/subscriptions')]);
    if (generation !== this.#generation) return;
    this.#keepKeys(subscriptions);
    this.host.update({
      state: ApimState.Ready,
      products: products.map(toProduct),
      subscriptions: subscriptions.map(toSubscription),
      error: null,
    });
  }

  async #pages(path: string): Promise<readonly Readonly<Record<string, unknown>>[]> {
    const items: Readonly<Record<string, unknown>>[] = [];
    for (let skip = 0; ; skip += PAGE_SIZE) {
      const response = await this.#call(`${path}${path.includes('?') ? '&' : '?'}$top=${PAGE_SIZE}&$skip=${skip}`, {});
      const page = pageItems(await response.json());
      items.push(...page);
      if (page.length < PAGE_SIZE) return items;
    }
  }

  /**
   * A call for the signed-in developer (`/users/{id}…`) with the signature. A refused signature
   * (expired early, revoked) is replaced through the ID token once and the call repeated, so the
   * user never sees it.
   */
  async #call(path: string, request: Omit<DataApiRequest, 'authorization'>): Promise<Response> {
    const generation = this.#generation;
    let sas = await this.#currentSignature(generation);
    let response = await callDataApi(this.host.fetch, this.host.base, `/users/${encodeURIComponent(sas.userId)}${path}`, {
      ...request,
      authorization: sas.authorization,
    });
    if (response.status === 401) {
      if (this.#sas === sas) this.#sas = null;
      sas = await this.#currentSignature(generation);
      response = await callDataApi(this.host.fetch, this.host.base, `/users/${encodeURIComponent(sas.userId)}${path}`, {
        ...request,
        authorization: sas.authorization,
      });
    }
    if (generation !== this.#generation) throw notSignedIn();
    if (!response.ok) throw await failure(response);
    return response;
  }

  /** The signature, exchanged anew when there is none or its own expiry has passed. */
  async #currentSignature(generation: number): Promise<SharedAccessSignature> {
    if (!this.host.signedIn() || generation !== this.#generation) throw notSignedIn();
    const current = this.#sas;
    if (current && current.expiresOn.getTime() > Date.now()) return current;
    if (!(await this.#exchange(generation))) {
      if (generation !== this.#generation) throw notSignedIn();
      throw new PorticoApimError(
        ApimErrorCode.UnknownDeveloper,
        'API Management has no developer account for this sign-in.',
        'Create your developer account first.',
      );
    }
    const fresh = this.#sas;
    if (!fresh) throw notSignedIn();
    return fresh;
  }

  /** Drops the signature and the keys, and whatever is under way: sign-out, or another account. */
  forget(): void {
    this.#generation++;
    clearTimeout(this.#renewal);
    this.#sas = null;
    this.#keys.clear();
    this.#connecting = undefined;
    this.#exchanging = undefined;
  }
}

function stringClaim(value: unknown): string {
  return typeof value === 'string' ? value.trim() : '';
}
