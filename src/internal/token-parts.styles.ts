import { css } from 'lit';

// The looks of the token parts fetched when first shown (claims-table.ts, token-warnings.ts), in one
// module so that a page showing them gets them in one file, ready the moment a part arrives.

/** The look of `renderClaimsTable`'s tables; part of the element's styles, so a table is styled the moment it arrives. */
export const claimsTableStyles = css`
  /* Fixed columns, so a JWT's header and claims tables line up one under the other. */
  .claims {
    inline-size: 100%;
    table-layout: fixed;
    border-collapse: collapse;
    font-size: 0.875em;
  }
  .claims caption {
    text-align: start;
    font-weight: 600;
    padding-block: var(--_portico-space-2);
  }
  .claims th,
  .claims td {
    padding: 0.25rem 0.5rem;
    border-block-start: 1px solid var(--_portico-border);
    text-align: start;
    vertical-align: top;
    overflow-wrap: anywhere;
  }
  .claims .name-column {
    inline-size: 40%;
  }
  .claims tbody th {
    font-weight: normal;
  }
  .claim-name {
    display: block;
    color: var(--_portico-muted);
    white-space: normal;
  }
  code {
    font-family: var(--_portico-font-mono);
  }
`;

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
