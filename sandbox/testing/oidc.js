// @ts-check
/**
 * The authorization code + PKCE flow as MSAL runs it (same parameters, fragment response mode),
 * driven over HTTP: for tests that need real tokens without a browser.
 */
import { createHash, randomBytes } from 'node:crypto';

/** What MSAL asks for when a page asks for the sample API's read scope. */
export const MSAL_SCOPES = 'openid profile offline_access api://portico-sample/Orders.Read';

/**
 * @typedef {object} AuthorizationRequest
 * @property {{ authority: string }} tenant
 * @property {string} redirectUri
 * @property {string} [clientId] default portico-spa
 * @property {string} [scope] default MSAL_SCOPES
 * @property {string} [loginHint]
 * @property {string} [prompt]
 */

/** A PKCE verifier and its S256 challenge. */
export function pkce() {
  const verifier = randomBytes(32).toString('base64url');
  return { verifier, challenge: createHash('sha256').update(verifier).digest('base64url') };
}

/**
 * @param {AuthorizationRequest & { state: string, nonce: string, challenge: string }} request
 */
export function authorizationUrl({ tenant, redirectUri, clientId = 'portico-spa', scope = MSAL_SCOPES, loginHint, prompt, state, nonce, challenge }) {
  const url = new URL(`${tenant.authority}/auth`);
  url.search = new URLSearchParams({
    client_id: clientId,
    response_type: 'code',
    response_mode: 'fragment',
    redirect_uri: redirectUri,
    scope,
    state,
    nonce,
    code_challenge: challenge,
    code_challenge_method: 'S256',
    ...(loginHint ? { login_hint: loginHint } : {}),
    ...(prompt ? { prompt } : {}),
  }).toString();
  return url;
}

/**
 * Runs the authorization request to the redirect URI and returns what the app would receive.
 * @param {import('./browser.js').Browser} browser
 * @param {AuthorizationRequest} request
 * @returns {Promise<{ response: URLSearchParams, verifier: string, state: string, nonce: string, page?: Response }>}
 *   `response` holds the fragment's parameters (code or error); `page` is set when the flow
 *   stopped on a page of the provider instead of reaching the redirect URI
 */
export async function authorize(browser, request) {
  const { verifier, challenge } = pkce();
  const state = randomBytes(8).toString('hex');
  const nonce = randomBytes(8).toString('hex');
  const { url, response: page } = await browser.navigate(authorizationUrl({ ...request, state, nonce, challenge }), {
    stopAt: request.redirectUri,
  });
  const response = new URLSearchParams(url.hash.slice(1) || url.search.slice(1));
  return { response, verifier, state, nonce, ...(page ? { page } : {}) };
}

/**
 * Redeems a code at the token endpoint, from the app's origin as MSAL would (CORS).
 * @param {import('./browser.js').Browser} browser
 * @param {{ tenant: { tokenEndpoint: string }, code: string, verifier: string, redirectUri: string,
 *   clientId?: string }} redemption
 */
export function redeemCode(browser, { tenant, code, verifier, redirectUri, clientId = 'portico-spa' }) {
  return browser.request(tenant.tokenEndpoint, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', origin: new URL(redirectUri).origin },
    body: new URLSearchParams({
      grant_type: 'authorization_code',
      client_id: clientId,
      code,
      code_verifier: verifier,
      redirect_uri: redirectUri,
    }).toString(),
  });
}

/**
 * Signs a demo user in and returns the token response: the whole flow for tests that just
 * need tokens.
 * @param {import('./browser.js').Browser} browser
 * @param {AuthorizationRequest & { loginHint: string, tenant: { authority: string, tokenEndpoint: string } }} request
 */
export async function signIn(browser, request) {
  const { response, verifier } = await authorize(browser, { prompt: 'login', ...request });
  const code = response.get('code');
  if (!code) throw new Error(`no code: ${response.get('error')} ${response.get('error_description')}`);
  const tokens = await redeemCode(browser, {
    tenant: request.tenant,
    code,
    verifier,
    redirectUri: request.redirectUri,
  });
  if (!tokens.ok) throw new Error(`token endpoint answered ${tokens.status}: ${await tokens.text()}`);
  return /** @type {Promise<{ access_token: string, id_token: string, refresh_token: string, expires_in: number, scope: string, token_type: string }>} */ (
    tokens.json()
  );
}
