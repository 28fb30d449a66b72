import { nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { LazyModule } from './lazy-module.js';
import type { Strings } from './strings.js';
import type { TokenWarning } from './token-claims.js';

/** The warnings list's code: fetched the first time a token falls short (the console's runner imports it itself). */
export const tokenWarningLists = new LazyModule(() => import('./token-warnings.js'), new URL('./token-warnings.js', import.meta.url));

/** `renderTokenWarnings`'s list once its code has arrived; until then nothing, and `host` re-renders when it does. */
export function renderLazyTokenWarnings(
  host: ReactiveControllerHost,
  warnings: readonly TokenWarning[],
  strings: Strings,
  locale: string,
): TemplateResult | typeof nothing {
  return tokenWarningLists.for(host)?.renderTokenWarnings(warnings, strings, locale) ?? nothing;
}
