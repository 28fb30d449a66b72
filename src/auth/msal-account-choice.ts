/** The fields of MSAL's `AccountInfo` that tell one cached account (and tenant profile) from another. */
export interface AccountIdentity {
  readonly homeAccountId: string;
  readonly tenantId: string;
}

const KEY_PREFIX = 'portico.account';

/**
 * Which account one provider (client ID + authority) is signed in with. MSAL keeps a single active
 * account per client ID, shared by every provider using that app registration (one multi-tenant app
 * used with two tenant authorities), so each provider keeps its own choice here instead: signing in
 * to one never selects, pre-fills or forces that account on another, and the account chosen last
 * (e.g. through "sign in with another account") is the one found again after a reload.
 *
 * Holds identifiers only, never a token; `storage` is the provider's cache location (`undefined`
 * keeps the choice in memory, for `cache-location="memory"`).
 */
export class MsalAccountChoice {
  readonly #storage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> | undefined;
  readonly #key: string;
  #inMemory: AccountIdentity | null = null;

  constructor(storage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> | undefined, clientId: string, authority: string) {
    this.#storage = storage;
    this.#key = `${KEY_PREFIX}.${clientId}.${authority}`;
  }

  /** The chosen account, if any. */
  get(): AccountIdentity | null {
    if (!this.#storage) return this.#inMemory;
    try {
      const stored: unknown = JSON.parse(this.#storage.getItem(this.#key) ?? 'null');
      return isIdentity(stored) ? stored : null;
    } catch {
      return null;
    }
  }

  /** Remembers `account` as this provider's. */
  set({ homeAccountId, tenantId }: AccountIdentity): void {
    const identity = { homeAccountId, tenantId };
    if (this.#storage) this.#storage.setItem(this.#key, JSON.stringify(identity));
    else this.#inMemory = identity;
  }

  clear(): void {
    this.#storage?.removeItem(this.#key);
    this.#inMemory = null;
  }

  /** The chosen one among `accounts` (MSAL's cached accounts), or `null`. */
  find<A extends AccountIdentity>(accounts: readonly A[]): A | null {
    const chosen = this.get();
    if (!chosen) return null;
    return accounts.find((account) => account.homeAccountId === chosen.homeAccountId && account.tenantId === chosen.tenantId) ?? null;
  }
}

function isIdentity(value: unknown): value is AccountIdentity {
  const candidate = value as Partial<AccountIdentity> | null;
  return typeof candidate?.homeAccountId === 'string' && typeof candidate.tenantId === 'string';
}
