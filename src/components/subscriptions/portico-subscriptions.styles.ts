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
    .root {
      display: grid;
      gap: var(--portico-subscriptions-gap, var(--_portico-space-4));
      color: var(--_portico-text);
      font: var(--_portico-font);
    }
    .heading {
      margin: 0 0 0.5rem;
      font-size: 1.15em;
    }
    .group,
    .offer {
      display: grid;
      gap: 0.5rem;
      padding: var(--_portico-space-3);
      border: 1px solid var(--_portico-border);
      border-radius: var(--_portico-radius);
      background: var(--_portico-surface);
    }
    .mine,
    .offered {
      display: grid;
      gap: 0.75rem;
    }
    .group-title,
    .name {
      margin: 0;
      font-size: 1em;
    }
    .list,
    .products {
      display: grid;
      gap: 0.75rem;
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .subscription {
      display: grid;
      gap: 0.375rem;
      padding-block-start: 0.5rem;
      border-block-start: 1px solid var(--_portico-border);
    }
    .title-row,
    .key,
    .actions,
    .confirm,
    .rename,
    .subscribe {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.5rem;
    }
    .confirm {
      padding: 0.5rem;
      border: 1px solid var(--_portico-error);
      border-radius: var(--_portico-radius);
    }
    .confirm p {
      flex-basis: 100%;
      margin: 0;
    }
    .meta,
    .note {
      margin: 0;
      color: var(--_portico-muted);
    }
    .note {
      color: var(--_portico-text);
    }
    .label {
      min-inline-size: 8em;
      font-weight: 600;
    }
    .state {
      padding: 0 0.5rem;
      border-radius: 999px;
      background: var(--_portico-chip);
      color: var(--_portico-on-chip);
      font-size: 0.9em;
    }
    .key-value {
      padding: 0.125rem 0.375rem;
      border: 1px solid var(--_portico-border);
      border-radius: 4px;
      font-family: var(--_portico-font-mono);
      overflow-wrap: anywhere;
    }
    input {
      padding: 0.25rem 0.5rem;
      border: 1px solid var(--_portico-border);
      border-radius: var(--_portico-radius);
      background: var(--_portico-surface);
      color: var(--_portico-text);
      font: inherit;
    }
    button {
      padding: 0.25rem 0.75rem;
      border: 1px solid var(--_portico-accent);
      border-radius: var(--_portico-radius);
      font: inherit;
      cursor: pointer;
    }
    .primary {
      background: var(--_portico-accent);
      color: var(--_portico-on-accent);
      font-weight: 600;
    }
    .secondary {
      background: var(--_portico-surface);
      color: var(--_portico-accent);
    }
    .danger.secondary {
      border-color: var(--_portico-error);
      color: var(--_portico-error);
    }
    .danger.primary {
      border-color: var(--_portico-error);
      background: var(--_portico-error);
      color: var(--_portico-surface);
    }
    button:disabled {
      cursor: progress;
      opacity: 0.65;
    }
    button:focus-visible,
    input:focus-visible {
      outline: 2px solid var(--_portico-focus);
      outline-offset: 2px;
    }
  `,
];
