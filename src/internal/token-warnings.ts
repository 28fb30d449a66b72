import { html, type TemplateResult } from 'lit';
import { formatDateTime } from './format.js';
import { addEnglish, type Strings } from './strings.js';
import type { TokenWarning } from './token-claims.js';
import { tokenInspector } from './strings/en/token-inspector.js';

addEnglish(tokenInspector);

/**
 * The list of ways a token falls short, as `<portico-token-inspector>` and the API console both
 * show it: part `warnings`, each item part `warning` with its kind in `data-kind`.
 */
export function renderTokenWarnings(warnings: readonly TokenWarning[], strings: Strings, locale: string): TemplateResult {
  return html`<ul part="warnings" class="warnings" aria-label=${strings.tokenInspector.warnings}>
    ${warnings.map((warning) => html`<li part="warning" class="warning" data-kind=${warning.kind}>${tokenWarningText(warning, strings, locale)}</li>`)}
  </ul>`;
}

/** A token warning as one plain sentence in the reader's language. */
export function tokenWarningText(warning: TokenWarning, strings: Strings, locale: string): string {
  const text = strings.tokenWarnings;
  switch (warning.kind) {
    case 'audience':
      return text.audience(warning.expected, warning.actual);
    case 'expired':
      return text.expired(formatDateTime(warning.at, locale));
    case 'not-yet-valid':
      return text.notYetValid(formatDateTime(warning.at, locale));
    case 'missing-scopes':
      return text.missingScopes(warning.missing, warning.granted);
    case 'missing-roles':
      return text.missingRoles(warning.missing, warning.granted);
  }
}
