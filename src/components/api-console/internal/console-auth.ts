import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { AuthConsumer } from '../../../internal/auth-consumer.js';
import { AuthState, type Account } from '../../../auth/types.js';
import { startAuthAction } from '../../../internal/auth-action.js';
import type { Problem } from '../../../internal/diagnostic.js';
import { parseIds, renderUnavailable, unknownProviderProblem } from '../../../internal/provider-status.js';
import type { Strings } from '../../../internal/strings.js';
import { audiencesOf, scopeGranted, scopesOf } from '../../../internal/token-claims.js';
import { AuthMode } from './request-inputs.js';
import { TOKEN_PLACEHOLDER } from './secrets.js';
import { TokenAvailability } from './security-plan.js';
import { BrokerTokens, userToken, type BrokerCaller, type TokenInfo } from './token-source.js';

/** The console attributes that decide who a request is sent as. */
export interface ConsoleAuthHost extends ReactiveControllerHost, HTMLElement {
  readonly auth: string;
  readonly scopes: string;
  readonly tokenBrokerUrl: string;
  readonly tokenBrokerScopes: string;
}

/**
 * Who the console's requests are sent as, and the token that goes with it: nobody; the
 * signed-in user of the provider named by `auth` (a delegated token for `scopes`, else the
 * operation's OAuth scopes); or the app, with a token from `token-broker-url` (for which the
 * signed-in user's token for `token-broker-scopes` is presented to the broker). The user may switch
 * between the modes the attributes allow. Remembers the last token of each mode (for snippets).
 */
export class ConsoleAuth implements ReactiveController {
  readonly #consumer: AuthConsumer;
  /** Sends waiting for the provider to say whether someone is signed in. */
  readonly #waiting = new Set<() => void>();
  readonly #broker = new BrokerTokens();
  readonly #tokens = new Map<AuthMode, TokenInfo>();
  #chosen: AuthMode | null = null;
  /**
   * A token broker that failed, shown as a `token-broker-failed` problem until it gives a token
   * again; set where the failure is explained (`token-failure.ts`, with the code that sends).
   */
  brokerProblem: Problem | null = null;
  /** Scopes the user consented to from "ask for {scope}", asked for from then on. */
  readonly #added = new Set<string>();

  constructor(
    private readonly host: ConsoleAuthHost,
    /** The OAuth scopes the open operation's description asks for. */
    private readonly operationScopes: () => string[],
    /** Sends the open request again, once the user has consented to a scope it lacked. */
    private readonly resend: () => void = () => undefined,
  ) {
    this.#consumer = new AuthConsumer(host, () => host.auth);
    host.addController(this);
  }

