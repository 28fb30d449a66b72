import { css } from 'lit';
import { providerStatusStyles } from '../../internal/provider-status.js';
import { themeStyles } from '../../internal/theme.js';

export const styles = [
  themeStyles,
  providerStatusStyles,
  css`
    :host {
      display: block;
    }
    .content {
      display: contents;
    }
    .forbidden {
      display: grid;
      gap: var(--_portico-space-2);
      justify-items: start;
      padding: var(--portico-auth-gate-padding, var(--_portico-space-4));
      border: 1px solid var(--portico-auth-gate-border-color, var(--_portico-border));
      border-radius: var(--_portico-radius);
      background: var(--portico-auth-gate-background, var(--_portico-surface));
      color: var(--_portico-text);
    }
    .forbidden p {
      margin: 0;
    }
    .another {
      padding: 0.375rem 1rem;
      border: 1px solid var(--_portico-accent);
      border-radius: var(--_portico-radius);
      background: var(--_portico-accent);
      color: var(--_portico-on-accent);
      font-weight: 600;
      cursor: pointer;
    }
    .another:disabled {
      cursor: progress;
      opacity: 0.65;
    }
  `,
];
