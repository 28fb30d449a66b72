// @ts-check
/**
 * The operations that misbehave on purpose (slow, large, hostile HTML, failing, without CORS,
 * echoing) and the header recorder on a second origin: what an API console is tested against.
 */
import assert from 'node:assert/strict';
import https from 'node:https';
import { after, before, describe, test } from 'node:test';
import { HOSTILE_MARKUP } from '../api/operations.js';
import { startSandbox } from '../index.js';
import { createBrowser } from '../testing/browser.js';

/** @type {import('../index.js').Sandbox} */
let sandbox;
/** @type {import('../testing/browser.js').Browser} */
let browser;
const PAGE_ORIGIN = 'https://localhost:8765';

before(async () => {
  sandbox = await startSandbox({ port: 0, quiet: true, recorderPort: 0 });
  browser = createBrowser({ ca: sandbox.certificate.cert });
});
after(() => sandbox.stop());

/**
 * @param {string} path
 * @param {{ method?: string, headers?: Record<string, string> }} [init]
 */
function callApi(path, { method = 'GET', headers = {} } = {}) {
  return browser.request(`${sandbox.api.baseUrl}${path}`, { method, headers: { origin: PAGE_ORIGIN, ...headers } });
}

/** @param {string} url */
function recorderUrl(url) {
  return `${/** @type {NonNullable<typeof sandbox.recorder>} */ (sandbox.recorder).origin}${url}`;
}

describe('slow', () => {
  test('answers after the delay asked for', async () => {
    const started = Date.now();
    const response = await callApi('/slow?ms=300');
    assert.equal(response.status, 200);
    assert.deepEqual(await response.json(), { waited: 300 });
    assert.ok(Date.now() - started >= 290, 'answered too early');
  });

  test('refuses delays it will not wait for', async () => {
    assert.equal((await callApi('/slow?ms=600001')).status, 400);
    assert.equal((await callApi('/slow?ms=soon')).status, 400);
  });

  test('a client that gives up is not answered and does not break the server', async () => {
    await new Promise((resolve, reject) => {
      const request = https.get(`${sandbox.api.baseUrl}/slow?ms=5000`, { ca: sandbox.certificate.cert }, () =>
        reject(new Error('answered a client that had gone')),
      );
      request.on('error', () => resolve(undefined));
      setTimeout(() => request.destroy(), 100);
    });
    assert.equal((await callApi('/health')).status, 200);
  });
});

describe('large', () => {
  test('streams exactly the megabytes asked for, as valid JSON', async () => {
    const response = await callApi('/large?mb=2');
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('content-type'), 'application/json; charset=utf-8');
    assert.equal(response.headers.get('content-length'), String(2 * 1024 * 1024));
    const text = await response.text();
    assert.equal(Buffer.byteLength(text), 2 * 1024 * 1024);
    const { items } = JSON.parse(text);
    assert.ok(items.length > 10_000);
    assert.equal(items[1].id, 1);
  });

  test('or as plain text', async () => {
    const response = await callApi('/large?mb=1&format=text');
    assert.equal(response.headers.get('content-type'), 'text/plain; charset=utf-8');
    assert.equal(Buffer.byteLength(await response.text()), 1024 * 1024);
  });

  test('refuses sizes and formats it does not make', async () => {
    assert.equal((await callApi('/large?mb=0')).status, 400);
    assert.equal((await callApi('/large?mb=1&format=xml')).status, 400);
  });
});

describe('hostile HTML', () => {
  test('answers HTML with script in it, which a browser opening it directly never runs', async () => {
    const response = await callApi('/html');
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('content-type'), 'text/html; charset=utf-8');
    assert.equal(response.headers.get('content-security-policy'), "default-src 'none'; sandbox");
    assert.ok((await response.text()).includes(HOSTILE_MARKUP));
  });

  test('its description in the OpenAPI document carries the same markup', async () => {
    const document = await (await browser.request(sandbox.api.openApiUrl)).json();
    assert.ok(document.paths['/html'].get.description.includes(HOSTILE_MARKUP));
  });
});

describe('failing and CORS-less operations', () => {
  test('/fail answers 500 with a problem document', async () => {
    const response = await callApi('/fail');
    assert.equal(response.status, 500);
    assert.equal((await response.json()).title, 'Internal server error');
    assert.equal(response.headers.get('access-control-allow-origin'), PAGE_ORIGIN);
  });

  test('/no-cors answers, but with no CORS header, even to a preflight', async () => {
    const response = await callApi('/no-cors');
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('access-control-allow-origin'), null);
    const preflight = await callApi('/no-cors', {
      method: 'OPTIONS',
      headers: { 'access-control-request-method': 'GET', 'access-control-request-headers': 'authorization' },
    });
    assert.equal(preflight.headers.get('access-control-allow-origin'), null);
  });
});

