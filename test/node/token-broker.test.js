// @ts-check
/**
 * `portico-widgets/broker` against the sandbox's identity provider (oidc-provider, real client
 * credentials through msal-node): the happy path with a secret and with a certificate, each
 * refusal as a problem document, the cache and the coalescing of concurrent requests, clock skew,
 * a provider that is down or silent, malformed and oversized bodies, and forged caller tokens.
 * Every response and log line is also searched for the secret, the key and the callers' tokens.
 */
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import net from 'node:net';
import { after, before, describe, test } from 'node:test';
import { SignJWT, decodeJwt, decodeProtectedHeader, exportJWK, generateKeyPair } from 'jose';
import selfsigned from 'selfsigned';
import { loadBroker } from '../../sandbox/broker-source.js';
import { createHttpsFetch } from '../../sandbox/https-fetch.js';
import { startSandbox } from '../../sandbox/index.js';
import { createBrowser } from '../../sandbox/testing/browser.js';
import { signIn } from '../../sandbox/testing/oidc.js';

const SECRET = `secret-${randomBytes(24).toString('base64url')}`;
const PAGE = 'https://portal.example';
/** An issuer the test itself signs for (clock skew, expiry), served from memory by the test's fetch. */
const TEST_ISSUER = 'https://issuer.test/tenant';
const HANG_GUARD = { timeout: 60_000 }; // not an assertion: a hang fails the test instead of the run

/** @type {import('../../sandbox/index.js').Sandbox} */
let sandbox;
/** @type {typeof import('../../src/broker/index.js')} */
let brokerModule;
/** @type {{ cert: string, private: string }} */
let certificate;
/** @type {Record<'ada' | 'alan' | 'grace' | 'adaForTheApi', string>} */
const tokens = { ada: '', alan: '', grace: '', adaForTheApi: '' };
/** @type {{ privateKey: CryptoKey, jwk: import('jose').JWK }} */
let testIssuerKey;
/** Every text the broker produced: bodies, headers, log lines, error messages. */
const produced = [];
/** Requests the broker made to the provider's token endpoint. */
let tokenRequests = 0;

before(async () => {
  certificate = await selfsigned.generate([{ name: 'commonName', value: 'portico-broker' }], { keyType: 'rsa', keySize: 2048, algorithm: 'sha256' });
  sandbox = await startSandbox({ port: 0, quiet: true, brokerSecret: SECRET, brokerCertificate: certificate.cert });
  brokerModule = await loadBroker();
  const [contoso] = sandbox.tenants;
  const redirectUri = `${sandbox.origin}/`;
  /** @param {string} loginHint @param {string} scope */
  const tokenFor = async (loginHint, scope) =>
    (await signIn(createBrowser({ ca: sandbox.certificate.cert }), { tenant: contoso, redirectUri, loginHint, scope: `openid profile ${scope}` })).access_token;
  tokens.ada = await tokenFor('ada@contoso.test', sandbox.broker.callerScope);
  tokens.alan = await tokenFor('alan@contoso.test', sandbox.broker.callerScope);
  tokens.grace = await tokenFor('grace@contoso.test', sandbox.broker.callerScope);
  tokens.adaForTheApi = await tokenFor('ada@contoso.test', sandbox.api.scopes[0] ?? '');
  const { privateKey, publicKey } = await generateKeyPair('RS256');
  testIssuerKey = { privateKey, jwk: { ...(await exportJWK(publicKey)), kid: 'test-key', alg: 'RS256', use: 'sig' } };
});
after(() => sandbox.stop());

after(() => {
  // The secret, the certificate's key and the callers' tokens never left the broker.
  const everything = produced.join('\n');
  for (const [name, value] of Object.entries({ SECRET, privateKey: certificate.private, ...tokens })) {
    assert.ok(!everything.includes(value), `${name} appears in what the broker produced`);
  }
  assert.ok(produced.length > 50, 'the search covered the tests’ output');
});

/**
 * The sandbox's https fetch, counting token requests and serving the test issuer from memory.
 * @type {typeof fetch}
 */
const testFetch = async (input, init) => {
  const url = String(input instanceof Request ? input.url : input);
  if (url === `${TEST_ISSUER}/.well-known/openid-configuration`) return Response.json({ issuer: TEST_ISSUER, jwks_uri: `${TEST_ISSUER}/keys` });
  if (url === `${TEST_ISSUER}/keys`) return Response.json({ keys: [testIssuerKey.jwk] });
  if (url.startsWith(sandbox.tenants[0]?.tokenEndpoint ?? '-')) tokenRequests++;
  const fetch = createHttpsFetch({ ca: sandbox.certificate.cert });
  return fetch(url, /** @type {import('../../sandbox/https-fetch.js').HttpsFetchInit} */ (init));
};

