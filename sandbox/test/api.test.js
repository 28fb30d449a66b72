// @ts-check
/**
 * The sample API as a client sees it: what succeeds, and how each
 * refusal explains itself (status, WWW-Authenticate, problem document), plus CORS.
 */
import assert from 'node:assert/strict';
import http from 'node:http';
import https from 'node:https';
import { setTimeout as sleep } from 'node:timers/promises';
import { after, before, describe, test } from 'node:test';
import { SignJWT, decodeJwt, generateKeyPair } from 'jose';
import { sampleApi } from '../api/api.js';
import { SAMPLE_API } from '../directory.js';
import { OPERATIONS } from '../api/operations.js';
import { createApimStore } from '../apim/store.js';
import { startSandbox } from '../index.js';
import { createBrowser } from '../testing/browser.js';
import { signIn } from '../testing/oidc.js';

/** @type {import('../index.js').Sandbox} */
let sandbox;
/** @type {import('../testing/browser.js').Browser} */
let browser;
/** @type {Record<string, { access_token: string, id_token: string }>} tokens by username */
const tokens = {};

const READ_WRITE = 'openid profile offline_access api://portico-sample/Orders.Read api://portico-sample/Orders.Write';

before(async () => {
  sandbox = await startSandbox({ port: 0, quiet: true });
  browser = createBrowser({ ca: sandbox.certificate.cert });
  const [contoso] = sandbox.tenants;
  const redirectUri = `${sandbox.origin}/`;
  tokens.ada = await signIn(createBrowser({ ca: sandbox.certificate.cert }), {
    tenant: contoso,
    redirectUri,
    loginHint: 'ada@contoso.test',
    scope: READ_WRITE,
  });
  tokens.alan = await signIn(createBrowser({ ca: sandbox.certificate.cert }), {
    tenant: contoso,
    redirectUri,
    loginHint: 'alan@contoso.test',
  });
  tokens.alanWriting = await signIn(createBrowser({ ca: sandbox.certificate.cert }), {
    tenant: contoso,
    redirectUri,
    loginHint: 'alan@contoso.test',
    scope: READ_WRITE,
  });
});
after(() => sandbox.stop());

/**
 * @param {string} path
 * @param {{ token?: string, method?: string, headers?: Record<string, string>, body?: string }} [options]
 */
function callApi(path, { token, method = 'GET', headers = {}, body } = {}) {
  return browser.request(`${sandbox.api.baseUrl}${path}`, {
    method,
    headers: { origin: sandbox.origin, ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers },
    body,
  });
}

describe('with a valid token', () => {
  test('GET /orders answers 200 with the orders', async () => {
    const response = await callApi('/orders', { token: tokens.alan.access_token });
    assert.equal(response.status, 200);
    const { value, count } = await response.json();
    assert.equal(count, value.length);
    assert.ok(value.some((/** @type {{ id: string }} */ order) => order.id === 'ord-1001'));
  });

  test('GET /orders/{id} finds one order, and says when there is none', async () => {
    assert.equal((await (await callApi('/orders/ord-1002', { token: tokens.alan.access_token })).json()).id, 'ord-1002');
    const missing = await callApi('/orders/ord-9', { token: tokens.alan.access_token });
    assert.equal(missing.status, 404);
    assert.equal(missing.headers.get('content-type'), 'application/problem+json; charset=utf-8');
  });

  test('POST /orders with Orders.Write places an order', async () => {
    const response = await callApi('/orders', {
      token: tokens.ada.access_token,
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ productId: 'prd-mug', quantity: 2 }),
    });
    assert.equal(response.status, 201);
    const order = await response.json();
    assert.equal(order.createdBy, 'Ada Lovelace');
    assert.equal(response.headers.get('location'), `${sandbox.api.baseUrl}/orders/${order.id}`);
  });

  test('POST /orders with an invalid body says what is wrong', async () => {
    const response = await callApi('/orders', {
      token: tokens.ada.access_token,
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ productId: 'prd-mug', quantity: 0 }),
    });
    assert.equal(response.status, 400);
    assert.match((await response.json()).detail, /quantity must be an integer/);
  });

  test('GET /admin/stats answers an admin', async () => {
    const response = await callApi('/admin/stats', { token: tokens.ada.access_token });
    assert.equal(response.status, 200);
    assert.ok((await response.json()).orders.total >= 3);
  });
});

