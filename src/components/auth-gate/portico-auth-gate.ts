import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { AuthConsumer } from '../../internal/auth-consumer.js';
import { AuthState, LoginMode, type Account, type AuthController } from '../../auth/types.js';
import { startAuthAction } from '../../internal/auth-action.js';
import { CustomStates } from '../../internal/custom-states.js';
import { define } from '../../internal/define.js';
import { PorticoElement } from '../../internal/portico-element.js';
import { renderDiagnostic, type Problem } from '../../internal/diagnostic.js';
import { checkChoice, parseIds, renderProviderProblem, unknownProviderProblem } from '../../internal/provider-status.js';
import { ProblemLog } from '../../internal/problem-log.js';
import type { Strings } from '../../internal/strings.js';
import { THEMES } from '../../internal/theme.js';
import '../sign-in/portico-sign-in.js';
import { styles } from './portico-auth-gate.styles.js';

/**
 * `checking`: the provider is not ready yet (nothing is shown); `problem`: misconfigured;
 * `open`: the content is shown; `anonymous`: nobody is signed in; `forbidden`: the account lacks the roles.
 */
type GateView = 'checking' | 'problem' | 'open' | 'anonymous' | 'forbidden';

/** Providers whose anonymous visitors were already sent to sign in during this page load. */
const redirected = new WeakSet<AuthController>();

/**
 * **Gating is not authorization.** This element only hides part of a page for convenience: the
 * hidden content is still in the page's HTML, anyone can read it in the browser's tools, and
 * anyone can call your API without this page. Your API must check the access token (issuer,
 * audience, scopes or roles, expiry) on every request.
 *
 * The default slot is shown once the account of its provider (`auth`, the enclosing `<portico-auth>`,
 * or the page's only or `default` one) is signed in and, with `roles="publishers admins"`, holds one of
 * those app roles. Until then the content is kept out of the visible page and the accessibility tree
 * (its wrapper is `hidden`), and the `fallback` slot is shown instead: by default a sign-in button for
 * anonymous visitors, and for a signed-in account without the roles "You need one of these roles: …"
 * with a button to sign in with another account. While the provider is still starting up, neither is shown.
 *
 * With `redirect`, an anonymous visitor is sent to sign in at once through the redirect flow (there is
 * no click to open a popup from), once per page load; `portico-sign-in-request` is fired first and can
 * cancel it.
 *
 * @summary Shows its content only to signed-in users, optionally only to those holding one of some app roles.
 * @tag portico-auth-gate
 * @csspart content - The wrapper of the default slot (hidden while gated).
 * @csspart fallback - The wrapper of the `fallback` slot.
 * @csspart forbidden - The default "you need one of these roles" message.
 * @csspart sign-in-another - The "Sign in with another account" button.
 * @csspart status - The visually hidden live region.
 * @csspart unavailable - "Sign-in unavailable", shown when the provider is misconfigured.
 * @csspart diagnostic - The panel explaining a misconfiguration of this element.
 * @cssprop --portico-auth-gate-background - Background of the "you need one of these roles" message.
 * @cssprop --portico-auth-gate-border-color - Its border colour.
 * @cssprop --portico-auth-gate-padding - Its padding.
 * @cssprop --portico-color-accent - Button background.
 * @cssprop --portico-color-on-accent - Button text colour.
 * @cssprop --portico-color-surface - Background.
 * @cssprop --portico-color-text - Text colour.
 * @cssprop --portico-color-border - Border colour.
 * @cssprop --portico-color-focus - Focus ring colour.
 * @cssprop --portico-radius - Corner radius.
 * @cssprop --portico-font - Font shorthand.
 * @cssstate open - The content is shown.
 * @cssstate anonymous - Nobody is signed in; the fallback is shown.
 * @cssstate forbidden - The signed-in account lacks the roles; the fallback is shown.
 * @cssstate checking - The provider is not ready yet; nothing is shown.
 * @slot - The gated content.
 * @slot fallback - Shown instead of the content while gated. Default: a sign-in button, or the missing-roles message.
 * @fires {PorticoSignInRequestEvent} portico-sign-in-request - Cancelable; fired before "Sign in with another account" or a `redirect` sign-in starts; `detail: { provider, action: 'sign-in' }`.
 * @fires {PorticoSignInEvent} portico-sign-in - The sign-in this element started finished; `detail: { provider, account }`.
 * @fires {PorticoErrorEvent} portico-error - This element is misconfigured (`unknown-provider`, `invalid-attribute`); `detail: { code, message, hint }`.
 */
export class PorticoAuthGate extends PorticoElement {
  static override styles = styles;

  /** Which provider decides, by id; the enclosing or the page's only or `default` one when empty. */
  @property() auth = '';
  /** Space-separated app roles; the content is shown to accounts holding at least one. Any signed-in account when empty. */
  @property() roles = '';
  /** Sends anonymous visitors to sign in at once, through the redirect flow (once per page load). */
  @property({ type: Boolean }) redirect = false;
  /** `light` or `dark`; follows `prefers-color-scheme` when absent. */
  @property({ reflect: true }) theme?: string;

