// @ts-check
/**
 * The Graph stand-in as `<portico-user-profile photo="graph">` sees it: a token for `User.Read`
 * gets the user's own portrait; no token, or a token for another API, gets a 401.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { decodeJwt } from 'jose';
import { startSandbox } from '../index.js';
import { createBrowser } from '../testing/browser.js';
import { MSAL_SCOPES, signIn } from '../testing/oidc.js';

/** @type {import('../index.js').Sandbox} */
let sandbox;
/** @type {import('../testing/browser.js').Browser} */
let browser;

before(async () => {
  sandbox = await startSandbox({ port: 0, quiet: true });
  browser = createBrowser({ ca: sandbox.certificate.cert });
});
after(() => sandbox.stop());

/** @param {string} loginHint @param {string} scope */
function tokenFor(loginHint, scope) {
  return signIn(createBrowser({ ca: sandbox.certificate.cert }), {
    tenant: sandbox.tenants[0],
    redirectUri: `${sandbox.origin}/`,
    loginHint,
    scope,
  });
}

/** @param {string} [token] */
function photo(token) {
  return browser.request(`${sandbox.origin}/graph/v1.0/me/photo/$value`, {
    headers: { origin: sandbox.origin, ...(token ? { authorization: `Bearer ${token}` } : {}) },
  });
}

test('a User.Read token gets the signed-in user’s own portrait, as an SVG that may run nothing', async () => {
  const ada = await tokenFor('ada@contoso.test', 'openid profile User.Read');
  const grace = await tokenFor('grace@contoso.test', 'openid profile https://graph.microsoft.com/User.Read');
  assert.equal(decodeJwt(ada.access_token).aud, 'https://graph.microsoft.com');
  assert.equal(decodeJwt(ada.access_token).scp, 'User.Read');
  const [adaPhoto, gracePhoto] = await Promise.all([photo(ada.access_token), photo(grace.access_token)]);
  assert.equal(adaPhoto.status, 200);
  assert.equal(adaPhoto.headers.get('content-type'), 'image/svg+xml');
  assert.match(String(adaPhoto.headers.get('content-security-policy')), /sandbox/);
  assert.equal(adaPhoto.headers.get('access-control-allow-origin'), sandbox.origin);
  const [adaSvg, graceSvg] = await Promise.all([adaPhoto.text(), gracePhoto.text()]);
  assert.match(adaSvg, /^<svg /);
  assert.notEqual(adaSvg, graceSvg);
});

test('no token, or a token for the sample API, gets a 401 naming the problem', async () => {
  const none = await photo();
  assert.equal(none.status, 401);
  const apiToken = await tokenFor('alan@contoso.test', MSAL_SCOPES);
  const wrongAudience = await photo(apiToken.access_token);
  assert.equal(wrongAudience.status, 401);
  assert.match(String(wrongAudience.headers.get('www-authenticate')), /invalid_token/);
});
