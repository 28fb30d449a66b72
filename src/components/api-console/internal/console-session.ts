import type { RequestFailure } from '../../../events/portico-response-event.js';
import type { ResponseHead } from './render-response.js';
import type { RequestInputs } from './request-inputs.js';
import { bodyKind } from './response-body.js';
import { redact, type Secret } from './secrets.js';
import type { ReceivedResponse } from './send-request.js';

/** An answer as kept for the session; its body cut to `STORED_BODY_LIMIT`. */
export interface StoredResponse extends ResponseHead {
  /** The body as text (redacted), or '' for binary bodies. */
  readonly bodyText: string;
  /** Whether `bodyText` is only the start of the body. */
  readonly bodyCut: boolean;
}

/** One request of the history. Its URL is redacted: no token or key is ever stored. */
export interface HistoryEntry {
  readonly at: string;
  readonly operation: string;
  readonly method: string;
  readonly url: string;
  /** The HTTP status, or why there was none. */
  readonly result: number | RequestFailure;
  readonly duration: number;
}

/** An answer as it may be stored: secrets redacted, the body cut to `STORED_BODY_LIMIT`, binary bodies left out. */
export function storedResponse(response: ReceivedResponse, duration: number, secrets: readonly Secret[]): StoredResponse {
  const kind = bodyKind(response.body, response.contentType);
  const textual = kind === 'json' || kind === 'text';
  return {
    status: response.status,
    statusText: response.statusText,
    headers: response.headers.map(([name, value]) => [name, redact(value, secrets)] as const),
    contentType: response.contentType,
    size: response.body.byteLength,
    duration,
    bodyText: textual ? redact(new TextDecoder().decode(response.body.subarray(0, STORED_BODY_LIMIT)), secrets) : '',
    bodyCut: textual && response.body.byteLength > STORED_BODY_LIMIT,
  };
}

interface SessionData {
  selected: string;
  inputs: Record<string, RequestInputs>;
  responses: Record<string, StoredResponse>;
  history: HistoryEntry[];
}

/** Enough of a body to see it again after a reload, small enough for `sessionStorage`'s few megabytes. */
const STORED_BODY_LIMIT = 64 * 1024;
const HISTORY_LENGTH = 30;

/**
 * What one console keeps for the tab's session in `sessionStorage`: the selected operation, the
 * inputs and last answer of each operation, and the request history. It survives a reload and a
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

  response(operation: string): StoredResponse | null {
    return this.#data.responses[operation] ?? null;
  }

  saveResponse(operation: string, response: StoredResponse | null): void {
    if (response) this.#data.responses[operation] = response;
    else delete this.#data.responses[operation];
    this.#write();
  }

  /** Newest first. */
  get history(): readonly HistoryEntry[] {
    return this.#data.history;
  }

  addToHistory(entry: HistoryEntry): void {
    this.#data.history = [entry, ...this.#data.history].slice(0, HISTORY_LENGTH);
    this.#write();
  }

  clearHistory(): void {
    this.#data.history = [];
    this.#write();
  }

  #read(): SessionData {
    const empty: SessionData = { selected: '', inputs: {}, responses: {}, history: [] };
    try {
      const stored: unknown = JSON.parse(sessionStorage.getItem(this.#key) ?? 'null');
      return typeof stored === 'object' && stored !== null ? { ...empty, ...(stored as Partial<SessionData>) } : empty;
    } catch {
      return empty;
    }
  }

  /** When storage is full, the stored answers (the bulk of it) go first; inputs and history matter more. */
  #write(): void {
    if (this.#tryWrite() || Object.keys(this.#data.responses).length === 0) return;
    this.#data.responses = {};
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
