import { SecuritySchemeType, type SecurityRequirement, type SecuritySchemeUse } from './openapi/types.js';

/** What the console needs to meet one security scheme of a description. */
export const CredentialKind = {
  /** OAuth 2.0, OpenID Connect or HTTP bearer: the console's access token. */
  Token: 'token',
  /** An `apiKey` where the console's subscription key goes (its header, or its query parameter). */
  SubscriptionKey: 'subscription-key',
  /** Any other `apiKey`: typed by the user. */
  ApiKey: 'api-key',
  /** HTTP basic: a username and password typed by the user. */
  Basic: 'basic',
  /** What a browser console cannot provide (mutual TLS, digest, an unknown type). */
  Unsupported: 'unsupported',
} as const;
export type CredentialKind = (typeof CredentialKind)[keyof typeof CredentialKind];

/** Where the console's subscription key goes: a header, or a query parameter when `query` is set. */
export interface KeyPlace {
  readonly header: string;
  readonly query: string;
}

/** Whether a scheme is met by an access token. */
export function isTokenScheme(use: SecuritySchemeUse): boolean {
  return (
    use.type === SecuritySchemeType.OAuth2 || use.type === SecuritySchemeType.OpenIdConnect || (use.type === SecuritySchemeType.Http && use.scheme === 'bearer')
  );
}

/** Whether a scheme is an API key that goes exactly where the console's subscription key goes. */
export function isSubscriptionKeyScheme(use: SecuritySchemeUse, place: KeyPlace): boolean {
  if (use.type !== SecuritySchemeType.ApiKey) return false;
  if (place.query) return use.in === 'query' && use.parameterName === place.query;
  return use.in === 'header' && use.parameterName.toLowerCase() === place.header.toLowerCase();
}

/** The one place that decides what kind of credential a scheme takes. */
export function credentialKind(use: SecuritySchemeUse, place: KeyPlace): CredentialKind {
  if (isTokenScheme(use)) return CredentialKind.Token;
  if (isSubscriptionKeyScheme(use, place)) return CredentialKind.SubscriptionKey;
  if (use.type === SecuritySchemeType.ApiKey && ['header', 'query', 'cookie'].includes(use.in) && use.parameterName) return CredentialKind.ApiKey;
  if (use.type === SecuritySchemeType.Http && use.scheme === 'basic') return CredentialKind.Basic;
  return CredentialKind.Unsupported;
}

/** Whether any alternative asks for an access token. */
export function wantsToken(security: readonly SecurityRequirement[]): boolean {
  return security.some((requirement) => requirement.some(isTokenScheme));
}

/** Whether any alternative asks for an API key. */
export function wantsApiKey(security: readonly SecurityRequirement[]): boolean {
  return security.some((requirement) => requirement.some((use) => use.type === SecuritySchemeType.ApiKey));
}

/** The token scopes one requirement asks for, across its token schemes. */
export function requirementScopes(requirement: SecurityRequirement): string[] {
  return [...new Set(requirement.filter(isTokenScheme).flatMap((use) => use.scopes))];
}

/** Scopes of the description's first OAuth 2 or OpenID Connect requirement that names any. */
export function oauthScopes(security: readonly SecurityRequirement[]): string[] {
  for (const requirement of security) {
    const scopes = requirementScopes(requirement);
    if (scopes.length) return scopes;
  }
  return [];
}
