// @ts-check
/**
 * Whether a validated token carries what an operation requires. User (delegated) tokens are
 * judged by their `scp` claim, app-only tokens by the application permissions in `roles`, and
 * operations for certain users by the app roles in `roles`, as Entra-protected APIs do.
 */

/** @typedef {{ kind: 'scope' | 'appRole' | 'role', values: string[] }} MissingPermission */

/**
 * @param {import('./operations.js').Requirements} auth
 * @param {Record<string, any>} claims
 * @returns {MissingPermission | undefined} what is missing, if anything
 */
export function missingPermission(auth, claims) {
  const scp = typeof claims.scp === 'string' ? claims.scp.split(' ') : [];
  const roles = Array.isArray(claims.roles) ? claims.roles : [];
  const isAppToken = !claims.scp && claims.idtyp === 'app';
  const holdsAny = (/** @type {string[]} */ granted, /** @type {string[]} */ wanted) => wanted.some((value) => granted.includes(value));

  if (auth.scopes || auth.appRoles) {
    if (isAppToken && !holdsAny(roles, auth.appRoles ?? [])) {
      return { kind: 'appRole', values: auth.appRoles ?? [] };
    }
    if (!isAppToken && !holdsAny(scp, auth.scopes ?? [])) {
      return { kind: 'scope', values: auth.scopes ?? [] };
    }
  }
  // App roles are for users: an app-only token its application permission let through needs none.
  const appAllowed = isAppToken && !!auth.appRoles;
  if (auth.roles && !appAllowed && !holdsAny(roles, auth.roles)) return { kind: 'role', values: auth.roles };
  return undefined;
}