/**
 * A broker on the sandbox's Contoso tenant, as the sandbox configures its own, with overrides.
 * @param {Partial<import('../../src/broker/index.js').TokenBrokerOptions>} [overrides]
 */
function broker(overrides = {}) {
  const logger = {
    /** @param {string} line */ warn: (line) => void logged.push(line),
    /** @param {string} line */ error: (line) => void logged.push(line),
  };
  /** @type {string[]} */
  const logged = [];
  const handler = brokerModule.createTokenBroker(
    /** @type {import('../../src/broker/index.js').TokenBrokerOptions} */ ({
      authority: sandbox.broker.authority,
      clientId: sandbox.broker.clientId,
      clientSecret: SECRET,
      apis: [{ scope: sandbox.broker.scope, roles: [sandbox.broker.callerRole] }],
      callers: { issuer: [...sandbox.tenants.map(({ issuer }) => issuer), TEST_ISSUER], audience: sandbox.broker.callerAudience },
      allowedOrigins: [PAGE],
      fetch: testFetch,
      logger,
      ...overrides,
    }),
  );
  /**
   * @param {{ token?: string, origin?: string | null, method?: string, body?: BodyInit, headers?: Record<string, string> }} [request]
   */
  async function call({ token = tokens.ada, origin = PAGE, method = 'POST', body, headers = {} } = {}) {
    const response = await handler(
      new Request('https://broker.example/token', {
        method,
        headers: { ...(origin ? { origin } : {}), ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers },
        ...(body === undefined ? {} : { body, duplex: 'half' }),
      }),
    );
    const text = await response.text();
    produced.push(text, JSON.stringify([...response.headers]), ...logged);
    return { status: response.status, headers: response.headers, text, json: () => JSON.parse(text) };
  }
  return { call, logged };
}

/**
 * @param {{ status: number, headers: Headers, json: () => any }} response
 * @param {number} status
 * @param {string} code
 */
function assertProblem(response, status, code) {
  assert.equal(response.status, status);
  assert.equal(response.headers.get('content-type'), 'application/problem+json');
  const problem = response.json();
  assert.equal(problem.code, code);
  assert.equal(problem.status, status);
  assert.equal(typeof problem.title, 'string');
  assert.equal(typeof problem.detail, 'string');
  assert.equal(typeof problem.type, 'string');
  return problem;
}

/**
 * A caller token from the test issuer, for the broker's audience unless told otherwise.
 * @param {{ nbf?: number, exp?: number, aud?: string, roles?: string[] }} claims seconds from now for nbf and exp
 */
function testIssuerToken({ nbf = 0, exp = 600, aud = sandbox.broker.callerAudience, roles = [sandbox.broker.callerRole] } = {}) {
  const now = Math.floor(Date.now() / 1000);
  return new SignJWT({ roles, oid: 'test-user' })
    .setProtectedHeader({ alg: 'RS256', kid: 'test-key', typ: 'JWT' })
    .setIssuer(TEST_ISSUER)
    .setAudience(aud)
    .setIssuedAt(now + Math.min(0, nbf))
    .setNotBefore(now + nbf)
    .setExpirationTime(now + exp)
    .sign(testIssuerKey.privateKey);
}

