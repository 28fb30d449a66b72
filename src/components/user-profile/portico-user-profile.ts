import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { AuthConsumer } from '../../internal/auth-consumer.js';
import { AuthState, type Account, type AuthController } from '../../auth/types.js';
import { define } from '../../internal/define.js';
import { LazyPartFailures } from '../../internal/lazy-part-failures.js';
import { addPartStyles } from '../../internal/part-styles.js';
import { PorticoElement } from '../../internal/portico-element.js';
import { renderDiagnostic, type Problem } from '../../internal/diagnostic.js';
import { checkChoice, renderProviderProblem, unknownProviderProblem } from '../../internal/provider-status.js';
import { ProblemLog } from '../../internal/problem-log.js';
import type { Strings } from '../../internal/strings.js';
import { THEMES } from '../../internal/theme.js';
import type { ProfileBody } from './internal/profile-body.js';
import { profileBodies } from './internal/lazy-profile-body.js';
import { styles } from './portico-user-profile.styles.js';

const VARIANTS = ['card', 'compact'] as const;
const PHOTO_SOURCES = ['graph'] as const;

/**
 * Shows the account of its provider (`auth`, the enclosing `<portico-auth>`, or the page's only or
 * `default` one). The tenant is the provider's `label`, else the account's tenant id. The avatar shows
 * the user's initials on a colour that stays the same for the same user; with `photo="graph"` it shows
 * the user's Microsoft Graph photo instead (it asks the controller for a `User.Read` token) and falls
 * back to the initials on any failure. `show-claims` adds a table of the ID token's claims, as text.
 *
 * The `compact` variant is a button that opens a small menu with the account's details and "Sign out";
 * Enter, Space or ArrowDown opens it and moves focus into it, Escape closes it and returns focus.
 * Signed out, only the `signed-out` slot is shown.
 *
 * @summary The signed-in account: name, username, tenant, app roles and an avatar, as a card or a compact menu button.
 * @tag portico-user-profile
 * @csspart avatar - The avatar (initials or photo).
 * @csspart name - The display name.
 * @csspart email - The username, usually an email address.
 * @csspart tenant - The tenant (provider label or tenant id).
 * @csspart roles - The list of app roles.
 * @csspart role - Each app role chip.
 * @csspart card - The card (variant `card`).
 * @csspart claims - The table of ID-token claims (`show-claims`).
 * @csspart trigger - The button opening the menu (variant `compact`).
 * @csspart menu - The menu panel (variant `compact`).
 * @csspart sign-out - The menu's sign-out item (variant `compact`).
 * @csspart signed-out - The wrapper of the `signed-out` slot.
 * @csspart status - The visually hidden live region.
 * @csspart unavailable - "Sign-in unavailable", shown when the provider is misconfigured.
 * @csspart diagnostic - The panel explaining a misconfiguration of this element.
 * @cssprop --portico-user-profile-background - Card and menu-button background.
 * @cssprop --portico-user-profile-border-color - Card border colour.
 * @cssprop --portico-user-profile-radius - Card corner radius.
 * @cssprop --portico-user-profile-padding - Card padding.
 * @cssprop --portico-user-profile-avatar-size - Avatar diameter in the card.
 * @cssprop --portico-user-profile-avatar-background - Avatar background (default: a stable colour per user).
 * @cssprop --portico-user-profile-avatar-color - Colour of the avatar's initials.
 * @cssprop --portico-user-profile-role-background - Role chip background.
 * @cssprop --portico-user-profile-role-color - Role chip text colour.
 * @cssprop --portico-user-profile-menu-z-index - Stacking order of the compact menu.
 * @cssprop --portico-color-surface - Background.
 * @cssprop --portico-color-text - Text colour.
 * @cssprop --portico-color-text-muted - Secondary text colour.
 * @cssprop --portico-color-border - Border colour.
 * @cssprop --portico-color-chip - Role chip background.
 * @cssprop --portico-color-on-chip - Role chip text colour.
 * @cssprop --portico-color-focus - Focus ring colour.
 * @cssprop --portico-radius - Corner radius.
 * @cssprop --portico-font - Font shorthand.
 * @cssprop --portico-font-mono - Font of claim names.
 * @slot signed-out - Shown instead of the profile when nobody is signed in. Default: nothing.
 * @fires {PorticoSignInRequestEvent} portico-sign-in-request - Cancelable; fired before the compact menu's sign-out starts; `detail: { provider, action: 'sign-out' }`.
 * @fires {PorticoSignOutEvent} portico-sign-out - The sign-out this element started finished; `detail: { provider }`.
 * @fires {PorticoErrorEvent} portico-error - This element is misconfigured (`unknown-provider`, `invalid-attribute`), or the code of its card or claims table did not arrive (`part-load-failed`, shown in its place); `detail: { code, message, hint }`.
 */
