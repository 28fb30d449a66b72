// @ts-check
/**
 * Resource indicators: how a tenant learns that a token is for the sample API, and what that
 * token looks like. MSAL never sends RFC 8707's `resource` parameter; like Entra, it names the
 * API in its scopes (`api://portico-sample/Orders.Read`). So the resource is derived from the
 * scopes, and access tokens for it are JWTs the API can validate on its own.
 */
import { errors } from 'oidc-provider';
import { SAMPLE_API } from '../directory.js';

const { InvalidTarget } = errors;

/** Every scope value the API accepts, fully qualified, `.default` included (Entra's "all of them"). */
const API_SCOPE_VALUES = [...SAMPLE_API.scopes, '.default'].map((name) => `${SAMPLE_API.audience}/${name}`);

/**
 * `features.resourceIndicators.defaultResource`.
 * @param {any} ctx
 * @param {unknown} _client
 * @param {string[]} [oneOf] resources already granted, when the token endpoint must pick one
 * @returns {Promise<string | undefined>}
 */
export async function defaultResource(ctx, _client, oneOf) {
  if (oneOf) return oneOf.includes(SAMPLE_API.audience) ? SAMPLE_API.audience : oneOf[0];
  /** @type {string[]} */
  const scopes = String(ctx.oidc.params.scope ?? '').split(' ');
  return scopes.some((scope) => scope.startsWith(`${SAMPLE_API.audience}/`))
    ? SAMPLE_API.audience
    : undefined;
}

/**
 * `features.resourceIndicators.getResourceServerInfo`, for a given access-token lifetime.
 * @param {number} accessTokenLifetime seconds
 */
export function resourceServerInfo(accessTokenLifetime) {
  /**
   * @param {unknown} _ctx
   * @param {string} resource
   */
  return async function getResourceServerInfo(_ctx, resource) {
    if (resource !== SAMPLE_API.audience) {
      throw new InvalidTarget(`this sandbox knows one API, ${SAMPLE_API.audience}, not ${resource}`);
    }
    return {
      audience: SAMPLE_API.audience,
      scope: API_SCOPE_VALUES.join(' '),
      accessTokenFormat: 'jwt',
      accessTokenTTL: accessTokenLifetime,
      jwt: { sign: { alg: 'RS256' } },
    };
  };
}

/** The API's scopes to pre-grant, fully qualified. */
export const GRANTABLE_API_SCOPES = API_SCOPE_VALUES.join(' ');