describe('the happy path', () => {
  test('a signed-in caller with the role gets an app-only token the API accepts', async () => {
    const response = await broker().call();
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('access-control-allow-origin'), PAGE);
    assert.equal(response.headers.get('cache-control'), 'no-store');
    const body = response.json();
    assert.deepEqual(Object.keys(body).sort(), ['access_token', 'expires_in', 'token_type']);
    assert.equal(body.token_type, 'Bearer');
    assert.ok(body.expires_in > 3000 && body.expires_in <= 3600, `expires_in ${body.expires_in}`);
    const claims = decodeJwt(body.access_token);
    assert.equal(claims.aud, sandbox.api.audience);
    assert.equal(claims.idtyp, 'app');
    const orders = await createBrowser({ ca: sandbox.certificate.cert }).request(`${sandbox.api.baseUrl}/orders`, {
      headers: { authorization: `Bearer ${body.access_token}` },
    });
    assert.equal(orders.status, 200);
  });

  test('the body may name the API by its scope, as JSON or as a form', async () => {
    const { call } = broker();
    const json = await call({ body: JSON.stringify({ scope: sandbox.broker.scope }), headers: { 'content-type': 'application/json' } });
    assert.equal(json.status, 200);
    const form = await call({ body: `scope=${encodeURIComponent(sandbox.broker.scope)}`, headers: { 'content-type': 'application/x-www-form-urlencoded' } });
    assert.equal(form.status, 200);
  });

  test('a certificate instead of a secret (private_key_jwt signed by msal-node)', async () => {
    const { call } = broker({
      clientId: sandbox.broker.certificateClientId,
      clientSecret: undefined,
      clientCertificate: { certificate: certificate.cert, privateKey: certificate.private },
    });
    const response = await call();
    assert.equal(response.status, 200);
    assert.equal(decodeJwt(response.json().access_token).azp, sandbox.broker.certificateClientId);
  });

  test('the sandbox’s own broker, through the node:http adapter', async () => {
    const client = createBrowser({ ca: sandbox.certificate.cert });
    const preflight = await client.request(sandbox.broker.url, {
      method: 'OPTIONS',
      headers: { origin: sandbox.origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization' },
    });
    assert.equal(preflight.status, 204);
    assert.equal(preflight.headers.get('access-control-allow-origin'), sandbox.origin);
    assert.match(preflight.headers.get('access-control-allow-headers') ?? '', /Authorization/);
    const response = await client.request(sandbox.broker.url, { method: 'POST', headers: { origin: sandbox.origin, authorization: `Bearer ${tokens.ada}` } });
    assert.equal(response.status, 200);
    const refused = await client.request(sandbox.broker.url, { method: 'POST', headers: { origin: sandbox.origin } });
    assert.equal(refused.status, 401);
    produced.push(await refused.text());
  });

  test('allowAnonymousCallers gives tokens without a caller token and warns once, at creation', async () => {
    const { call, logged } = broker({ callers: undefined, allowAnonymousCallers: true, apis: [{ scope: sandbox.broker.scope }] });
    assert.equal(logged.length, 1);
    assert.match(logged[0] ?? '', /allowAnonymousCallers.*local development only/);
    assert.equal((await call({ token: '' })).status, 200);
    assert.equal((await call({ token: '' })).status, 200);
    assert.equal(logged.length, 1);
  });
});

describe('refusals, each a problem document with its code', () => {
  test('no bearer token: 401 unauthenticated with a Bearer challenge', async () => {
    const response = await broker().call({ token: '' });
    assertProblem(response, 401, 'unauthenticated');
    assert.equal(response.headers.get('www-authenticate'), 'Bearer');
    assert.equal(response.headers.get('access-control-allow-origin'), PAGE, 'the page can read why');
  });

  test('a caller without the API’s app role: 403 caller-lacks-role', async () => {
    const { call } = broker();
    const problem = assertProblem(await call({ token: tokens.alan }), 403, 'caller-lacks-role');
    assert.match(problem.detail, /publishers/);
    assert.equal((await call({ token: tokens.grace })).status, 200);
  });

  test('a scope the broker is not configured for: 400 api-not-configured', async () => {
    const { call } = broker();
    const response = await call({ body: JSON.stringify({ scope: 'api://elsewhere/.default' }), headers: { 'content-type': 'application/json' } });
    assert.match(assertProblem(response, 400, 'api-not-configured').detail, /api:\/\/elsewhere\/\.default/);
  });

  test('several APIs and none named: 400 api-not-configured', async () => {
    const { call } = broker({ apis: [{ scope: sandbox.broker.scope }, { scope: 'https://graph.microsoft.com/.default' }] });
    assert.match(assertProblem(await call(), 400, 'api-not-configured').detail, /name one/);
  });

  test('an origin not allowed: 403 origin-not-allowed, without CORS headers, preflight included', async () => {
    const { call } = broker();
    const response = await call({ origin: 'https://evil.example' });
    assertProblem(response, 403, 'origin-not-allowed');
    assert.equal(response.headers.get('access-control-allow-origin'), null);
    const preflight = await call({ origin: 'https://evil.example', method: 'OPTIONS', token: '', headers: { 'access-control-request-method': 'POST' } });
    assertProblem(preflight, 403, 'origin-not-allowed');
    const allowed = await call({ method: 'OPTIONS', token: '', headers: { 'access-control-request-method': 'POST' } });
    assert.equal(allowed.status, 204);
    assert.equal(allowed.headers.get('access-control-allow-origin'), PAGE);
    assert.equal(allowed.headers.get('access-control-allow-methods'), 'POST, OPTIONS');
    assert.equal((await call({ origin: null })).status, 200, 'a server without Origin is no browser page');
  });

  test('too many requests from one caller: 429 rate-limited with Retry-After; other callers go on', async () => {
    const { call } = broker({ rateLimit: { requests: 2, perSeconds: 60 } });
    assert.equal((await call()).status, 200);
    assert.equal((await call()).status, 200);
    const limited = await call();
    assertProblem(limited, 429, 'rate-limited');
    assert.ok(Number(limited.headers.get('retry-after')) > 0);
    assert.equal((await call({ token: tokens.grace })).status, 200);
  });

  test('only POST: 405 method-not-allowed with Allow', async () => {
    const response = await broker().call({ method: 'GET' });
    assertProblem(response, 405, 'method-not-allowed');
    assert.equal(response.headers.get('allow'), 'POST, OPTIONS');
  });

  test('a wrong secret: 502 provider-refused naming the provider’s error, logged without the secret', async () => {
    const wrongSecret = `wrong-${SECRET}`;
    const { call, logged } = broker({ clientSecret: wrongSecret });
    const problem = assertProblem(await call(), 502, 'provider-refused');
    assert.match(problem.detail, /invalid_client/);
    assert.equal(logged.length, 1);
    assert.match(logged[0] ?? '', /provider-refused/);
    assert.ok(!produced.join('\n').includes(wrongSecret));
  });
});

