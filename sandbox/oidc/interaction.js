// @ts-check
/**
 * The tenant's interaction endpoints, where oidc-provider sends a browser that must sign in:
 *
 * - `GET  /{tenant}/interaction/{uid}`: when the request's `login_hint` names a demo user of the
 *   tenant, that user is signed in at once, with no page. This is how automated tests sign in:
 *   popups and redirects bounce straight back to the app. `prompt=login` still lands here (it
 *   forces a fresh sign-in, not a page). Otherwise the sign-in page is shown.
 * - `POST /{tenant}/interaction/{uid}/login`: the sign-in page's form.
 * - `POST /{tenant}/interaction/{uid}/abort`: "Cancel", which returns `access_denied` to the app.
 */
import { DEMO_PASSWORD, findUser } from '../directory.js';
import { BodyTooLargeError, readBody, sendHtml } from '../http/respond.js';
import { grantEverything } from './consent.js';
import { errorPage, signInPage } from './pages.js';

/**
 * @typedef {import('node:http').IncomingMessage} Request
 * @typedef {import('node:http').ServerResponse} Response
 */

/**
 * @param {{ provider: import('oidc-provider').default, tenant: import('../directory.js').Tenant }} options
 * @returns {(req: Request, res: Response, uid: string, action: string | undefined) => Promise<void>}
 */
export function interactionHandler({ provider, tenant }) {
  const base = `/${tenant.id}/interaction`;

  return async function handleInteraction(req, res, uid, action) {
    /** @type {any} */
    let details;
    try {
      details = await provider.interactionDetails(req, res);
    } catch {
      return sendHtml(res, 400, expiredPage(tenant));
    }
    if (details.uid !== uid) return sendHtml(res, 400, expiredPage(tenant));

    const clientId = String(details.params.client_id);
    /** @param {{ username?: string, error?: string }} state */
    const showSignIn = ({ username, error }) =>
      sendHtml(
        res,
        error ? 401 : 200,
        signInPage({
          tenant,
          clientId,
          loginAction: `${base}/${uid}/login`,
          abortAction: `${base}/${uid}/abort`,
          username,
          error,
          password: DEMO_PASSWORD,
        }),
      );

    if (req.method === 'GET' && !action) {
      // Consent is pre-granted (see ./consent.js), so this only happens if a grant went missing.
      if (details.prompt.name === 'consent') {
        const grantId = await grantConsent(provider, details);
        return provider.interactionFinished(req, res, { consent: { grantId } }, { mergeWithLastSubmission: true });
      }
      const hint = typeof details.params.login_hint === 'string' ? details.params.login_hint : undefined;
      const user = findUser(tenant, hint);
      if (user) return signIn(req, res, provider, details, user.oid);
      return showSignIn({
        username: hint,
        error: hint ? `${hint} is not a user of ${tenant.label}. Pick one of its demo users below.` : undefined,
      });
    }

    if (req.method === 'POST' && action === 'login') {
      let form;
      try {
        form = new URLSearchParams(await readBody(req, 16 * 1024));
      } catch (error) {
        if (error instanceof BodyTooLargeError) return sendHtml(res, 413, expiredPage(tenant));
        throw error;
      }
      const username = form.get('username') ?? '';
      const user = findUser(tenant, username);
      if (!user) return showSignIn({ username, error: `${tenant.label} has no user named ${username}.` });
      if (form.get('password') !== DEMO_PASSWORD) {
        return showSignIn({
          username,
          error: `That is not ${user.name}'s password. Every demo user's password is ${DEMO_PASSWORD}.`,
        });
      }
      return signIn(req, res, provider, details, user.oid);
    }

    if (req.method === 'POST' && action === 'abort') {
      return provider.interactionFinished(
        req,
        res,
        { error: 'access_denied', error_description: 'The user cancelled the sign-in.' },
        { mergeWithLastSubmission: false },
      );
    }

    res.writeHead(405, { allow: action ? 'POST' : 'GET' }).end();
  };
}

/**
 * Ends the interaction with the user signed in (and, when asked, the account selected).
 * `remember` keeps the session across browser restarts, as Entra's "Stay signed in?" would.
 * @param {Request} req
 * @param {Response} res
 * @param {import('oidc-provider').default} provider
 * @param {any} details the interaction
 * @param {string} accountId
 */
function signIn(req, res, provider, details, accountId) {
  const prompts = String(details.params.prompt ?? '').split(' ');
  return provider.interactionFinished(
    req,
    res,
    {
      login: { accountId, remember: true, amr: ['pwd'] },
      ...(prompts.includes('select_account') ? { select_account: {} } : {}),
    },
    { mergeWithLastSubmission: false },
  );
}

/**
 * @param {import('oidc-provider').default} provider
 * @param {any} details the interaction
 * @returns {Promise<string>} the grant's id
 */
async function grantConsent(provider, details) {
  const grant =
    (details.grantId && (await provider.Grant.find(details.grantId))) ||
    new provider.Grant({ accountId: details.session.accountId, clientId: details.params.client_id });
  grantEverything(grant);
  return grant.save();
}

/** @param {import('../directory.js').Tenant} tenant */
function expiredPage(tenant) {
  return errorPage({
    title: 'This sign-in has expired',
    message: `${tenant.label} no longer knows this sign-in request: it was finished or cancelled, it expired, or the browser did not send its cookie.`,
    fix: 'Go back to the application and sign in again.',
  });
}
