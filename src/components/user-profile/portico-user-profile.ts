import { html, nothing, type TemplateResult } from 'lit';
import { initialState, Task } from '@lit/task';
import { property } from 'lit/decorators.js';
import { AuthConsumer } from '../../internal/auth-consumer.js';
import { AuthState, type Account, type AuthController } from '../../auth/types.js';
import { startAuthAction } from '../../internal/auth-action.js';
import { avatarColourIndex, initials } from '../../internal/avatar.js';
import { renderLazyClaimsTable } from '../../internal/lazy-claims-table.js';
import { LazyPartFailures } from '../../internal/lazy-part-failures.js';
import { define } from '../../internal/define.js';
import { PorticoElement } from '../../internal/portico-element.js';
import { renderDiagnostic, type Problem } from '../../internal/diagnostic.js';
import { checkChoice, renderProviderProblem, unknownProviderProblem } from '../../internal/provider-status.js';
import { ProblemLog } from '../../internal/problem-log.js';
import { localeOf, type Strings } from '../../internal/strings.js';
import { THEMES } from '../../internal/theme.js';
import { fetchGraphPhoto } from './graph-photo.js';
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
 * @fires {PorticoErrorEvent} portico-error - This element is misconfigured (`unknown-provider`, `invalid-attribute`), or the claims table's code did not arrive (`part-load-failed`, shown in its place); `detail: { code, message, hint }`.
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
  #menuOpen = false;
  #signingOut = false;
  /** The account and base URL the current photo belongs to; '' when no photo is wanted. */
  #photoKey = '';
  #photoUrl: string | null = null;
  /** How many times the element was put on the page: coming back fetches the photo again. */
  #connections = 0;
  /** Fetches the photo whenever `#photoKey` changes; a newer key aborts the fetch under way. */
  readonly #photo = new Task(this, {
    args: () => [this.#photoKey, this.#connections] as const,
    task: async ([key], { signal }) => {
      const controller = this.#auth.controller;
      if (!key || !controller) return initialState;
      return fetchGraphPhoto(controller, this.graphBaseUrl, signal);
    },
    onComplete: (blob) => {
      this.#dropPhoto();
      this.#photoUrl = URL.createObjectURL(blob);
    },
    // Any failure (no consent for User.Read, no photo, offline) leaves the initials.
  });

  override connectedCallback(): void {
    super.connectedCallback();
    this.#connections += 1;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#setPhotoKey('');
    this.#menuOpen = false;
  }

  protected override afterRender(strings: Strings): void {
    const problems = this.#attributeProblems(strings);
    if (this.#auth.status === 'unknown') problems.push(unknownProviderProblem(strings, this.#auth.requestedId));
    this.#problems.update([...problems, ...this.#lazyFailures.problems]);
  }

  /** Before rendering, so that a change of user drops the old photo in the same update. */
  protected override beforeRender(): void {
    const account = this.isConnected ? this.#account() : null;
    this.#setPhotoKey(this.photo === 'graph' && account ? `${account.homeAccountId} ${this.graphBaseUrl}` : '');
    if (!account) this.#menuOpen = false;
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
    else if (account) body = this.variant === 'compact' ? this.#renderCompact(account, strings) : this.#renderCard(account, strings);
    return html`${body}
      <div part="signed-out" class="signed-out" ?hidden=${!signedOut || attributeProblems.length > 0}>
        <slot name="signed-out"></slot>
      </div>
      <span part="status" class="visually-hidden" role="status">${this.#signingOut ? strings.signingOut : ''}</span>`;
  }

  #renderCard(account: Account, strings: Strings): TemplateResult {
    return html`<div part="card" class="card themed">
      ${this.#renderAvatar(account)}
      <div class="who">${this.#renderIdentity(account, strings)}</div>
      ${this.#renderRoles(account, strings)}
      ${this.showClaims ? renderLazyClaimsTable(this.#lazyFailures, account.idTokenClaims, { caption: strings.claimsCaption }, strings, localeOf(this)) : nothing}
    </div>`;
  }

  #renderCompact(account: Account, strings: Strings): TemplateResult {
    const open = this.#menuOpen;
    return html`<div class="compact themed" @focusout=${this.#onFocusOut}>
      <button
        part="trigger"
        class="trigger"
        type="button"
        aria-haspopup="menu"
        aria-expanded=${open ? 'true' : 'false'}
        aria-controls="menu"
        @click=${() => this.#toggleMenu(!open, 'first')}
        @keydown=${this.#onTriggerKeydown}
      >
        ${this.#renderAvatar(account)}<span part="name" class="name">${account.name || account.username}</span>
      </button>
      <div part="menu" class="panel" ?hidden=${!open} @keydown=${this.#onMenuKeydown}>
        <div class="who">
          <span part="email" class="email">${account.username}</span>
          ${this.#renderTenant(account, strings)}
        </div>
        ${this.#renderRoles(account, strings)}
        ${this.showClaims ? renderLazyClaimsTable(this.#lazyFailures, account.idTokenClaims, { caption: strings.claimsCaption }, strings, localeOf(this)) : nothing}
        <div id="menu" class="menu" role="menu" aria-label=${strings.accountMenu(account.name || account.username)}>
          <button part="sign-out" class="menu-item" role="menuitem" type="button" tabindex="-1" @click=${this.#signOut}>
            ${strings.signOut}
          </button>
        </div>
      </div>
    </div>`;
  }

  #renderTenant(account: Account, strings: Strings): TemplateResult {
    return html`<span part="tenant" class="tenant"><span class="visually-hidden">${strings.tenantLabel}</span>${this.#tenant(account)}</span>`;
  }

  #renderIdentity(account: Account, strings: Strings): TemplateResult {
    return html`<span part="name" class="name">${account.name || account.username}</span>
      <span part="email" class="email">${account.username}</span>
      ${this.#renderTenant(account, strings)}`;
  }

  /** Decorative: the name is always written next to it, so assistive tech skips it. */
  #renderAvatar(account: Account): TemplateResult {
    const colour = avatarColourIndex(account.homeAccountId || account.username);
    return html`<span part="avatar" class="avatar" aria-hidden="true" data-colour=${colour}
      >${this.#photoUrl ? html`<img src=${this.#photoUrl} alt="" @error=${this.#onPhotoError} />` : initials(account.name, account.username)}</span
    >`;
  }

  #renderRoles(account: Account, strings: Strings): TemplateResult | typeof nothing {
    if (account.roles.length === 0) return nothing;
    return html`<ul part="roles" class="roles" aria-label=${strings.roles}>
      ${account.roles.map((role) => html`<li part="role" class="role">${role}</li>`)}
    </ul>`;
  }

  #tenant(account: Account): string {
    return this.#auth.entry?.label || account.tenantId;
  }

  #account(): Account | null {
    const controller: AuthController | null = this.#auth.controller;
    return controller?.account ?? null;
  }

  // --- the compact menu -------------------------------------------------------------------------

  #toggleMenu(open: boolean, focus: 'first' | 'last' | 'trigger' | 'none'): void {
    this.#menuOpen = open;
    this.requestUpdate();
    void this.updateComplete.then(() => {
      if (focus === 'trigger') this.#trigger()?.focus();
      else if (focus !== 'none' && open) this.#focusItem(focus === 'first' ? 0 : -1);
    });
  }

  readonly #onTriggerKeydown = (event: KeyboardEvent): void => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      this.#toggleMenu(true, event.key === 'ArrowDown' ? 'first' : 'last');
    } else if (event.key === 'Escape' && this.#menuOpen) {
      event.preventDefault();
      this.#toggleMenu(false, 'trigger');
    }
  };

  readonly #onMenuKeydown = (event: KeyboardEvent): void => {
    const items = this.#items();
    const index = items.indexOf(this.shadowRoot?.activeElement as HTMLButtonElement);
    const moves: Record<string, number> = { ArrowDown: index + 1, ArrowUp: index - 1, Home: 0, End: -1 };
    if (event.key === 'Escape') {
      event.preventDefault();
      this.#toggleMenu(false, 'trigger');
    } else if (event.key === 'Tab') {
      this.#toggleMenu(false, 'none');
    } else if (event.key in moves) {
      event.preventDefault();
      this.#focusItem(moves[event.key]!);
    }
  };

  readonly #onFocusOut = (event: FocusEvent): void => {
    const next = event.relatedTarget as Node | null;
    if (this.#menuOpen && !(next && this.shadowRoot?.contains(next))) this.#toggleMenu(false, 'none');
  };

  readonly #signOut = (): void => {
    const controller = this.#auth.controller;
    const provider = this.#auth.entry?.id ?? '';
    if (!controller || this.#signingOut) return;
    const running = startAuthAction({ host: this, provider, controller, action: 'sign-out' });
    this.#toggleMenu(false, running ? 'none' : 'trigger');
    if (!running) return;
    this.#signingOut = true;
    void running.then(() => {
      this.#signingOut = false;
      this.requestUpdate();
    });
  };

  #items(): HTMLButtonElement[] {
    return [...(this.shadowRoot?.querySelectorAll<HTMLButtonElement>('[role="menuitem"]') ?? [])];
  }

  /** Focuses the item at `index`, wrapping around; -1 is the last. */
  #focusItem(index: number): void {
    const items = this.#items();
    if (items.length) items[((index % items.length) + items.length) % items.length]!.focus();
  }

  #trigger(): HTMLButtonElement | null {
    return this.shadowRoot?.querySelector<HTMLButtonElement>('[part="trigger"]') ?? null;
  }

  // --- the Graph photo --------------------------------------------------------------------------

  /** Drops (and revokes) the photo when the account or base URL changed; the task fetches the new one. */
  #setPhotoKey(key: string): void {
    if (key === this.#photoKey) return;
    this.#photoKey = key;
    this.#photo.abort();
    this.#dropPhoto();
  }

  readonly #onPhotoError = (): void => {
    this.#dropPhoto();
  };

  #dropPhoto(): void {
    if (!this.#photoUrl) return;
    URL.revokeObjectURL(this.#photoUrl);
    this.#photoUrl = null;
    this.requestUpdate();
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