describe('a provider that is down', () => {
  test('nothing listening: 502 provider-unreachable', HANG_GUARD, async () => {
    const closed = net.createServer();
    await new Promise((resolve) => closed.listen(0, '127.0.0.1', () => resolve(undefined)));
    const { port } = /** @type {net.AddressInfo} */ (closed.address());
    await new Promise((resolve) => closed.close(resolve));
    const { call, logged } = broker({ authority: `https://localhost:${port}/contoso` });
    const problem = assertProblem(await call(), 502, 'provider-unreachable');
    assert.match(problem.detail, new RegExp(`localhost:${port}`));
    assert.equal(logged.length, 1);
  });

  test('a provider that accepts the connection and never answers: 502 once the timeout passes', HANG_GUARD, async () => {
    /** @type {net.Socket[]} */
    const sockets = [];
    const silent = net.createServer((socket) => void sockets.push(socket));
    await new Promise((resolve) => silent.listen(0, '127.0.0.1', () => resolve(undefined)));
    const { port } = /** @type {net.AddressInfo} */ (silent.address());
    try {
      const { call } = broker({ authority: `https://localhost:${port}/contoso`, providerTimeoutMs: 300 });
      const problem = assertProblem(await call(), 502, 'provider-unreachable');
      assert.match(problem.detail, /300 ms/);
    } finally {
      for (const socket of sockets) socket.destroy();
      await new Promise((resolve) => silent.close(resolve));
    }
  });
});

describe('cache and coalescing', () => {
  test('50 simultaneous callers cause one token request; later ones reuse the cached token', async () => {
    const { call } = broker({ rateLimit: { requests: 100, perSeconds: 60 } });
    const before = tokenRequests;
    const responses = await Promise.all(Array.from({ length: 50 }, () => call()));
    assert.deepEqual([...new Set(responses.map(({ status }) => status))], [200]);
    assert.equal(new Set(responses.map((response) => response.json().access_token)).size, 1);
    assert.equal(tokenRequests - before, 1);
    assert.equal((await call({ token: tokens.grace })).status, 200);
    assert.equal(tokenRequests - before, 1);
  });

  test('a refusal is not cached: the next request asks the provider again', async () => {
    const { call } = broker({ clientSecret: `wrong-${SECRET}` });
    const before = tokenRequests;
    assert.equal((await call()).status, 502);
    assert.equal((await call()).status, 502);
    assert.equal(tokenRequests - before, 2);
  });
});

