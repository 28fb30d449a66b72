import { css } from 'lit';
import { providerStatusStyles } from '../../internal/provider-status.js';
import { themeStyles } from '../../internal/theme.js';

/** The styles of every view; the signed-in views' own arrive with them (`internal/subscriptions-body.ts`). */
export const styles = [
  themeStyles,
  providerStatusStyles,
  css`
    :host {
      display: block;
    }
    .root {
      display: grid;
      gap: var(--portico-subscriptions-gap, var(--_portico-space-4));
      color: var(--_portico-text);
      font: var(--_portico-font);
    }
    .note {
      margin: 0;
      color: var(--_portico-text);
    }
  `,
];
