// @ts-check
/**
 * The API Management developer data API stand-in, as the API Management developer portal (and
 * `ApimController`) talks to it: ID token for a shared access signature, unknown developers,
 * sign-up, products, subscriptions and keys; and the sample API taking exactly the keys of the
 * active subscriptions that cover it.
 */
import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import { after, before, test } from 'node:test';
import { startSandbox } from '../index.js';
import { createBrowser } from '../testing/browser.js';
import { signIn } from '../testing/oidc.js';

const VERSION = 'api-version=2022-04-01-preview';

/** @type {import('../index.js').Sandbox} */
let sandbox;
/** @type {import('../testing/browser.js').Browser} */
let browser;

before(async () => {
  sandbox = await startSandbox({ port: 0, quiet: true, apimSasLifetime: 4 });
  browser = createBrowser({ ca: sandbox.certificate.cert });
});
after(() => sandbox.stop());

/** @param {string} loginHint @param {string} [tenant] */
async function idTokenOf(loginHint, tenant = 'contoso') {
  const tokens = await signIn(createBrowser({ ca: sandbox.certificate.cert }), {
    tenant: /** @type {import('../oidc/tenant.js').TenantInfo} */ (sandbox.tenants.find(({ id }) => id === tenant)),
    redirectUri: `${sandbox.origin}/`,
    loginHint,
    scope: 'openid profile',
  });
  return tokens.id_token;
}

/** @param {string} path @param {{ method?: string, authorization?: string, body?: unknown, headers?: Record<string, string>, query?: string }} [init] */
function call(path, { method = 'GET', authorization, body, headers = {}, query = VERSION } = {}) {
  return browser.request(`${sandbox.apim.developerUrl}/developer${path}${query ? `?${query}` : ''}`, {
    method,
    headers: {
      origin: sandbox.origin,
      ...(authorization ? { authorization } : {}),
      ...(body ? { 'content-type': 'application/json' } : {}),
      ...headers,
    },
    ...(body ? { body: JSON.stringify(body) } : {}),
  });
}

/** @param {string} idToken */
async function exchange(idToken) {
  const response = await call('/identity', { authorization: `Aad id_token="${idToken}"` });
  return { response, sas: response.headers.get('ocp-apim-sas-token') ?? '', body: await response.json() };
}

/** @param {string} key */
function callSampleApi(key) {
  return browser.request(`${sandbox.api.baseUrl}/products`, { headers: { origin: sandbox.origin, 'ocp-apim-subscription-key': key } });
}

