// @ts-check
/**
 * The tenants as MSAL and a person meet them: discovery, sign-in by login_hint and on the page,
 * tokens and their claims, refresh, silent renewal, sign-out, and the error pages.
 */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { decodeJwt, decodeProtectedHeader } from 'jose';
import { startSandbox } from '../index.js';
import { createBrowser } from '../testing/browser.js';
import { MSAL_SCOPES, authorize, authorizationUrl, pkce, redeemCode, signIn } from '../testing/oidc.js';

/** @type {import('../index.js').Sandbox} */
let sandbox;
/** @type {import('../oidc/tenant.js').TenantInfo} */
let contoso;
/** @type {import('../oidc/tenant.js').TenantInfo} */
let fabrikam;
/** @type {string} */
let redirectUri;

const newBrowser = () => createBrowser({ ca: sandbox.certificate.cert });

before(async () => {
  sandbox = await startSandbox({ port: 0, quiet: true });
  [contoso, fabrikam] = sandbox.tenants;
  redirectUri = `${sandbox.origin}/demo/`;
});
after(() => sandbox.stop());

describe('discovery', () => {
  test('each tenant publishes its configuration where MSAL looks for it', async () => {
    const browser = newBrowser();
    for (const tenant of [contoso, fabrikam]) {
      // MSAL (OIDC protocol mode) lowercases the authority and appends "/" before ".well-known".
      const response = await browser.request(`${tenant.authority.toLowerCase()}/.well-known/openid-configuration`, {
        headers: { origin: sandbox.origin },
      });
      assert.equal(response.status, 200);
      assert.equal(response.headers.get('access-control-allow-origin'), sandbox.origin);
      const metadata = await response.json();
      assert.equal(metadata.issuer, `${sandbox.origin}/${tenant.id}`);
      assert.equal(metadata.authorization_endpoint, `${tenant.issuer}/auth`);
      assert.equal(metadata.token_endpoint, tenant.tokenEndpoint);
      assert.equal(metadata.jwks_uri, tenant.jwksUri);
      assert.ok(metadata.end_session_endpoint.startsWith(`${tenant.issuer}/`));
      assert.deepEqual(metadata.code_challenge_methods_supported, ['S256']);
    }
  });

  test('an authority written with a trailing slash, or Entra-style, still finds it', async () => {
    const browser = newBrowser();
    for (const path of ['/contoso//.well-known/openid-configuration', '/contoso/v2.0/.well-known/openid-configuration']) {
      const response = await browser.request(`${sandbox.origin}${path}`);
      assert.equal(response.status, 200, path);
      assert.equal((await response.json()).issuer, contoso.issuer);
    }
    const bare = await browser.request(`${contoso.issuer}/`);
    assert.equal(bare.status, 302);
    assert.equal(bare.headers.get('location'), '/contoso/.well-known/openid-configuration');
  });
});

