import { html, nothing, type TemplateResult } from 'lit';
import type { Strings } from '../../../internal/strings.js';
import type { ConsoleExchange } from './console-exchange.js';
import { renderExplanation } from './render-explanation.js';
import { renderResponse } from './render-response.js';
import { renderStream } from './render-stream.js';
import { renderTokenUsed, type TokenExpectations } from './render-token-used.js';

/**
 * The answer's section: the live status line, why the request failed, the token it carried
 * (beside the scopes it needed), a stream as it arrives, and the answer.
 */
export function renderExchange(
  exchange: ConsoleExchange,
  expectations: TokenExpectations,
  requiredScopes: readonly string[],
  strings: Strings,
  locale: string,
): TemplateResult {
  const shown = exchange.shown;
  return html`<section class="response" aria-label=${strings.apiConsole.response}>
    <p part="status" class="status" role="status" data-status-class=${exchange.statusClass()}>${exchange.statusText(strings, locale)}</p>
    ${shown?.explanation ? renderExplanation(shown.explanation, strings, locale) : nothing}
    ${renderTokenUsed(shown?.token ?? null, expectations, [...requiredScopes], strings)}
    ${exchange.liveStream ? renderStream(exchange.liveStream, { onStop: () => exchange.cancel(), download: null }, strings, locale) : nothing}
    ${exchange.view ? renderResponse(exchange.view, strings, locale) : nothing}
  </section>`;
}
