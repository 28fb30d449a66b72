// @ts-check
/**
 * Entra ID redeems a refresh token for any scope the user has consented to; oidc-provider only
 * for the scopes it was first issued with, answering `invalid_scope`. MSAL gives up on
 * `invalid_scope`, but on `invalid_grant` it does what it does with Entra when a refresh token
 * cannot serve: it asks silently with the session (a hidden frame, `prompt=none`), and since
 * consent is pre-granted here, that succeeds. So the sandbox answers `invalid_grant`, and a token
 * for a new API scope behaves as it would against Entra.
 */

/** @typedef {import('oidc-provider').KoaContextWithOIDC} Context */

const REFRESH_SCOPE_ERROR = /^refresh token missing requested scope/;

/**
 * Koa middleware for an oidc-provider instance.
 * @param {Context} ctx
 * @param {() => Promise<void>} next
 */
export async function refreshForNewScopeNeedsSession(ctx, next) {
  await next();
  const body = /** @type {{ error?: string, error_description?: string } | undefined} */ (ctx.body);
  if (ctx.status !== 400 || body?.error !== 'invalid_scope' || !REFRESH_SCOPE_ERROR.test(body.error_description ?? '')) return;
  ctx.body = {
    error: 'invalid_grant',
    error_description: `${body.error_description}; get a token for it with the session (prompt=none) or interactively`,
  };
}
