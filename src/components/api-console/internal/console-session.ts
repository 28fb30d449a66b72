import type { RequestFailure } from '../../../events/portico-response-event.js';
import type { Explanation } from './failure-explanation.js';
import type { ResponseHead } from './render-response.js';
import type { RequestInputs } from './request-inputs.js';

/** An answer as kept for the session (`storedResponse`); its body cut short when long. */
export interface StoredResponse extends ResponseHead {
  /** The body as text (redacted), or '' for binary bodies. */
  readonly bodyText: string;
  /** Whether `bodyText` is only the start of the body. */
  readonly bodyCut: boolean;
}

/** One request of the history. Its URL is redacted: no token or key is ever stored. */
export interface HistoryEntry {
  /** Names what was kept of this request (see `ConsoleSession.exchange`). */
  readonly id: string;
  readonly at: string;
  readonly operation: string;
  readonly method: string;
  readonly url: string;
  /** The HTTP status, or why there was none. */
  readonly result: number | RequestFailure;
  readonly duration: number;
}

/** What is kept of one request, to show it again: its inputs, its answer and why it failed. All redacted. */
export interface StoredExchange {
  readonly inputs: RequestInputs;
  readonly response: StoredResponse | null;
  readonly explanation: Explanation | null;
}

interface SessionData {
  version: typeof VERSION;
  selected: string;
  /** Each operation's inputs as last typed. */
  inputs: Record<string, RequestInputs>;
  /** Each operation's exchange on show, by id. */
  shown: Record<string, string>;
  /** By id: those the history or `shown` name. */
  exchanges: Record<string, StoredExchange>;
  history: HistoryEntry[];
}

/** The shape of the stored data; data of another shape (an older Portico in this tab) is dropped. */
const VERSION = 2;
const HISTORY_LENGTH = 30;

/**
 * What one console keeps for the tab's session in `sessionStorage`: the selected operation, the
 * inputs of each operation, the request history with what was kept of each request (its inputs,
 * answer and explanation), and which of them each operation shows. It survives a reload and a
 * sign-in redirect, and is gone when the tab closes. Callers store only redacted data; storage
 * that is full or forbidden (private modes, sandboxed frames) is silently done without.
 */
export class ConsoleSession {
  readonly #key: string;
  #data: SessionData;

  constructor(key: string) {
    this.#key = key;
    this.#data = this.#read();
  }

  /** The `sessionStorage` key. */
  get key(): string {
    return this.#key;
  }

  get selected(): string {
    return this.#data.selected;
  }

  set selected(operation: string) {
    this.#data.selected = operation;
    this.#write();
  }

  inputs(operation: string): RequestInputs | null {
    return this.#data.inputs[operation] ?? null;
  }

  saveInputs(operation: string, inputs: RequestInputs): void {
    this.#data.inputs[operation] = inputs;
    this.#write();
  }

  /** What was kept of a request of the history, unless storage ran out. */
  exchange(id: string): StoredExchange | null {
    const exchange = this.#data.exchanges[id];
    return exchange ? revived(exchange) : null;
  }

  /** The exchange `operation` shows: its last request's, or the history entry reopened since. */
  shown(operation: string): StoredExchange | null {
    const id = this.#data.shown[operation];
    return id === undefined ? null : this.exchange(id);
  }

  /** Makes a request of the history the one `operation` shows, with its inputs. */
  reopen(entry: HistoryEntry): void {
    const exchange = this.#data.exchanges[entry.id];
    if (!exchange) return;
    this.#data.inputs[entry.operation] = exchange.inputs;
    this.#data.shown[entry.operation] = entry.id;
    this.#write();
  }

  /** A request just made: first in the history, and what its operation shows. */
  record(entry: Omit<HistoryEntry, 'id'>, exchange: StoredExchange): void {
    const id = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
    this.#data.history = [{ id, ...entry }, ...this.#data.history].slice(0, HISTORY_LENGTH);
    this.#data.exchanges[id] = exchange;
    this.#data.shown[entry.operation] = id;
    this.#write();
  }

  /** Newest first. */
  get history(): readonly HistoryEntry[] {
    return this.#data.history;
  }

  clearHistory(): void {
    this.#data.history = [];
    this.#write();
  }

  #read(): SessionData {
    const empty: SessionData = { version: VERSION, selected: '', inputs: {}, shown: {}, exchanges: {}, history: [] };
    try {
      const stored: unknown = JSON.parse(sessionStorage.getItem(this.#key) ?? 'null');
      const data = typeof stored === 'object' && stored !== null ? (stored as Partial<SessionData>) : {};
      return data.version === VERSION ? { ...empty, ...data } : empty;
    } catch {
      return empty;
    }
  }

  /**
   * Forgets exchanges nothing names any more. When storage is full, the exchanges (the bulk of it)
   * go first: those of the history no operation shows, then all; inputs and history matter more.
   */
  #write(): void {
    const { history, shown, exchanges } = this.#data;
    const keep = (ids: readonly string[]) => {
      this.#data.exchanges = Object.fromEntries(ids.flatMap((id) => (exchanges[id] ? [[id, exchanges[id]] as const] : [])));
    };
    const onShow = Object.values(shown);
    keep([...onShow, ...history.map((entry) => entry.id)]);
    if (this.#tryWrite()) return;
    keep(onShow);
    if (this.#tryWrite()) return;
    keep([]);
    this.#tryWrite();
  }

  #tryWrite(): boolean {
    try {
      sessionStorage.setItem(this.#key, JSON.stringify(this.#data));
      return true;
    } catch {
      // Full or unavailable: the console works, it just forgets more on reload.
      return false;
    }
  }
}

/** Dates come back from JSON as strings: the token's expiry in a 401/403 explanation is one. */
function revived(exchange: StoredExchange): StoredExchange {
  const { explanation } = exchange;
  if (explanation?.kind !== 'auth' || !explanation.token?.expiresAt) return exchange;
  return { ...exchange, explanation: { ...explanation, token: { ...explanation.token, expiresAt: new Date(explanation.token.expiresAt) } } };
}
