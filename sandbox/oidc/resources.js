// @ts-check
/**
 * Resource indicators: how a tenant learns that a token is for the sample API, and what that
 * token looks like. MSAL never sends RFC 8707's `resource` parameter; like Entra, it names the
 * API in its scopes (`api://portico-sample/Orders.Read`). So the resource is derived from the
 * scopes, and access tokens for it are JWTs the API can validate on its own.
 */
import { errors } from './oidc-provider.js';
import { BROKER_API, GRAPH_API, SAMPLE_API } from '../directory.js';

const { InvalidTarget } = errors;

/** @typedef {{ audience: string, scopes: readonly string[], bareScopes?: boolean }} Resource */

/** The APIs tokens can be issued for: the sample API, the Graph stand-in, and the token broker. */
export const RESOURCES = /** @type {readonly Resource[]} */ ([SAMPLE_API, GRAPH_API, BROKER_API]);

/**
 * Every scope value a resource accepts: fully qualified, `.default` (Entra's "all of them"), and
 * bare names where Entra allows them (Graph's `User.Read`).
 * @param {Resource} resource
 */
export function scopeValues(resource) {
  const qualified = [...resource.scopes, '.default'].map((name) => `${resource.audience}/${name}`);
  return resource.bareScopes ? [...qualified, ...resource.scopes] : qualified;
}

/**
 * `features.resourceIndicators.defaultResource`: the resource whose scopes the request names.
 * @param {any} ctx
 * @param {unknown} _client
 * @param {string[]} [oneOf] resources already granted, when the token endpoint must pick one
 * @returns {Promise<string | undefined>}
 */
export async function defaultResource(ctx, _client, oneOf) {
  /** @type {string[]} */
  const scopes = String(ctx.oidc.params.scope ?? '').split(' ');
  const named = RESOURCES.find((resource) => scopeValues(resource).some((value) => scopes.includes(value)));
  if (oneOf) return named && oneOf.includes(named.audience) ? named.audience : oneOf[0];
  return named?.audience;
}

/**
 * `features.resourceIndicators.getResourceServerInfo`, for a given access-token lifetime.
 * @param {number} accessTokenLifetime seconds
 */
export function resourceServerInfo(accessTokenLifetime) {
  /**
   * @param {unknown} _ctx
   * @param {string} audience
   */
  return async function getResourceServerInfo(_ctx, audience) {
    const resource = RESOURCES.find((candidate) => candidate.audience === audience);
    if (!resource) {
      throw new InvalidTarget(`this sandbox knows ${RESOURCES.map((r) => r.audience).join(', ')}, not ${audience}`);
    }
    return {
      audience,
      scope: scopeValues(resource).join(' '),
      accessTokenFormat: 'jwt',
      accessTokenTTL: accessTokenLifetime,
      jwt: { sign: { alg: 'RS256' } },
    };
  };
}
