import { html, nothing, type TemplateResult } from 'lit';
import type { Strings } from '../../../internal/strings.js';
import '../../token-inspector/portico-token-inspector.js';
import type { TokenInfo } from './token-source.js';

export interface TokenUsedView {
  /** The token sent with the request shown; null when none went. */
  readonly token: TokenInfo | null;
  readonly theme: string | undefined;
  readonly expectedAudience: string;
  /** The scopes a user token should hold. */
  readonly requiredScopes: readonly string[];
}

/** The token that went with the request, opened in a token inspector. */
export function renderTokenUsed({ token, theme, expectedAudience, requiredScopes }: TokenUsedView, strings: Strings): TemplateResult | typeof nothing {
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