describe('refusals explain themselves', () => {
  test('no token: 401 with a Bearer challenge naming the scope to ask for', async () => {
    const response = await callApi('/orders');
    assert.equal(response.status, 401);
    assert.equal(response.headers.get('www-authenticate'), 'Bearer realm="api://portico-sample", scope="api://portico-sample/Orders.Read"');
    assert.equal(response.headers.get('content-type'), 'application/problem+json; charset=utf-8');
    const problem = await response.json();
    assert.equal(problem.title, 'Missing access token');
    assert.equal(problem.expected.audience, 'api://portico-sample');
    assert.deepEqual(problem.expected.scopes, ['Orders.Read']);
  });

  test('an ID token (wrong audience): 401 invalid_token saying which audience was expected', async () => {
    const response = await callApi('/orders', { token: tokens.alan.id_token });
    assert.equal(response.status, 401);
    const challenge = /** @type {string} */ (response.headers.get('www-authenticate'));
    assert.match(
      challenge,
      /^Bearer realm="api:\/\/portico-sample", error="invalid_token", error_description="The token is for portico-spa, but this API is api:\/\/portico-sample\. That looks like an ID token/,
    );
    const problem = await response.json();
    assert.equal(problem.error, 'invalid_token');
    assert.equal(problem.received.aud, 'portico-spa');
    assert.equal(problem.expected.audience, 'api://portico-sample');
  });

  test('a token signed by someone else: 401 invalid_token', async () => {
    const { privateKey } = await generateKeyPair('RS256');
    const forged = await new SignJWT({ scp: 'Orders.Read' })
      .setProtectedHeader({ alg: 'RS256', kid: 'forged' })
      .setIssuer(sandbox.tenants[0].issuer)
      .setAudience('api://portico-sample')
      .setIssuedAt()
      .setExpirationTime('1h')
      .sign(privateKey);
    const response = await callApi('/orders', { token: forged });
    assert.equal(response.status, 401);
    assert.match(
      /** @type {string} */ (response.headers.get('www-authenticate')),
      /error="invalid_token", error_description="The token's signature does not verify/,
    );
  });

  test('an opaque token: 401 invalid_token saying it is not a JWT', async () => {
    const response = await callApi('/orders', { token: 'not-a-jwt' });
    assert.equal(response.status, 401);
    assert.match((await response.json()).detail, /not a JWT/);
  });

  test('a missing scope: 403 insufficient_scope naming it', async () => {
    const response = await callApi('/orders', {
      token: tokens.alan.access_token,
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ productId: 'prd-mug', quantity: 1 }),
    });
    assert.equal(response.status, 403);
    assert.match(/** @type {string} */ (response.headers.get('www-authenticate')), /error="insufficient_scope".*scope="api:\/\/portico-sample\/Orders\.Write"/);
    const problem = await response.json();
    assert.deepEqual(problem.expected.scopes, ['Orders.Write']);
    assert.equal(problem.received.scp, 'Orders.Read');
  });

  test('a missing role: 403 naming the role and the roles held', async () => {
    const response = await callApi('/admin/stats', { token: tokens.alan.access_token });
    assert.equal(response.status, 403);
    const problem = await response.json();
    assert.equal(problem.error, 'insufficient_scope');
    assert.deepEqual(problem.expected.roles, ['admins']);
    assert.deepEqual(problem.received.roles, ['readers']);
    assert.match(problem.detail, /does not have the app role admins/);
  });

  test('placing an order takes the publishers role: Orders.Write alone is not enough for a reader', async () => {
    const response = await callApi('/orders', {
      token: tokens.alanWriting.access_token,
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ productId: 'prd-mug', quantity: 1 }),
    });
    assert.equal(response.status, 403);
    const problem = await response.json();
    assert.deepEqual(problem.expected.roles, ['publishers']);
    assert.match(problem.detail, /does not have the app role publishers/);
  });

  test('unknown paths and methods answer 404 and 405', async () => {
    assert.equal((await callApi('/nothing')).status, 404);
    const wrongMethod = await callApi('/health', { method: 'DELETE' });
    assert.equal(wrongMethod.status, 405);
    assert.equal(wrongMethod.headers.get('allow'), 'GET, OPTIONS');
  });
});

