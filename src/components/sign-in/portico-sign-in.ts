import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { AuthErrorCode } from '../../auth/errors.js';
import { AuthState, LoginMode, type Account, type SignInOptions } from '../../auth/types.js';
import type { SignInAction } from '../../events/portico-sign-in-request-event.js';
import { startAuthAction } from '../../internal/auth-action.js';
import { CustomStates } from '../../internal/custom-states.js';
import { define } from '../../internal/define.js';
import { PorticoElement } from '../../internal/portico-element.js';
import { renderDiagnostic, type Problem } from '../../internal/diagnostic.js';
import { AuthConsumer, type CoveredProvider } from '../../internal/auth-consumer.js';
import { authErrorText } from '../../internal/auth-error-text.js';
import { checkChoice, parseIds, renderProviderProblem, unknownProviderProblem } from '../../internal/provider-status.js';
import { ProblemLog } from '../../internal/problem-log.js';
import type { Strings } from '../../internal/strings.js';
import { THEMES } from '../../internal/theme.js';
import { styles } from './portico-sign-in.styles.js';

const SIGNED_IN_MODES = ['sign-out', 'hide'] as const;
const LOGIN_MODES = [LoginMode.Popup, LoginMode.Redirect] as const;

/** How one provider's button looks right now. */
interface ButtonView {
  readonly provider: CoveredProvider;
  readonly label: string;
  readonly state: AuthState;
  readonly account: Account | null;
  readonly busy: boolean;
}

/**
 * Covers the providers named in `auth` (space-separated ids), else the enclosing `<portico-auth>`
 * when placed inside one, else every provider on the page. Each button says "Sign in with {label}".
 * Until a provider is on the page its button is shown disabled at its final size; while its MSAL code
 * is still loading the button already works (the popup opens from the click); while signing in or out
 * it stays disabled with `aria-busy="true"` and a spinner, and a second click does nothing. Signed in,
 * it becomes a sign-out button naming the account (or disappears with `signed-in="hide"`); the other
 * providers' buttons are hidden until the user signs out. A failed sign-in is explained inline with
 * a retry button.
 *
 * The controller's `signIn()` is called synchronously inside the click (after the cancelable
 * `portico-sign-in-request`), so the sign-in popup is never blocked.
 *
 * @summary Signs the user in or out through the page's shared auth controller: one button per provider.
 * @tag portico-sign-in
 * @csspart button - Each provider's sign-in or sign-out button, and the retry and "sign in again" buttons.
 * @csspart spinner - The busy indicator inside a button while an interaction runs.
 * @csspart error - The inline explanation of a failed sign-in (`role="alert"`).
 * @csspart retry - The button that tries a failed sign-in again (also part `button`).
 * @csspart status - The visually hidden live region announcing busy and result states.
 * @csspart unavailable - "Sign-in unavailable", shown when the provider is misconfigured.
 * @csspart diagnostic - The panel explaining a misconfiguration of this element.
 * @cssprop --portico-sign-in-background - Sign-in button background.
 * @cssprop --portico-sign-in-color - Sign-in button text colour.
 * @cssprop --portico-sign-in-border-color - Sign-in button border colour.
 * @cssprop --portico-sign-in-radius - Button corner radius.
 * @cssprop --portico-sign-in-padding - Button padding.
 * @cssprop --portico-sign-in-gap - Space between buttons.
 * @cssprop --portico-sign-out-background - Sign-out button background.
 * @cssprop --portico-sign-out-color - Sign-out button text colour.
 * @cssprop --portico-sign-out-border-color - Sign-out button border colour.
 * @cssprop --portico-color-accent - Theme accent (sign-in button background by default).
 * @cssprop --portico-color-on-accent - Text on the accent colour.
 * @cssprop --portico-color-surface - Background of the sign-out button and the error message.
 * @cssprop --portico-color-text - Text colour.
 * @cssprop --portico-color-border - Border colour of secondary buttons.
 * @cssprop --portico-color-focus - Focus ring colour.
 * @cssprop --portico-color-error - Accent of the error message.
 * @cssprop --portico-radius - Corner radius.
 * @cssprop --portico-font - Font shorthand.
 * @cssstate busy - A sign-in or sign-out is running.
 * @cssstate signed-in - A covered provider is signed in.
 * @slot icon - An icon shown before the first provider's button text, e.g. the tenant's logo. With several providers, an element with `slot="icon-{provider id}"` goes on that provider's button instead.
 * @fires {PorticoSignInRequestEvent} portico-sign-in-request - Cancelable; fired before sign-in or sign-out starts; `detail: { provider, action }`.
 * @fires {PorticoSignInEvent} portico-sign-in - The sign-in this element started finished; `detail: { provider, account }`.
 * @fires {PorticoSignOutEvent} portico-sign-out - The sign-out this element started finished; `detail: { provider }`.
 * @fires {PorticoErrorEvent} portico-error - This element is misconfigured (`unknown-provider`, `invalid-attribute`); `detail: { code, message, hint }`.
 */
