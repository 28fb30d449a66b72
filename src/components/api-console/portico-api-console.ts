import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import type { ConsoleRequest } from '../../events/portico-before-send-event.js';
import { define } from '../../internal/define.js';
import { renderDiagnostic, type Problem } from '../../internal/diagnostic.js';
import { LazyPartFailures } from '../../internal/lazy-part-failures.js';
import { PorticoElement } from '../../internal/portico-element.js';
import { ProblemLog } from '../../internal/problem-log.js';
import { parseIds } from '../../internal/provider-status.js';
import { addEnglish, localeOf, type Strings } from '../../internal/strings.js';
import { ConsoleKeyPicker } from './internal/console-key-picker.js';
import { buildRequest } from './internal/build-request.js';
import { ConsoleAuth } from './internal/console-auth.js';
import { ConsoleExchange } from './internal/console-exchange.js';
import { ConsoleInputs } from './internal/console-inputs.js';
import type { SendPlan } from './internal/exchange-runner.js';
import { ConsoleSnippet } from './internal/console-snippet.js';
import { ConsoleSecurity } from './internal/console-security.js';
import { ConsoleSpec } from './internal/console-spec.js';
import { untrustedOrigin, type CredentialSettings } from './internal/credential-settings.js';
import { trustedOrigins } from './internal/credentials.js';
import { attributeProblems } from './internal/console-attributes.js';
import { JsonCheck } from './internal/json-check.js';
import { renderForm } from './internal/render-form.js';
import { renderHistory } from './internal/render-history.js';
import { renderOperationHeading } from './internal/render-operation-heading.js';
import { AuthMode, BodyMode, withoutSecrets, type RequestInputs } from './internal/request-inputs.js';
import { styles } from './portico-api-console.styles.js';
import { apiConsole } from '../../internal/strings/en/api-console.js';

addEnglish(apiConsole);

const DEFAULT_TIMEOUT_MS = 30_000;
const DEFAULT_KEY_HEADER = 'Ocp-Apim-Subscription-Key';

