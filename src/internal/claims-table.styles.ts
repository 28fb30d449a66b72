import { css } from 'lit';

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