describe('subscription keys, like API Management', () => {
  test('GET /products without a key: 401 with APIM’s message', async () => {
    const response = await callApi('/products');
    assert.equal(response.status, 401);
    assert.deepEqual(await response.json(), {
      statusCode: 401,
      message: 'Access denied due to missing subscription key. Make sure to include subscription key when making requests to an API.',
    });
  });

  test('a wrong key: 401 saying it is invalid', async () => {
    const response = await callApi('/products', { headers: { 'Ocp-Apim-Subscription-Key': 'guess' } });
    assert.equal(response.status, 401);
    assert.match((await response.json()).message, /invalid subscription key/);
  });

  test('the demo key works in the header and in the query', async () => {
    assert.equal((await callApi('/products', { headers: { 'Ocp-Apim-Subscription-Key': sandbox.api.subscriptionKey } })).status, 200);
    assert.equal((await callApi(`/products?subscription-key=${sandbox.api.subscriptionKey}`)).status, 200);
  });

  test('/health needs neither token nor key', async () => {
    assert.equal((await callApi('/health')).status, 200);
  });
});

test('/redirect sends clients to another origin, which a client carrying a key must not follow', async () => {
  const response = await callApi('/redirect');
  assert.equal(response.status, 307);
  const location = new URL(response.headers.get('location') ?? '');
  assert.notEqual(location.origin, sandbox.origin);
  assert.equal(location.pathname, '/api/echo');
});

describe('CORS', () => {
  test('a preflight from a loopback origin is allowed, with the headers portals send', async () => {
    const response = await callApi('/orders', {
      method: 'OPTIONS',
      headers: {
        origin: 'https://localhost:8765',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'authorization, content-type',
      },
    });
    assert.equal(response.status, 204);
    assert.equal(response.headers.get('access-control-allow-origin'), 'https://localhost:8765');
    assert.equal(response.headers.get('access-control-allow-methods'), 'GET, POST, OPTIONS');
    assert.equal(response.headers.get('access-control-allow-headers'), 'Authorization, Content-Type, Ocp-Apim-Subscription-Key, X-Partner-Key');
    assert.equal(response.headers.get('vary'), 'Origin');
  });

  test('responses, refusals included, let the page read WWW-Authenticate', async () => {
    const response = await callApi('/orders');
    assert.equal(response.headers.get('access-control-allow-origin'), sandbox.origin);
    assert.match(/** @type {string} */ (response.headers.get('access-control-expose-headers')), /WWW-Authenticate/);
  });

  test('other origins get no CORS headers', async () => {
    const response = await callApi('/health', { headers: { origin: 'https://evil.example' } });
    assert.equal(response.headers.get('access-control-allow-origin'), null);
    assert.equal(response.headers.get('vary'), 'Origin');
  });
});

describe('the OpenAPI document', () => {
  test('describes every operation with its security', async () => {
    const response = await browser.request(sandbox.api.openApiUrl);
    assert.equal(response.status, 200);
    const document = await response.json();
    assert.equal(document.openapi, '3.2.0');
    assert.equal(document.servers[0].url, sandbox.api.baseUrl);
    const operations = Object.values(document.paths).flatMap((methods) => Object.values(/** @type {object} */ (methods)));
    assert.deepEqual(operations.map((operation) => operation.operationId).sort(), [
      'alwaysFail',
      'createOrder',
      'echoBody',
      'echoRequest',
      'getAdminStats',
      'getBasicAccount',
      'getHealth',
      'getHtml',
      'getLarge',
      'getOrder',
      'getOrderReport',
      'getSlow',
      'getVersion',
      'getWithoutCors',
      'listOrders',
      'listPartnerOrders',
      'listProducts',
      'listStreams',
      'redirectElsewhere',
      'streamOrderEvents',
      'streamOrderLines',
      'uploadFiles',
    ]);
    assert.deepEqual(document.paths['/orders'].get.security, [
      { contoso: ['api://portico-sample/Orders.Read'] },
      { fabrikam: ['api://portico-sample/Orders.Read'] },
    ]);
    assert.deepEqual(document.paths['/products'].get.security, [{ subscriptionKeyHeader: [] }, { subscriptionKeyQuery: [] }]);
    assert.deepEqual(document.paths['/health'].get.security, []);
    assert.deepEqual(Object.keys(document.webhooks), ['orderStatusChanged', 'orderPlaced']);
    assert.equal(document.paths['/events'].get.responses[200].content['text/event-stream'].itemSchema.$ref, '#/components/schemas/OrderEvent');
    assert.ok(document.paths['/orders'].post.requestBody.content['application/json'].examples.beans);
    assert.equal(document.components.securitySchemes.contoso.openIdConnectUrl, sandbox.tenants[0].discoveryUrl);
  });
});

