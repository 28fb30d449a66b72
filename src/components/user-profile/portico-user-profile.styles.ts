import { css } from 'lit';
import { providerStatusStyles } from '../../internal/provider-status.js';
import { themeStyles } from '../../internal/theme.js';

/** The styles of every state; the card's and the menu's arrive with them (`internal/profile-body.styles.ts`). */
export const styles = [
  themeStyles,
  providerStatusStyles,
  css`
    :host {
      display: block;
    }
    :host([variant='compact']) {
      display: inline-block;
      vertical-align: middle;
    }
  `,
];
