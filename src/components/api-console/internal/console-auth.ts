import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { AuthConsumer } from '../../../internal/auth-consumer.js';
import { AuthErrorCode, PorticoAuthError } from '../../../auth/errors.js';
import { AuthState } from '../../../auth/types.js';
import { startAuthAction } from '../../../internal/auth-action.js';
import type { Problem } from '../../../internal/diagnostic.js';
import { parseIds, renderUnavailable, unknownProviderProblem } from '../../../internal/provider-status.js';
import type { Strings } from '../../../internal/strings.js';
import type { NotSent } from './render-explanation.js';
import { AuthMode } from './request-inputs.js';
import { BrokerTokens, TokenBrokerError, userToken, type TokenInfo } from './token-source.js';

/** The console attributes that decide who a request is sent as. */
export interface ConsoleAuthHost extends ReactiveControllerHost, HTMLElement {
  readonly auth: string;
  readonly scopes: string;
  readonly tokenBrokerUrl: string;
}

/**
 * Who the console's requests are sent as, and the token that goes with it: nobody; the
 * signed-in user of the provider named by `auth` (a delegated token for `scopes`, else the
 * operation's OAuth scopes); or the app, with a token from `token-broker-url`. The user may switch
 * between the modes the attributes allow. Remembers the last token of each mode (for snippets).
 */
export class ConsoleAuth {
  readonly #consumer: AuthConsumer;
  readonly #broker = new BrokerTokens();
  readonly #tokens = new Map<AuthMode, TokenInfo>();
  #chosen: AuthMode | null = null;
  #brokerProblem: Problem | null = null;

  constructor(
    private readonly host: ConsoleAuthHost,
    /** The OAuth scopes the open operation's description asks for. */
    private readonly operationScopes: () => string[],
  ) {
    this.#consumer = new AuthConsumer(host, () => host.auth);
  }

  /** The modes the attributes allow, anonymous always among them. */
  get modes(): AuthMode[] {
    return [AuthMode.None, ...(this.host.auth ? [AuthMode.User] : []), ...(this.host.tokenBrokerUrl ? [AuthMode.App] : [])];
  }

  /** The user's choice, else the signed-in user when there is a provider, else the app, else nobody. */
  get mode(): AuthMode {
    const modes = this.modes;
    if (this.#chosen && modes.includes(this.#chosen)) return this.#chosen;
    return modes.includes(AuthMode.User) ? AuthMode.User : (modes.at(-1) ?? AuthMode.None);
  }

  set mode(mode: AuthMode) {
    this.#chosen = mode;
  }

  get signedIn(): boolean {
    return !!this.#consumer.controller?.account;
  }

  /** The last token fetched for `mode`, if any. */
  lastToken(mode: AuthMode = this.mode): TokenInfo | undefined {
    return this.#tokens.get(mode);
  }

  /** The scopes a user token is asked for: `scopes`, else the operation's. */
  get scopes(): string[] {
    const scopes = parseIds(this.host.scopes);
    return scopes.length ? scopes : this.operationScopes();
  }

  /** A token for `mode`, or null (anonymous, or nobody signed in); rejects when one cannot be had. */
  async token(mode: AuthMode, forceRefresh: boolean, signal: AbortSignal): Promise<TokenInfo | null> {
    let info: TokenInfo | null = null;
    if (mode === AuthMode.App) {
      info = await this.#broker.get(new URL(this.host.tokenBrokerUrl, document.baseURI).href, forceRefresh, signal);
      this.#brokerProblem = null;
    } else if (mode === AuthMode.User) {
      const controller = this.#consumer.controller;
      if (!controller?.account) return null;
      info = await userToken(controller, this.scopes, forceRefresh);
    }
    if (info) this.#tokens.set(mode, info);
    return info;
  }

  /**
   * Why no token could be had, with what to do: sign in again when the token needs the user, and
   * for a token broker that failed, a `token-broker-failed` problem until it gives a token again.
   */
  notSent(error: unknown, strings: Strings): NotSent {
    const text = strings.apiConsole;
    if (error instanceof TokenBrokerError) {
      this.#brokerProblem = { code: 'token-broker-failed', message: text.brokerFailed(error.detail), hint: text.brokerHint(error.url), attribute: 'token-broker-url' };
      return { kind: 'not-sent', message: text.brokerFailed(error.detail), action: nothing };
    }
    const needsUser = error instanceof PorticoAuthError && (error.code === AuthErrorCode.InteractionRequired || error.code === AuthErrorCode.LoginRequired);
    const username = this.#consumer.controller?.account?.username ?? '';
    const action = needsUser ? html`<button class="button" type="button" @click=${() => this.signIn(username)}>${strings.signInAgain}</button>` : nothing;
    const message = error instanceof PorticoAuthError ? `${error.message} ${error.hint}` : String(error);
    return { kind: 'not-sent', message: text.tokenFailed(message), action };
  }

  /** Starts a sign-in through the shared controller, asking for the console's scopes. */
  signIn(loginHint: string): void {
    const controller = this.#consumer.controller;
    if (!controller) return;
    const options = { scopes: this.scopes, ...(loginHint ? { loginHint } : {}) };
    const running = startAuthAction({ host: this.host, provider: this.#consumer.entry?.id ?? '', controller, action: 'sign-in', options });
    void running?.then(() => this.host.requestUpdate());
  }

  /** An unknown provider, and a token broker that failed. */
  problems(strings: Strings): Problem[] {
    const problems: Problem[] = [];
    if (this.host.auth && this.#consumer.status === 'unknown') problems.push(unknownProviderProblem(strings, this.#consumer.requestedId));
    if (this.#brokerProblem) problems.push(this.#brokerProblem);
    return problems;
  }

  /** Who the next request goes as, with a sign-in button when nobody is signed in. */
  renderStatus(strings: Strings): TemplateResult {
    const text = strings.apiConsole;
    const mode = this.mode;
    if (mode === AuthMode.None) return html`<p class="hint">${text.sentAnonymously}</p>`;
    if (mode === AuthMode.App) return html`<p class="hint">${text.sentAsApp(this.host.tokenBrokerUrl)}</p>`;
    // An unknown provider is explained by the diagnostic above the console; here it is just unavailable.
    if (this.#consumer.status === 'unknown' || this.#consumer.status === 'unavailable') return renderUnavailable(strings);
    const controller = this.#consumer.controller;
    const account = controller?.account ?? null;
    if (!controller || controller.state === AuthState.Initializing) return html`<p class="hint">${strings.checkingSignIn}</p>`;
    if (!account) {
      return html`<p class="hint">${text.signedOut}</p>
        <button class="button" type="button" @click=${() => this.signIn('')}>${strings.signIn}</button>`;
    }
    return html`<p class="hint">${text.sentAsUser(account.name || account.username, this.scopes.join(' '))}</p>`;
  }
}
