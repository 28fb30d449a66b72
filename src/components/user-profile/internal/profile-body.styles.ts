import { css, unsafeCSS } from 'lit';
import { AVATAR_COLOURS } from '../../../internal/avatar.js';
import { claimsTableStyles } from '../../../internal/token-parts.styles.js';

/** One rule per avatar colour, chosen by the avatar's `data-colour` index (no inline style, so CSP-safe). */
const avatarColours = unsafeCSS(AVATAR_COLOURS.map((colour, index) => `.avatar[data-colour='${index}'] { --_portico-avatar-colour: ${colour}; }`).join('\n'));

/** The card's and the compact menu's styles, added to the element's when they arrive. */
export const bodyStyles = [
  avatarColours,
  claimsTableStyles,
  css`
    .card {
      display: grid;
      grid-template-columns: auto 1fr;
      align-items: center;
      gap: var(--_portico-space-3);
      padding: var(--portico-user-profile-padding, var(--_portico-space-4));
      border: 1px solid var(--portico-user-profile-border-color, var(--_portico-border));
      border-radius: var(--portico-user-profile-radius, var(--_portico-radius));
      background: var(--portico-user-profile-background, var(--_portico-surface));
      color: var(--_portico-text);
    }
    .card > .roles,
    .card > .claims {
      grid-column: 1 / -1;
    }
    .who {
      display: grid;
      min-inline-size: 0;
    }
    .name {
      font-weight: 600;
      font-size: 1.1em;
      overflow-wrap: anywhere;
    }
    .email,
    .tenant {
      color: var(--_portico-muted);
      overflow-wrap: anywhere;
    }
    .avatar {
      display: inline-grid;
      place-items: center;
      flex: none;
      overflow: hidden;
      inline-size: var(--portico-user-profile-avatar-size, 3rem);
      block-size: var(--portico-user-profile-avatar-size, 3rem);
      border-radius: 50%;
      background: var(--portico-user-profile-avatar-background, var(--_portico-avatar-colour));
      color: var(--portico-user-profile-avatar-color, #ffffff);
      font-weight: 600;
      font-size: calc(var(--portico-user-profile-avatar-size, 3rem) * 0.4);
      line-height: 1;
      user-select: none;
    }
    .avatar img {
      inline-size: 100%;
      block-size: 100%;
      object-fit: cover;
    }
    .roles {
      display: flex;
      flex-wrap: wrap;
      gap: var(--_portico-space-2);
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .role {
      padding: 0.125rem 0.625rem;
      border-radius: 999px;
      background: var(--portico-user-profile-role-background, var(--_portico-chip));
      color: var(--portico-user-profile-role-color, var(--_portico-on-chip));
      font-size: 0.875em;
    }
    .compact {
      position: relative;
      display: inline-block;
    }
    .trigger {
      --portico-user-profile-avatar-size: 2rem;
      display: inline-flex;
      align-items: center;
      gap: var(--_portico-space-2);
      padding-block: 0.25rem;
      /* Tight beside the round avatar, roomier after the name, whichever way the text runs. */
      padding-inline: 0.25rem 0.75rem;
      border: 1px solid var(--_portico-border);
      border-radius: 999px;
      background: var(--portico-user-profile-background, var(--_portico-surface));
      color: var(--_portico-text);
      cursor: pointer;
    }
    .trigger .avatar {
      inline-size: 2rem;
      block-size: 2rem;
      font-size: 0.8rem;
    }
    .panel {
      position: absolute;
      z-index: var(--portico-user-profile-menu-z-index, 10);
      inset-block-start: calc(100% + 0.25rem);
      inset-inline-end: 0;
      display: grid;
      gap: var(--_portico-space-2);
      box-sizing: border-box;
      min-inline-size: 16rem;
      max-inline-size: min(24rem, 90vw);
      padding: var(--_portico-space-3);
      border: 1px solid var(--_portico-border);
      border-radius: var(--_portico-radius);
      background: var(--_portico-surface);
      color: var(--_portico-text);
      box-shadow: 0 8px 24px rgb(0 0 0 / 0.18);
    }
    .menu {
      display: grid;
    }
    .menu-item {
      padding: 0.375rem 0.5rem;
      border: 0;
      border-radius: var(--_portico-radius);
      background: transparent;
      color: inherit;
      text-align: start;
      cursor: pointer;
    }
    .menu-item:hover,
    .menu-item:focus-visible {
      background: var(--_portico-chip);
      color: var(--_portico-on-chip);
    }
  `,
];