export class PorticoSignIn extends PorticoElement {
  static override styles = styles;

  /** Which providers to offer, by id (space-separated); the enclosing or every registered one when empty. */
  @property() auth = '';
  /** Overrides the provider's label on the buttons ("Sign in with {label}"). Meant for a single provider. */
  @property() label = '';
  /** `popup` or `redirect`; the provider's `login-mode` when empty. */
  @property({ attribute: 'login-mode' }) loginMode = '';
  /** Space-separated scopes to ask at sign-in; the provider's `scopes` when empty. */
  @property() scopes = '';
  /** What to show when signed in: `sign-out` (default), a button naming the account; `hide`, nothing. */
  @property({ attribute: 'signed-in' }) signedIn = '';
  /** `light` or `dark`; follows `prefers-color-scheme` when absent. */
  @property({ reflect: true }) theme?: string;

  readonly #providers = new AuthConsumer(this, () => this.auth, { many: true });
  readonly #problems = new ProblemLog(this);
  readonly #states = new CustomStates(this);
  /** Providers whose interaction this element started and that has not settled yet. */
  readonly #pending = new Map<string, SignInAction>();

  protected override afterRender(strings: Strings): void {
    this.#problems.update([...this.#attributeProblems(strings), ...this.#providerProblems(strings)]);
  }