describe('the caller’s token', () => {
  test('clock skew: up to a minute early or late is tolerated, more is refused', async () => {
    const { call } = broker();
    assert.equal((await call({ token: await testIssuerToken({ nbf: 30 }) })).status, 200, 'issued by a clock 30 s ahead');
    assert.equal((await call({ token: await testIssuerToken({ exp: -30 }) })).status, 200, 'expired 30 s ago by our clock');
    assert.match(assertProblem(await call({ token: await testIssuerToken({ nbf: 120 }) }), 401, 'unauthenticated').detail, /not valid yet/);
    const tolerant = broker({ callers: { issuer: TEST_ISSUER, audience: sandbox.broker.callerAudience, clockToleranceSeconds: 300 } });
    assert.equal((await tolerant.call({ token: await testIssuerToken({ nbf: 120 }) })).status, 200);
  });

  test('expired: 401 with an invalid_token challenge', async () => {
    const response = await broker().call({ token: await testIssuerToken({ exp: -120 }) });
    assert.match(assertProblem(response, 401, 'unauthenticated').detail, /expired/);
    assert.match(response.headers.get('www-authenticate') ?? '', /^Bearer error="invalid_token"/);
  });

  test('signed with another key under the provider’s key id: 401', async () => {
    const { privateKey } = await generateKeyPair('RS256');
    const { kid } = decodeProtectedHeader(tokens.ada);
    const forged = await new SignJWT(decodeJwt(tokens.ada)).setProtectedHeader({ alg: 'RS256', kid, typ: 'at+jwt' }).sign(privateKey);
    assert.match(assertProblem(await broker().call({ token: forged }), 401, 'unauthenticated').detail, /signature/);
  });

  test('alg none: 401', async () => {
    const header = Buffer.from(JSON.stringify({ alg: 'none', typ: 'JWT' })).toString('base64url');
    const payload = tokens.ada.split('.')[1];
    assertProblem(await broker().call({ token: `${header}.${payload}.` }), 401, 'unauthenticated');
  });

  test('a token for another audience (the user’s token for the API itself): 401', async () => {
    const problem = assertProblem(await broker().call({ token: tokens.adaForTheApi }), 401, 'unauthenticated');
    assert.match(problem.detail, /another audience/);
  });

  test('from an issuer the broker does not trust, or not a JWT at all: 401', async () => {
    const { call } = broker({ callers: { issuer: sandbox.tenants[1]?.issuer ?? '', audience: sandbox.broker.callerAudience } });
    assert.match(assertProblem(await call(), 401, 'unauthenticated').detail, /issuer/);
    assertProblem(await call({ token: 'not-a-jwt' }), 401, 'unauthenticated');
  });
});

describe('request bodies', () => {
  test('not JSON, not an object, unknown members, another media type: 400 malformed-request', async () => {
    const { call } = broker();
    const json = { 'content-type': 'application/json' };
    for (const [body, headers] of /** @type {[string, Record<string, string>][]} */ ([
      ['{"scope":', json],
      ['["api://portico-sample/.default"]', json],
      ['{"scope": 42}', json],
      ['{"scope": "x", "clientSecret": "y"}', json],
      ['scope=x', { 'content-type': 'text/plain' }],
    ])) {
      assertProblem(await call({ body, headers }), 400, 'malformed-request');
    }
  });

  test('over the limit, declared or streamed: 413 request-too-large', async () => {
    const { call } = broker({ maxBodyBytes: 1024 });
    const big = JSON.stringify({ scope: 'x'.repeat(2000) });
    assertProblem(await call({ body: big, headers: { 'content-type': 'application/json' } }), 413, 'request-too-large');
    const stream = new ReadableStream({
      start(controller) {
        for (let i = 0; i < 100; i++) controller.enqueue(new TextEncoder().encode('x'.repeat(100)));
        controller.close();
      },
    });
    assertProblem(await call({ body: stream, headers: { 'content-type': 'application/json' } }), 413, 'request-too-large');
  });
});

describe('configuration', () => {
  test('a missing or wrong option throws a TypeError naming it, never the secret', () => {
    const base = { authority: sandbox.broker.authority, clientId: 'x', clientSecret: SECRET, apis: [{ scope: 'a/.default' }], allowedOrigins: [] };
    for (const [options, message] of /** @type {[object, RegExp][]} */ ([
      [{ ...base }, /callers is required/],
      [{ ...base, allowAnonymousCallers: true, apis: [{ scope: 'a/.default', roles: ['r'] }] }, /anonymous callers cannot hold/],
      [{ ...base, allowAnonymousCallers: true, authority: 'http://insecure.example' }, /authority must be an https URL/],
      [{ ...base, allowAnonymousCallers: true, allowedOrigins: ['https://portal.example/'] }, /allowedOrigins/],
      [
        { ...base, allowAnonymousCallers: true, clientCertificate: { certificate: certificate.cert, privateKey: certificate.private } },
        /exactly one of clientSecret and clientCertificate/,
      ],
      [
        { ...base, allowAnonymousCallers: true, clientSecret: undefined, clientCertificate: { certificate: certificate.cert, privateKey: 'nope' } },
        /privateKey/,
      ],
    ])) {
      assert.throws(
        () => brokerModule.createTokenBroker(/** @type {any} */ (options)),
        (/** @type {Error} */ error) => {
          produced.push(error.message);
          return error instanceof TypeError && message.test(error.message);
        },
      );
    }
  });
});
