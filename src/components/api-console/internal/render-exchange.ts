import { html, nothing, type TemplateResult } from 'lit';
import type { Strings } from '../../../internal/strings.js';
import type { ExchangeRunner } from './exchange-runner.js';
import { renderExplanation } from './render-explanation.js';
import { renderResponse } from './render-response.js';
import { renderStream } from './render-stream.js';
import { renderTokenUsed, type TokenExpectations } from './render-token-used.js';

/** Below the status line: why the request failed, the token it carried (beside the scopes it needed), a stream as it arrives, and the answer. */
export function renderAnswer(
  exchange: ExchangeRunner,
  expectations: TokenExpectations,
  requiredScopes: readonly string[],
  strings: Strings,
  locale: string,
): TemplateResult {
  const shown = exchange.shown;
  return html`${shown?.explanation ? renderExplanation(shown.explanation, strings, locale) : nothing}
  ${renderTokenUsed(shown?.token ?? null, expectations, [...requiredScopes], strings)}
  ${exchange.liveStream ? renderStream(exchange.liveStream, { onStop: () => exchange.cancel(), download: null }, strings, locale) : nothing}
  ${exchange.view ? renderResponse(exchange.view, strings, locale) : nothing}`;
}
