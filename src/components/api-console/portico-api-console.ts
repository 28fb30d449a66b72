import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { PorticoBeforeSendEvent, type ConsoleRequest } from '../../events/portico-before-send-event.js';
import { PorticoResponseEvent } from '../../events/portico-response-event.js';
import { define } from '../../internal/define.js';
import { PorticoElement } from '../../internal/portico-element.js';
import { renderDiagnostic, type Problem } from '../../internal/diagnostic.js';
import { formatBytes } from '../../internal/format.js';
import { describeOperation } from './internal/openapi/describe-operation.js';
import type { OperationDetails, OperationEntry } from './internal/openapi/types.js';
import { checkChoice, parseIds } from '../../internal/provider-status.js';
import { ProblemLog } from '../../internal/problem-log.js';
import { localeOf, stringsFor, type Strings } from '../../internal/strings.js';
import { THEMES } from '../../internal/theme.js';
import { tokenWarnings, type TokenWarning } from '../../internal/token-claims.js';
import { renderTokenWarnings } from '../../internal/token-warnings.js';
import '../token-inspector/portico-token-inspector.js';
import { buildRequest } from './internal/build-request.js';
import { ConsoleAuth } from './internal/console-auth.js';
import { ConsoleSession, storedResponse, type HistoryEntry, type StoredResponse } from './internal/console-session.js';
import { authorizeRequest, isTrusted, trustedOrigins, type CredentialPolicy, type Credentials } from './internal/credentials.js';
import { explainOutcome, oauthScopes, type Explanation } from './internal/failure-explanation.js';
import { highlightJson } from './internal/json-highlight.js';
import { styles } from './portico-api-console.styles.js';
import { renderExplanation, type NotSent } from './internal/render-explanation.js';
import { renderForm, type InputsChange } from './internal/render-form.js';
import { renderHistory } from './internal/render-history.js';
import { renderPicker } from './internal/render-picker.js';
import { renderResponse, statusClass, statusLine, type ShownResponse } from './internal/render-response.js';
import { renderSnippet } from './internal/render-snippet.js';
import { AuthMode, BodyMode, initialInputs, withoutSecrets, type RequestInputs } from './internal/request-inputs.js';
import { DISPLAY_LIMIT, bodyView, downloadName, type BodyView } from './internal/response-body.js';
import { redact, redactRequest, requestSecrets, secretsOf, TOKEN_PLACEHOLDER, type Secret } from './internal/secrets.js';
import { sendRequest, type Outcome, type ReceivedResponse } from './internal/send-request.js';
import { SnippetKind, snippet } from './internal/snippets.js';
import { loadSpec, SpecState, specProblem } from './internal/spec-state.js';
import { isTokenExpired, type TokenInfo } from './internal/token-source.js';

const DEFAULT_TIMEOUT_MS = 30_000;
const DEFAULT_KEY_HEADER = 'Ocp-Apim-Subscription-Key';
/** The session key of the hand-typed request, when no operation of a description is open. */
const MANUAL = '';
/** Progress is shown at most this often while a large body arrives. */
const PROGRESS_INTERVAL_MS = 150;

/** The last answer (or failure) shown in the response area. */
interface Shown {
  readonly response: ShownResponse | null;
  /** The whole body of a live answer; null for a restored one. */
  readonly body: Uint8Array<ArrayBuffer> | null;
  /** The same body as a Blob, for downloads, previews and `portico-response`. */
  readonly blob: Blob | null;
  /** What was kept of a restored answer's body. */
  readonly storedText: string;
  readonly explanation: Explanation | NotSent | null;
  /** The token sent with the request (live answers only). */
  readonly token: TokenInfo | null;
}

