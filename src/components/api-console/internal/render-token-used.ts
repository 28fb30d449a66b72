import { html, nothing, type TemplateResult } from 'lit';
import type { Strings } from '../../../internal/strings.js';
import '../../token-inspector/portico-token-inspector.js';
import type { TokenInfo } from './token-source.js';

/** What the console says about the token it expects: its theme, and the audience and scopes it wants. */
export interface TokenExpectations {
  readonly theme?: string | undefined;
  readonly expectedAudience: string;
}

/** The token that went with the request (none: nothing), opened in a token inspector; `requiredScopes` apply to a user token. */
export function renderTokenUsed(
  token: TokenInfo | null,
  { theme, expectedAudience }: TokenExpectations,
  requiredScopes: readonly string[],
  strings: Strings,
): TemplateResult | typeof nothing {
  if (!token) return nothing;
  return html`<details part="token" class="token-used">
    <summary>${token.source === 'app' ? strings.apiConsole.appTokenSent : strings.apiConsole.userTokenSent}</summary>
    <portico-token-inspector
      .jwt=${token.token}
      theme=${theme ?? nothing}
      expected-audience=${expectedAudience}
      required-scopes=${token.source === 'user' ? requiredScopes.join(' ') : ''}
    ></portico-token-inspector>
  </details>`;
}
