import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { initialState, Task, TaskStatus } from '@lit/task';
import { AuthConsumer } from '../../internal/auth-consumer.js';
import { authErrorText } from '../../internal/auth-error-text.js';
import { AuthErrorCode, ErrorCode, PorticoAuthError } from '../../auth/errors.js';
import { AuthState, type Account } from '../../auth/types.js';
import { startAuthAction } from '../../internal/auth-action.js';
import { claimsTables, renderLazyClaimsTable } from '../../internal/lazy-claims-table.js';
import { LazyPartFailures } from '../../internal/lazy-part-failures.js';
import { Clock } from '../../internal/clock.js';
import { decodeJwt } from '../../internal/decoded-jwt.js';
import { define } from '../../internal/define.js';
import { PorticoElement } from '../../internal/portico-element.js';
import { renderDiagnostic, type Problem } from '../../internal/diagnostic.js';
import { formatDuration } from '../../internal/format.js';
import { checkChoice, parseIds, renderProviderProblem, unknownProviderProblem } from '../../internal/provider-status.js';
import { ProblemLog } from '../../internal/problem-log.js';
import { addEnglish, localeOf, type Strings } from '../../internal/strings.js';
import { THEMES } from '../../internal/theme.js';
import { claimTime, tokenWarnings } from '../../internal/token-claims.js';
import { renderLazyTokenWarnings } from '../../internal/lazy-token-warnings.js';
import { styles } from './portico-token-inspector.styles.js';
import { tokenInspector } from '../../internal/strings/en/token-inspector.js';

addEnglish(tokenInspector);

const TOKEN_KINDS = ['id', 'access'] as const;

/** A token's readable parts; `header` is null when unknown. */
interface DecodedToken {
  readonly header: Readonly<Record<string, unknown>> | null;
  readonly claims: Readonly<Record<string, unknown>>;
}

/** What is being inspected: a JWT's text, or (for the ID token) the header and claims MSAL keeps. */
type Subject =
  | { readonly kind: 'jwt'; readonly token: string; readonly caption: string }
  | {
      readonly kind: 'claims';
      readonly header: Readonly<Record<string, unknown>> | undefined;
      readonly claims: Readonly<Record<string, unknown>>;
      readonly caption: string;
    }
  | { readonly kind: 'message'; readonly text: string; readonly action?: TemplateResult }
  /** Nothing yet: an empty paste field, or a provider still starting. */
  | { readonly kind: 'none' };

/**
 * With `token="id"` it shows the signed-in account's ID token; with `token="access"` the access
 * token for `scopes`, fetched from the shared controller (`auth`). Without `token`, it decodes a
 * JWT pasted into its field, or one set by script in the `jwt` property (the API console shows
 * the token it sent that way). `exp`, `nbf` and `iat` are shown as dates, and `exp` also as a
 * live countdown. `expected-audience`, `required-scopes` and `required-roles` turn into warnings
 * when the token falls short of them.
 *
 * Nothing is verified (the signature is the API's business) and nothing is sent anywhere: the
 * token is decoded on the page, and the field asks the browser not to spell-check it.
 *
 * @summary Decodes a token and explains it: header, claims with plain-language names, lifetime as a countdown, and what it lacks.
 * @tag portico-token-inspector
 * @csspart input - The field a JWT is pasted into.
 * @csspart header - The table of the JWT's header.
 * @csspart claims - The table of the token's claims.
 * @csspart countdown - The time left before the token expires, or since it did.
 * @csspart warnings - The list of ways the token falls short of what is expected.
 * @csspart warning - Each warning.
 * @csspart verdict - "The token has the audience, scopes and roles asked for", when it does.
 * @csspart message - Why no token is shown (signed out, not a JWT, failed to fetch).
 * @csspart button - "Get a new token" and "Sign in again".
 * @csspart status - The visually hidden live region.
 * @csspart unavailable - "Sign-in unavailable", shown when the provider is misconfigured.
 * @csspart diagnostic - The panel explaining a misconfiguration of this element.
 * @cssprop --portico-token-inspector-background - Background.
 * @cssprop --portico-token-inspector-border-color - Border colour.
 * @cssprop --portico-token-inspector-padding - Padding.
 * @cssprop --portico-color-surface - Background.
 * @cssprop --portico-color-text - Text colour.
 * @cssprop --portico-color-text-muted - Plain-language claim names.
 * @cssprop --portico-color-border - Border and table rule colour.
 * @cssprop --portico-color-error - Accent of warnings.
 * @cssprop --portico-color-focus - Focus ring colour.
 * @cssprop --portico-radius - Corner radius.
 * @cssprop --portico-font - Font shorthand.
 * @cssprop --portico-font-mono - Font of the token field and claim names.
 * @fires {PorticoSignInRequestEvent} portico-sign-in-request - Cancelable; fired before "Sign in again" starts; `detail: { provider, action: 'sign-in' }`.
 * @fires {PorticoSignInEvent} portico-sign-in - The sign-in this element started finished; `detail: { provider, account }`.
 * @fires {PorticoErrorEvent} portico-error - This element is misconfigured (`unknown-provider`, `invalid-attribute`), or the claims table's or the warnings' code did not arrive (`part-load-failed`, shown in its place); `detail: { code, message, hint }`.
 */