export class PorticoUserProfile extends PorticoElement {
  static override styles = styles;

  /** Which provider's account to show, by id; the enclosing or the page's only or `default` one when empty. */
  @property() auth = '';
  /** `card` (default) or `compact` (a button opening a menu). */
  @property({ reflect: true }) variant?: string;
  /** `graph` shows the user's Microsoft Graph photo (needs `User.Read`); initials otherwise. */
  @property() photo = '';
  /** Microsoft Graph's base URL for the photo; `https://graph.microsoft.com/v1.0` when empty. */
  @property({ attribute: 'graph-base-url' }) graphBaseUrl = '';
  /** Adds a table of the ID token's claims. */
  @property({ type: Boolean, attribute: 'show-claims' }) showClaims = false;
  /** `light` or `dark`; follows `prefers-color-scheme` when absent. */
  @property({ reflect: true }) theme?: string;

  readonly #auth = new AuthConsumer(this, () => this.auth);
  readonly #problems = new ProblemLog(this);
  readonly #lazyFailures = new LazyPartFailures(this);
  /** The card and the menu, once their code has arrived: it is fetched when an account first appears. */
  #body: ProfileBody | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    this.#body?.connected();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#body?.setPhotoKey('');
    this.#body?.closeMenu();
  }

  protected override afterRender(strings: Strings): void {
    const problems = this.#attributeProblems(strings);
    if (this.#auth.status === 'unknown') problems.push(unknownProviderProblem(strings, this.#auth.requestedId));
    this.#problems.update([...problems, ...this.#lazyFailures.problems]);
  }

  /** Before rendering, so that a change of user drops the old photo in the same update. */
  protected override beforeRender(): void {
    const account = this.isConnected ? this.#account() : null;
    const body = account ? this.#signedInBody() : this.#body;
    body?.setPhotoKey(this.photo === 'graph' && account ? `${account.homeAccountId} ${this.graphBaseUrl}` : '');
    if (!account) body?.closeMenu();
  }

  protected override renderContent(strings: Strings): TemplateResult {
    const attributeProblems = this.#attributeProblems(strings);
    const controller = this.#auth.controller;
    const account = this.#account();
    const providerProblem = renderProviderProblem(this.#auth.status, this.#auth.requestedId, strings, this);
    const signedOut = !providerProblem && controller !== null && account === null && controller.state !== AuthState.Initializing;
    let body: TemplateResult | typeof nothing = nothing;
    if (attributeProblems.length) body = html`${attributeProblems.map((problem) => renderDiagnostic(problem, this))}`;
    else if (providerProblem) body = providerProblem;
    // Until the card's code has arrived the widget stays as blank as while the provider starts.
    else if (account && this.#body) body = this.variant === 'compact' ? this.#body.renderCompact(account, strings) : this.#body.renderCard(account, strings);
    else if (account) body = this.#lazyFailures.render(profileBodies, strings.profilePart, strings);
    return html`${body}
      <div part="signed-out" class="signed-out" ?hidden=${!signedOut || attributeProblems.length > 0}>
        <slot name="signed-out"></slot>
      </div>
      <span part="status" class="visually-hidden" role="status">${this.#body?.signingOut ? strings.signingOut : ''}</span>`;
  }

  #account(): Account | null {
    const controller: AuthController | null = this.#auth.controller;
    return controller?.account ?? null;
  }

  /** The signed-in views, once their code has arrived (fetched on the first call); their styles join the element's. */
  #signedInBody(): ProfileBody | undefined {
    if (this.#body) return this.#body;
    const module = profileBodies.for(this);
    if (!module) return undefined;
    addPartStyles(this, module.bodyStyles);
    this.#body = new module.ProfileBody(this, this.#auth, this.#lazyFailures);
    return this.#body;
  }

  #attributeProblems(strings: Strings): Problem[] {
    return [
      checkChoice(strings, 'variant', this.variant ?? '', VARIANTS),
      checkChoice(strings, 'photo', this.photo, PHOTO_SOURCES),
      checkChoice(strings, 'theme', this.theme ?? '', THEMES),
    ].filter((problem): problem is Problem => problem !== null);
  }
}

define('portico-user-profile', PorticoUserProfile);

declare global {
  interface HTMLElementTagNameMap {
    'portico-user-profile': PorticoUserProfile;
  }
}
