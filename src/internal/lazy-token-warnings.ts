import { nothing, type TemplateResult } from 'lit';
import { LazyModule } from './lazy-module.js';
import type { LazyPartFailures } from './lazy-part-failures.js';
import type { Strings } from './strings.js';
import type { TokenWarning } from './token-claims.js';

/** The warnings list's code: fetched the first time a token falls short (the console's runner imports it itself). */
export const tokenWarningLists = new LazyModule(() => import('./token-warnings.js'), new URL('./token-warnings.js', import.meta.url));

/**
 * `renderTokenWarnings`'s list once its code has arrived; until then nothing, and the host
 * re-renders when it does. If it cannot arrive, the diagnostic saying so.
 */
export function renderLazyTokenWarnings(
  failures: LazyPartFailures,
  warnings: readonly TokenWarning[],
  strings: Strings,
  locale: string,
): TemplateResult | typeof nothing {
  return (
    tokenWarningLists.for(failures.host)?.renderTokenWarnings(warnings, strings, locale) ??
    failures.render(tokenWarningLists, strings.tokenInspector.warnings, strings)
  );
}
