// @ts-check
/**
 * The interaction policy: oidc-provider's default (login, then consent) plus two things Entra has.
 *
 * - `prompt=select_account`, which MSAL sends to let a person switch accounts: it shows the
 *   sign-in page even when someone is signed in (oidc-provider would reject the value).
 * - A login is required when the `login_hint` names a different user than the one signed in.
 *   Without it, a silent renewal for Ada (`prompt=none`, `login_hint=ada@…`) would quietly return
 *   Grace's tokens if Grace had signed in since; with it, it fails with `login_required`, and an
 *   interactive request switches to the hinted user.
 */
import { interactionPolicy as policies } from './oidc-provider.js';
import { findUser } from '../directory.js';

const { Check, Prompt, base } = policies;

/**
 * @param {import('../directory.js').Tenant} tenant
 */
export function interactionPolicy(tenant) {
  const policy = base();
  policy.add(new Prompt({ name: 'select_account', requestable: true }), 0);
  policy.get('login').checks.add(
    new Check('login_hint_mismatch', 'login_hint names another user than the one signed in', 'login_required', (/** @type {any} */ ctx) => {
      const { session, params } = ctx.oidc;
      const hint = typeof params.login_hint === 'string' ? params.login_hint : undefined;
      const hinted = findUser(tenant, hint);
      const mismatch = hinted && session.accountId && hinted.oid !== session.accountId;
      return mismatch ? Check.REQUEST_PROMPT : Check.NO_NEED_TO_PROMPT;
    }),
  );
  return policy;
}