  /**
   * Whether the user's token cannot be asked for yet: the provider is not on the page yet (within
   * the grace period), or is still finding out whether someone is signed in ("Checking sign-in…").
   */
  get checking(): boolean {
    if (this.mode !== AuthMode.User) return false;
    const status = this.#consumer.status;
    return status === 'waiting' || (status === 'ready' && this.#consumer.controller?.state === AuthState.Initializing);
  }

  /** Every change of the provider updates the host: sends waiting for it go on once it has checked. */
  hostUpdate(): void {
    if (this.checking) return;
    for (const resume of this.#waiting) resume();
    this.#waiting.clear();
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

  /** The signed-in user of the provider named by `auth`, if any. */
  get account(): Account | null {
    return this.#consumer.controller?.account ?? null;
  }

  get signedIn(): boolean {
    return !!this.account;
  }

  /** Whether a request will carry a token: yes (from the broker, or the user's, signed in or being checked), after a sign-in, or never. */
  get availability(): TokenAvailability {
    if (this.mode === AuthMode.None) return TokenAvailability.None;
    return this.mode === AuthMode.App || this.signedIn || this.checking ? TokenAvailability.Available : TokenAvailability.SignIn;
  }

  /** The last token fetched for `mode`, if any. */
  lastToken(mode: AuthMode = this.mode): TokenInfo | undefined {
    return this.#tokens.get(mode);
  }

  /** The token a snippet shows: none for an anonymous request, else the last one fetched, else a placeholder. */
  snippetToken(): string | null {
    return this.mode === AuthMode.None ? null : (this.lastToken()?.token ?? TOKEN_PLACEHOLDER);
  }

  /** The scopes a user token is asked for: `scopes`, else the operation's, and those the user has asked for since. */
  get scopes(): string[] {
    const scopes = parseIds(this.host.scopes);
    return [...new Set([...(scopes.length ? scopes : this.operationScopes()), ...this.#added])];
  }

  /**
   * The open operation's scopes that the user's token will not hold: not asked for, or (once a
   * token has been had) not granted. These are what "ask for {scope}" offers.
   */
  get missingScopes(): string[] {
    if (this.mode !== AuthMode.User || !this.signedIn) return [];
    const asked = this.scopes;
    // An opaque token says nothing of its scopes: then what was asked for is all there is to go by.
    const claims = this.lastToken(AuthMode.User)?.claims ?? {};
    const held = scopesOf(claims);
    const granted = (scope: string) => (held.length ? scopeGranted(scope, held, audiencesOf(claims)) : asked.includes(scope));
    return this.operationScopes().filter((scope) => !granted(scope));
  }

  /**
   * Incremental consent: an interactive request (a popup, from this click) for the scopes the
   * operation needs and the token lacks, through the shared controller; once granted, they are
   * asked for from then on, and the request is sent again.
   */
  askFor(scopes: readonly string[]): void {
    const controller = this.#consumer.controller;
    const username = controller?.account?.username ?? '';
    if (!controller) return;
    const options = { scopes: [...new Set([...this.scopes, ...scopes])], ...(username ? { loginHint: username } : {}) };
    const running = startAuthAction({ host: this.host, provider: this.#consumer.entry?.id ?? '', controller, action: 'sign-in', options });
    void running?.then((granted) => {
      if (granted) {
        for (const scope of scopes) this.#added.add(scope);
        this.resend();
      }
      this.host.requestUpdate();
    });
  }

  /** "Ask for {scope}", when the open operation needs scopes the user's token will not hold. */
  renderAskFor(strings: Strings): TemplateResult | typeof nothing {
    const missing = this.missingScopes;
    if (!missing.length) return nothing;
    const text = strings.apiConsole;
    return html`<p class="hint">${text.lacksScopes(missing.join(' '))}</p>
      <button class="button" type="button" data-action="ask-for" @click=${() => this.askFor(missing)}>${text.askFor(missing.join(' '))}</button>`;
  }

  /** A token for `mode`, or null (anonymous, or nobody signed in); rejects when one cannot be had. */
  async token(mode: AuthMode, forceRefresh: boolean, signal: AbortSignal): Promise<TokenInfo | null> {
    let info: TokenInfo | null = null;
    if (mode === AuthMode.App) {
      info = await this.#broker.get(new URL(this.host.tokenBrokerUrl, document.baseURI).href, forceRefresh, signal, await this.#brokerCaller(signal));
      this.brokerProblem = null;
    } else if (mode === AuthMode.User) {
      // Never anonymous by accident: a Send pressed while sign-in is being checked waits for the answer.
      await this.#checked(signal);
      const controller = this.#consumer.controller;
      if (!controller?.account) return null;
      info = await userToken(controller, this.scopes, forceRefresh, signal);
    }
    if (info) this.#tokens.set(mode, info);
    return info;
  }

  /** The signed-in user's token for `token-broker-scopes`, when both it and `auth` are set and someone is signed in. */
  async #brokerCaller(signal: AbortSignal): Promise<BrokerCaller | null> {
    const scopes = parseIds(this.host.tokenBrokerScopes);
    if (!this.host.auth || !scopes.length) return null;
    await this.#checked(signal);
    const controller = this.#consumer.controller;
    const account = controller?.account;
    if (!controller || !account) return null;
    const { accessToken } = await controller.getAccessToken({ scopes, signal });
    return { token: accessToken, account: account.homeAccountId };
  }

  #checked(signal: AbortSignal): Promise<void> {
    signal.throwIfAborted();
    if (!this.checking) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const resume = () => {
        signal.removeEventListener('abort', abort);
        resolve();
      };
      const abort = () => {
        this.#waiting.delete(resume);
        reject(signal.reason);
      };
      signal.addEventListener('abort', abort, { once: true });
      this.#waiting.add(resume);
    });
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
    if (this.brokerProblem) problems.push(this.brokerProblem);
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
    return html`<p class="hint">${text.sentAsUser(account.name || account.username, this.scopes.join(' '))}</p>
      ${this.renderAskFor(strings)}`;
  }
}
