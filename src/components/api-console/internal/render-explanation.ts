import { html, nothing, type TemplateResult } from 'lit';
import { formatDateTime, formatDuration } from '../../../internal/format.js';
import { SecuritySchemeType, type SecurityRequirement, type SecuritySchemeUse } from './openapi/types.js';
import type { Strings } from '../../../internal/strings.js';
import type { ComparedClaim, Explanation, TokenFacts, WantedFacts } from './failure-explanation.js';

/** Nothing was sent: why (no token could be had, the address is no URL…), and what to do about it. */
export interface NotSent {
  readonly kind: 'not-sent';
  readonly message: string;
  readonly action: TemplateResult | typeof nothing;
}

/**
 * Why a request failed, in plain words: for a 401 or 403, the likely causes and the token's
 * audience, scopes, roles and expiry beside what the API asked for; for CORS, what the API must
 * send; for network failures, timeouts and server errors, where the problem lies.
 */
export function renderExplanation(explanation: Explanation | NotSent, strings: Strings, locale: string): TemplateResult {
  const text = strings.apiConsole.explain;
  return html`<div part="explanation" class="explanation" data-kind=${explanation.kind}>${body(explanation, strings, locale, text)}</div>`;
}

function body(explanation: Explanation | NotSent, strings: Strings, locale: string, text: Strings['apiConsole']['explain']): TemplateResult {
  switch (explanation.kind) {
    case 'not-sent':
      return html`<p class="explanation-title">${text.notSentTitle}</p>
        <p>${explanation.message}</p>
        ${explanation.action}`;
    case 'auth':
      return html`<p class="explanation-title">${text.authTitle(explanation.status)}</p>
        ${explanation.causes.length ? html`<ul class="causes">${explanation.causes.map((cause) => html`<li data-cause=${cause}>${text.causes[cause]}</li>`)}</ul>` : nothing}
        ${renderComparison(explanation.token, explanation.wanted, explanation.mismatches, strings, locale)} ${renderChallenge(explanation.wanted, text)}
        ${explanation.wanted.security.length ? html`<p>${text.descriptionAsks(explanation.wanted.security.map((requirement) => requirementText(requirement, text)))}</p>` : nothing}`;
    case 'cors':
      return html`<p class="explanation-title">${text.corsTitle}</p>
        <p>${text.cors(explanation.origin, explanation.pageOrigin)}</p>
        <pre class="code-block" tabindex="0" aria-label=${text.corsHeadersLabel}>
${corsHeaders(explanation.pageOrigin, explanation.method, explanation.headers)}</pre
        >
        <p>${text.corsProxy}</p>`;
    case 'network':
      return html`<p class="explanation-title">${text.networkTitle}</p>
        <p>${explanation.mixedContent ? text.mixedContent(explanation.origin) : text.network(explanation.origin)}</p>`;
    case 'timeout':
      return html`<p class="explanation-title">${text.timeoutTitle}</p>
        <p>${text.timeout(formatDuration(explanation.timeout, locale))}</p>`;
    case 'cancelled':
      return html`<p class="explanation-title">${text.cancelled}</p>`;
    case 'redirect':
      return html`<p class="explanation-title">${text.redirectTitle}</p>
        <p>${text.redirect(explanation.origin)}</p>`;
    case 'not-found':
      return html`<p class="explanation-title">${text.notFoundTitle}</p>
        <p>${text.notFound}</p>`;
    case 'server':
      return html`<p class="explanation-title">${text.serverTitle(explanation.status)}</p>
        <p>${text.server}</p>`;
  }
}

/**
 * The token's claims beside what the API wanted, row by row, every row where it falls short
 * marked. An app-only token shows its application permissions (`roles`) and no scopes row: the
 * scopes an API names are for users.
 */
function renderComparison(
  token: TokenFacts | null,
  wanted: WantedFacts,
  mismatches: readonly ComparedClaim[],
  strings: Strings,
  locale: string,
): TemplateResult | typeof nothing {
  if (!token && !wanted.audience && wanted.scopes.length === 0 && wanted.roles.length === 0) return nothing;
  const text = strings.apiConsole.explain;
  const none = text.nothing;
  const list = (values: readonly string[]) => (values.length ? values.join(', ') : none);
  const asked = (values: readonly string[], separator: string) => (values.length ? values.join(separator) : text.notSaid);
  const expiry = token?.expiresAt ? `${formatDateTime(token.expiresAt, locale)}${token.expired ? ` (${text.expired})` : ''}` : none;
  const rows: [string, string, string, boolean][] = [
    [text.audienceRow, token ? list(token.audiences) : none, wanted.audience || text.notSaid, mismatches.includes('audience')],
    ...(token?.appOnly
      ? []
      : [[text.scopesRow, token ? list(token.scopes) : none, asked(wanted.scopes, ' '), mismatches.includes('scopes')] as [string, string, string, boolean]]),
    [token?.appOnly ? text.appRolesRow : text.rolesRow, token ? list(token.roles) : none, asked(wanted.roles, text.or), mismatches.includes('roles')],
    [text.expiresRow, token ? expiry : none, text.notExpired, mismatches.includes('expiry')],
  ];
  return html`<table class="comparison">
    <caption>
      ${text.comparisonCaption}
    </caption>
    <thead>
      <tr>
        <td></td>
        <th scope="col">${token ? text.tokenHas : text.noTokenSent}</th>
        <th scope="col">${text.apiWants}</th>
      </tr>
    </thead>
    <tbody>
      ${rows.map(
        ([label, has, wants, mismatch]) => html`<tr class=${mismatch ? 'mismatch' : ''}>
          <th scope="row">${label}</th>
          <td>${has}${mismatch ? html`<span class="visually-hidden"> (${text.mismatch})</span>` : nothing}</td>
          <td>${wants}</td>
        </tr>`,
      )}
    </tbody>
  </table>`;
}

function renderChallenge(wanted: WantedFacts, text: Strings['apiConsole']['explain']): TemplateResult | typeof nothing {
  const params = wanted.challenge?.params;
  if (!params || (!params['error'] && !params['error_description'])) return nothing;
  return html`<p class="challenge">${text.apiSaid(params['error'] ?? '', params['error_description'] ?? '')}</p>`;
}

function requirementText(requirement: SecurityRequirement, text: Strings['apiConsole']['explain']): string {
  return requirement.map((use) => schemeText(use, text)).join(text.and);
}

function schemeText(use: SecuritySchemeUse, text: Strings['apiConsole']['explain']): string {
  switch (use.type) {
    case SecuritySchemeType.ApiKey:
      return text.schemes.apiKey(use.in, use.parameterName);
    case SecuritySchemeType.Http:
      return use.scheme === 'bearer' ? text.schemes.bearer : text.schemes.http(use.scheme);
    case SecuritySchemeType.OAuth2:
    case SecuritySchemeType.OpenIdConnect:
      return text.schemes.oauth(use.name, use.scopes);
    default:
      return text.schemes.other(use.name);
  }
}

/** The response headers an API must send for this page's request, ready to copy into a CORS policy. */
function corsHeaders(pageOrigin: string, method: string, headers: readonly string[]): string {
  return [
    `Access-Control-Allow-Origin: ${pageOrigin}`,
    `Access-Control-Allow-Methods: ${method}`,
    ...(headers.length ? [`Access-Control-Allow-Headers: ${headers.join(', ')}`] : []),
    'Access-Control-Expose-Headers: WWW-Authenticate',
  ].join('\n');
}