describe('sign-in with a login_hint (how automated tests sign in)', () => {
  test('authorization code + PKCE gives Entra-shaped ID and access tokens', async () => {
    const browser = newBrowser();
    const { response, verifier, state, nonce } = await authorize(browser, {
      tenant: contoso,
      redirectUri,
      loginHint: 'ada@contoso.test',
      prompt: 'login',
    });
    assert.equal(response.get('state'), state);
    assert.equal(response.get('iss'), contoso.issuer);
    const code = /** @type {string} */ (response.get('code'));
    assert.ok(code, `expected a code, got ${response}`);

    const tokenResponse = await redeemCode(browser, { tenant: contoso, code, verifier, redirectUri });
    assert.equal(tokenResponse.status, 200);
    assert.equal(tokenResponse.headers.get('access-control-allow-origin'), sandbox.origin);
    const tokens = await tokenResponse.json();
    assert.equal(tokens.token_type, 'Bearer');
    assert.equal(tokens.scope, 'api://portico-sample/Orders.Read');
    assert.ok(tokens.refresh_token, 'a refresh token, without prompt=consent');

    const id = decodeJwt(tokens.id_token);
    assert.equal(id.iss, contoso.issuer);
    assert.equal(id.aud, 'portico-spa');
    assert.equal(id.nonce, nonce);
    assert.equal(id.name, 'Ada Lovelace');
    assert.equal(id.preferred_username, 'ada@contoso.test');
    assert.equal(id.email, 'ada@contoso.test');
    assert.equal(id.tid, contoso.tenantId);
    assert.equal(id.oid, id.sub);
    assert.deepEqual(id.roles, ['readers', 'publishers', 'admins']);
    assert.equal(/** @type {string[]} */ (id.groups).length, 3);

    assert.equal(decodeProtectedHeader(tokens.access_token).typ, 'at+jwt');
    const access = decodeJwt(tokens.access_token);
    assert.equal(access.aud, 'api://portico-sample');
    assert.equal(access.scp, 'Orders.Read');
    assert.equal(access.tid, contoso.tenantId);
    assert.equal(access.name, 'Ada Lovelace');
    assert.deepEqual(access.roles, ['readers', 'publishers', 'admins']);
    assert.equal(/** @type {number} */ (access.exp) - /** @type {number} */ (access.iat), 3600);
  });

  test('each tenant signs in its own users, with its own tenant id', async () => {
    const tokens = await signIn(newBrowser(), { tenant: fabrikam, redirectUri, loginHint: 'margaret' });
    const id = decodeJwt(tokens.id_token);
    assert.equal(id.iss, fabrikam.issuer);
    assert.equal(id.tid, fabrikam.tenantId);
    assert.equal(id.name, 'Margaret Hamilton');
    assert.deepEqual(id.roles, ['readers']);
  });

  /**
   * Redeems `tokens`' refresh token at Contoso's token endpoint, as MSAL does from the portal page.
   * @param {ReturnType<typeof newBrowser>} browser @param {{ refresh_token: string }} tokens @param {string} scope
   */
  const refresh = (browser, tokens, scope) =>
    browser.request(contoso.tokenEndpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: sandbox.origin },
      body: new URLSearchParams({ grant_type: 'refresh_token', client_id: 'portico-spa', refresh_token: tokens.refresh_token, scope }).toString(),
    });

  test("the refresh token works with MSAL's scopes, offline_access included", async () => {
    const browser = newBrowser();
    const tokens = await signIn(browser, { tenant: contoso, redirectUri, loginHint: 'grace@contoso.test' });
    const response = await refresh(browser, tokens, MSAL_SCOPES);
    assert.equal(response.status, 200);
    const refreshed = await response.json();
    assert.equal(decodeJwt(refreshed.access_token).scp, 'Orders.Read');
    assert.equal(decodeJwt(refreshed.id_token).name, 'Grace Hopper');
  });

  test('the refresh token also gets tokens for pre-granted scopes not asked at sign-in, as with Entra', async () => {
    const browser = newBrowser();
    const tokens = await signIn(browser, { tenant: contoso, redirectUri, loginHint: 'grace@contoso.test' });
    // What MSAL asks when <portico-user-profile photo="graph"> wants a Graph token.
    const response = await refresh(browser, tokens, 'User.Read openid profile offline_access');
    assert.equal(response.status, 200, await response.clone().text());
    const graph = decodeJwt((await response.json()).access_token);
    assert.equal(graph.aud, 'https://graph.microsoft.com');
    assert.equal(graph.scp, 'User.Read');
  });

  test('silent renewal (prompt=none) uses the session, and refuses another user', async () => {
    const browser = newBrowser();
    await signIn(browser, { tenant: contoso, redirectUri, loginHint: 'alan@contoso.test' });

    const renewed = await authorize(browser, {
      tenant: contoso,
      redirectUri,
      prompt: 'none',
      loginHint: 'alan@contoso.test',
    });
    assert.ok(renewed.response.get('code'));

    const other = await authorize(browser, {
      tenant: contoso,
      redirectUri,
      prompt: 'none',
      loginHint: 'ada@contoso.test',
    });
    assert.equal(other.response.get('error'), 'login_required');
  });

  test('a login_hint for another user switches the session to that user', async () => {
    const browser = newBrowser();
    await signIn(browser, { tenant: contoso, redirectUri, loginHint: 'alan@contoso.test' });
    const tokens = await signIn(browser, {
      tenant: contoso,
      redirectUri,
      loginHint: 'ada@contoso.test',
      prompt: undefined,
    });
    assert.equal(decodeJwt(tokens.id_token).name, 'Ada Lovelace');
  });

  test('prompt=none without a session returns login_required to the redirect URI', async () => {
    const { response, state } = await authorize(newBrowser(), {
      tenant: contoso,
      redirectUri,
      prompt: 'none',
    });
    assert.equal(response.get('error'), 'login_required');
    assert.equal(response.get('state'), state);
  });

  test('the public client must use PKCE', async () => {
    const url = authorizationUrl({
      tenant: contoso,
      redirectUri,
      state: 's',
      nonce: 'n',
      challenge: pkce().challenge,
    });
    url.searchParams.delete('code_challenge');
    url.searchParams.delete('code_challenge_method');
    const { url: landed } = await newBrowser().navigate(url, { stopAt: redirectUri });
    const response = new URLSearchParams(landed.hash.slice(1));
    assert.equal(response.get('error'), 'invalid_request');
    assert.match(/** @type {string} */ (response.get('error_description')), /requires PKCE/);
  });
});

