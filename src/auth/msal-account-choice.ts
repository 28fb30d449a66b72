/** The fields of MSAL's `AccountInfo` that tell one cached account (and tenant profile) from another. */
export interface AccountIdentity {
  readonly homeAccountId: string;
  readonly tenantId: string;
}

/** Where choices are kept: the provider's cache location, or the page's memory. */
export type ChoiceStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'>;

const KEY_PREFIX = 'portico.account';

/**
 * Which account one provider (client ID + authority) is signed in with. MSAL keeps a single active
 * account per client ID, shared by every provider using that app registration (one multi-tenant app
 * used with two tenant authorities), so each provider keeps its own choice here instead: signing in
 * to one never selects, pre-fills or forces that account on another, and the account chosen last
 * (e.g. through "sign in with another account") is the one found again after a reload.
 *
 * Holds identifiers only, never a token.
 */
export class MsalAccountChoice {
  readonly #storage: ChoiceStorage;
  readonly #clientPrefix: string;
  readonly #key: string;

  /** `storage`: the provider's cache location; the page's memory (`cache-location="memory"`) when absent. */
  constructor(storage: ChoiceStorage | undefined, clientId: string, authority: string) {
    this.#storage = storage ?? pageMemory;
    this.#clientPrefix = `${KEY_PREFIX}.${clientId}.`;
    this.#key = `${this.#clientPrefix}${authority}`;
  }

  /** Remembers `account` as this provider's. */
  set({ homeAccountId, tenantId }: AccountIdentity): void {
    this.#storage.setItem(this.#key, JSON.stringify({ homeAccountId, tenantId }));
  }

  clear(): void {
    this.#storage.removeItem(this.#key);
  }

  /**
   * This provider's account among `accounts` (MSAL's cached accounts of this provider): the chosen
   * one; or, when nothing was chosen here (e.g. the cache predates the choice), the only one that no
   * other provider of this client ID has chosen. `null` when none, or when that would be a guess.
   */
  find<A extends AccountIdentity>(accounts: readonly A[]): A | null {
    const chosen = this.#read(this.#key);
    if (chosen) return accounts.find((account) => sameAccount(account, chosen)) ?? null;
    const others = this.#othersChoices();
    const unclaimed = accounts.filter((account) => !others.some((other) => sameAccount(account, other)));
    return unclaimed.length === 1 ? unclaimed[0]! : null;
  }

  /** The accounts the other providers of this client ID (other authorities) have chosen. */
  #othersChoices(): AccountIdentity[] {
    const choices: AccountIdentity[] = [];
    for (let index = 0; index < this.#storage.length; index += 1) {
      const key = this.#storage.key(index);
      if (key === null || key === this.#key || !key.startsWith(this.#clientPrefix)) continue;
      const choice = this.#read(key);
      if (choice) choices.push(choice);
    }
    return choices;
  }

  #read(key: string): AccountIdentity | null {
    try {
      const stored: unknown = JSON.parse(this.#storage.getItem(key) ?? 'null');
      return isIdentity(stored) ? stored : null;
    } catch {
      return null;
    }
  }
}

/** Choices of providers whose MSAL cache lives in memory: they last as long as the page. */
class MemoryStorage implements ChoiceStorage {
  readonly #items = new Map<string, string>();
  get length(): number {
    return this.#items.size;
  }
  key(index: number): string | null {
    return [...this.#items.keys()][index] ?? null;
  }
  getItem(key: string): string | null {
    return this.#items.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    this.#items.set(key, value);
  }
  removeItem(key: string): void {
    this.#items.delete(key);
  }
}

const pageMemory = new MemoryStorage();

function sameAccount(a: AccountIdentity, b: AccountIdentity): boolean {
  return a.homeAccountId === b.homeAccountId && a.tenantId === b.tenantId;
}

function isIdentity(value: unknown): value is AccountIdentity {
  const candidate = value as Partial<AccountIdentity> | null;
  return typeof candidate?.homeAccountId === 'string' && typeof candidate.tenantId === 'string';
}