describe('echo', () => {
  test('answers the headers and query it received', async () => {
    const response = await callApi('/echo?a=1', {
      headers: { authorization: 'Bearer abc', 'ocp-apim-subscription-key': 'k' },
    });
    assert.equal(response.status, 200);
    const echo = await response.json();
    assert.equal(echo.method, 'GET');
    assert.deepEqual(echo.query, { a: '1' });
    assert.equal(echo.headers.authorization, 'Bearer abc');
    assert.equal(echo.headers['ocp-apim-subscription-key'], 'k');
  });
});

describe('the second origin, for the demo portal', () => {
  test('the demo page may fetch from it, names it, and the description sends getWithoutCors there', async () => {
    const recorder = /** @type {NonNullable<typeof sandbox.recorder>} */ (sandbox.recorder);
    const page = await browser.request(`${sandbox.origin}/`);
    const csp = /** @type {string} */ (page.headers.get('content-security-policy'));
    assert.match(csp, new RegExp(`connect-src 'self' ${recorder.origin}(;|$)`));
    assert.ok((await page.text()).includes(`${recorder.origin}/anything`));
    const description = await (await browser.request(sandbox.api.openApiUrl)).json();
    assert.deepEqual(description.paths['/no-cors'].get.servers, [{ url: `${recorder.origin}/api` }]);
    assert.equal(description.paths['/orders'].get.servers, undefined);
  });

  test('answers /api/no-cors without CORS headers, and is where /redirect leads', async () => {
    const recorder = /** @type {NonNullable<typeof sandbox.recorder>} */ (sandbox.recorder);
    const answer = await browser.request(recorderUrl('/api/no-cors'), { headers: { origin: sandbox.origin } });
    assert.equal(answer.status, 200);
    assert.equal(answer.headers.get('access-control-allow-origin'), null);
    const redirect = await callApi('/redirect');
    assert.equal(redirect.headers.get('location'), `${recorder.origin}/api/echo`);
  });
});

describe('the header recorder, on a second origin', () => {
  test('is on another port of loopback', () => {
    const recorder = /** @type {NonNullable<typeof sandbox.recorder>} */ (sandbox.recorder);
    assert.match(recorder.origin, /^https:\/\/localhost:\d+$/);
    assert.notEqual(recorder.origin, sandbox.origin);
    assert.equal(recorder.recordedUrl, `${recorder.origin}/recorded`);
  });

  test('records the headers of each request, lists them, and forgets them on DELETE', async () => {
    await browser.request(recorderUrl('/recorded'), { method: 'DELETE' });
    await browser.request(recorderUrl('/anything?x=1'), {
      method: 'POST',
      headers: { origin: PAGE_ORIGIN, authorization: 'Bearer abc', 'x-custom': 'yes' },
      body: 'ignored',
    });
    const recorded = await (await browser.request(recorderUrl('/recorded'))).json();
    assert.equal(recorded.length, 1);
    assert.equal(recorded[0].method, 'POST');
    assert.equal(recorded[0].path, '/anything');
    assert.equal(recorded[0].headers.authorization, 'Bearer abc');
    assert.equal(recorded[0].headers['x-custom'], 'yes');
    await browser.request(recorderUrl('/recorded'), { method: 'DELETE' });
    assert.deepEqual(await (await browser.request(recorderUrl('/recorded'))).json(), []);
  });

  test('lets loopback pages send any header, so a missing header was never sent', async () => {
    const preflight = await browser.request(recorderUrl('/anything'), {
      method: 'OPTIONS',
      headers: {
        origin: PAGE_ORIGIN,
        'access-control-request-method': 'GET',
        'access-control-request-headers': 'authorization, ocp-apim-subscription-key',
      },
    });
    assert.equal(preflight.status, 204);
    assert.equal(preflight.headers.get('access-control-allow-origin'), PAGE_ORIGIN);
    assert.equal(preflight.headers.get('access-control-allow-headers'), 'authorization, ocp-apim-subscription-key');
    const recorded = await (await browser.request(recorderUrl('/recorded'))).json();
    assert.equal(recorded.length, 0, 'preflights are not recorded');
  });

  test('is not started unless asked for', async () => {
    const plain = await startSandbox({ port: 0, quiet: true, certificate: sandbox.certificate });
    try {
      assert.equal(plain.recorder, null);
    } finally {
      await plain.stop();
    }
  });
});