describe('expiry', () => {
  test('an expired token: 401 invalid_token saying when it expired', async () => {
    const shortLived = await startSandbox({
      port: 0,
      quiet: true,
      accessTokenLifetime: 1,
      certificate: sandbox.certificate,
    });
    try {
      const client = createBrowser({ ca: shortLived.certificate.cert });
      const { access_token } = await signIn(createBrowser({ ca: shortLived.certificate.cert }), {
        tenant: shortLived.tenants[0],
        redirectUri: `${shortLived.origin}/`,
        loginHint: 'alan@contoso.test',
      });
      const { exp } = decodeJwt(access_token);
      await sleep(Math.max(0, /** @type {number} */ (exp) * 1000 - Date.now()) + 50);

      const response = await client.request(`${shortLived.api.baseUrl}/orders`, {
        headers: { authorization: `Bearer ${access_token}` },
      });
      assert.equal(response.status, 401);
      assert.match(/** @type {string} */ (response.headers.get('www-authenticate')), /error="invalid_token", error_description="The token expired at /);
      const problem = await response.json();
      assert.equal(problem.received.exp, exp);
      assert.equal(problem.received.expiresAt, new Date(/** @type {number} */ (exp) * 1000).toISOString());
    } finally {
      await shortLived.stop();
    }
  });
});

describe('the operation table', () => {
  test('a new row is routed, documented, and may answer without CORS', async () => {
    /** @type {import('../api/operations.js').Operation} */
    const legacy = {
      method: 'GET',
      path: '/legacy/{name}',
      operationId: 'getLegacy',
      summary: 'An old endpoint that never learnt CORS',
      tags: ['Status'],
      cors: false,
      responses: { 200: { description: 'Plain text.' } },
      handle: ({ params }) => ({ body: `hello ${params.name}`, contentType: 'text/plain; charset=utf-8' }),
    };
    const handle = sampleApi({
      origin: 'http://localhost',
      tenants: [],
      fetch: () => Promise.reject(new Error('no tokens here')),
      apim: createApimStore(),
      operations: [...OPERATIONS, legacy],
    });
    const server = http.createServer((req, res) => void handle(req, res));
    await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
    const base = `http://127.0.0.1:${/** @type {import('node:net').AddressInfo} */ (server.address()).port}/api`;
    try {
      const headers = { origin: 'https://localhost:8765' };
      const response = await fetch(`${base}/legacy/world`, { headers });
      assert.equal(response.status, 200);
      assert.equal(await response.text(), 'hello world');
      assert.equal(response.headers.get('access-control-allow-origin'), null);

      const preflight = await fetch(`${base}/legacy/world`, {
        method: 'OPTIONS',
        headers: { ...headers, 'access-control-request-method': 'GET' },
      });
      assert.equal(preflight.headers.get('access-control-allow-origin'), null);

      const document = await (await fetch(`${base}/openapi.json`)).json();
      assert.equal(document.paths['/legacy/{name}'].get.operationId, 'getLegacy');
      assert.deepEqual(document.paths['/legacy/{name}'].get.parameters, [{ name: 'name', in: 'path', required: true, schema: { type: 'string' } }]);
    } finally {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
  });
});

describe('streams', () => {
  test('server-sent events arrive one by one, paced, and stop with the client', async () => {
    const controller = new AbortController();
    const response = await fetchStreaming(`${sandbox.api.baseUrl}/events?count=3&interval=200`, controller.signal);
    assert.equal(response.headers['content-type'], 'text/event-stream');
    const chunks = [];
    for await (const chunk of response) {
      chunks.push(String(chunk));
      if (chunks.join('').includes('"id":2')) break;
    }
    const text = chunks.join('');
    assert.match(text, /^: order events follow\n\nid: 1\nevent: order-status\ndata: \{"id":1,"order":"ord-1001","status":"placed"\}\n\n/);
    assert.ok(chunks.length >= 2, 'the events came in separate chunks');
    controller.abort();
    const log = async () => (await (await callApi('/events/log')).json()).value.at(-1);
    for (let tries = 0; (await log()).ended === null && tries < 50; tries += 1) await sleep(20);
    assert.deepEqual(await log(), { path: '/events', sent: 2, ended: 'client-gone' });
  });

  test('the log tells a stream that ran to its end', async () => {
    await (await callApi('/events/lines?count=2&interval=0')).text();
    assert.deepEqual((await (await callApi('/events/log')).json()).value.at(-1), { path: '/events/lines', sent: 2, ended: 'finished' });
  });

  test('NDJSON sends one object per line, and checks its parameters', async () => {
    const response = await callApi('/events/lines?count=2&interval=0');
    assert.equal(response.headers.get('content-type'), 'application/x-ndjson');
    const lines = (await response.text())
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    assert.deepEqual(
      lines.map(({ id, status }) => [id, status]),
      [
        [1, 'placed'],
        [2, 'paid'],
      ],
    );
    assert.equal((await callApi('/events?count=0')).status, 400);
  });
});

/**
 * A GET whose body is read as it arrives (the https fetch of the tests buffers whole bodies).
 * @param {string} url
 * @param {AbortSignal} signal
 * @returns {Promise<import('node:http').IncomingMessage>}
 */
function fetchStreaming(url, signal) {
  return new Promise((resolve, reject) => {
    https.get(url, { ca: sandbox.certificate.cert, signal }, resolve).on('error', (error) => (signal.aborted ? undefined : reject(error)));
  });
}

describe('uploads', () => {
  test('a multipart form is echoed part by part: names, file names, types and sizes', async () => {
    const form = new FormData();
    form.append('title', 'Holiday');
    form.append('attachments', new Blob(['abc'], { type: 'text/plain' }), 'a.txt');
    form.append('attachments', new Blob([new Uint8Array(5)], { type: 'application/octet-stream' }), 'b.bin');
    const request = new Request('http://local/', { method: 'POST', body: form });
    const response = await callApi('/uploads', {
      method: 'POST',
      headers: { 'content-type': /** @type {string} */ (request.headers.get('content-type')) },
      body: Buffer.from(await request.arrayBuffer()).toString('latin1'),
    });
    assert.equal(response.status, 200);
    const { body } = await response.json();
    assert.deepEqual(body, {
      contentType: 'multipart/form-data',
      parts: [
        { name: 'title', value: 'Holiday' },
        { name: 'attachments', filename: 'a.txt', type: 'text/plain', size: 3 },
        { name: 'attachments', filename: 'b.bin', type: 'application/octet-stream', size: 5 },
      ],
    });
  });
});

describe('an operation needing a key and a token', () => {
  const key = () => ({ [SAMPLE_API.subscriptionKeyHeader]: sandbox.api.subscriptionKey });

  test('the gateway checks the key first, then the token', async () => {
    const withoutKey = await callApi('/reports/orders', { token: tokens.ada?.access_token });
    assert.equal(withoutKey.status, 401);
    assert.match(JSON.stringify(await withoutKey.json()), /subscription key/i);
    const withoutToken = await callApi('/reports/orders', { headers: key() });
    assert.equal(withoutToken.status, 401);
    assert.match(withoutToken.headers.get('www-authenticate') ?? '', /^Bearer /);
    const both = await callApi('/reports/orders', { token: tokens.ada?.access_token, headers: key() });
    assert.equal(both.status, 200);
    assert.equal(typeof (await both.json()).byProduct, 'object');
  });

  test('its description pairs every token with every key location', async () => {
    const document = await (await browser.request(sandbox.api.openApiUrl)).json();
    const security = document.paths['/reports/orders'].get.security;
    assert.equal(security.length, sandbox.tenants.length * 2);
    assert.ok(security.every((/** @type {object} */ requirement) => Object.keys(requirement).length === 2));
  });
});

describe('an operation needing a partner’s API key and a token', () => {
  const partner = (key = sandbox.api.partnerKey) => ({ [sandbox.api.partnerKeyHeader]: key });

  test('the key is checked first, then the token; both: 200', async () => {
    const withoutKey = await callApi('/partner/orders', { token: tokens.ada?.access_token });
    assert.equal(withoutKey.status, 401);
    assert.match((await withoutKey.json()).detail, /X-Partner-Key header is missing/);
    const wrongKey = await callApi('/partner/orders', { token: tokens.ada?.access_token, headers: partner('guess') });
    assert.equal(wrongKey.status, 401);
    assert.doesNotMatch(JSON.stringify(await wrongKey.json()), new RegExp(sandbox.api.partnerKey));
    const withoutToken = await callApi('/partner/orders', { headers: partner() });
    assert.equal(withoutToken.status, 401);
    assert.match(withoutToken.headers.get('www-authenticate') ?? '', /^Bearer /);
    const both = await callApi('/partner/orders', { token: tokens.ada?.access_token, headers: partner() });
    assert.equal(both.status, 200);
    assert.ok((await both.json()).count > 0);
  });

  test('its description asks for the key with each tenant’s token', async () => {
    const document = await (await browser.request(sandbox.api.openApiUrl)).json();
    assert.deepEqual(document.paths['/partner/orders'].get.security, [
      { contoso: ['api://portico-sample/Orders.Read'], partnerKey: [] },
      { fabrikam: ['api://portico-sample/Orders.Read'], partnerKey: [] },
    ]);
    assert.deepEqual(document.components.securitySchemes.partnerKey, {
      type: 'apiKey',
      in: 'header',
      name: 'X-Partner-Key',
      description: 'A partner’s own API key.',
    });
  });
});

describe('an operation needing HTTP basic', () => {
  const basic = (pair = `${sandbox.api.basicUsername}:${sandbox.api.basicPassword}`) => ({ authorization: `Basic ${Buffer.from(pair).toString('base64')}` });

  test('the right username and password: 200 with the username; anything else: 401 without a Basic challenge', async () => {
    const ok = await callApi('/partner/me', { headers: basic() });
    assert.equal(ok.status, 200);
    assert.deepEqual(await ok.json(), { username: sandbox.api.basicUsername });
    for (const headers of [{}, basic(`${sandbox.api.basicUsername}:wrong`), basic('nobody'), { authorization: `Bearer ${tokens.ada?.access_token}` }]) {
      const refused = await callApi('/partner/me', { headers });
      assert.equal(refused.status, 401);
      // A Basic challenge would make a browser pop up its own login dialog over the portal.
      assert.equal(refused.headers.get('www-authenticate'), null);
    }
  });

  test('its description names the basic scheme', async () => {
    const document = await (await browser.request(sandbox.api.openApiUrl)).json();
    assert.deepEqual(document.paths['/partner/me'].get.security, [{ basicAuth: [] }]);
    assert.deepEqual(document.components.securitySchemes.basicAuth, { type: 'http', scheme: 'basic' });
  });
});

describe('an operation served under each version', () => {
  test('each version answers under its own path; another is not found', async () => {
    for (const version of sandbox.api.versions) {
      const response = await callApi(`/${version}/about`);
      assert.equal(response.status, 200);
      assert.deepEqual(await response.json(), { version });
    }
    assert.equal((await callApi('/v3/about')).status, 404);
    assert.equal((await callApi('/about')).status, 404);
  });

  test('its description has a server with a version variable, the newest by default', async () => {
    const document = await (await browser.request(sandbox.api.openApiUrl)).json();
    assert.deepEqual(document.paths['/about'].get.servers, [
      {
        url: `${sandbox.api.baseUrl}/{version}`,
        description: 'One version of the API.',
        variables: { version: { default: 'v2', enum: ['v1', 'v2'], description: 'The API version.' } },
      },
    ]);
    assert.deepEqual(document.paths['/about'].get.security, []);
  });
});