describe('the sign-in page', () => {
  test('without a hint, a person picks or types a user; the page is accessible and locked down', async () => {
    const { page } = await authorize(newBrowser(), { tenant: contoso, redirectUri });
    assert.ok(page);
    assert.equal(page.status, 200);
    assert.match(/** @type {string} */ (page.headers.get('content-security-policy')), /default-src 'none'/);
    // As Entra's: a popup that reaches this page is cut off from the window that opened it.
    assert.equal(page.headers.get('cross-origin-opener-policy'), 'same-origin');
    const html = await page.text();
    assert.match(html, /<title>Sign in to Contoso<\/title>/);
    assert.match(html, /<label for="username">/);
    assert.match(html, /<label for="password">/);
    assert.match(html, /Sign in as Ada Lovelace/);
    assert.doesNotMatch(html, /<script/);
  });

  test('typing a user and the password signs in; a wrong password says why', async () => {
    const browser = newBrowser();
    const { page, verifier } = await authorize(browser, { tenant: contoso, redirectUri });
    const action = /action="([^"]*\/login)"/.exec(await /** @type {Response} */ (page).text())?.[1];
    assert.ok(action);
    const post = (/** @type {string} */ password) =>
      browser.request(new URL(action, sandbox.origin), {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ username: 'Grace', password }).toString(),
      });

    const wrong = await post('nope');
    assert.equal(wrong.status, 401);
    assert.match(await wrong.text(), /role="alert">That is not Grace Hopper&#39;s password/);

    const right = await post('portico');
    assert.equal(right.status, 303);
    const { url } = await browser.navigate(new URL(/** @type {string} */ (right.headers.get('location')), sandbox.origin), { stopAt: redirectUri });
    const code = /** @type {string} */ (new URLSearchParams(url.hash.slice(1)).get('code'));
    const tokens = await (await redeemCode(browser, { tenant: contoso, code, verifier, redirectUri })).json();
    assert.equal(decodeJwt(tokens.id_token).name, 'Grace Hopper');
  });

  test('a hint naming nobody in the tenant is shown, escaped, with the demo users', async () => {
    const hint = '<img src=x onerror=alert(1)>@fabrikam.test';
    const { page } = await authorize(newBrowser(), { tenant: contoso, redirectUri, loginHint: hint });
    const html = await /** @type {Response} */ (page).text();
    assert.match(html, /is not a user of Contoso/);
    assert.doesNotMatch(html, /<img src=x/);
    assert.match(html, /&lt;img src=x onerror=alert\(1\)&gt;/);
  });

  test('prompt=select_account shows it even to a signed-in user, who may pick another', async () => {
    const browser = newBrowser();
    await signIn(browser, { tenant: contoso, redirectUri, loginHint: 'ada@contoso.test' });
    const { page, verifier } = await authorize(browser, {
      tenant: contoso,
      redirectUri,
      prompt: 'select_account',
    });
    assert.equal(page?.status, 200);
    const action = /action="([^"]*\/login)"/.exec(await /** @type {Response} */ (page).text())?.[1];
    const picked = await browser.request(new URL(/** @type {string} */ (action), sandbox.origin), {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ username: 'alan@contoso.test', password: 'portico' }).toString(),
    });
    const location = new URL(/** @type {string} */ (picked.headers.get('location')), sandbox.origin);
    const { url } = await browser.navigate(location, { stopAt: redirectUri });
    const code = /** @type {string} */ (new URLSearchParams(url.hash.slice(1)).get('code'));
    const tokens = await (await redeemCode(browser, { tenant: contoso, code, verifier, redirectUri })).json();
    assert.equal(decodeJwt(tokens.id_token).name, 'Alan Turing');
  });

  test('cancelling returns access_denied to the app', async () => {
    const browser = newBrowser();
    const { page } = await authorize(browser, { tenant: contoso, redirectUri });
    const action = /action="([^"]*\/abort)"/.exec(await /** @type {Response} */ (page).text())?.[1];
    const cancelled = await browser.request(new URL(/** @type {string} */ (action), sandbox.origin), {
      method: 'POST',
    });
    const { url } = await browser.navigate(new URL(/** @type {string} */ (cancelled.headers.get('location')), sandbox.origin), { stopAt: redirectUri });
    assert.equal(new URLSearchParams(url.hash.slice(1)).get('error'), 'access_denied');
  });
});

