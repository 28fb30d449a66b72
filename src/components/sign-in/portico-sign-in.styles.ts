import { css } from 'lit';
import { providerStatusStyles } from '../../internal/provider-status.js';
import { themeStyles } from '../../internal/theme.js';

export const styles = [
  themeStyles,
  providerStatusStyles,
  css`
    :host {
      display: inline-flex;
      flex-wrap: wrap;
      align-items: center;
      gap: var(--portico-sign-in-gap, 0.5rem);
      vertical-align: middle;
    }
    .button {
      display: inline-flex;
      align-items: center;
      justify-content: center;
      gap: 0.5em;
      box-sizing: border-box;
      min-block-size: 2.25rem;
      padding: var(--portico-sign-in-padding, 0.375rem 1rem);
      border: 1px solid var(--portico-sign-in-border-color, var(--_portico-accent));
      border-radius: var(--portico-sign-in-radius, var(--_portico-radius));
      background: var(--portico-sign-in-background, var(--_portico-accent));
      color: var(--portico-sign-in-color, var(--_portico-on-accent));
      font-weight: 600;
      white-space: nowrap;
      cursor: pointer;
    }
    .button.sign-out {
      border-color: var(--portico-sign-out-border-color, var(--_portico-border));
      background: var(--portico-sign-out-background, var(--_portico-surface));
      color: var(--portico-sign-out-color, var(--_portico-text));
    }
    .button:disabled {
      cursor: not-allowed;
      opacity: 0.65;
    }
    .button[aria-busy='true'] {
      cursor: progress;
    }
    .icon {
      display: contents;
    }
    ::slotted(*) {
      inline-size: 1.25em;
      block-size: 1.25em;
    }
    .spinner {
      box-sizing: border-box;
      inline-size: 1em;
      block-size: 1em;
      border: 2px solid currentColor;
      border-inline-end-color: transparent;
      border-radius: 50%;
      animation: portico-spin 0.8s linear infinite;
    }
    @media (prefers-reduced-motion: reduce) {
      .spinner {
        animation-duration: 2.4s;
      }
    }
    @keyframes portico-spin {
      to {
        transform: rotate(1turn);
      }
    }
    .error {
      display: grid;
      gap: var(--_portico-space-2);
      justify-items: start;
      max-inline-size: 40rem;
      padding: var(--_portico-space-3);
      border: 1px solid var(--_portico-error);
      border-inline-start-width: 4px;
      border-radius: var(--_portico-radius);
      background: var(--_portico-surface);
      color: var(--_portico-text);
    }
    .error p {
      margin: 0;
    }
    .error-title {
      color: var(--_portico-error);
      font-weight: 600;
    }
  `,
];