  protected override renderContent(strings: Strings): TemplateResult {
    const attributeProblems = this.#attributeProblems(strings);
    if (attributeProblems.length) return html`${attributeProblems.map((problem) => renderDiagnostic(problem, this))}`;
    const providers = this.#providers.providers;
    const views = providers.map((provider) => this.#view(provider));
    this.#states.toggle(
      'busy',
      views.some((view) => view.busy),
    );
    this.#states.toggle(
      'signed-in',
      views.some((view) => view.state === AuthState.SignedIn),
    );
    return html`${providers.length === 0 ? this.#renderNoProvider(strings) : nothing}${repeat(
      providers,
      (provider) => provider.id,
      (provider, index) => {
        const view = views[index]!;
        return renderProviderProblem(provider.status, provider.id, strings, this) ?? this.#renderProvider(view, index, strings);
      },
    )}<span part="status" class="visually-hidden" role="status">${this.#statusText(views, strings)}</span>`;
  }

  /** No provider yet: a disabled placeholder of the real button, or the diagnostic once none came. */
  #renderNoProvider(strings: Strings): TemplateResult {
    if (this.#providers.graceOver) return renderDiagnostic(unknownProviderProblem(strings, ''), this);
    return html`<button part="button" class="button" type="button" disabled>
      <span class="icon"><slot name="icon"></slot></span><span class="text">${strings.signIn}</span>
    </button>`;
  }

  #view(provider: CoveredProvider): ButtonView {
    const controller = provider.entry?.controller ?? null;
    const state = controller?.state ?? AuthState.Initializing;
    const label = this.label || provider.entry?.label || '';
    const busy = this.#pending.has(provider.id) || state === AuthState.SigningIn;
    return { provider, label, state, account: controller?.account ?? null, busy };
  }

  #renderProvider(view: ButtonView, index: number, strings: Strings): TemplateResult {
    const { provider, state, account, busy } = view;
    const controller = provider.entry?.controller ?? null;
    const signedIn = state === AuthState.SignedIn && account !== null;
    const failed = state === AuthState.Error && !busy;
    const action: SignInAction = signedIn ? 'sign-out' : 'sign-in';
    const text = signedIn ? signOutText(account, strings) : view.label ? strings.signInWith(view.label) : strings.signIn;
    // Each provider is its own session: signing in to one leaves the others' buttons in place.
    const hidden = failed || (signedIn && this.signedIn === 'hide');
    // Enabled while MSAL's code is still loading: the controller opens the popup from this very
    // click and hands it to MSAL once it has arrived.
    const disabled = busy || !controller;
    const error = controller?.error ?? null;
    const needsUserAgain = signedIn && error?.code === AuthErrorCode.InteractionRequired;
    return html`<button
        part="button"
        class="button ${signedIn ? 'sign-out' : 'sign-in'}"
        type="button"
        data-provider=${provider.id}
        ?hidden=${hidden}
        ?disabled=${disabled}
        aria-busy=${busy ? 'true' : 'false'}
        @click=${() => this.#start(provider, action, this.#signInOptions())}
      >
        <span class="icon"
          >${busy ? html`<span part="spinner" class="spinner" aria-hidden="true"></span>` : nothing}<slot
            name="icon-${provider.id}"
            ?hidden=${busy}
            >${index === 0 ? html`<slot name="icon"></slot>` : nothing}</slot
          ></span
        ><span class="text">${text}</span>
      </button>
      ${
        failed && error
          ? html`<div part="error" class="error themed" role="alert" data-provider=${provider.id} data-code=${error.code}>
            <p class="error-title">${strings.signInFailed(view.label || provider.id)}</p>
            <p>${authErrorText(error, controller?.config, strings).message}</p>
            <p>${authErrorText(error, controller?.config, strings).hint}</p>
            <button part="button retry" class="button" type="button" @click=${() => this.#start(provider, 'sign-in', this.#signInOptions())}>
              ${strings.tryAgain}
            </button>
          </div>`
          : nothing
      }
      ${
        needsUserAgain && !busy
          ? html`<button
            part="button"
            class="button"
            type="button"
            data-provider=${provider.id}
            @click=${() => this.#start(provider, 'sign-in', { ...this.#signInOptions(), loginHint: account.username })}
          >
            ${strings.signInAgain}
          </button>`
          : nothing
      }`;
  }

  /**
   * Runs in the click handler and must stay synchronous up to the controller's call: a popup
   * opened after an `await` would be blocked by the browser.
   */
  #start(provider: CoveredProvider, action: SignInAction, options: SignInOptions): void {
    const controller = provider.entry?.controller;
    if (!controller || this.#pending.has(provider.id)) return;
    if (action === 'sign-in' && controller.state === AuthState.SigningIn) return;
    const running = startAuthAction({ host: this, provider: provider.id, controller, action, options });
    if (!running) return;
    this.#pending.set(provider.id, action);
    this.requestUpdate();
    void running.then(() => {
      this.#pending.delete(provider.id);
      this.requestUpdate();
    });
  }

  #signInOptions(): SignInOptions {
    const scopes = parseIds(this.scopes);
    const loginMode = LOGIN_MODES.find((mode) => mode === this.loginMode);
    return { ...(loginMode ? { loginMode } : {}), ...(scopes.length ? { scopes } : {}) };
  }

  #statusText(views: readonly ButtonView[], strings: Strings): string {
    return views
      .map((view) => {
        const pending = this.#pending.get(view.provider.id);
        if (pending === 'sign-out') return strings.signingOut;
        if (view.busy) return view.label ? strings.signingInWith(view.label) : '';
        if (view.state === AuthState.SignedIn && view.account) return strings.signedInAs(view.account.name || view.account.username);
        const error = view.provider.entry?.controller?.error;
        if (view.state === AuthState.SignedOut && error?.code === AuthErrorCode.UserCancelled) return strings.signInCancelled;
        return '';
      })
      .filter(Boolean)
      .join(' ');
  }

  #attributeProblems(strings: Strings): Problem[] {
    return [
      checkChoice(strings, 'login-mode', this.loginMode, LOGIN_MODES),
      checkChoice(strings, 'signed-in', this.signedIn, SIGNED_IN_MODES),
      checkChoice(strings, 'theme', this.theme ?? '', THEMES),
    ].filter((problem): problem is Problem => problem !== null);
  }

  #providerProblems(strings: Strings): Problem[] {
    const providers = this.#providers.providers;
    if (providers.length === 0) return this.#providers.graceOver ? [unknownProviderProblem(strings, '')] : [];
    return providers.filter(({ status }) => status === 'unknown').map(({ id }) => unknownProviderProblem(strings, id));
  }
}

function signOutText(account: Account, strings: Strings): string {
  const name = account.name || account.username;
  return name ? strings.signOutAccount(name) : strings.signOut;
}

define('portico-sign-in', PorticoSignIn);

declare global {
  interface HTMLElementTagNameMap {
    'portico-sign-in': PorticoSignIn;
  }
}