describe('sign-out', () => {
  test('RP-initiated logout with an ID token hint needs no click and ends the session', async () => {
    const browser = newBrowser();
    const tokens = await signIn(browser, { tenant: contoso, redirectUri, loginHint: 'ada@contoso.test' });
    const logout = new URL(`${contoso.issuer}/session/end`);
    logout.search = new URLSearchParams({
      id_token_hint: tokens.id_token,
      post_logout_redirect_uri: redirectUri,
      state: 'bye',
    }).toString();

    const confirmation = await browser.request(logout);
    assert.equal(confirmation.status, 200);
    // The page confirms by itself with its one inline script, which the CSP must allow by hash.
    const script = /<script>([^<]*)<\/script>/.exec(await confirmation.text())?.[1] ?? '';
    const hash = createHash('sha256').update(script).digest('base64');
    const csp = /** @type {string} */ (confirmation.headers.get('content-security-policy'));
    assert.ok(csp.includes(`script-src 'sha256-${hash}'`), csp);

    const { url } = await browser.navigate(logout, { stopAt: redirectUri });
    assert.equal(url.href, `${redirectUri}?state=bye`);
    const after = await authorize(browser, { tenant: contoso, redirectUri, prompt: 'none' });
    assert.equal(after.response.get('error'), 'login_required');
  });
});

describe('errors a developer can act on', () => {
  test('an unregistered redirect URI is named, with AADSTS50011 and the registered ones', async () => {
    const wrong = 'https://localhost:1/not-registered';
    const url = authorizationUrl({
      tenant: contoso,
      redirectUri: wrong,
      state: 's',
      nonce: 'n',
      challenge: pkce().challenge,
    });
    const response = await newBrowser().request(url);
    assert.equal(response.status, 400);
    assert.match(/** @type {string} */ (response.headers.get('content-type')), /^text\/html/);
    const html = await response.text();
    assert.match(html, /AADSTS50011/);
    assert.match(html, /The redirect URI &#39;https:\/\/localhost:1\/not-registered&#39; specified in the request does not match/);
    assert.match(html, /application &#39;portico-spa&#39;/);
    assert.ok(html.includes(`${sandbox.origin}/demo/`), 'lists the registered redirect URIs');
    assert.match(html, /extraRedirectUris/);
  });

  test('an unknown client id is named, with AADSTS700016', async () => {
    const url = authorizationUrl({
      tenant: fabrikam,
      redirectUri,
      clientId: 'no-such-app',
      state: 's',
      nonce: 'n',
      challenge: pkce().challenge,
    });
    const response = await newBrowser().request(url);
    assert.equal(response.status, 400);
    const html = await response.text();
    assert.match(html, /AADSTS700016/);
    assert.match(html, /Application with identifier &#39;no-such-app&#39; was not found in the directory &#39;Fabrikam&#39;/);
    assert.match(html, /portico-spa/);
  });

  test('a stale sign-in page says to start again', async () => {
    const response = await newBrowser().request(`${contoso.issuer}/interaction/unknown-uid`);
    assert.equal(response.status, 400);
    assert.match(await response.text(), /This sign-in has expired/);
  });
});
