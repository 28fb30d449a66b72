import { Task, TaskStatus } from '@lit/task';
import { nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { Problem } from '../../../internal/diagnostic.js';
import { LazyModule } from '../../../internal/lazy-module.js';
import type { LazyPartFailures } from '../../../internal/lazy-part-failures.js';
import { addPartStyles } from '../../../internal/part-styles.js';
import type { Strings } from '../../../internal/strings.js';
import { describeOperation } from './openapi/describe-operation.js';
import { absoluteServers, resolveServer, type ServerSpec } from './openapi/servers.js';
import type { OperationDetails, OperationEntry, WebhookDetails } from './openapi/types.js';
import { PickerTree } from './picker-tree.js';
import { renderPicker } from './render-picker.js';
import { renderServerVariables } from './render-server-variables.js';
import { loadSpec, specProblem, type SpecState } from './spec-state.js';

const webhookViews = new LazyModule(() => import('./webhook-view.js'), new URL('./webhook-view.js', import.meta.url));

/** The console attributes that say which description to load and where its requests go. */
export interface ConsoleSpecHost extends ReactiveControllerHost, HTMLElement {
  readonly specUrl: string;
  readonly baseUrl: string;
  readonly operation: string;
}

const NONE: SpecState = { status: 'none' };

/**
 * The console's description: loads `spec-url` (again whenever it changes, aborting the load it
 * replaces), and keeps the open operation, each operation's details (worked out once), the
 * servers its requests may go to, and the picker's search and open groups. `onState` runs, during
 * the host's update, each time the description starts loading, loads or fails: the host then
 * opens the operation it should.
 */
export class ConsoleSpec implements ReactiveController {
  readonly #load: Task<[string], SpecState>;
  /** The state while a load runs: `none` for no (usable) `spec-url`, else `loading`. */
  #pending: SpecState = NONE;
  /** The last state `onState` was told about. */
  #announced: SpecState | null = null;
  readonly #details = new Map<string, OperationDetails>();
  #selected: OperationEntry | null = null;
  #serverChoice = '';
  /** The values typed for each server's variables, by template. */
  readonly #variables = new Map<string, Readonly<Record<string, string>>>();
  /** The picker's search text. */
  query = '';
  /** The picker's groups the user opened or closed, by tag. */
  readonly groupOpen = new Map<string, boolean>();
  /** The open webhook, shown instead of the request form; null when an operation is open. */
  webhook: WebhookDetails | null = null;
  /** Whether the user picked a webhook whose view's code did not arrive. */
  #webhookUnloaded = false;
  /** The picker's windowed tree: its scroll, its active row, its keyboard. */
  readonly #tree: PickerTree;

  constructor(
    private readonly host: ConsoleSpecHost,
    private readonly onState: () => void,
    private readonly failures: LazyPartFailures,
  ) {
    this.#load = new Task(host, {
      args: () => [host.specUrl] as [string],
      task: ([specUrl], { signal }) => this.#fetch(specUrl, signal),
    });
    this.#tree = new PickerTree(host);
    host.addController(this);
  }

  /** None, loading, ready or failed. */
  get state(): SpecState {
    if (this.#load.status === TaskStatus.COMPLETE) return this.#load.value ?? NONE;
    return this.#pending; // running, or aborted by a disconnect and run again on reconnect
  }

  get operations(): readonly OperationEntry[] {
    const state = this.state;
    return state.status === 'ready' ? state.index.operations : [];
  }

  /** The open operation; null for the hand-typed request. */
  get selected(): OperationEntry | null {
    return this.#selected;
  }

  set selected(entry: OperationEntry | null) {
    this.#selected = entry;
    this.host.requestUpdate();
  }

  /** The open operation's details; null for the hand-typed request. */
  get details(): OperationDetails | null {
    return this.#selected ? this.detailsOf(this.#selected) : null;
  }

  /** An operation's parameters, body and security, worked out the first time they are needed. */
  detailsOf(entry: OperationEntry): OperationDetails | null {
    const state = this.state;
    if (state.status !== 'ready') return null;
    let details = this.#details.get(entry.key);
    if (!details) {
      details = describeOperation(state.index, entry);
      this.#details.set(entry.key, details);
    }
    return details;
  }

  /** The operation of this key (as the session and the history name them), if the description has it. */
  find(key: string): OperationEntry | null {
    return this.operations.find((entry) => entry.key === key) ?? null;
  }

  /**
   * The operation to open when the description (re)loads: the `operation` attribute's, which
   * always wins (two pages may share a description and its session, each with its own
   * `operation`); without the attribute, the one the session remembered; else none (the
   * hand-typed request). `attributeFirst` when the author just changed `operation`, `method` or `path`.
   */
  initial(remembered: string, attributeFirst: boolean): OperationEntry | null {
    const { operation } = this.host;
    if (operation) return this.operations.find((entry) => entry.operationId === operation) ?? null;
    return attributeFirst ? null : this.find(remembered);
  }

  /** The description's servers (the open operation's own, else the document's), templates absolute. */
  get servers(): readonly ServerSpec[] {
    const state = this.state;
    if (state.status !== 'ready') return [];
    const own = this.details?.servers ?? [];
    return own.length ? absoluteServers(own, state.url) : state.servers;
  }

  /** The chosen (or first) server of the description; null with `base-url`, or without a description. */
  get serverSpec(): ServerSpec | null {
    if (this.host.baseUrl) return null;
    const servers = this.servers;
    return servers.find((spec) => spec.template === this.#serverChoice) ?? servers[0] ?? null;
  }

  /** The values of the chosen server's variables: as typed, else their defaults. */
  get variables(): Readonly<Record<string, string>> {
    const spec = this.serverSpec;
    if (!spec) return {};
    const typed = this.#variables.get(spec.template) ?? {};
    return Object.fromEntries(spec.variables.map((variable) => [variable.name, typed[variable.name] ?? variable.default]));
  }

  /** The chosen server's variables as fields, with the URL they make; nothing when it has none. */
  renderVariables(strings: Strings): TemplateResult | typeof nothing {
    return renderServerVariables(
      { server: this.serverSpec, values: this.variables, resolved: this.server, onChange: (name, value) => this.setVariable(name, value) },
      strings,
    );
  }

  setVariable(name: string, value: string): void {
    const template = this.serverSpec?.template;
    if (template === undefined) return;
    this.#variables.set(template, { ...this.#variables.get(template), [name]: value });
    this.host.requestUpdate();
  }

  /** Where paths go: `base-url`, else the chosen server of the description with its variables, else the page. */
  get server(): string {
    if (this.host.baseUrl) return new URL(this.host.baseUrl, document.baseURI).href.replace(/\/$/u, '');
    const spec = this.serverSpec;
    return spec ? resolveServer(spec, this.variables).replace(/\/$/u, '') : '';
  }

  /** Chooses a server by its template. */
  set server(template: string) {
    this.#serverChoice = template;
    this.host.requestUpdate();
  }

  /** The picker of a loaded description: its operations by tag, then its webhooks; nothing before it loads. */
  renderPicker(onSelect: (entry: OperationEntry) => void, strings: Strings): TemplateResult | typeof nothing {
    const state = this.state;
    if (state.status !== 'ready') return nothing;
    // A description with webhooks fetches what shows one before the user picks it.
    if (state.index.webhooks.length) webhookViews.for(this.host);
    const update = (change: () => void) => {
      change();
      this.host.requestUpdate();
    };
    return renderPicker(
      {
        index: state.index,
        query: this.query,
        selected: this.webhook?.entry.key ?? this.#selected?.key ?? '',
        groupOpen: this.groupOpen,
        tree: this.#tree,
        onSearch: (query) => update(() => (this.query = query)),
        onToggleGroup: (tag, open) => update(() => this.groupOpen.set(tag, open)),
        onSelect,
        onSelectWebhook: (entry) =>
          void webhookViews.load().then(
            ({ describeWebhook }) => update(() => (this.webhook = describeWebhook(state.index, entry))),
            () => update(() => (this.#webhookUnloaded = true)),
          ),
      },
      strings,
    );
  }

  /** The open webhook, read-only, or why it cannot be shown; null when an operation is open instead. */
  renderWebhook(strings: Strings): TemplateResult | typeof nothing | null {
    if (this.#webhookUnloaded) return this.failures.render(webhookViews, strings.apiConsole.parts.webhook, strings);
    const view = webhookViews.loaded;
    if (!this.webhook || !view) return null;
    addPartStyles(this.host, [view.answerStyles]);
    return view.renderWebhook(this.webhook, strings);
  }

  /** Shows the request form again instead of a webhook. */
  closeWebhook(): void {
    this.webhook = null;
    this.#webhookUnloaded = false;
  }

  /** A description that did not load, and an `operation` it does not have. */
  problems(strings: Strings): Problem[] {
    const state = this.state;
    const { operation } = this.host;
    if (state.status === 'failed') return [specProblem(state.error, state.url, strings)];
    if (state.status === 'ready' && operation && !state.index.operations.some((entry) => entry.operationId === operation)) {
      const text = strings.apiConsole.operationNotFound;
      return [{ code: 'operation-not-found', message: text.message(operation), hint: text.hint, attribute: 'operation' }];
    }
    return [];
  }

  hostConnected(): void {
    if (this.#load.status === TaskStatus.ERROR) void this.#load.run();
  }

  hostUpdate(): void {
    const state = this.state;
    if (state === this.#announced) return;
    this.#announced = state;
    this.onState();
  }

  hostDisconnected(): void {
    this.#load.abort();
  }

  /** Runs when `spec-url` changes; an aborted load rejects, so it runs again on reconnect. */
  async #fetch(specUrl: string, signal: AbortSignal): Promise<SpecState> {
    this.#details.clear();
    this.groupOpen.clear();
    // A URL that does not parse is an attribute problem, explained by the element.
    const url = specUrl ? URL.parse(specUrl, document.baseURI)?.href : undefined;
    this.#pending = url ? { status: 'loading', url } : NONE;
    if (!url) return NONE;
    const state = await loadSpec(url, signal);
    signal.throwIfAborted();
    return state;
  }
}
