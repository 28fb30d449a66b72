// @ts-check
/**
 * How the API refuses a request for its token: 401 (no token, or not a valid one for this API)
 * or 403 (valid, but lacking a scope or role), each with the Bearer challenge of RFC 6750 and a
 * problem document saying what the API expected and what the token held, the two things a
 * developer needs to see side by side.
 */
import { SAMPLE_API } from '../directory.js';
import { sendProblem } from '../http/respond.js';

/**
 * @typedef {import('node:http').ServerResponse} Response
 * @typedef {import('./operations.js').Operation} Operation
 */

/**
 * @param {Response} res
 * @param {Record<string, string>} headers
 * @param {Operation} operation
 * @param {Extract<import('./bearer.js').Validation, { ok: false }>} validation
 * @param {string[]} issuers
 */
export function refuseToken(res, headers, operation, validation, issuers) {
  const scope = (operation.auth?.scopes ?? []).map((name) => `${SAMPLE_API.audience}/${name}`).join(' ');
  // RFC 6750 §3.1: no error code when the request carried no token at all.
  const challenge =
    validation.reason === 'missing'
      ? bearerChallenge({ scope })
      : bearerChallenge({ error: 'invalid_token', error_description: validation.description, scope });
  sendProblem(
    res,
    401,
    {
      title: validation.reason === 'missing' ? 'Missing access token' : 'Invalid access token',
      detail: validation.description,
      ...(validation.reason === 'missing' ? {} : { error: 'invalid_token' }),
      expected: expectations(operation, issuers),
      ...(validation.claims ? { received: received(validation.claims) } : {}),
    },
    { ...headers, 'www-authenticate': challenge },
  );
}

/**
 * @param {Response} res
 * @param {Record<string, string>} headers
 * @param {Operation} operation
 * @param {import('./permissions.js').MissingPermission} missing
 * @param {Record<string, any>} claims
 * @param {string[]} issuers
 */
export function refusePermission(res, headers, operation, missing, claims, issuers) {
  const list = missing.values.join(' or ');
  const detail = {
    scope: `The token's scp claim lacks the scope ${list}; ask for ${missing.values.map((name) => `${SAMPLE_API.audience}/${name}`).join(' or ')}.`,
    appRole: `This app-only token's roles claim lacks the application permission ${list}; grant it to the client application.`,
    role:
      claims.idtyp === 'app'
        ? `This operation is for signed-in users with the app role ${list}; an app-only token has no user.`
        : `The signed-in user does not have the app role ${list}; the token's roles claim holds ${(claims.roles ?? []).join(', ') || 'nothing'}.`,
  }[missing.kind];
  const scope = missing.kind === 'scope' ? missing.values.map((name) => `${SAMPLE_API.audience}/${name}`).join(' ') : undefined;
  sendProblem(
    res,
    403,
    {
      title: 'Insufficient permissions',
      detail,
      error: 'insufficient_scope',
      expected: expectations(operation, issuers),
      received: received(claims),
    },
    {
      ...headers,
      'www-authenticate': bearerChallenge({ error: 'insufficient_scope', error_description: detail, scope }),
    },
  );
}

/**
 * A `WWW-Authenticate: Bearer …` value; quoted strings may not hold `"` or `\` (RFC 6750 §3).
 * @param {Record<string, string | undefined>} params
 */
function bearerChallenge(params) {
  const attributes = Object.entries({ realm: SAMPLE_API.audience, ...params })
    .filter(([, value]) => value)
    .map(
      ([name, value]) =>
        `${name}="${String(value)
          .replace(/["\\]/g, "'")
          .replace(/[^\x20-\x7e]/g, '')}"`,
    );
  return `Bearer ${attributes.join(', ')}`;
}

/**
 * @param {Operation} operation
 * @param {string[]} issuers
 */
function expectations(operation, issuers) {
  const { scopes, appRoles, roles } = operation.auth ?? {};
  return {
    issuer: issuers,
    audience: SAMPLE_API.audience,
    ...(scopes ? { scopes } : {}),
    ...(appRoles ? { appRoles } : {}),
    ...(roles ? { roles } : {}),
  };
}

/**
 * What the token held, unverified: enough to see why it was refused.
 * @param {Record<string, any>} claims
 */
function received(claims) {
  const { iss, aud, scp, roles, exp, azp, idtyp } = claims;
  return {
    iss,
    aud,
    scp,
    roles,
    exp,
    ...(typeof exp === 'number' ? { expiresAt: new Date(exp * 1000).toISOString() } : {}),
    azp,
    idtyp,
  };
}