export class PorticoTokenInspector extends PorticoElement {
  static override styles = styles;

  /** `id` (the signed-in account's ID token), `access` (the access token for `scopes`), or empty to decode a pasted JWT. */
  @property() token = '';
  /** Which provider's token to show, by id; the enclosing or the page's only or `default` one when empty. */
  @property() auth = '';
  /** Space-separated scopes of the access token to show (`token="access"`). */
  @property() scopes = '';
  /** The audience the API expects; a token for another gets a warning. */
  @property({ attribute: 'expected-audience' }) expectedAudience = '';
  /** Space-separated scopes the token must hold (in `scp`). */
  @property({ attribute: 'required-scopes' }) requiredScopes = '';
  /** Space-separated roles the token must hold (in `roles`). */
  @property({ attribute: 'required-roles' }) requiredRoles = '';
  /** `light` or `dark`; follows `prefers-color-scheme` when absent. */
  @property({ reflect: true }) theme?: string;
  /**
   * A JWT to decode, set by script; it wins over `token` and the paste field. Never reflected to
   * an attribute, so the token stays out of the page's markup.
   */
  @property({ attribute: false }) jwt = '';

  readonly #auth = new AuthConsumer(this, () => (this.token ? this.auth : ''));
  readonly #problems = new ProblemLog(this);
  readonly #lazyFailures = new LazyPartFailures(this);
  readonly #clock = new Clock(this);
  #pasted = '';
  /** Whether the next run of `#access` asks the identity provider for a new token rather than the cache. */
  #forceRefresh = false;
  /** The access token for the signed-in account and `scopes`, fetched again when either changes. */
  readonly #access = new Task(this, {
    args: () => [this.#accessKey()] as const,
    task: async ([key], { signal }) => {
      const controller = this.#auth.controller;
      const forceRefresh = this.#forceRefresh;
      this.#forceRefresh = false;
      if (!key || !controller) return initialState;
      const { accessToken } = await controller.getAccessToken({ scopes: parseIds(this.scopes), forceRefresh, signal });
      return accessToken;
    },
  });

  protected override afterRender(strings: Strings): void {
    const problems = this.#attributeProblems(strings);
    if (this.token && this.#auth.status === 'unknown') problems.push(unknownProviderProblem(strings, this.#auth.requestedId));
    this.#problems.update([...problems, ...this.#lazyFailures.problems]);
  }

  protected override renderContent(strings: Strings): TemplateResult {
    const attributeProblems = this.#attributeProblems(strings);
    if (attributeProblems.length) return html`${attributeProblems.map((problem) => renderDiagnostic(problem, this))}`;
    const providerProblem = this.token && !this.jwt ? renderProviderProblem(this.#auth.status, this.#auth.requestedId, strings, this) : null;
    if (providerProblem) return providerProblem;
    const subject = this.#subject(strings);
    const decoded = this.#decode(subject);
    // The countdown ticks only while a token with an expiry is on screen.
    this.#clock.running = decoded !== null && claimTime(decoded.claims, 'exp') !== null;
    return html`<div class="inspector themed">
      ${!this.jwt && !this.token ? this.#renderPasteField(strings) : nothing}
      ${subject.kind === 'message' ? html`<p part="message" class="message">${subject.text}</p>${subject.action ?? nothing}` : nothing}
      ${subject.kind === 'jwt' && !decoded ? this.#renderUndecodable(strings) : nothing}
      ${decoded && (subject.kind === 'jwt' || subject.kind === 'claims') ? this.#renderToken(decoded, subject.caption, strings) : nothing}
      <span part="status" class="visually-hidden" role="status">${this.#access.status === TaskStatus.PENDING ? strings.tokenInspector.loadingToken : ''}</span>
    </div>`;
  }

  /** The header (JWTs only) and claims of what is inspected, or null when it is not a readable JWT. */
  #decode(subject: Subject): DecodedToken | null {
    if (subject.kind === 'claims') {
      const header = subject.header && Object.keys(subject.header).length ? subject.header : null;
      return { header, claims: subject.claims };
    }
    return subject.kind === 'jwt' ? decodeJwt(subject.token) : null;
  }

  #subject(strings: Strings): Subject {
    const text = strings.tokenInspector;
    if (this.jwt) return { kind: 'jwt', token: this.jwt, caption: text.claimsCaption };
    if (!this.token) return this.#pasted.trim() ? { kind: 'jwt', token: this.#pasted, caption: text.claimsCaption } : { kind: 'none' };
    const controller = this.#auth.controller;
    const account = controller?.account ?? null;
    if (!controller || controller.state === AuthState.Initializing) return { kind: 'none' };
    if (!account) return { kind: 'message', text: text.signInToInspect };
    if (this.token === 'id') return { kind: 'claims', header: account.idTokenHeader, claims: account.idTokenClaims, caption: strings.claimsCaption };
    const { status, value, error } = this.#access;
    if (status === TaskStatus.ERROR) {
      const failure = error instanceof Error ? error : new Error(String(error));
      const message = failure instanceof PorticoAuthError ? authErrorText(failure, controller.config, strings).message : failure.message;
      return { kind: 'message', text: text.tokenFailed(message), action: this.#renderRetry(failure, account, strings) };
    }
    if (status !== TaskStatus.COMPLETE) return { kind: 'message', text: text.loadingToken };
    return { kind: 'jwt', token: value ?? '', caption: text.accessTokenCaption };
  }

  #renderPasteField(strings: Strings): TemplateResult {
    const text = strings.tokenInspector;
    return html`<label class="label" for="jwt">${text.pasteLabel}</label>
      <textarea
        id="jwt"
        part="input"
        class="input"
        rows="4"
        spellcheck="false"
        autocomplete="off"
        autocapitalize="off"
        aria-describedby="jwt-hint"
        .value=${this.#pasted}
        @input=${this.#onPaste}
      ></textarea>
      <p id="jwt-hint" class="hint">${text.pasteHint}</p>`;
  }

  #renderToken({ header, claims }: DecodedToken, caption: string, strings: Strings): TemplateResult {
    const locale = localeOf(this);
    return html`${this.#renderVerdict(claims, strings, locale)}${this.#renderCountdown(claims, strings, locale)}
      ${
        header && !claimsTables.failed
          ? renderLazyClaimsTable(this.#lazyFailures, header, { caption: strings.tokenInspector.headerCaption, part: 'header' }, strings, locale)
          : nothing
      }
      ${renderLazyClaimsTable(this.#lazyFailures, claims, { caption }, strings, locale)}`;
  }

  /** A pasted text that is no JWT is the user's mistake; a token from elsewhere is just opaque. */
  #renderUndecodable(strings: Strings): TemplateResult {
    const pasted = !this.jwt && !this.token;
    return html`<p part="message" class="message" role=${pasted ? 'alert' : nothing}>
      ${pasted ? strings.tokenInspector.notAJwt : strings.tokenInspector.opaqueToken}
    </p>`;
  }

  #renderVerdict(claims: Readonly<Record<string, unknown>>, strings: Strings, locale: string): TemplateResult | typeof nothing {
    const expectations = { audience: this.expectedAudience, scopes: parseIds(this.requiredScopes), roles: parseIds(this.requiredRoles) };
    const warnings = tokenWarnings(claims, expectations, this.#clock.now);
    if (warnings.length) return renderLazyTokenWarnings(this.#lazyFailures, warnings, strings, locale);
    const expectsSomething = expectations.audience || expectations.scopes.length || expectations.roles.length;
    return expectsSomething ? html`<p part="verdict" class="verdict">${strings.tokenInspector.meetsExpectations}</p>` : nothing;
  }

  #renderCountdown(claims: Readonly<Record<string, unknown>>, strings: Strings, locale: string): TemplateResult {
    const text = strings.tokenInspector;
    const exp = claimTime(claims, 'exp');
    if (!exp) return html`<p part="countdown" class="countdown">${text.noExpiry}</p>`;
    const left = exp.getTime() - this.#clock.now;
    return html`<p part="countdown" class="countdown ${left <= 0 ? 'expired' : ''}">
      <time datetime=${exp.toISOString()}>${left > 0 ? text.expiresIn(formatDuration(left, locale)) : text.expiredAgo(formatDuration(-left, locale))}</time>
    </p>`;
  }

  /** A failed fetch offers another try, or a sign-in when the token needs the user again. */
  #renderRetry(error: Error, account: Account, strings: Strings): TemplateResult {
    const code = error instanceof PorticoAuthError ? error.code : null;
    const needsUser = code === AuthErrorCode.InteractionRequired || code === AuthErrorCode.LoginRequired;
    const label = needsUser ? strings.signInAgain : strings.tokenInspector.getNewToken;
    return html`<button part="button" class="button" type="button" @click=${() => (needsUser ? this.#signInAgain(account) : this.#refresh())}>
      ${label}
    </button>`;
  }

  readonly #onPaste = (event: Event): void => {
    this.#pasted = (event.target as HTMLTextAreaElement).value;
    this.requestUpdate();
  };

  #refresh(): void {
    const key = this.#accessKey();
    if (!key) return;
    this.#forceRefresh = true;
    void this.#access.run([key]);
  }

  #signInAgain(account: Account): void {
    const controller = this.#auth.controller;
    if (!controller) return;
    const running = startAuthAction({
      host: this,
      provider: this.#auth.entry?.id ?? '',
      controller,
      action: 'sign-in',
      options: { scopes: parseIds(this.scopes), loginHint: account.username },
    });
    void running?.then((signedIn) => signedIn && this.#refresh());
  }

  /** `account scopes` while an access token is to be shown for a signed-in account; '' otherwise. */
  #accessKey(): string {
    const account = this.#auth.controller?.account;
    const scopes = parseIds(this.scopes);
    return this.token === 'access' && !this.jwt && account && scopes.length ? `${account.homeAccountId} ${scopes.join(' ')}` : '';
  }

  #attributeProblems(strings: Strings): Problem[] {
    const problems = [checkChoice(strings, 'token', this.token, TOKEN_KINDS), checkChoice(strings, 'theme', this.theme ?? '', THEMES)];
    if (this.token === 'access' && parseIds(this.scopes).length === 0) {
      const text = strings.tokenInspector.scopesNeeded;
      problems.push({ code: ErrorCode.InvalidAttribute, message: text.message, hint: text.hint, attribute: 'scopes' });
    }
    return problems.filter((problem): problem is Problem => problem !== null);
  }
}

define('portico-token-inspector', PorticoTokenInspector);

declare global {
  interface HTMLElementTagNameMap {
    'portico-token-inspector': PorticoTokenInspector;
  }
}
