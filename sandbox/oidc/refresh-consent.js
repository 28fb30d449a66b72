// @ts-check
/**
 * Entra redeems a refresh token for any scope the user has consented to, of any API (MSAL relies on
 * it: a token for Graph's `User.Read` after signing in for another API is one refresh request).
 * oidc-provider only redeems one for the scopes and the one resource it was first issued with.
 * Consent is pre-granted here (./consent.js), so each refresh token is widened, as it is issued,
 * to everything that consent covers.
 */
import { RESOURCES } from './resources.js';
import { GRANTED_OIDC_SCOPES, grantedScopeValues } from './consent.js';

/** @typedef {import('oidc-provider').KoaContextWithOIDC} Context */

/**
 * Koa middleware for an oidc-provider instance.
 * @param {Context} ctx
 * @param {() => Promise<void>} next
 */
export async function refreshTokenCoversConsent(ctx, next) {
  await next();
  const body = /** @type {{ refresh_token?: unknown } | undefined} */ (ctx.body);
  if (ctx.status !== 200 || typeof body?.refresh_token !== 'string') return;
  const refreshToken = await ctx.oidc.provider.RefreshToken.find(body.refresh_token);
  if (!refreshToken) return;
  const scopes = new Set([...refreshToken.scopes, ...GRANTED_OIDC_SCOPES, ...grantedScopeValues()]);
  refreshToken.scope = [...scopes].filter(Boolean).join(' ');
  refreshToken.resource = RESOURCES.map(({ audience }) => audience);
  await refreshToken.save();
}
