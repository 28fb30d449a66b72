import type { SecurityRequirement } from './openapi/types.js';
import { audiencesOf, rolesOf, scopeGranted, scopesOf } from '../../../internal/token-claims.js';
import { mediaType } from './media-type.js';
import { AuthMode } from './request-inputs.js';
import type { Outcome } from './send-request.js';
import { isTokenExpired, type TokenInfo } from './token-source.js';
import { problemRequirements, type ProblemRequirements } from './problem-requirements.js';
import { bearerChallenge, type Challenge } from './www-authenticate.js';
import { oauthScopes, wantsApiKey, wantsToken as securityWantsToken } from './security-schemes.js';

/** What the token sent held, side by side with what the API asked for. */
export interface TokenFacts {
  readonly audiences: readonly string[];
  readonly scopes: readonly string[];
  readonly roles: readonly string[];
  readonly expiresAt: Date | null;
  readonly expired: boolean;
  /** An app-only token (client credentials): its `roles` are application permissions, and it has no scopes. */
  readonly appOnly: boolean;
}

/**
 * What the API asked for: its challenge, its refusal's problem body, the console's
 * `expected-audience`, and the description's security.
 */
export interface WantedFacts {
  readonly audience: string;
  /** From the challenge's `scope`, else from the description's OAuth requirements, else from the problem body. */
  readonly scopes: readonly string[];
  /**
   * From the problem body: the app roles a user needs, or, for an app-only token, the application
   * permissions it needs. Any one of them suffices.
   */
  readonly roles: readonly string[];
  readonly challenge: Challenge | null;
  readonly security: readonly SecurityRequirement[];
}

/** A row of the token-versus-API comparison. */
export type ComparedClaim = 'audience' | 'scopes' | 'roles' | 'expiry';

/** A likely reason for a 401 or 403, most likely first. */
export type AuthCause =
  | 'anonymous'
  | 'signed-out'
  | 'token-withheld'
  | 'token-expired'
  | 'audience'
  | 'missing-scopes'
  | 'missing-roles'
  | 'key-missing'
  | 'key-withheld'
  | 'key-refused'
  | 'permission'
  | 'retried';

export type Explanation =
  | {
      readonly kind: 'auth';
      readonly status: number;
      readonly token: TokenFacts | null;
      readonly wanted: WantedFacts;
      readonly causes: readonly AuthCause[];
      /** The rows of the comparison where the token falls short of what was asked for. */
      readonly mismatches: readonly ComparedClaim[];
    }
  | { readonly kind: 'cors'; readonly origin: string; readonly pageOrigin: string; readonly method: string; readonly headers: readonly string[] }
  | { readonly kind: 'network'; readonly origin: string; readonly mixedContent: boolean }
  | { readonly kind: 'timeout'; readonly timeout: number }
  | { readonly kind: 'cancelled' }
  | { readonly kind: 'redirect'; readonly origin: string }
  | { readonly kind: 'not-found' }
  | { readonly kind: 'server'; readonly status: number };

export interface ExplanationContext {
  readonly outcome: Outcome;
  readonly method: string;
  /** The headers sent (for what a CORS preflight must allow). */
  readonly headers: Readonly<Record<string, string>>;
  /** The URL the request was for, before any proxy. */
  readonly target: string;
  readonly pageOrigin: string;
  readonly authMode: AuthMode;
  readonly signedIn: boolean;
  /** The token the console had for the request (sent, or withheld). */
  readonly token: TokenInfo | null;
  readonly withheld: readonly ('token' | 'key')[];
  readonly keyConfigured: boolean;
  readonly security: readonly SecurityRequirement[];
  readonly expectedAudience: string;
  readonly timeout: number;
  /** The console already re-acquired an expired token and tried again. */
  readonly retried: boolean;
}

/** Headers a browser sends without asking the server first (CORS-safelisted), in lower case. */
const SAFELISTED = new Set(['accept', 'accept-language', 'content-language', 'content-type']);
const SIMPLE_TYPES = new Set(['application/x-www-form-urlencoded', 'multipart/form-data', 'text/plain']);

