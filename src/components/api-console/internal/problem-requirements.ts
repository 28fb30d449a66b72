/** What an API's refusal body says a token needed. */
export interface ProblemRequirements {
  /** Delegated scopes, as the body names them (bare, `Orders.Write`, or whole, `api://…/Orders.Write`). */
  readonly scopes: readonly string[];
  /** App roles a signed-in user needs. */
  readonly roles: readonly string[];
  /** Application permissions an app-only token needs (in its `roles`). */
  readonly appRoles: readonly string[];
}

const NONE: ProblemRequirements = { scopes: [], roles: [], appRoles: [] };

/**
 * The scopes and roles an RFC 9457 problem document (or any JSON error body) names, read from the
 * extension members `scopes`, `roles` and `appRoles` (also `requiredScopes`, `requiredRoles`),
 * at the top level or in an `expected` object, as the sandbox API answers. Each holds an array
 * of strings or a space-separated string. Anything else reads as naming nothing.
 */
export function problemRequirements(body: Uint8Array, contentType: string): ProblemRequirements {
  if (!/\bjson\b/iu.test(contentType) || body.byteLength === 0) return NONE;
  let document: unknown;
  try {
    document = JSON.parse(new TextDecoder().decode(body));
  } catch {
    return NONE;
  }
  if (!isObject(document)) return NONE;
  const places = [document, isObject(document['expected']) ? document['expected'] : {}];
  const read = (...names: string[]) => [...new Set(places.flatMap((place) => names.flatMap((name) => list(place[name]))))];
  return { scopes: read('scopes', 'requiredScopes'), roles: read('roles', 'requiredRoles'), appRoles: read('appRoles') };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function list(value: unknown): string[] {
  if (typeof value === 'string') return value.split(' ').filter(Boolean);
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string' && item !== '') : [];
}
