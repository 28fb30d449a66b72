import { css } from 'lit';
import { providerStatusStyles } from '../../internal/provider-status.js';
import { themeStyles } from '../../internal/theme.js';
import { claimsTableStyles, tokenWarningsStyles } from '../../internal/token-parts.styles.js';

export const styles = [
  themeStyles,
  providerStatusStyles,
  claimsTableStyles,
  tokenWarningsStyles,
  css`
    :host {
      display: block;
    }
    .inspector {
      display: grid;
      gap: var(--_portico-space-3);
      padding: var(--portico-token-inspector-padding, var(--_portico-space-4));
      border: 1px solid var(--portico-token-inspector-border-color, var(--_portico-border));
      border-radius: var(--_portico-radius);
      background: var(--portico-token-inspector-background, var(--_portico-surface));
      min-inline-size: 0;
    }
    .label {
      font-weight: 600;
    }
    .input {
      box-sizing: border-box;
      inline-size: 100%;
      padding: 0.5rem;
      border: 1px solid var(--_portico-border);
      border-radius: var(--_portico-radius);
      background: var(--_portico-surface);
      color: var(--_portico-text);
      font: 0.875em / 1.4 var(--_portico-font-mono);
      word-break: break-all;
      resize: vertical;
      /* A token reads left to right in every language. */
      direction: ltr;
    }
    .input:focus-visible {
      outline: 2px solid var(--_portico-focus);
      outline-offset: 1px;
    }
    .hint,
    .message,
    .countdown {
      margin: 0;
    }
    .hint {
      color: var(--_portico-muted);
      font-size: 0.875em;
    }
    .countdown {
      font-weight: 600;
    }
    .countdown.expired {
      color: var(--_portico-error);
    }
    .button {
      justify-self: start;
      padding: 0.375rem 0.875rem;
      border: 1px solid var(--_portico-border);
      border-radius: var(--_portico-radius);
      background: var(--_portico-surface);
      color: var(--_portico-text);
      cursor: pointer;
    }
  `,
];