  readonly #auth = new AuthConsumer(this, () => this.auth);
  readonly #problems = new ProblemLog(this);
  readonly #states = new CustomStates(this);
  #switching = false;

  protected override afterRender(strings: Strings): void {
    const problems = this.#attributeProblems(strings);
    if (this.#auth.status === 'unknown') problems.push(unknownProviderProblem(strings, this.#auth.requestedId));
    this.#problems.update(problems);
    const view = this.#view(strings);
    for (const state of ['open', 'anonymous', 'forbidden', 'checking'] as const) this.#states.toggle(state, view === state);
    // After this update, not inside it: starting sign-in changes the state this update just drew.
    if (view === 'anonymous' && this.redirect) queueMicrotask(() => this.#redirectOnce());
  }

  protected override renderContent(strings: Strings): TemplateResult {
    const view = this.#view(strings);
    const attributeProblems = this.#attributeProblems(strings);
    const problem = attributeProblems.length
      ? html`${attributeProblems.map((item) => renderDiagnostic(item, this))}`
      : renderProviderProblem(this.#auth.status, this.#auth.requestedId, strings, this);
    const gated = view === 'anonymous' || view === 'forbidden';
    return html`${problem ?? nothing}
      <div part="content" class="content" ?hidden=${view !== 'open'}><slot></slot></div>
      <div part="fallback" class="fallback" ?hidden=${!gated}>
        <slot name="fallback">${view === 'forbidden' ? this.#renderForbidden(strings) : this.#renderSignIn()}</slot>
      </div>
      <span part="status" class="visually-hidden" role="status">${view === 'checking' ? strings.checkingSignIn : ''}</span>`;
  }

  #renderSignIn(): TemplateResult | typeof nothing {
    const id = this.#auth.entry?.id;
    return id ? html`<portico-sign-in auth=${id} theme=${ifDefined(this.theme)}></portico-sign-in>` : nothing;
  }

  #renderForbidden(strings: Strings): TemplateResult {
    const account = this.#auth.controller?.account;
    return html`<div part="forbidden" class="forbidden themed">
      <p>${strings.needOneOfRoles(this.#requiredRoles())}</p>
      ${account ? html`<p>${strings.signedInAsWithout(account.name || account.username)}</p>` : nothing}
      <button
        part="sign-in-another"
        class="another"
        type="button"
        ?disabled=${this.#switching}
        aria-busy=${this.#switching ? 'true' : 'false'}
        @click=${this.#signInWithAnotherAccount}
      >
        ${strings.signInWithAnotherAccount}
      </button>
    </div>`;
  }

  #view(strings: Strings): GateView {
    if (this.#attributeProblems(strings).length) return 'problem';
    const status = this.#auth.status;
    if (status === 'unknown' || status === 'unavailable') return 'problem';
    const controller = this.#auth.controller;
    if (!controller || controller.state === AuthState.Initializing) return 'checking';
    const account = controller.account;
    if (!account) return 'anonymous';
    return this.#allowed(account) ? 'open' : 'forbidden';
  }

  #requiredRoles(): string[] {
    return parseIds(this.roles);
  }

  #allowed(account: Account): boolean {
    const required = this.#requiredRoles();
    return required.length === 0 || required.some((role) => account.roles.includes(role));
  }

  readonly #signInWithAnotherAccount = (): void => {
    const controller = this.#auth.controller;
    if (!controller || this.#switching) return;
    const running = startAuthAction({
      host: this,
      provider: this.#auth.entry?.id ?? '',
      controller,
      action: 'sign-in',
      options: { prompt: 'select_account' },
    });
    if (!running) return;
    this.#switching = true;
    this.requestUpdate();
    void running.then(() => {
      this.#switching = false;
      this.requestUpdate();
    });
  };

  /** The `redirect` attribute: there is no click to open a popup from, so always the redirect flow. */
  #redirectOnce(): void {
    const controller = this.#auth.controller;
    if (!this.redirect || !this.isConnected || !controller || controller.state !== AuthState.SignedOut || controller.error) return;
    if (redirected.has(controller)) return;
    redirected.add(controller);
    // The redirect leaves the page; the promise never rejects (a failure shows as the controller's error).
    void startAuthAction({
      host: this,
      provider: this.#auth.entry?.id ?? '',
      controller,
      action: 'sign-in',
      options: { loginMode: LoginMode.Redirect },
    });
  }

  #attributeProblems(strings: Strings): Problem[] {
    return [checkChoice(strings, 'theme', this.theme ?? '', THEMES)].filter((problem): problem is Problem => problem !== null);
  }
}

define('portico-auth-gate', PorticoAuthGate);

declare global {
  interface HTMLElementTagNameMap {
    'portico-auth-gate': PorticoAuthGate;
  }
}