/**
 * With `spec-url`, an OpenAPI 3.0/3.1 or Swagger 2.0 description (JSON or YAML) becomes a searchable
 * picker grouped by tag, each operation with a parameter form and an example body; without one (or
 * when it fails to load) hand-typed requests still work. Requests go straight from the browser with
 * `fetch`. Authorization is anonymous, delegated (the signed-in user's token from the shared
 * controller named by `auth`, for `scopes`), or client credentials (a token from `token-broker-url`);
 * a `subscription-key` goes in its header or query parameter.
 *
 * **The token and the key are attached only to requests for `base-url`'s origin or one listed in
 * `allowed-origins`**; a request typed for any other origin goes without them, and the console says so.
 * They never appear in the history, the stored session, events or snippets, unless the user ticks
 * "include secrets" on a snippet. Every answer, and every text from the description, is shown as text.
 *
 * Before sending, a token whose audience differs from `expected-audience`, that has expired, or that
 * lacks the operation's scopes is flagged (the request is still sent, so the failure can be seen).
 * A 401 with an expired token gets a new token and one retry. Failures explain themselves: a 401 or
 * 403 shows the token's `aud`, `scp`, `roles` and `exp` beside what the API's `WWW-Authenticate` and
 * the description asked for; CORS refusals, unreachable servers, timeouts and server errors are told
 * apart. Inputs and the last answer of each operation, and the history, are kept in `sessionStorage`
 * for the tab, so a reload or a sign-in redirect loses nothing (two consoles for the same API on
 * one page share them unless each has its own `id`).
 *
 * @summary A try-it console for one API: pick an operation, fill in its form, send it with the right token and key, and see why it failed.
 * @tag portico-api-console
 * @csspart operations - The operation picker.
 * @csspart search - The picker's search field.
 * @csspart group - Each tag's group of operations.
 * @csspart operation - Each operation in the picker (`aria-current="true"` on the open one).
 * @csspart form - The request form.
 * @csspart method - The method list.
 * @csspart url - The address field (a path, or an absolute URL).
 * @csspart body - The body field (JSON and text bodies).
 * @csspart notice - Something to know before sending, e.g. that credentials are held back.
 * @csspart warnings - The token's shortcomings, found before sending.
 * @csspart warning - Each of them.
 * @csspart send - The send button.
 * @csspart cancel - The cancel button.
 * @csspart status - The live status line: busy, then status code, meaning, time and size.
 * @csspart explanation - Why the request failed, and what to do.
 * @csspart token - The inspector of the token that was sent.
 * @csspart response-headers - The answer's headers.
 * @csspart response-body - The answer's body.
 * @csspart image - A previewed image body.
 * @csspart show-all - The button showing a truncated body in full.
 * @csspart download - The link downloading the whole body.
 * @csspart snippet - "Copy as curl / fetch".
 * @csspart history - The request history.
 * @csspart unavailable - "Sign-in unavailable", shown when the provider is misconfigured.
 * @csspart diagnostic - The panel explaining a misconfiguration or a description that did not load.
 * @cssprop --portico-api-console-picker-width - Width of the operation picker beside the form.
 * @cssprop --portico-api-console-picker-height - Height beyond which the picker scrolls.
 * @cssprop --portico-api-console-code-max-height - Height beyond which bodies and snippets scroll.
 * @cssprop --portico-api-console-json-key - Colour of JSON keys.
 * @cssprop --portico-api-console-json-string - Colour of JSON strings.
 * @cssprop --portico-api-console-json-number - Colour of JSON numbers.
 * @cssprop --portico-api-console-json-literal - Colour of `true`, `false` and `null`.
 * @cssprop --portico-color-surface - Background.
 * @cssprop --portico-color-text - Text colour.
 * @cssprop --portico-color-text-muted - Secondary text.
 * @cssprop --portico-color-border - Borders.
 * @cssprop --portico-color-accent - The send button, the open operation.
 * @cssprop --portico-color-on-accent - Text on the accent colour.
 * @cssprop --portico-color-chip - Method badges.
 * @cssprop --portico-color-on-chip - Text of method badges.
 * @cssprop --portico-color-error - Failures and warnings.
 * @cssprop --portico-color-focus - Focus ring colour.
 * @cssprop --portico-radius - Corner radius.
 * @cssprop --portico-font - Font shorthand.
 * @cssprop --portico-font-mono - Font of paths, bodies and snippets.
 * @fires {PorticoBeforeSendEvent} portico-before-send - Cancelable; the request about to be sent, which listeners may change; `detail: { request }`.
 * @fires {PorticoResponseEvent} portico-response - The answer, or why there is none; `detail: { request, response, failure, duration }`, secrets redacted.
 * @fires {PorticoSignInRequestEvent} portico-sign-in-request - Cancelable; fired before a sign-in this element offers starts.
 * @fires {PorticoSignInEvent} portico-sign-in - The sign-in this element started finished.
 * @fires {PorticoErrorEvent} portico-error - A problem of this element: `invalid-attribute`, `unknown-provider`, `spec-load-failed`, `spec-invalid`, `operation-not-found`, `token-broker-failed`; `detail: { code, message, hint }`.
 */
export class PorticoApiConsole extends PorticoElement {
  static override styles = styles;

