/**
 * What a token's claims say about what it is good for (audience, scopes, roles, lifetime), and
 * where that falls short of what an API expects. Shared by `<portico-token-inspector>` and the API
 * console, so both judge a token the same way.
 */

type Claims = Readonly<Record<string, unknown>>;

/** What an API expects of a token; an empty field expects nothing. */
export interface TokenExpectations {
  readonly audience?: string;
  /** Each is required. Fully qualified (`api://contoso/Orders.Read`) or as in `scp` (`Orders.Read`). */
  readonly scopes?: readonly string[];
  /** Each is required. */
  readonly roles?: readonly string[];
}

export type TokenWarning =
  | { readonly kind: 'audience'; readonly expected: string; readonly actual: readonly string[] }
  | { readonly kind: 'expired'; readonly at: Date }
  | { readonly kind: 'not-yet-valid'; readonly at: Date }
  | { readonly kind: 'missing-scopes'; readonly missing: readonly string[]; readonly granted: readonly string[] }
  | { readonly kind: 'missing-roles'; readonly missing: readonly string[]; readonly granted: readonly string[] };

/** The `aud` claim as a list (it may be a string or an array). */
export function audiencesOf(claims: Claims): string[] {
  return listClaim(claims['aud']);
}

/** Delegated scopes: Entra's `scp`, or the `scope` claim of RFC 9068 tokens, space-separated. */
export function scopesOf(claims: Claims): string[] {
  return listClaim(claims['scp'] ?? claims['scope'])
    .flatMap((value) => value.split(' '))
    .filter(Boolean);
}

/** App roles, or an app-only token's application permissions. */
export function rolesOf(claims: Claims): string[] {
  return listClaim(claims['roles']);
}

/** A NumericDate claim (`exp`, `nbf`, `iat`) as a date, or null. */
export function claimTime(claims: Claims, name: string): Date | null {
  const value = claims[name];
  return typeof value === 'number' && Number.isFinite(value) ? new Date(value * 1000) : null;
}

/**
 * Whether `granted` (as in `scp`) covers `required`. Entra writes scopes short in `scp`
 * (`Orders.Read`) while clients ask for them qualified by the API (`api://contoso/Orders.Read`),
 * so a qualified scope also matches its short form under one of the token's audiences. A
 * `/.default` scope cannot be checked from the token and is taken as met.
 */
export function scopeGranted(required: string, granted: readonly string[], audiences: readonly string[]): boolean {
  if (required.endsWith('/.default') || granted.includes(required)) return true;
  return granted.some((scope) => audiences.some((audience) => required === `${audience.replace(/\/$/u, '')}/${scope}`));
}

/** Every way the token falls short of `expected`, and whether it is outside its lifetime. */
export function tokenWarnings(claims: Claims, expected: TokenExpectations, now = Date.now()): TokenWarning[] {
  const warnings: TokenWarning[] = [];
  const audiences = audiencesOf(claims);
  if (expected.audience && !audiences.includes(expected.audience)) {
    warnings.push({ kind: 'audience', expected: expected.audience, actual: audiences });
  }
  const exp = claimTime(claims, 'exp');
  if (exp && exp.getTime() <= now) warnings.push({ kind: 'expired', at: exp });
  const nbf = claimTime(claims, 'nbf');
  if (nbf && nbf.getTime() > now) warnings.push({ kind: 'not-yet-valid', at: nbf });
  const granted = scopesOf(claims);
  const missingScopes = (expected.scopes ?? []).filter((scope) => !scopeGranted(scope, granted, audiences));
  if (missingScopes.length) warnings.push({ kind: 'missing-scopes', missing: missingScopes, granted });
  const roles = rolesOf(claims);
  const missingRoles = (expected.roles ?? []).filter((role) => !roles.includes(role));
  if (missingRoles.length) warnings.push({ kind: 'missing-roles', missing: missingRoles, granted: roles });
  return warnings;
}

function listClaim(value: unknown): string[] {
  if (typeof value === 'string') return value ? [value] : [];
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}