/** Why a request did not get the answer hoped for; null when there is nothing to explain (2xx, 3xx, most 4xx). */
export function explainOutcome(context: ExplanationContext): Explanation | null {
  const { outcome } = context;
  const target = new URL(context.target);
  switch (outcome.kind) {
    case 'cors':
      return { kind: 'cors', origin: target.origin, pageOrigin: context.pageOrigin, method: context.method, headers: preflightHeaders(context.headers) };
    case 'network':
      return {
        kind: 'network',
        origin: target.origin,
        mixedContent: context.pageOrigin.startsWith('https:') && target.protocol === 'http:' && !isLoopback(target),
      };
    case 'timeout':
      return { kind: 'timeout', timeout: context.timeout };
    case 'cancelled':
      return { kind: 'cancelled' };
    case 'redirect':
      return { kind: 'redirect', origin: target.origin };
  }
  const { status, headers, body, contentType } = outcome.response;
  if (status === 401 || status === 403) {
    const challenge = bearerChallenge(headers.find(([name]) => name === 'www-authenticate')?.[1] ?? null);
    return explainRefusal(status, challenge, problemRequirements(body, contentType), context);
  }
  if (status === 404) return { kind: 'not-found' };
  if (status >= 500) return { kind: 'server', status };
  return null;
}

function explainRefusal(status: number, challenge: Challenge | null, problem: ProblemRequirements, context: ExplanationContext): Explanation {
  const { token, withheld, security } = context;
  const sent = token !== null && !withheld.includes('token') ? token : null;
  const facts = sent && tokenFacts(sent);
  const challengeScopes = (challenge?.params['scope'] ?? '').split(' ').filter(Boolean);
  const describedScopes = oauthScopes(security);
  const wanted: WantedFacts = {
    audience: context.expectedAudience,
    scopes: challengeScopes.length ? challengeScopes : describedScopes.length ? describedScopes : problem.scopes,
    roles: facts?.appOnly && problem.appRoles.length ? problem.appRoles : problem.roles,
    challenge,
    security,
  };
  const mismatches = facts ? compare(facts, wanted) : [];
  const causes: AuthCause[] = [];
  const wantsToken = challenge !== null || securityWantsToken(security);
  if (!sent && wantsToken) {
    if (withheld.includes('token')) causes.push('token-withheld');
    else if (context.authMode === AuthMode.User && !context.signedIn) causes.push('signed-out');
    else causes.push('anonymous');
  }
  if (facts) {
    if (facts.expired) causes.push('token-expired');
    // A token for another API has none of this one's scopes or roles either: the audience is the news.
    if (mismatches.includes('audience')) causes.push('audience');
    else {
      if (mismatches.includes('scopes')) causes.push('missing-scopes');
      if (mismatches.includes('roles')) causes.push('missing-roles');
    }
  }
  const wantsKey = wantsApiKey(security);
  if (wantsKey && status === 401) {
    if (withheld.includes('key')) causes.push('key-withheld');
    else if (!context.keyConfigured) causes.push('key-missing');
    else if (!wantsToken) causes.push('key-refused');
  }
  if (status === 403 && sent && causes.length === 0) causes.push('permission');
  if (context.retried) causes.push('retried');
  return { kind: 'auth', status, token: facts, wanted, causes, mismatches };
}

/**
 * Where the token falls short. App-only tokens carry application permissions in `roles`, and
 * the scopes an API names are for users' tokens, so an app-only token is not judged by them.
 */
function compare(token: TokenFacts, wanted: WantedFacts): ComparedClaim[] {
  const mismatches: ComparedClaim[] = [];
  if (wanted.audience && !token.audiences.includes(wanted.audience)) mismatches.push('audience');
  if (!token.appOnly && wanted.scopes.some((scope) => !scopeGranted(scope, token.scopes, token.audiences))) mismatches.push('scopes');
  if (wanted.roles.length && !wanted.roles.some((role) => token.roles.includes(role))) mismatches.push('roles');
  if (token.expired) mismatches.push('expiry');
  return mismatches;
}

function tokenFacts(token: TokenInfo): TokenFacts {
  const { claims } = token;
  return {
    audiences: audiencesOf(claims),
    scopes: scopesOf(claims),
    roles: rolesOf(claims),
    expiresAt: token.expiresAt,
    expired: isTokenExpired(token),
    appOnly: token.source === 'app' || claims['idtyp'] === 'app',
  };
}

/** The request headers a CORS preflight must allow: all but the safelisted ones (and a plain Content-Type). */
function preflightHeaders(headers: Readonly<Record<string, string>>): string[] {
  return Object.entries(headers)
    .filter(([name, value]) => {
      const lower = name.toLowerCase();
      if (lower === 'content-type') return !SIMPLE_TYPES.has(mediaType(value));
      return !SAFELISTED.has(lower);
    })
    .map(([name]) => name);
}

function isLoopback(url: URL): boolean {
  return url.hostname === 'localhost' || url.hostname === '127.0.0.1' || url.hostname === '[::1]';
}