  /** The API's base URL (relative URLs resolve against the page); wins over the description's servers. Its origin receives the token and key. */
  @property({ attribute: 'base-url' }) baseUrl = '';
  /** Space-separated origins that may also receive the token and key. */
  @property({ attribute: 'allowed-origins' }) allowedOrigins = '';
  /** Space-separated scopes of the access token for this API; the operation's OAuth scopes when empty. */
  @property() scopes = '';
  /** The provider (`<portico-auth id>`) whose signed-in user's token is sent; anonymous when empty. */
  @property() auth = '';
  /** An OpenAPI 3.0/3.1 or Swagger 2.0 description, JSON or YAML. */
  @property({ attribute: 'spec-url' }) specUrl = '';
  /** An `operationId` to open; without a description, `method` and `path` preset the hand-typed request. */
  @property() operation = '';
  /** The method of the hand-typed request (no description). */
  @property() method = '';
  /** The path of the hand-typed request (no description), appended to `base-url`. */
  @property() path = '';
  /** An API Management subscription key to send. */
  @property({ attribute: 'subscription-key' }) subscriptionKey = '';
  /** The header the key goes in; `Ocp-Apim-Subscription-Key` when empty. */
  @property({ attribute: 'subscription-key-header' }) subscriptionKeyHeader = '';
  /** A query parameter to send the key in instead of the header, e.g. `subscription-key`. */
  @property({ attribute: 'subscription-key-query' }) subscriptionKeyQuery = '';
  /** The audience the API expects; a token for another is flagged before sending. */
  @property({ attribute: 'expected-audience' }) expectedAudience = '';
  /** Client credentials: a server endpoint that answers `POST` with `{ access_token, expires_in }`. */
  @property({ attribute: 'token-broker-url' }) tokenBrokerUrl = '';
  /** Request timeout in milliseconds; 30000 when absent. */
  @property({ type: Number }) timeout = DEFAULT_TIMEOUT_MS;
  /** A URL prefix to route requests through when the API sends no CORS headers; its origin must be in `allowed-origins`. */
  @property({ attribute: 'cors-proxy' }) corsProxy = '';
  /** `light` or `dark`; follows `prefers-color-scheme` when absent. */
  @property({ reflect: true }) theme?: string;

