import { css } from 'lit';
import { providerStatusStyles } from '../../internal/provider-status.js';
import { schemeStyles, themeStyles } from '../../internal/theme.js';
import { tokenWarningsStyles } from '../../internal/token-parts.styles.js';

export const styles = [
  themeStyles,
  providerStatusStyles,
  tokenWarningsStyles,
  css`
    :host {
      display: block;
      container-type: inline-size;
    }
    /* Method badges, one hue per method as API tools use them; text on tint passes AA in both schemes. */
    ${schemeStyles(
      `--_method-get: #0b4a8b; --_method-get-bg: #e0eefc;
       --_method-post: #0e5a2a; --_method-post-bg: #dcf2e2;
       --_method-put: #7a4300; --_method-put-bg: #fdefd3;
       --_method-patch: #0b5957; --_method-patch-bg: #ddf3f2;
       --_method-delete: #8e1b24; --_method-delete-bg: #fde7e9;`,
      `--_method-get: #cfe4fa; --_method-get-bg: #10345a;
       --_method-post: #b8ecc7; --_method-post-bg: #123d22;
       --_method-put: #ffe0a3; --_method-put-bg: #4a3206;
       --_method-patch: #b5ecea; --_method-patch-bg: #0f3b3a;
       --_method-delete: #ffc9ce; --_method-delete-bg: #4f1a20;`,
    )}
    .console {
      display: grid;
      gap: var(--_portico-space-3);
      padding: var(--_portico-space-3);
      border: 1px solid var(--_portico-border);
      border-radius: var(--_portico-radius);
      background: var(--_portico-surface);
    }
    .layout {
      display: grid;
      gap: var(--_portico-space-4);
      align-items: start;
    }
    .layout.with-picker {
      grid-template-columns: minmax(12rem, var(--portico-api-console-picker-width, 20rem)) minmax(0, 1fr);
    }
    @container (max-width: 44rem) {
      .layout.with-picker {
        grid-template-columns: minmax(0, 1fr);
      }
    }
    .main {
      display: grid;
      gap: var(--_portico-space-3);
      min-inline-size: 0;
    }
    p {
      margin: 0;
    }
    code,
    .path,
    .code-block,
    .code {
      font-family: var(--_portico-font-mono);
    }
    /* Code and URLs read left to right in every language: on a right-to-left page they keep their order, and their punctuation its place. */
    .url-field,
    .code-block,
    .code {
      direction: ltr;
    }
    .hint {
      color: var(--_portico-muted);
      font-size: 0.875em;
    }
    .field {
      box-sizing: border-box;
      min-inline-size: 0;
      padding: 0.375rem 0.5rem;
      border: 1px solid var(--_portico-border);
      border-radius: var(--_portico-radius);
      background: var(--_portico-surface);
      color: var(--_portico-text);
      font: inherit;
    }
    .field:focus-visible,
    summary:focus-visible,
    .code-block:focus-visible,
    a:focus-visible {
      outline: 2px solid var(--_portico-focus);
      outline-offset: 1px;
    }
    .field[aria-invalid='true'] {
      border-color: var(--_portico-error);
    }
    .field-error,
    .security-missing {
      color: var(--_portico-error);
      font-size: 0.875em;
    }
    .button {
      display: inline-flex;
      align-items: center;
      justify-content: center;
      padding: 0.375rem 0.875rem;
      border: 1px solid var(--_portico-border);
      border-radius: var(--_portico-radius);
      background: var(--_portico-surface);
      color: var(--_portico-text);
      text-decoration: none;
      cursor: pointer;
    }
    .button.primary {
      border-color: var(--_portico-accent);
      background: var(--_portico-accent);
      color: var(--_portico-on-accent);
      font-weight: 600;
    }
    .button:disabled {
      cursor: not-allowed;
      opacity: 0.65;
    }
    /* A secondary action: outlined, so it reads as a button beside the fields, not as text. */
    .button.quiet {
      border-color: var(--_portico-border);
      background: transparent;
      justify-self: start;
      font-size: 0.875em;
    }
    .button.quiet:hover {
      border-color: var(--_portico-accent);
    }

    /* The picker */
    .operations {
      display: grid;
      gap: var(--_portico-space-2);
      align-content: start;
      min-inline-size: 0;
    }
    .match-count {
      color: var(--_portico-muted);
      font-size: 0.8125em;
    }
    /* A windowed tree: rows sit at fixed offsets, the after-box gives the scroll height of them all. */
    .tree {
      position: relative;
      max-block-size: var(--portico-api-console-picker-height, 80vh);
      overflow: auto;
      overscroll-behavior: contain;
      border-radius: var(--_portico-radius);
    }
    .tree::after {
      content: '';
      display: block;
      block-size: var(--_tree-px);
    }
    .tree:focus-visible {
      outline: 2px solid var(--_portico-focus);
      outline-offset: 2px;
    }
    .tree:focus-visible .row.active {
      outline: 2px solid var(--_portico-focus);
      outline-offset: -2px;
    }
    .row {
      position: absolute;
      inset-inline: 0;
      box-sizing: border-box;
      block-size: 3.25rem;
      overflow: hidden;
    }
    .row .path,
    .row .summary {
      overflow: hidden;
      white-space: nowrap;
      text-overflow: ellipsis;
    }
    .group-name {
      display: flex;
      align-items: center;
      padding: 0 0.25rem;
      font-weight: 600;
      cursor: pointer;
    }
    .group-name::before {
      content: '▸' / '';
      inline-size: 1em;
      color: var(--_portico-muted);
    }
    .group-name[aria-expanded='true']::before {
      content: '▾' / '';
    }
    .count {
      color: var(--_portico-muted);
      font-weight: normal;
    }
    .operation,
    .history-entry {
      display: grid;
      grid-template-columns: 4.5rem minmax(0, 1fr);
      gap: 0 0.5rem;
      inline-size: 100%;
      padding: 0.375rem 0.5rem;
      border: 1px solid transparent;
      border-radius: var(--_portico-radius);
      background: transparent;
      color: var(--_portico-text);
      text-align: start;
      cursor: pointer;
    }
    .operation:hover,
    .history-entry:hover {
      border-color: var(--_portico-border);
    }
    .operation[aria-current='true'],
    .operation[aria-selected='true'] {
      border-color: var(--_portico-accent);
      border-inline-start-width: 4px;
    }
    .operation .summary,
    .history-entry .hint {
      grid-column: 2;
      color: var(--_portico-muted);
      font-size: 0.875em;
    }
    .method {
      align-self: start;
      padding: 0.0625rem 0.375rem;
      border-radius: 4px;
      background: var(--_portico-chip);
      color: var(--_portico-on-chip);
      font: 600 0.75em / 1.6 var(--_portico-font-mono);
      text-align: center;
    }
    .method[data-method='GET'] {
      background: var(--_method-get-bg);
      color: var(--_method-get);
    }
    .method[data-method='POST'] {
      background: var(--_method-post-bg);
      color: var(--_method-post);
    }
    .method[data-method='PUT'] {
      background: var(--_method-put-bg);
      color: var(--_method-put);
    }
    .method[data-method='PATCH'] {
      background: var(--_method-patch-bg);
      color: var(--_method-patch);
    }
    .method[data-method='DELETE'] {
      background: var(--_method-delete-bg);
      color: var(--_method-delete);
    }
    .path {
      overflow-wrap: anywhere;
      /* A path reads left to right in every language, but sits where its row starts: beside the method. */
      direction: ltr;
      unicode-bidi: isolate;
      justify-self: start;
    }
    .deprecated {
      text-decoration: line-through;
    }
    .type {
      margin-inline-start: 0.375rem;
      color: var(--_portico-muted);
      font-size: 0.8125em;
    }

    /* The operation and its form */
    .operation-heading {
      display: grid;
      gap: 0.25rem;
    }
    .operation-title {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
      align-items: baseline;
      font-weight: 600;
    }
    .operation-description {
      white-space: pre-line;
      overflow-wrap: anywhere;
    }
    .spec-problems {
      margin: 0;
      color: var(--_portico-error);
    }
    .form {
      display: grid;
      gap: var(--_portico-space-3);
    }
    .request-line {
      display: flex;
      gap: 0.5rem;
    }
    .url-field {
      flex: 1;
    }
    .section {
      display: grid;
      gap: 0.5rem;
      margin: 0;
      padding: 0.5rem 0.75rem 0.75rem;
      border: 1px solid var(--_portico-border);
      border-radius: var(--_portico-radius);
    }
    legend {
      padding: 0 0.25rem;
      font-weight: 600;
    }
    .parameter {
      display: grid;
      gap: 0.25rem;
    }
    .required {
      margin-inline-start: 0.125rem;
      color: var(--_portico-error);
    }
    .inline-label {
      display: inline-flex;
      flex-wrap: wrap;
      gap: 0.375rem;
      align-items: center;
    }
    .choices,
    .body-options,
    .snippet-options,
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem 1rem;
      align-items: center;
    }
    .choice {
      display: inline-flex;
      gap: 0.25rem;
      align-items: center;
    }
    .name-values {
      display: grid;
      gap: 0.375rem;
      justify-items: start;
    }
    .name-value {
      display: grid;
      grid-template-columns: minmax(0, 1fr) minmax(0, 2fr) auto;
      gap: 0.375rem;
      inline-size: 100%;
    }
    textarea.field {
      inline-size: 100%;
      resize: vertical;
    }
    .notice {
      padding: 0.5rem 0.75rem;
      border-inline-start: 4px solid var(--_portico-accent);
      background: var(--_portico-chip);
      color: var(--_portico-on-chip);
    }

    /* The response, and the Send button's status line */
    .response {
      display: grid;
      gap: var(--_portico-space-2);
      min-inline-size: 0;
    }
    .status {
      font-weight: 600;
    }
    .status:empty {
      display: none;
    }
    details > summary {
      cursor: pointer;
    }
    .history-list {
      display: grid;
      gap: 2px;
      margin: 0.5rem 0;
      padding: 0;
      list-style: none;
    }
    /* The status code stays on the first row, after the path, never wrapping under the badge. */
    .history-entry {
      grid-template-columns: 4.5rem minmax(0, 1fr) auto;
    }
    .history-entry .result {
      grid-row: 1;
      grid-column: 3;
      white-space: nowrap;
      font-variant-numeric: tabular-nums;
    }
    .history-entry .result[data-ok='false'] {
      color: var(--_portico-error);
    }
    .webhook-badge {
      background: transparent;
      color: var(--_portico-text);
      border: 1px dashed var(--_portico-border);
    }
  `,
];
