import { Task, TaskStatus } from '@lit/task';
import { nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { PorticoBeforeSendEvent, type ConsoleRequest } from '../../../events/portico-before-send-event.js';
import { PorticoResponseEvent } from '../../../events/portico-response-event.js';
import { formatBytes, prepareUnitFormatting } from '../../../internal/format.js';
import { addEnglish, stringsFor, type Strings } from '../../../internal/strings.js';
import { apiConsoleAnswers } from '../../../internal/strings/en/api-console-answers.js';
import { tokenWarnings, type TokenWarning } from '../../../internal/token-claims.js';
import { renderTokenWarnings } from '../../../internal/token-warnings.js';
import type { ConsoleAuth } from './console-auth.js';
import type { ConsoleSession, StoredExchange } from './console-session.js';
import { storedResponse } from './stored-response.js';
import { secretsIn, type CredentialSettings } from './credential-settings.js';
import { authorizeRequest } from './credentials.js';
import { explainOutcome, type Explanation } from './failure-explanation.js';
import { highlightJson } from './json-highlight.js';
import type { SecurityRequirement } from './openapi/types.js';
import { plannedCredentials } from './planned-credentials.js';
import { renderAnswer } from './render-exchange.js';
import type { NotSent } from './render-explanation.js';
import { statusClass, statusLine, type ResponseHead, type ResponseView } from './render-response.js';
import type { AuthMode, RequestInputs } from './request-inputs.js';
import { DISPLAY_LIMIT, bodyView, downloadName } from './response-body.js';
import { redact, redactRequest } from './secrets.js';
import type { SecurityPlan } from './security-plan.js';
import { sendRequest, type Outcome } from './send-request.js';
import { tokenFailure } from './token-failure.js';
import type { TokenExpectations } from './render-token-used.js';
import { isTokenExpired, type TokenInfo } from './token-source.js';
import { keptStream, LiveStream, type StreamState } from './console-stream.js';
import { streamFormatOf } from './stream-events.js';
import { mediaType } from './media-type.js';
import { addPartStyles } from '../../../internal/part-styles.js';
import { answerStyles } from './answer.styles.js';

addEnglish(apiConsoleAnswers);

/** Everything one Send needs, read from the console when the user presses it. */
export interface SendPlan {
  /** The session's name of the open operation; '' for the hand-typed request. */
  readonly operation: string;
  /** The form's inputs, without secrets, for the history. */
  readonly inputs: RequestInputs;
  /** The request the form describes; throws when its address is no URL. */
  readonly draft: () => ConsoleRequest;
  readonly credentials: CredentialSettings;
  /** The open operation's security requirements, for explaining a 401 or 403. */
  readonly security: readonly SecurityRequirement[];
  /** Which of those the request meets, and the credentials that go with it. */
  readonly attach: SecurityPlan;
  /** The scopes a user token should hold, for the warnings before sending. */
  readonly requiredScopes: readonly string[];
  readonly expectedAudience: string;
  /** Milliseconds before the request is abandoned. */
  readonly timeout: number;
  /** The shape of a streamed answer's events, by media type (OpenAPI 3.2 `itemSchema`). */
  readonly eventShapes: Readonly<Record<string, string>>;
}

/** A body as shown: all of a live answer, or what the session kept of an earlier one. */
type ShownBody = { readonly bytes: Uint8Array<ArrayBuffer>; readonly blob: Blob } | { readonly kept: string; readonly cut: boolean };

/** What the response area shows: an answer (live or restored), why there is none, and the token sent. */
export interface Shown {
  readonly response: ResponseHead | null;
  readonly body: ShownBody | null;
  readonly explanation: Explanation | NotSent | null;
  readonly token: TokenInfo | null;
  /** A streamed answer's events. */
  readonly stream?: StreamState | null;
}

/** Progress is shown at most this often while a large body arrives. */
const PROGRESS_INTERVAL_MS = 150;

/**
 * One request at a time, from Send to what is shown: the token (with the signal that cancels
 * it), the warnings about it before anything leaves, `portico-before-send`, the request with its
 * credentials, progress, one retry with a new token after a 401 for an expired one, the
 * explanation of a failure, the session's answer and history (redacted) and `portico-response`.
 * Cancel, or the console leaving the page, aborts it. Fetched with the first Send or the first
 * answer to show (`ConsoleExchange`), so the form paints without it.
 */
export class ExchangeRunner implements ReactiveController {
  readonly #send: Task<[SendPlan], Shown>;
  #shown: Shown | null = null;
  #view: ResponseView | null = null;
  #showAll = false;
  #warnings: readonly TokenWarning[] = [];
  #progress = 0;
  #progressShown = 0;
  #progressTimer: ReturnType<typeof setTimeout> | undefined;
  /** The stream being received, while it is. */
  #live: LiveStream | null = null;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly auth: ConsoleAuth,
    private readonly session: () => ConsoleSession | null,
  ) {
    this.#send = new Task(host, {
      autoRun: false,
      task: ([plan], { signal }) => this.#run(plan, signal),
      onComplete: (shown) => this.#show(shown),
      onError: (error) => console.error('Portico <portico-api-console>:', error),
    });
    host.addController(this);
    addPartStyles(host, [answerStyles]);
  }

  get busy(): boolean {
    return this.#send.status === TaskStatus.PENDING;
  }

  /** The token's shortcomings, found before the request left. */
  renderWarnings(strings: Strings, locale: string): TemplateResult | typeof nothing {
    return this.#warnings.length ? renderTokenWarnings(this.#warnings, strings, locale) : nothing;
  }

  /** Why the request failed, the token it carried, a stream as it arrives, and the answer. */
  renderAnswer(expectations: TokenExpectations, requiredScopes: readonly string[], strings: Strings, locale: string): TemplateResult {
    return renderAnswer(this, expectations, requiredScopes, strings, locale);
  }

  get shown(): Shown | null {
    return this.#shown;
  }

  /** The stream being received; null when none is (a finished one is part of `view`). */
  get liveStream(): StreamState | null {
    return this.busy ? (this.#live?.state ?? null) : null;
  }

  /** The answer's headers and body, ready to render; null when there is no answer. */
  get view(): ResponseView | null {
    return this.#view;
  }

  /** What the status line is coloured by: the shown answer's status class, none while busy. */
  statusClass(): string {
    return this.#shown?.response && !this.busy ? statusClass(this.#shown.response.status) : '';
  }

  /** Busy, then the status code, meaning, time and size; or that there was no answer. */
  statusText(strings: Strings, locale: string): string {
    const text = strings.apiConsole;
    if (this.busy && this.auth.checking) return strings.checkingSignIn;
    if (this.busy && this.liveStream) return text.stream.receiving;
    if (this.busy) return this.#progressShown ? text.receiving(formatBytes(this.#progressShown, locale)) : text.sending;
    const shown = this.#shown;
    if (!shown) return '';
    if (shown.response) return statusLine(shown.response, strings, locale);
    if (shown.explanation?.kind === 'redirect') return text.redirectNotFollowed;
    return shown.explanation?.kind === 'not-sent' ? text.notSent : text.noAnswer;
  }

  /** Sends the request `plan` describes, unless one is on its way. */
  send(plan: SendPlan): void {
    if (this.busy) return;
    // The answer's size and time are shown in units: ready them while the request is on its way.
    prepareUnitFormatting();
    void this.#send.run([plan]);
  }

  cancel(): void {
    this.#send.abort();
  }

  /** Shows a request kept from earlier in the session (or nothing), as when an operation is opened. */
  restore(stored: StoredExchange | null): void {
    this.#warnings = [];
    this.#showAll = false;
    this.#show(stored && restored(stored));
  }

  hostDisconnected(): void {
    this.#send.abort();
    this.#live?.close();
    this.#dropView();
  }

  async #run(plan: SendPlan, signal: AbortSignal): Promise<Shown> {
    const strings = stringsFor(this.host);
    this.#progress = this.#progressShown = 0;
    this.#warnings = [];
    this.#show(null);
    try {
      const mode = this.auth.mode;
      let token: TokenInfo | null;
      try {
        token = plan.attach.sendsToken ? await this.auth.token(mode, false, signal) : null;
        signal.throwIfAborted();
      } catch (error) {
        return notSent(signal.aborted ? { kind: 'cancelled' } : tokenFailure(error, this.auth, strings));
      }
      let draft: ConsoleRequest;
      try {
        draft = plan.draft();
      } catch {
        return notSent({ kind: 'not-sent', message: strings.apiConsole.invalidAddress, action: nothing });
      }
      // The warnings are on screen before the request leaves (and before listeners see it).
      this.#warnings = token
        ? tokenWarnings(token.claims, { audience: plan.expectedAudience, scopes: token.source === 'user' ? plan.requiredScopes : [] })
        : [];
      this.host.requestUpdate();
      await this.host.updateComplete;
      const beforeSend = new PorticoBeforeSendEvent({ request: draft });
      if (!this.host.dispatchEvent(beforeSend)) return notSent({ kind: 'not-sent', message: strings.apiConsole.preventedByPage, action: nothing });
      return await this.#exchange(beforeSend.detail.request, token, mode, plan, signal);
    } finally {
      clearTimeout(this.#progressTimer);
      this.#progressTimer = undefined;
    }
  }

  /** Sends, retries once with a new token after a 401 for an expired one, then keeps and reports the outcome. */
  async #exchange(draft: ConsoleRequest, firstToken: TokenInfo | null, mode: AuthMode, plan: SendPlan, signal: AbortSignal): Promise<Shown> {
    const { credentials: settings } = plan;
    const send = async (token: TokenInfo | null) => {
      const authorized = authorizeRequest(draft, plannedCredentials(plan.attach, settings, token?.token ?? null, false), settings.policy);
      // Credentials the console added must not follow a redirect to wherever it leads.
      const followRedirects = authorized.attached.length === 0;
      this.#live?.close();
      this.#live = new LiveStream(() => this.host.requestUpdate(), plan.eventShapes);
      const result = await sendRequest(authorized.request, {
        timeout: plan.timeout,
        signal,
        onProgress: this.#onProgress,
        followRedirects,
        stream: this.#live.listener,
      });
      return { ...result, authorized };
    };
    let token = firstToken;
    let result = await send(token);
    let retried = false;
    if (token && isUnauthorized(result.outcome) && isTokenExpired(token) && !result.authorized.withheld.includes('token')) {
      const renewed = await this.auth.token(mode, true, signal).catch(() => null);
      if (renewed) {
        token = renewed;
        result = await send(token);
        retried = true;
      }
    }
    const { outcome, duration, authorized } = result;
    const secrets = secretsIn(authorized.request, settings, token?.token ?? null, plan.attach.placements);
    const explanation = explainOutcome({
      outcome,
      method: authorized.request.method,
      headers: authorized.request.headers,
      target: authorized.target,
      pageOrigin: location.origin,
      authMode: mode,
      signedIn: this.auth.signedIn,
      token,
      withheld: authorized.withheld,
      keyConfigured: !!settings.key || plan.attach.placements.length > 0,
      security: plan.security,
      expectedAudience: plan.expectedAudience,
      timeout: plan.timeout,
      retried,
    });
    const received = outcome.kind === 'response' ? outcome.response : null;
    const blob = received ? received.blob : null;
    this.session()?.record(
      {
        at: new Date().toISOString(),
        operation: plan.operation,
        method: authorized.request.method,
        url: redact(authorized.target, secrets),
        result: outcome.kind === 'response' ? outcome.response.status : outcome.kind,
        duration,
      },
      { inputs: plan.inputs, response: received && storedResponse(received, duration, secrets), explanation },
    );
    this.host.dispatchEvent(
      new PorticoResponseEvent({
        request: redactRequest(authorized.request, secrets),
        response: received && blob && { status: received.status, statusText: received.statusText, headers: Object.fromEntries(received.headers), body: blob },
        failure: outcome.kind === 'response' ? null : outcome.kind,
        duration,
      }),
    );
    const stream = received?.stream ? (this.#live?.ended(received.stream.end, duration) ?? null) : null;
    this.#live = null;
    const head = received && {
      status: received.status,
      statusText: received.statusText,
      headers: received.headers,
      contentType: received.contentType,
      size: received.body.byteLength,
      duration,
    };
    return {
      response: head,
      body: received && blob && { bytes: received.body, blob },
      explanation,
      token: authorized.withheld.includes('token') ? null : token,
      stream,
    };
  }

  readonly #onProgress = (received: number): void => {
    this.#progress = received;
    if (this.#progressTimer) return;
    this.#progressTimer = setTimeout(() => {
      this.#progressTimer = undefined;
      this.#progressShown = this.#progress;
      this.host.requestUpdate();
    }, PROGRESS_INTERVAL_MS);
  };

  readonly #onShowAll = (): void => {
    this.#showAll = true;
    this.#show(this.#shown);
    this.host.requestUpdate();
  };

  #show(shown: Shown | null): void {
    this.#dropView();
    this.#shown = shown;
    const { response, body } = shown ?? {};
    if (!response || !body) return;
    const bytes = 'kept' in body ? new TextEncoder().encode(body.kept) : body.bytes;
    // A restored body cut short shows as the text it is.
    const view =
      'kept' in body && body.cut
        ? { kind: 'text' as const, text: body.kept, truncated: false, invalidJson: false }
        : bodyView(bytes, response.contentType, this.#showAll);
    // A large body keeps its download link after "show all", too.
    const wantsUrl = 'blob' in body && (!!shown?.stream || view.kind === 'image' || view.kind === 'binary' || bytes.byteLength > DISPLAY_LIMIT);
    this.#view = {
      response,
      restored: 'kept' in body,
      bodyCut: 'kept' in body && body.cut,
      body: view,
      highlighted: view.kind === 'json' && view.highlight ? highlightJson(view.text) : null,
      bodyUrl: wantsUrl ? URL.createObjectURL(body.blob) : null,
      downloadName: downloadName(response.contentType),
      onShowAll: this.#onShowAll,
      stream: shown?.stream ?? null,
    };
  }

  #dropView(): void {
    if (this.#view?.bodyUrl) URL.revokeObjectURL(this.#view.bodyUrl);
    this.#view = null;
  }
}

function notSent(explanation: Explanation | NotSent): Shown {
  return { response: null, body: null, explanation, token: null };
}

function isUnauthorized(outcome: Outcome): boolean {
  return outcome.kind === 'response' && outcome.response.status === 401;
}

function restored({ response, explanation }: StoredExchange): Shown {
  if (!response) return { response: null, body: null, explanation, token: null };
  const { bodyText, bodyCut, ...head } = response;
  const format = streamFormatOf(mediaType(head.contentType));
  const stream = format && keptStream(bodyText, format, head.duration);
  return { response: head, body: { kept: bodyText, cut: bodyCut }, explanation, token: null, stream };
}