/**
 * With `spec-url`, an OpenAPI 3.0/3.1/3.2 or Swagger 2.0 description (JSON or YAML) becomes a searchable
 * picker grouped by tag, each operation with a parameter form and an example body, its webhooks
 * listed after them read-only; without one (or
 * when it fails to load) hand-typed requests still work. Requests go straight from the browser with
 * `fetch`. Authorization is anonymous, delegated (the signed-in user's token from the shared
 * controller named by `auth`, for `scopes`), or client credentials (a token from `token-broker-url`,
 * which is shown the signed-in user's token for `token-broker-scopes`);
 * a `subscription-key` goes in its header or query parameter (with `apim` and `api-id`, the
 * developer picks one of their own subscriptions' keys instead).
 *
 * **The token and the key are attached only to requests for `base-url`'s origin or one listed in
 * `allowed-origins`**; a request typed for any other origin goes without them, and the console says so.
 * They never appear in the history, the stored session, events or snippets, unless the user ticks
 * "include secrets" on a snippet. A request carrying them does not follow redirects (the browser
 * hides where they lead): the redirect is shown as the answer, with what to do. Every answer, and every text from the description, is shown as text.
 *
 * Before sending, a token whose audience differs from `expected-audience`, that has expired, or that
 * lacks the operation's scopes is flagged (the request is still sent, so the failure can be seen);
 * for a scope the user's token lacks, the console offers "Ask for {scope}" (incremental consent).
 * A 401 with an expired token gets a new token and one retry. Failures explain themselves: a 401 or
 * 403 shows the token's `aud`, `scp`, `roles` and `exp` beside what the API's `WWW-Authenticate` and
 * the description asked for; CORS refusals, unreachable servers, timeouts and server errors are told
 * apart. Inputs and the last answer of each operation, and the history, are kept in `sessionStorage`
 * for the tab, so a reload or a sign-in redirect loses nothing (two consoles for the same API on
 * one page share them unless each has its own `id`); a history entry reopens its own inputs and
 * answer. A Send pressed while sign-in is still being checked waits for it.
 *
 * @summary A try-it console for one API: pick an operation, fill in its form, send it with the right token and key, and see why it failed.
 * @tag portico-api-console
 * @csspart operations - The operation picker.
 * @csspart search - The picker's search field.
 * @csspart group - Each tag's group of operations.
 * @csspart operation - Each operation in the picker (`aria-current="true"` on the open one).
 * @csspart webhook - Each webhook (OpenAPI 3.1 `webhooks`) in the picker, after the operations.
 * @csspart webhook-details - The open webhook, read-only: its headers, payload schema and example; nothing to send.
 * @csspart form - The request form.
 * @csspart method - The method list.
 * @csspart url - The address field (a path, or an absolute URL).
 * @csspart body - The body field (JSON and text bodies).
 * @csspart key-picker - The developer's own subscription keys for the API (`apim`, `api-id`), or why there are none.
 * @csspart server-variables - The chosen server's variables and the URL they make.
 * @csspart security - What the request will send for the operation's security, what is missing, and fields for typed API keys and passwords.
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
 * @csspart download - The link downloading the whole body (or the whole stream).
 * @csspart stream - A streamed answer (`text/event-stream`, NDJSON, JSON Lines), shown event by event as it arrives.
 * @csspart stream-summary - The stream's event count, time since it was sent, and whether it is open or how it ended.
 * @csspart stop - The button stopping an open stream.
 * @csspart event - Each event of a stream.
 * @csspart snippet - "Copy as" curl, fetch, PowerShell, Python or C#.
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
 * @fires {PorticoErrorEvent} portico-error - A problem of this element: `invalid-attribute`, `unknown-provider`, `spec-load-failed`, `spec-invalid`, `operation-not-found`, `token-broker-failed`, `part-load-failed` (a part fetched when first needed, such as what sends, did not arrive: shown in its place, and the next Send fetches it again); `detail: { code, message, hint }`.
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
  /** An `operationId` to open, whatever the session last had open; without a description, `method` and `path` preset the hand-typed request. */
  @property() operation = '';
  /** The method of the hand-typed request (no description). */
  @property() method = '';
  /** The path of the hand-typed request (no description), appended to `base-url`. */
  @property() path = '';
  /** An API Management subscription key to send; wins over a key picked with `apim` and `api-id`. */
  @property({ attribute: 'subscription-key' }) subscriptionKey = '';
  /**
   * The `<portico-apim>` (its `id`) whose signed-in developer's subscriptions supply the key, with
   * `api-id`; the page's only or `default` one when empty. `subscription-key` wins over it.
   */
  @property() apim = '';
  /**
   * The API's id in API Management (the name in its URL, e.g. `conference`): the console offers the
   * primary and secondary keys of the developer's active subscriptions whose scope covers it (all
   * APIs, a product holding it, or the API itself), labelled "subscription (product) · primary".
   */
  @property({ attribute: 'api-id' }) apiId = '';
  /** The header the key goes in; `Ocp-Apim-Subscription-Key` when empty. */
  @property({ attribute: 'subscription-key-header' }) subscriptionKeyHeader = '';
  /** A query parameter to send the key in instead of the header, e.g. `subscription-key`. */
  @property({ attribute: 'subscription-key-query' }) subscriptionKeyQuery = '';
  /** The audience the API expects; a token for another is flagged before sending. */
  @property({ attribute: 'expected-audience' }) expectedAudience = '';
  /** Client credentials: a server endpoint that answers `POST` with `{ access_token, expires_in }`. */
  @property({ attribute: 'token-broker-url' }) tokenBrokerUrl = '';
  /**
   * Scopes of the signed-in user's access token (from the provider named by `auth`) that the
   * console presents to the token broker as `Authorization: Bearer`, e.g.
   * `api://contoso-token-broker/access_as_user` for a `portico-widgets/broker`; absent: the broker
   * is called without credentials.
   */
  @property({ attribute: 'token-broker-scopes' }) tokenBrokerScopes = '';
  /** Request timeout in milliseconds; 30000 when absent. */
  @property({ type: Number }) timeout = DEFAULT_TIMEOUT_MS;
  /** A URL prefix to route requests through when the API sends no CORS headers; its origin must be in `allowed-origins`. */
  @property({ attribute: 'cors-proxy' }) corsProxy = '';
  /** `light` or `dark`; follows `prefers-color-scheme` when absent. */
  @property({ reflect: true }) theme?: string;

  readonly #auth = new ConsoleAuth(
    this,
    () => this.#requiredScopes(),
    () => this.#exchange.send(this.#plan()),
  );
  readonly #lazyFailures = new LazyPartFailures(this);
  readonly #spec = new ConsoleSpec(this, () => this.#request.openInitial(false), this.#lazyFailures);
  readonly #exchange = new ConsoleExchange(this, this.#auth, () => this.#request.session, this.#lazyFailures);
  readonly #request: ConsoleInputs = new ConsoleInputs(this, this.#spec, this.#exchange, (inputs) => this.#storable(inputs));
  readonly #snippet = new ConsoleSnippet(this, this.#lazyFailures);
  readonly #security = new ConsoleSecurity(
    this,
    () => ({
      security: this.#spec.details?.security ?? [],
      token: this.#auth.availability,
      tokenScopes: this.#auth.mode === AuthMode.User ? parseIds(this.scopes) : [],
      credentials: this.#credentials(),
    }),
    this.#lazyFailures,
  );
  readonly #keyPicker = new ConsoleKeyPicker(
    this,
    () => this.apim,
    () => this.apiId,
    this.#lazyFailures,
  );
  readonly #problems = new ProblemLog(this);
  readonly #jsonCheck = new JsonCheck();

  protected override beforeRender(changed: PropertyValues<this>): void {
    this.#request.useSession();
    // A new description opens what it should once it starts loading (ConsoleSpec calls openInitial).
    if (!changed.has('specUrl') && (changed.has('operation') || changed.has('method') || changed.has('path'))) this.#request.openInitial(true);
  }

  protected override afterRender(strings: Strings): void {
    this.#problems.update([...this.#attributeProblems(strings), ...this.#runtimeProblems(strings), ...this.#lazyFailures.problems]);
  }

  // --- rendering --------------------------------------------------------------------------------

  protected override renderContent(strings: Strings): TemplateResult {
    const attributeProblems = this.#attributeProblems(strings);
    if (attributeProblems.length) return html`${attributeProblems.map((problem) => renderDiagnostic(problem, this))}`;
    const locale = localeOf(this);
    const spec = this.#spec.state;
    return html`<div class="console themed">
      ${this.#runtimeProblems(strings).map((problem) => renderDiagnostic(problem, this))}
      ${spec.status === 'loading' ? html`<p class="hint" role="status">${strings.apiConsole.loadingSpec}</p>` : nothing}
      <div class="layout ${spec.status === 'ready' ? 'with-picker' : ''}">
        ${this.#spec.renderPicker((entry) => this.#request.open(entry), strings)}
        <div class="main">
          ${
            this.#spec.renderWebhook(strings) ??
            html`${renderOperationHeading(this.#spec.details, strings)} ${this.#renderForm(strings)}
          ${this.#snippet.render(() => this.#draft(), this.#auth.snippetToken(), this.#credentials(), this.#security.plan(), strings)}
          ${this.#exchange.render(this, this.#requiredScopes(), strings, locale)}`
          }
          ${renderHistory({ entries: this.#request.session?.history ?? [], onOpen: this.#request.onOpenHistory, onClear: this.#request.onClearHistory }, strings, locale)}
        </div>
      </div>
    </div>`;
  }

  #renderForm(strings: Strings): TemplateResult {
    const text = strings.apiConsole;
    const inputs = this.#request.inputs;
    const sendsCredentials = this.#auth.mode !== AuthMode.None || !!this.#credentials().key || this.#security.plan().placements.length > 0;
    const withheldFrom = sendsCredentials ? untrustedOrigin(() => this.#draft(), this.#credentials().policy) : null;
    return renderForm(
      {
        inputs,
        details: this.#spec.details,
        servers: this.baseUrl ? [] : this.#spec.servers.map((server) => server.template),
        server: this.#spec.serverSpec?.template ?? '',
        serverFields: this.#spec.renderVariables(strings),
        authModes: this.#auth.modes,
        authMode: this.#auth.mode,
        authStatus: html`${this.#auth.renderStatus(strings)}${this.#keyPicker.render(strings, !!this.subscriptionKey)}${this.#security.render(strings)}`,
        notices: withheldFrom ? [text.credentialsWithheld(withheldFrom)] : [],
        warnings: this.#exchange.renderWarnings(strings, localeOf(this)),
        busy: this.#exchange.busy,
        jsonError: inputs.bodyMode === BodyMode.Json ? this.#jsonCheck.errorOf(inputs.bodyText) : '',
        onChange: this.#request.onChange,
        onServer: (server) => (this.#spec.server = server),
        onAuthMode: (mode) => {
          this.#auth.mode = mode;
          this.requestUpdate();
        },
        onFile: this.#request.onFile,
        onSend: () => this.#exchange.send(this.#plan()),
        onCancel: () => this.#exchange.cancel(),
      },
      strings,
    );
  }

  // --- the request ------------------------------------------------------------------------------

  #draft(inputs = this.#request.inputs, files = this.#request.files): ConsoleRequest {
    return buildRequest(inputs, { details: this.#spec.details, server: this.#spec.server, files, pageUrl: document.baseURI });
  }

  /** What Send needs, the inputs and files as they are now (sign-in may take a moment before the request is built). */
  #plan(): SendPlan {
    const inputs = this.#request.inputs;
    const files = new Map(this.#request.files);
    return {
      operation: this.#request.operation,
      inputs: this.#storable(inputs),
      draft: () => this.#draft(inputs, files),
      credentials: this.#credentials(),
      security: this.#spec.details?.security ?? [],
      attach: this.#security.plan(),
      requiredScopes: this.#requiredScopes(),
      expectedAudience: this.expectedAudience,
      timeout: Number.isFinite(this.timeout) && this.timeout > 0 ? this.timeout : DEFAULT_TIMEOUT_MS,
      eventShapes: this.#spec.details?.eventShapes ?? {},
    };
  }

  #credentials(): CredentialSettings {
    const policy = { trustedOrigins: trustedOrigins(this.baseUrl, parseIds(this.allowedOrigins), document.baseURI), corsProxy: this.corsProxy };
    return {
      policy,
      key: this.subscriptionKey || this.#keyPicker.key,
      keyHeader: this.subscriptionKeyHeader || DEFAULT_KEY_HEADER,
      keyQuery: this.subscriptionKeyQuery,
    };
  }

  /** Inputs as they may be stored: without the values of credential headers and parameters, the description's API keys' included. */
  #storable(inputs: RequestInputs): RequestInputs {
    return withoutSecrets(inputs, [this.#credentials().keyHeader, this.subscriptionKeyQuery, ...this.#security.typedNames()]);
  }

  /** The scopes a user token is asked for: those of the alternative the request goes by. */
  #requiredScopes(): string[] {
    return [...this.#security.plan().scopes];
  }

  // --- problems ---------------------------------------------------------------------------------

  #attributeProblems(strings: Strings): Problem[] {
    return attributeProblems(this, strings, document.baseURI);
  }

  /** Problems that leave the console usable: shown above it, the hand-typed request still works. */
  #runtimeProblems(strings: Strings): Problem[] {
    return [...this.#spec.problems(strings), ...this.#auth.problems(strings), ...this.#keyPicker.problems(strings)];
  }
}

define('portico-api-console', PorticoApiConsole);

declare global {
  interface HTMLElementTagNameMap {
    'portico-api-console': PorticoApiConsole;
  }
}