  readonly #auth = new ConsoleAuth(this, () => this.#requiredScopes());
  readonly #problems = new ProblemLog(this);
  #session: ConsoleSession | null = null;
  #spec: SpecState = { status: 'none' };
  #specRequest: AbortController | null = null;
  #query = '';
  readonly #groupOpen = new Map<string, boolean>();
  readonly #details = new Map<string, OperationDetails>();
  #selected: OperationEntry | null = null;
  #inputs: RequestInputs = initialInputs(null);
  readonly #files = new Map<string, File>();
  #serverChoice = '';
  #warnings: readonly TokenWarning[] = [];
  #busy = false;
  #progress = 0;
  #progressShown = 0;
  #progressTimer: ReturnType<typeof setTimeout> | undefined;
  #request: AbortController | null = null;
  #shown: Shown | null = null;
  #showAll = false;
  #view: { body: BodyView; highlighted: HTMLElement | null; url: string | null } | null = null;
  #snippetKind: SnippetKind = SnippetKind.Curl;
  #includeSecrets = false;
  #copyStatus = '';
  #jsonCheck = { text: '', error: '' };

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#specRequest?.abort();
    this.#request?.abort();
    this.#dropView();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    try {
      const sessionKey = `portico-api-console ${this.id} ${this.specUrl || this.baseUrl}`;
      if (!this.#session || changed.has('specUrl') || changed.has('baseUrl')) {
        if (this.#session?.key !== sessionKey) this.#session = new ConsoleSession(sessionKey);
      }
      if (changed.has('specUrl')) this.#loadSpec();
      else if (changed.has('operation') || changed.has('method') || changed.has('path')) this.#openInitial(true);
    } catch (error) {
      console.error('Portico <portico-api-console>:', error);
    }
  }

  protected override afterRender(strings: Strings): void {
    this.#problems.update([...this.#attributeProblems(strings), ...this.#runtimeProblems(strings)]);
  }

  // --- rendering --------------------------------------------------------------------------------

  protected override renderContent(strings: Strings): TemplateResult {
    const attributeProblems = this.#attributeProblems(strings);
    if (attributeProblems.length) return html`${attributeProblems.map((problem) => renderDiagnostic(problem, this))}`;
    const text = strings.apiConsole;
    const locale = localeOf(this);
    const spec = this.#spec;
    return html`<div class="console themed">
      ${this.#runtimeProblems(strings).map((problem) => renderDiagnostic(problem, this))}
      ${spec.status === 'loading' ? html`<p class="hint" role="status">${text.loadingSpec}</p>` : nothing}
      <div class="layout ${spec.status === 'ready' ? 'with-picker' : ''}">
        ${spec.status === 'ready'
          ? renderPicker(
              {
                index: spec.index,
                query: this.#query,
                selected: this.#selected?.key ?? '',
                groupOpen: this.#groupOpen,
                onSearch: this.#onSearch,
                onToggleGroup: this.#onToggleGroup,
                onSelect: (entry) => this.#open(entry),
              },
              strings,
            )
          : nothing}
        <div class="main">
          ${this.#renderOperationHeading(strings)} ${this.#renderForm(strings)} ${this.#renderSnippet(strings)}
          <section class="response" aria-label=${text.response}>
            <p part="status" class="status" role="status" data-status-class=${this.#statusClass()}>${this.#statusText(strings, locale)}</p>
            ${this.#shown?.explanation ? renderExplanation(this.#shown.explanation, strings, locale) : nothing} ${this.#renderTokenUsed(strings)}
            ${this.#shown?.response && this.#view
              ? renderResponse(
                  {
                    response: this.#shown.response,
                    body: this.#view.body,
                    highlighted: this.#view.highlighted,
                    bodyUrl: this.#view.url,
                    downloadName: downloadName(this.#shown.response.contentType),
                    onShowAll: this.#onShowAll,
                  },
                  strings,
                  locale,
                )
              : nothing}
          </section>
          ${renderHistory({ entries: this.#session?.history ?? [], onOpen: this.#onOpenHistory, onClear: this.#onClearHistory }, strings, locale)}
        </div>
      </div>
    </div>`;
  }

  #renderOperationHeading(strings: Strings): TemplateResult | typeof nothing {
    const details = this.#selected ? this.#describe(this.#selected) : null;
    if (!details) return nothing;
    const { entry } = details;
    return html`<div class="operation-heading">
      <p class="operation-title">
        <span class="method" data-method=${entry.method}>${entry.method}</span> <span class="path">${entry.path}</span>
        ${entry.deprecated ? html`<span class="type">${strings.apiConsole.deprecated}</span>` : nothing}
      </p>
      ${entry.summary ? html`<p class="operation-summary">${entry.summary}</p>` : nothing}
      ${details.description ? html`<p class="operation-description">${details.description}</p>` : nothing}
      ${details.problems.length
        ? html`<ul class="spec-problems" aria-label=${strings.apiConsole.specProblems}>
            ${details.problems.map((problem) => html`<li>${problem}</li>`)}
          </ul>`
        : nothing}
    </div>`;
  }

  #renderForm(strings: Strings): TemplateResult {
    const details = this.#selected ? this.#describe(this.#selected) : null;
    const servers = this.#servers();
    return renderForm(
      {
        inputs: this.#inputs,
        details,
        servers: this.baseUrl ? [] : servers,
        server: this.#server(),
        authModes: this.#auth.modes,
        authMode: this.#auth.mode,
        authStatus: this.#renderAuthStatus(strings),
        notices: this.#notices(strings),
        warnings: this.#warnings.length ? renderTokenWarnings(this.#warnings, strings, localeOf(this)) : nothing,
        busy: this.#busy,
        jsonError: this.#jsonError(),
        onChange: this.#onChange,
        onServer: this.#onServer,
        onAuthMode: this.#onAuthMode,
        onFile: this.#onFile,
        onSend: () => void this.#send(),
        onCancel: this.#onCancel,
      },
      strings,
    );
  }

  #renderAuthStatus(strings: Strings): TemplateResult {
    const text = strings.apiConsole;
    const key = this.subscriptionKey
      ? html`<p class="hint">${this.subscriptionKeyQuery ? text.keyInQuery(this.subscriptionKeyQuery) : text.keyInHeader(this.#keyHeader())}</p>`
      : nothing;
    return html`${this.#auth.renderStatus(strings)}${key}`;
  }

  #renderSnippet(strings: Strings): TemplateResult {
    let code: string;
    let secrets: Secret[] = [];
    try {
      const token = this.#auth.mode === AuthMode.None ? null : (this.#auth.lastToken()?.token ?? TOKEN_PLACEHOLDER);
      const { request } = authorizeRequest(this.#buildRequest(), this.#credentials(token), this.#policy());
      secrets = requestSecrets(request, this.#keyHeader(), this.subscriptionKeyQuery).filter(({ value }) => value !== TOKEN_PLACEHOLDER);
      code = snippet(this.#snippetKind, this.#includeSecrets ? request : redactRequest(request, secrets));
    } catch {
      code = strings.apiConsole.invalidAddress;
    }
    return renderSnippet(
      {
        kind: this.#snippetKind,
        code,
        includeSecrets: this.#includeSecrets,
        hasSecrets: secrets.length > 0,
        copyStatus: this.#copyStatus,
        onKind: (kind) => this.#update(() => (this.#snippetKind = kind)),
        onIncludeSecrets: (include) => this.#update(() => (this.#includeSecrets = include)),
        onCopy: () => void this.#copy(code, strings),
      },
      strings,
    );
  }

  #renderTokenUsed(strings: Strings): TemplateResult | typeof nothing {
    const token = this.#shown?.token;
    if (!token) return nothing;
    return html`<details part="token" class="token-used">
      <summary>${token.source === 'app' ? strings.apiConsole.appTokenSent : strings.apiConsole.userTokenSent}</summary>
      <portico-token-inspector
        .jwt=${token.token}
        theme=${this.theme ?? nothing}
        expected-audience=${this.expectedAudience}
        required-scopes=${token.source === 'user' ? this.#requiredScopes().join(' ') : ''}
      ></portico-token-inspector>
    </details>`;
  }

  #statusClass(): string {
    return this.#shown?.response && !this.#busy ? statusClass(this.#shown.response.status) : '';
  }

  #statusText(strings: Strings, locale: string): string {
    const text = strings.apiConsole;
    if (this.#busy) return this.#progressShown ? text.receiving(formatBytes(this.#progressShown, locale)) : text.sending;
    const shown = this.#shown;
    if (!shown) return '';
    if (shown.response) return statusLine(shown.response, strings, locale);
    return shown.explanation?.kind === 'not-sent' ? text.notSent : text.noAnswer;
  }

  // --- the description and the selected operation ---------------------------------------------

  #loadSpec(): void {
    this.#specRequest?.abort();
    this.#details.clear();
    this.#groupOpen.clear();
    if (!this.specUrl) {
      this.#spec = { status: 'none' };
      this.#openInitial(false);
      return;
    }
    const url = URL.parse(this.specUrl, document.baseURI)?.href;
    if (!url) return; // an attribute problem, explained by #attributeProblems
    const request = new AbortController();
    this.#specRequest = request;
    this.#spec = { status: 'loading', url };
    this.#openInitial(false);
    void loadSpec(url, request.signal).then((state) => {
      if (request.signal.aborted) return;
      this.#spec = state;
      this.#openInitial(false);
      this.requestUpdate();
    });
  }

  /**
   * Opens what the session had open, else the `operation` attribute's, else the hand-typed
   * request. `attributeFirst` when the author just changed `operation`, `method` or `path`.
   */
  #openInitial(attributeFirst: boolean): void {
    const spec = this.#spec;
    const operations = spec.status === 'ready' ? spec.index.operations : [];
    const stored = attributeFirst ? undefined : operations.find((entry) => entry.key === this.#session?.selected);
    const named = this.operation ? operations.find((entry) => entry.operationId === this.operation) : undefined;
    this.#open(stored ?? named ?? null);
  }

  #open(entry: OperationEntry | null): void {
    this.#selected = entry;
    const key = entry?.key ?? MANUAL;
    const details = entry ? this.#describe(entry) : null;
    this.#inputs = this.#session?.inputs(key) ?? initialInputs(details, this.method.toUpperCase() || 'GET', this.path || '/');
    this.#files.clear();
    this.#warnings = [];
    this.#showAll = false;
    this.#show(restoredResponse(this.#session?.response(key) ?? null));
    if (this.#session && (entry || this.#spec.status !== 'loading')) this.#session.selected = key;
    this.requestUpdate();
  }

  #describe(entry: OperationEntry): OperationDetails | null {
    if (this.#spec.status !== 'ready') return null;
    let details = this.#details.get(entry.key);
    if (!details) {
      details = describeOperation(this.#spec.index, entry);
      this.#details.set(entry.key, details);
    }
    return details;
  }

  /** The description's servers (an operation's own first), absolute. */
  #servers(): readonly string[] {
    const spec = this.#spec;
    if (spec.status !== 'ready') return [];
    const own = this.#selected ? (this.#describe(this.#selected)?.servers ?? []) : [];
    return own.length ? own.map((server) => new URL(server, spec.url).href.replace(/\/$/u, '')) : spec.servers;
  }

  /** Where paths go: `base-url`, else the chosen (or first) server of the description, else the page. */
  #server(): string {
    if (this.baseUrl) return new URL(this.baseUrl, document.baseURI).href.replace(/\/$/u, '');
    const servers = this.#servers();
    return servers.includes(this.#serverChoice) ? this.#serverChoice : (servers[0] ?? '');
  }

  // --- credentials ------------------------------------------------------------------------------

  #policy(): CredentialPolicy {
    return { trustedOrigins: trustedOrigins(this.baseUrl, parseIds(this.allowedOrigins), document.baseURI), corsProxy: this.corsProxy };
  }

  #keyHeader(): string {
    return this.subscriptionKeyHeader || DEFAULT_KEY_HEADER;
  }

  #credentials(token: string | null): Credentials {
    return {
      token,
      key: this.subscriptionKey ? { value: this.subscriptionKey, header: this.#keyHeader(), query: this.subscriptionKeyQuery } : null,
    };
  }

  #requiredScopes(): string[] {
    const details = this.#selected ? this.#describe(this.#selected) : null;
    return oauthScopes(details?.security ?? []);
  }

  // --- sending ----------------------------------------------------------------------------------

  #buildRequest(): ConsoleRequest {
    const details = this.#selected ? this.#describe(this.#selected) : null;
    return buildRequest(this.#inputs, { details, server: this.#server(), files: this.#files, pageUrl: document.baseURI });
  }

  async #send(): Promise<void> {
    if (this.#busy) return;
    const strings = stringsFor(this);
    const operation = this.#selected?.key ?? MANUAL;
    const control = new AbortController();
    this.#request = control;
    this.#busy = true;
    this.#progress = this.#progressShown = 0;
    this.#warnings = [];
    this.#show(null);
    this.requestUpdate();
    try {
      const mode = this.#auth.mode;
      let token: TokenInfo | null;
      try {
        token = await this.#auth.token(mode, false, control.signal);
        control.signal.throwIfAborted(); // the controller cannot be interrupted; its token is just not used
      } catch (error) {
        this.#show({ ...NOTHING_SHOWN, explanation: control.signal.aborted ? { kind: 'cancelled' } : this.#auth.notSent(error, strings) });
        return;
      }
      let draft: ConsoleRequest;
      try {
        draft = this.#buildRequest();
      } catch {
        this.#show({ ...NOTHING_SHOWN, explanation: { kind: 'not-sent', message: strings.apiConsole.invalidAddress, action: nothing } });
        return;
      }
      // The warnings are on screen before the request leaves (and before listeners see it).
      this.#warnings = token ? tokenWarnings(token.claims, { audience: this.expectedAudience, scopes: token.source === 'user' ? this.#requiredScopes() : [] }) : [];
      this.requestUpdate();
      await this.updateComplete;
      const beforeSend = new PorticoBeforeSendEvent({ request: draft });
      if (!this.dispatchEvent(beforeSend)) {
        this.#show({ ...NOTHING_SHOWN, explanation: { kind: 'not-sent', message: strings.apiConsole.preventedByPage, action: nothing } });
        return;
      }
      await this.#exchange(beforeSend.detail.request, token, mode, operation, control.signal);
    } finally {
      clearTimeout(this.#progressTimer);
      this.#progressTimer = undefined;
      this.#busy = false;
      this.#request = null;
      this.requestUpdate();
    }
  }

  /** Sends, retries once with a new token after a 401 for an expired one, then shows and reports the outcome. */
  async #exchange(draft: ConsoleRequest, firstToken: TokenInfo | null, mode: AuthMode, operation: string, signal: AbortSignal): Promise<void> {
    const policy = this.#policy();
    const send = (token: TokenInfo | null) => {
      const authorized = authorizeRequest(draft, this.#credentials(token?.token ?? null), policy);
      const exchange = sendRequest(authorized.request, { timeout: this.#timeout(), signal, onProgress: this.#onProgress });
      return exchange.then((result) => ({ ...result, authorized }));
    };
    let token = firstToken;
    let result = await send(token);
    let retried = false;
    if (token && isUnauthorized(result.outcome) && isTokenExpired(token) && !result.authorized.withheld.includes('token')) {
      const renewed = await this.#auth.token(mode, true, signal).catch(() => null);
      if (renewed) {
        token = renewed;
        result = await send(token);
        retried = true;
      }
    }
    const { outcome, duration, authorized } = result;
    const secrets = [...secretsOf(token?.token, this.subscriptionKey), ...requestSecrets(authorized.request, this.#keyHeader(), this.subscriptionKeyQuery)];
    const explanation = explainOutcome({
      outcome,
      method: authorized.request.method,
      headers: authorized.request.headers,
      target: authorized.target,
      pageOrigin: location.origin,
      authMode: mode,
      signedIn: this.#auth.signedIn,
      token,
      withheld: authorized.withheld,
      keyConfigured: !!this.subscriptionKey,
      security: (this.#selected ? this.#describe(this.#selected)?.security : null) ?? [],
      expectedAudience: this.expectedAudience,
      timeout: this.#timeout(),
      retried,
    });
    const received = outcome.kind === 'response' ? outcome.response : null;
    const sentToken = authorized.withheld.includes('token') ? null : token;
    const blob = received && new Blob([received.body], { type: received.contentType });
    this.#show({ response: received && liveResponse(received, duration), body: received?.body ?? null, blob, storedText: '', explanation, token: sentToken });
    if (received) this.#session?.saveResponse(operation, storedResponse(received, duration, secrets));
    this.#session?.addToHistory({
      at: new Date().toISOString(),
      operation,
      method: authorized.request.method,
      url: redact(authorized.target, secrets),
      result: outcome.kind === 'response' ? outcome.response.status : outcome.kind,
      duration,
    });
    this.dispatchEvent(
      new PorticoResponseEvent({
        request: redactRequest(authorized.request, secrets),
        response: received && blob && { status: received.status, statusText: received.statusText, headers: Object.fromEntries(received.headers), body: blob },
        failure: outcome.kind === 'response' ? null : outcome.kind,
        duration,
      }),
    );
  }

  #timeout(): number {
    return Number.isFinite(this.timeout) && this.timeout > 0 ? this.timeout : DEFAULT_TIMEOUT_MS;
  }

  // --- what is shown ----------------------------------------------------------------------------

  #show(shown: Shown | null): void {
    this.#dropView();
    this.#shown = shown;
    this.#view = shown?.response ? this.#bodyViewOf(shown, shown.response) : null;
  }

  #bodyViewOf(shown: Shown, response: ShownResponse): { body: BodyView; highlighted: HTMLElement | null; url: string | null } {
    const bytes = shown.body ?? new TextEncoder().encode(shown.storedText);
    const body = response.bodyCut ? { kind: 'text' as const, text: shown.storedText, truncated: false, invalidJson: false } : bodyView(bytes, response.contentType, this.#showAll);
    const highlighted = body.kind === 'json' && body.highlight ? highlightJson(body.text) : null;
    // A large body keeps its download link after "show all", too.
    const wantsUrl = body.kind === 'image' || body.kind === 'binary' || bytes.byteLength > DISPLAY_LIMIT;
    const url = wantsUrl && shown.blob ? URL.createObjectURL(shown.blob) : null;
    return { body, highlighted, url };
  }

  #dropView(): void {
    if (this.#view?.url) URL.revokeObjectURL(this.#view.url);
    this.#view = null;
  }

  #notices(strings: Strings): string[] {
    const text = strings.apiConsole;
    const sendsCredentials = this.#auth.mode !== AuthMode.None || !!this.subscriptionKey;
    if (!sendsCredentials) return [];
    try {
      const url = this.#buildRequest().url;
      return isTrusted(url, this.#policy()) ? [] : [text.credentialsWithheld(new URL(url).origin)];
    } catch {
      return [];
    }
  }

  #jsonError(): string {
    const { bodyText } = this.#inputs;
    if (this.#jsonCheck.text !== bodyText) {
      let error = '';
      try {
        if (bodyText.trim()) JSON.parse(bodyText);
      } catch (problem) {
        error = (problem as Error).message;
      }
      this.#jsonCheck = { text: bodyText, error };
    }
    return this.#inputs.bodyMode === BodyMode.Json ? this.#jsonCheck.error : '';
  }

  // --- problems ---------------------------------------------------------------------------------

  #attributeProblems(strings: Strings): Problem[] {
    const text = strings.apiConsole.attributes;
    const problems: (Problem | null)[] = [checkChoice(strings, 'theme', this.theme ?? '', THEMES)];
    const invalid = (attribute: string, message: string, hint: string): Problem => ({ code: 'invalid-attribute', message, hint, attribute });
    if (this.baseUrl && !URL.parse(this.baseUrl, document.baseURI)) problems.push(invalid('base-url', text.notAUrl('base-url', this.baseUrl), text.baseUrlHint));
    for (const origin of parseIds(this.allowedOrigins)) {
      if (URL.parse(origin)?.origin !== origin) problems.push(invalid('allowed-origins', text.notAnOrigin(origin), text.allowedOriginsHint));
    }
    if (this.specUrl && !URL.parse(this.specUrl, document.baseURI)) problems.push(invalid('spec-url', text.notAUrl('spec-url', this.specUrl), text.specUrlHint));
    if (this.corsProxy && !URL.parse(this.corsProxy)) problems.push(invalid('cors-proxy', text.notAUrl('cors-proxy', this.corsProxy), text.corsProxyHint));
    if (this.tokenBrokerUrl && !URL.parse(this.tokenBrokerUrl, document.baseURI)) problems.push(invalid('token-broker-url', text.notAUrl('token-broker-url', this.tokenBrokerUrl), text.brokerUrlHint));
    if (!(Number.isFinite(this.timeout) && this.timeout > 0)) problems.push(invalid('timeout', text.badTimeout(String(this.getAttribute('timeout'))), text.timeoutHint));
    return problems.filter((problem): problem is Problem => problem !== null);
  }

  /** Problems that leave the console usable: shown above it, the hand-typed request still works. */
  #runtimeProblems(strings: Strings): Problem[] {
    const problems: Problem[] = [];
    const spec = this.#spec;
    if (spec.status === 'failed') problems.push(specProblem(spec.error, spec.url, strings));
    if (spec.status === 'ready' && this.operation && !spec.index.operations.some((entry) => entry.operationId === this.operation)) {
      const text = strings.apiConsole.operationNotFound;
      problems.push({ code: 'operation-not-found', message: text.message(this.operation), hint: text.hint, attribute: 'operation' });
    }
    problems.push(...this.#auth.problems(strings));
    return problems;
  }

  // --- event handlers ---------------------------------------------------------------------------

  #update(change: () => void): void {
    change();
    this.requestUpdate();
  }

  readonly #onSearch = (query: string): void => this.#update(() => (this.#query = query));

  readonly #onToggleGroup = (tag: string, open: boolean): void => this.#update(() => this.#groupOpen.set(tag, open));

  readonly #onChange = (change: InputsChange): void => {
    this.#inputs = { ...this.#inputs, ...(typeof change === 'function' ? change(this.#inputs) : change) };
    this.#session?.saveInputs(this.#selected?.key ?? MANUAL, withoutSecrets(this.#inputs, [this.#keyHeader(), this.subscriptionKeyQuery]));
    this.requestUpdate();
  };

  readonly #onServer = (server: string): void => this.#update(() => (this.#serverChoice = server));

  readonly #onAuthMode = (mode: AuthMode): void => this.#update(() => (this.#auth.mode = mode));

  readonly #onFile = (field: string, file: File | null): void => {
    if (file) this.#files.set(field, file);
    else this.#files.delete(field);
    this.requestUpdate();
  };

  readonly #onCancel = (): void => this.#request?.abort();

  readonly #onProgress = (received: number): void => {
    this.#progress = received;
    if (this.#progressTimer) return;
    this.#progressTimer = setTimeout(() => {
      this.#progressTimer = undefined;
      this.#progressShown = this.#progress;
      this.requestUpdate();
    }, PROGRESS_INTERVAL_MS);
  };

  readonly #onShowAll = (): void => {
    this.#showAll = true;
    this.#show(this.#shown);
    this.requestUpdate();
  };

  readonly #onOpenHistory = (entry: HistoryEntry): void => {
    const operations = this.#spec.status === 'ready' ? this.#spec.index.operations : [];
    const operation = operations.find((candidate) => candidate.key === entry.operation);
    this.#open(operation ?? null);
    // Hand-typed requests share one set of inputs: bring back this one's method and address.
    if (!operation) this.#onChange({ method: entry.method, address: this.#retypedAddress(entry.url) });
  };

  /** A history URL to send again: without the subscription key, which the console adds itself. */
  #retypedAddress(url: string): string {
    const address = new URL(url);
    if (this.subscriptionKeyQuery) address.searchParams.delete(this.subscriptionKeyQuery);
    return address.href;
  }

  readonly #onClearHistory = (): void => this.#update(() => this.#session?.clearHistory());

  async #copy(code: string, strings: Strings): Promise<void> {
    try {
      await navigator.clipboard.writeText(code);
      this.#copyStatus = strings.apiConsole.copied;
    } catch {
      this.#copyStatus = strings.apiConsole.copyFailed;
    }
    this.requestUpdate();
  }
}

const NOTHING_SHOWN: Shown = { response: null, body: null, blob: null, storedText: '', explanation: null, token: null };

function isUnauthorized(outcome: Outcome): boolean {
  return outcome.kind === 'response' && outcome.response.status === 401;
}

function liveResponse(response: ReceivedResponse, duration: number): ShownResponse {
  const { status, statusText, headers, contentType } = response;
  return { status, statusText, headers, contentType, size: response.body.byteLength, duration, restored: false, bodyCut: false };
}

function restoredResponse(stored: StoredResponse | null): Shown | null {
  if (!stored) return null;
  const { status, statusText, headers, contentType, size, duration, bodyCut } = stored;
  return { ...NOTHING_SHOWN, response: { status, statusText, headers, contentType, size, duration, restored: true, bodyCut }, storedText: stored.bodyText };
}

define('portico-api-console', PorticoApiConsole);

declare global {
  interface HTMLElementTagNameMap {
    'portico-api-console': PorticoApiConsole;
  }
}
