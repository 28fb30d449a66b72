import { css } from 'lit';

/** The look of `renderTokenWarnings`'s list; part of the elements' styles, so the list is styled the moment its code arrives. */
export const tokenWarningsStyles = css`
  .warnings {
    display: grid;
    gap: var(--_portico-space-2);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .warning {
    padding: var(--_portico-space-2) var(--_portico-space-3);
    border: 1px solid var(--_portico-error);
    border-inline-start-width: 4px;
    border-radius: var(--_portico-radius);
    background: var(--_portico-surface);
    color: var(--_portico-text);
    overflow-wrap: anywhere;
  }
  .verdict {
    margin: 0;
  }
`;
