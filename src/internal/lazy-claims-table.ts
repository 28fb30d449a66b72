import { nothing, type TemplateResult } from 'lit';
import type { ClaimsTableOptions } from './claims-table.js';
import { LazyModule } from './lazy-module.js';
import type { LazyPartFailures } from './lazy-part-failures.js';
import type { Strings } from './strings.js';

/** The claims table's code and plain-language claim names: fetched the first time a token's claims are shown. */
export const claimsTables = new LazyModule(() => import('./claims-table.js'), new URL('./claims-table.js', import.meta.url));

/**
 * `renderClaimsTable`'s table once its code has arrived; until then nothing, and the host re-renders
 * when it does. If it cannot arrive, the diagnostic saying so, named by the table's caption.
 */
export function renderLazyClaimsTable(
  failures: LazyPartFailures,
  claims: Readonly<Record<string, unknown>>,
  options: ClaimsTableOptions,
  strings: Strings,
  locale: string,
): TemplateResult | typeof nothing {
  return claimsTables.for(failures.host)?.renderClaimsTable(claims, options, strings, locale) ?? failures.render(claimsTables, options.caption, strings);
}
