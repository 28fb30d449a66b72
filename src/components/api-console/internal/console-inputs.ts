import type { ReactiveControllerHost } from 'lit';
import type { ConsoleExchange } from './console-exchange.js';
import { ConsoleSession, type HistoryEntry, type StoredExchange } from './console-session.js';
import type { ConsoleSpec } from './console-spec.js';
import type { OperationEntry } from './openapi/types.js';
import type { InputsChange } from './render-form.js';
import { initialInputs, type RequestInputs } from './request-inputs.js';

/** The session key of the hand-typed request, when no operation of a description is open. */
export const MANUAL = '';

/** The console attributes that preset the hand-typed request and name the session. */
export interface ConsoleInputsHost extends ReactiveControllerHost, HTMLElement {
  readonly specUrl: string;
  readonly baseUrl: string;
  readonly method: string;
  readonly path: string;
}

/**
 * The open request: which operation (or the hand-typed request), its form's inputs and files, each
 * operation's inputs kept in the tab's session (without secrets: `storable`), and the history that
 * reopens a request with its inputs and answer.
 */
export class ConsoleInputs {
  #session: ConsoleSession | null = null;
  #inputs: RequestInputs = initialInputs(null);
  readonly #files = new Map<string, readonly File[]>();

  constructor(
    private readonly host: ConsoleInputsHost,
    private readonly spec: ConsoleSpec,
    private readonly exchange: ConsoleExchange,
    private readonly storable: (inputs: RequestInputs) => RequestInputs,
  ) {}

  get session(): ConsoleSession | null {
    return this.#session;
  }

  get inputs(): RequestInputs {
    return this.#inputs;
  }

  get files(): ReadonlyMap<string, readonly File[]> {
    return this.#files;
  }

  /** The session's name of the open operation; '' for the hand-typed request. */
  get operation(): string {
    return this.spec.selected?.key ?? MANUAL;
  }

  /** Keeps the session of this console's `id` and API, made anew when either changes. */
  useSession(): void {
    const key = `portico-api-console ${this.host.id} ${this.host.specUrl || this.host.baseUrl}`;
    if (this.#session?.key !== key) this.#session = new ConsoleSession(key);
  }

  /** Opens the `operation` attribute's operation, else what the session had open, else the hand-typed request. */
  openInitial(attributeFirst: boolean): void {
    this.open(this.spec.initial(this.#session?.selected ?? MANUAL, attributeFirst));
  }

  /** Opens an operation (null: the hand-typed request) with its inputs and what it showed, or with a request of the history. */
  open(entry: OperationEntry | null, kept: StoredExchange | null = null): void {
    const { spec, host } = this;
    spec.closeWebhook();
    spec.selected = entry;
    const key = entry?.key ?? MANUAL;
    this.#inputs = kept?.inputs ?? this.#session?.inputs(key) ?? initialInputs(spec.details, host.method.toUpperCase() || 'GET', host.path || '/');
    this.#files.clear();
    this.exchange.restore(kept ?? this.#session?.shown(key) ?? null);
    if (this.#session && (entry || spec.state.status !== 'loading')) this.#session.selected = key;
  }

  readonly onChange = (change: InputsChange): void => {
    this.#inputs = { ...this.#inputs, ...(typeof change === 'function' ? change(this.#inputs) : change) };
    this.#session?.saveInputs(this.operation, this.storable(this.#inputs));
    this.host.requestUpdate();
  };

  readonly onFile = (field: string, files: readonly File[]): void => {
    if (files.length) this.#files.set(field, files);
    else this.#files.delete(field);
    this.host.requestUpdate();
  };

  readonly onOpenHistory = (entry: HistoryEntry): void => {
    const operation = this.spec.find(entry.operation);
    // An operation the description does not have (any more, or not loaded yet): nothing to reopen.
    if (!operation && entry.operation !== MANUAL) return;
    this.#session?.reopen(entry);
    this.open(operation, this.#session?.exchange(entry.id) ?? null);
  };

  readonly onClearHistory = (): void => {
    this.#session?.clearHistory();
    this.host.requestUpdate();
  };
}