test('an ID token of a known developer comes back as a shared access signature, in the portal’s format', async () => {
  const { response, sas, body } = await exchange(await idTokenOf('ada'));
  assert.equal(response.status, 200);
  assert.match(sas, /^SharedAccessSignature token="([0-9a-f]{24})&(\d{12})&[A-Za-z0-9+/]+==",refresh="true"$/);
  assert.equal(body.id, /token="([0-9a-f]{24})&/.exec(sas)?.[1]);
  assert.equal(body.provider, 'Aad');
  assert.match(String(response.headers.get('access-control-expose-headers')), /Ocp-Apim-Sas-Token/i);
  const minute = /&(\d{12})&/.exec(sas)?.[1] ?? '';
  const expiry = Date.UTC(+minute.slice(0, 4), +minute.slice(4, 6) - 1, +minute.slice(6, 8), +minute.slice(8, 10), +minute.slice(10, 12));
  assert.ok(expiry > Date.now() && expiry <= Date.now() + 2 * 60_000, 'expiry is the minute after the lifetime ends');
});

test('every call needs the api-version the portal sends', async () => {
  const response = await call('/identity', { authorization: `Aad id_token="${await idTokenOf('ada')}"`, query: 'api-version=2021-08-01' });
  assert.equal(response.status, 400);
  assert.equal((await response.json()).error.code, 'InvalidApiVersionParameter');
});

test('an unknown developer gets a 401, signs up on request, and is known from then on', async () => {
  const idToken = await idTokenOf('margaret', 'fabrikam');
  assert.equal((await exchange(idToken)).response.status, 401);
  const claims = JSON.parse(Buffer.from(idToken.split('.')[1] ?? '', 'base64url').toString());
  const signUp = await call('/users', {
    method: 'POST',
    authorization: `Aad id_token="${idToken}"`,
    body: { firstName: 'Margaret', lastName: 'Hamilton', email: 'margaret@fabrikam.test', identities: [{ id: claims.oid, provider: 'Aad' }] },
  });
  assert.equal(signUp.status, 201);
  assert.match(String(signUp.headers.get('ocp-apim-sas-token')), /^SharedAccessSignature token="/);
  assert.equal((await exchange(idToken)).response.status, 200);
  const again = await call('/users', {
    method: 'POST',
    authorization: `Aad id_token="${idToken}"`,
    body: { firstName: 'M', lastName: 'H', email: 'm@h', identities: [{ id: claims.oid, provider: 'Aad' }] },
  });
  assert.equal(again.status, 409);
});

test('products, subscriptions and secrets; regenerating a key retires the old one at the sample API', async () => {
  const { sas, body } = await exchange(await idTokenOf('ada'));
  const user = `/users/${body.id}`;
  const products = await (await call(`${user}/products`, { authorization: sas })).json();
  // The data API's flat contracts: `id` the resource's name, `name` the display name.
  assert.deepEqual(
    products.value.map((/** @type {any} */ product) => [product.id, product.name, product.approvalRequired]),
    [
      ['starter', 'Starter', false],
      ['unlimited', 'Unlimited', true],
    ],
  );
  const forApi = await (await call(`${user}/apis/${sandbox.apim.apiId}/products`, { authorization: sas })).json();
  assert.equal(forApi.count, 2);
  const subscriptions = await (await call(`${user}/subscriptions`, { authorization: sas })).json();
  const starter = subscriptions.value.find((/** @type {any} */ item) => item.id === 'ada-starter');
  assert.equal(starter.name, 'Ada’s prototype');
  assert.equal(starter.state, 'active');
  assert.match(starter.scope, /^\/subscriptions\/.+\/service\/[^/]+\/products\/starter$/, 'a scope is the full resource path');
  const secrets = await (await call(`${user}/subscriptions/ada-starter/listSecrets`, { method: 'POST', authorization: sas })).json();
  assert.deepEqual([starter.primaryKey, starter.secondaryKey], [secrets.primaryKey, secrets.secondaryKey], 'the list carries the keys inline');
  assert.equal((await callSampleApi(secrets.primaryKey)).status, 200);
  assert.equal((await callSampleApi(secrets.secondaryKey)).status, 200);

  const regenerated = await call(`${user}/subscriptions/ada-starter/regeneratePrimaryKey`, { method: 'POST', authorization: sas });
  assert.equal(regenerated.status, 204);
  // The developer portal reads the new keys from the subscription itself.
  const fresh = await (await call(`${user}/subscriptions/ada-starter`, { authorization: sas })).json();
  assert.notEqual(fresh.primaryKey, secrets.primaryKey);
  assert.equal(fresh.secondaryKey, secrets.secondaryKey);
  assert.equal((await callSampleApi(secrets.primaryKey)).status, 401);
  assert.equal((await callSampleApi(fresh.primaryKey)).status, 200);
});

test('subscribing: Starter is active at once, Unlimited waits as submitted; rename and cancel need If-Match', async () => {
  const { sas, body } = await exchange(await idTokenOf('grace'));
  const user = `/users/${body.id}`;
  const starter = await call(`${user}/subscriptions/grace-new-starter`, {
    method: 'POST',
    authorization: sas,
    body: { scope: '/products/starter', name: 'New app' },
  });
  assert.equal(starter.status, 201);
  assert.equal((await starter.json()).state, 'active');
  const unlimited = await call(`${user}/subscriptions/grace-new-unlimited`, {
    method: 'POST',
    authorization: sas,
    body: { scope: '/products/unlimited', name: 'Big app' },
  });
  assert.equal((await unlimited.json()).state, 'submitted');
  const pending = await (await call(`${user}/subscriptions/grace-new-unlimited/listSecrets`, { method: 'POST', authorization: sas })).json();
  assert.equal((await callSampleApi(pending.primaryKey)).status, 401, 'a submitted subscription’s key does not work yet');

  assert.equal((await call(`${user}/subscriptions/grace-new-starter`, { method: 'PATCH', authorization: sas, body: { name: 'Renamed' } })).status, 428);
  const renamed = await call(`${user}/subscriptions/grace-new-starter`, {
    method: 'PATCH',
    authorization: sas,
    headers: { 'if-match': '*' },
    body: { name: 'Renamed' },
  });
  assert.equal((await renamed.json()).name, 'Renamed');
  const secrets = await (await call(`${user}/subscriptions/grace-new-starter/listSecrets`, { method: 'POST', authorization: sas })).json();
  assert.equal((await callSampleApi(secrets.primaryKey)).status, 200);
  const cancelled = await call(`${user}/subscriptions/grace-new-starter`, {
    method: 'PATCH',
    authorization: sas,
    headers: { 'if-match': '*' },
    body: { state: 'Cancelled' },
  });
  assert.equal((await cancelled.json()).state, 'cancelled');
  assert.equal((await callSampleApi(secrets.primaryKey)).status, 401);
});

test('a developer’s signature reaches only their own subscriptions', async () => {
  const ada = await exchange(await idTokenOf('ada'));
  const grace = await exchange(await idTokenOf('grace'));
  const response = await call(`/users/${grace.body.id}/subscriptions`, { authorization: ada.sas });
  assert.equal(response.status, 403);
});

test('a signature expires after its lifetime, and can be renewed with itself before that', async () => {
  const { sas, body } = await exchange(await idTokenOf('ada'));
  const renewed = await call('/identity', { authorization: sas });
  assert.equal(renewed.status, 200);
  const next = renewed.headers.get('ocp-apim-sas-token') ?? '';
  assert.notEqual(next, sas);
  await sleep(4100);
  const expired = await call(`/users/${body.id}/subscriptions`, { authorization: next });
  assert.equal(expired.status, 401);
  assert.equal((await call('/identity', { authorization: next })).status, 401);
});

test('the shared demo key is the active Demo portal subscription’s key; scopes that do not cover the sample API are refused', async () => {
  assert.equal((await callSampleApi(sandbox.api.subscriptionKey)).status, 200);
  const { sas, body } = await exchange(await idTokenOf('edsger', 'fabrikam'));
  const user = `/users/${body.id}`;
  const secretsOf = async (/** @type {string} */ id) =>
    (await (await call(`${user}/subscriptions/${id}/listSecrets`, { method: 'POST', authorization: sas })).json()).primaryKey;
  assert.equal((await callSampleApi(await secretsOf('edsger-all'))).status, 200);
  assert.equal((await callSampleApi(await secretsOf('edsger-inventory'))).status, 401);
  assert.equal((await callSampleApi(await secretsOf('edsger-expired'))).status, 401);
});
