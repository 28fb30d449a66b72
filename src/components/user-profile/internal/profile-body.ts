import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { initialState, Task } from '@lit/task';
import type { Account } from '../../../auth/types.js';
import { startAuthAction } from '../../../internal/auth-action.js';
import type { AuthConsumer } from '../../../internal/auth-consumer.js';
import { avatarColourIndex, initials } from '../../../internal/avatar.js';
import { renderLazyClaimsTable } from '../../../internal/lazy-claims-table.js';
import type { LazyPartFailures } from '../../../internal/lazy-part-failures.js';
import { localeOf, type Strings } from '../../../internal/strings.js';
import { fetchGraphPhoto } from '../graph-photo.js';

/** What the signed-in views need from `<portico-user-profile>`. */
export type ProfileHost = ReactiveControllerHost &
  HTMLElement & {
    readonly graphBaseUrl: string;
    readonly showClaims: boolean;
  };

/**
 * What `<portico-user-profile>` shows once someone is signed in (the card or the compact menu,
 * the avatar and its Graph photo), with its styles: fetched when an account first appears, so a
 * signed-out page never loads it.
 */
export class ProfileBody {
  #menuOpen = false;
  /** The compact menu's sign-out is under way. */
  signingOut = false;
  /** The account and base URL the current photo belongs to; '' when no photo is wanted. */
  #photoKey = '';
  #photoUrl: string | null = null;
  /** How many times the element was put on the page: coming back fetches the photo again. */
  #connections = 0;
  /** Fetches the photo whenever `#photoKey` changes; a newer key aborts the fetch under way. */
  readonly #photo: Task<readonly [string, number], Blob>;

  constructor(
    private readonly host: ProfileHost,
    private readonly auth: AuthConsumer,
    private readonly failures: LazyPartFailures,
  ) {
    this.#photo = new Task(host, {
      args: () => [this.#photoKey, this.#connections] as const,
      task: async ([key], { signal }) => {
        const controller = this.auth.controller;
        if (!key || !controller) return initialState;
        return fetchGraphPhoto(controller, this.host.graphBaseUrl, signal);
      },
      onComplete: (blob) => {
        this.#dropPhoto();
        this.#photoUrl = URL.createObjectURL(blob);
      },
      // Any failure (no consent for User.Read, no photo, offline) leaves the initials.
    });
  }

  /** The element is back on the page. */
  connected(): void {
    this.#connections += 1;
  }

  /** The element left the page, or nobody is signed in any more. */
  closeMenu(): void {
    this.#menuOpen = false;
  }

  renderCard(account: Account, strings: Strings): TemplateResult {
    return html`<div part="card" class="card themed">
      ${this.#renderAvatar(account)}
      <div class="who">${this.#renderIdentity(account, strings)}</div>
      ${this.#renderRoles(account, strings)}
      ${this.host.showClaims ? renderLazyClaimsTable(this.failures, account.idTokenClaims, { caption: strings.claimsCaption }, strings, localeOf(this.host)) : nothing}
    </div>`;
  }

  renderCompact(account: Account, strings: Strings): TemplateResult {
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
        ${this.host.showClaims ? renderLazyClaimsTable(this.failures, account.idTokenClaims, { caption: strings.claimsCaption }, strings, localeOf(this.host)) : nothing}
        <div id="menu" class="menu" role="menu" aria-label=${strings.accountMenu(account.name || account.username)}>
          <button part="sign-out" class="menu-item" role="menuitem" type="button" tabindex="-1" @click=${this.#signOut}>
            ${strings.signOut}
          </button>
        </div>
      </div>
    </div>`;
  }

  #renderTenant(account: Account, strings: Strings): TemplateResult {
    return html`<span part="tenant" class="tenant"><span class="visually-hidden">${strings.tenantLabel}</span>${this.auth.entry?.label || account.tenantId}</span>`;
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

  // --- the compact menu -------------------------------------------------------------------------

  #toggleMenu(open: boolean, focus: 'first' | 'last' | 'trigger' | 'none'): void {
    this.#menuOpen = open;
    this.host.requestUpdate();
    void this.host.updateComplete.then(() => {
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
    const index = items.indexOf(this.host.shadowRoot?.activeElement as HTMLButtonElement);
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
    if (this.#menuOpen && !(next && this.host.shadowRoot?.contains(next))) this.#toggleMenu(false, 'none');
  };

  readonly #signOut = (): void => {
    const controller = this.auth.controller;
    const provider = this.auth.entry?.id ?? '';
    if (!controller || this.signingOut) return;
    const running = startAuthAction({ host: this.host, provider, controller, action: 'sign-out' });
    this.#toggleMenu(false, running ? 'none' : 'trigger');
    if (!running) return;
    this.signingOut = true;
    void running.then(() => {
      this.signingOut = false;
      this.host.requestUpdate();
    });
  };

  #items(): HTMLButtonElement[] {
    return [...(this.host.shadowRoot?.querySelectorAll<HTMLButtonElement>('[role="menuitem"]') ?? [])];
  }

  /** Focuses the item at `index`, wrapping around; -1 is the last. */
  #focusItem(index: number): void {
    const items = this.#items();
    if (items.length) items[((index % items.length) + items.length) % items.length]!.focus();
  }

  #trigger(): HTMLButtonElement | null {
    return this.host.shadowRoot?.querySelector<HTMLButtonElement>('[part="trigger"]') ?? null;
  }

  // --- the Graph photo --------------------------------------------------------------------------

  /** Drops (and revokes) the photo when the account or base URL changed; the task fetches the new one. */
  setPhotoKey(key: string): void {
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
    this.host.requestUpdate();
  }
}

export { bodyStyles } from './profile-body.styles.js';
