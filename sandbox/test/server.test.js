// @ts-check
/**
 * The sandbox as a server: its certificate, its listeners, the demo portal and static files
 * (and that nothing outside them can be read), and a clean stop.
 */
import assert from 'node:assert/strict';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import https from 'node:https';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { X509Certificate } from 'node:crypto';
import { startSandbox } from '../index.js';
import { createBrowser } from '../testing/browser.js';

/** @type {import('../index.js').Sandbox} */
let sandbox;
/** @type {import('../testing/browser.js').Browser} */
let browser;
/** @type {string} */
let distDir;

before(async () => {
  distDir = await mkdtemp(join(tmpdir(), 'portico-dist-'));
  await mkdir(join(distDir, 'cdn'));
  await writeFile(join(distDir, 'cdn', 'portico.js'), 'export {};\n');
  await writeFile(join(distDir, 'cdn', 'redirect.html'), '<script type="module" src="./redirect.js"></script>\n');
  await writeFile(join(distDir, 'cdn', 'redirect.js'), "import './chunks/shared.js';\n");
  await mkdir(join(distDir, 'cdn', 'chunks'));
  await writeFile(join(distDir, 'cdn', 'chunks', 'shared.js'), 'export {};\n');
  sandbox = await startSandbox({ port: 0, quiet: true, distDir });
  browser = createBrowser({ ca: sandbox.certificate.cert });
});
after(async () => {
  await sandbox.stop();
  await rm(distDir, { recursive: true, force: true });
});

/**
 * A request whose path is sent exactly as written (fetch and URL would normalise `..` away).
 * @param {string} path
 * @param {string} [host]
 * @returns {Promise<{ status: number, body: string }>}
 */
function rawGet(path, host = '127.0.0.1') {
  return new Promise((resolve, reject) => {
    const port = new URL(sandbox.origin).port;
    https
      .get({ host, port, path, servername: 'localhost', ca: sandbox.certificate.cert, agent: false }, (response) => {
        let body = '';
        response.setEncoding('utf8');
        response.on('data', (chunk) => (body += chunk));
        response.on('end', () => resolve({ status: /** @type {number} */ (response.statusCode), body }));
      })
      .on('error', reject);
  });
}

describe('certificate and listeners', () => {
  test('the certificate covers every loopback name, and the SPKI hash is Chromium’s', async () => {
    const certificate = new X509Certificate(sandbox.certificate.cert);
    assert.equal(certificate.subjectAltName, 'DNS:localhost, IP Address:127.0.0.1, IP Address:0:0:0:0:0:0:0:1');
    assert.match(sandbox.certificate.spkiHash, /^[A-Za-z0-9+/]{43}=$/);
    assert.equal(sandbox.origin, `https://localhost:${new URL(sandbox.origin).port}`);
  });

  test('both 127.0.0.1 and ::1 answer, as Chromium may pick either for localhost', async (t) => {
    assert.equal((await rawGet('/api/health', '127.0.0.1')).status, 200);
    const ipv6 = await rawGet('/api/health', '::1').catch(() => undefined);
    if (!ipv6) return t.skip('no IPv6 loopback on this machine');
    assert.equal(ipv6.status, 200);
  });

  test('a given certificate is reused, and a taken port is reported clearly', async () => {
    const port = Number(new URL(sandbox.origin).port);
    await assert.rejects(startSandbox({ port, quiet: true, certificate: sandbox.certificate }), /Port \d+ is already in use.*--port/);
  });

  test('stop() closes keep-alive connections and frees the port', async () => {
    const other = await startSandbox({ port: 0, quiet: true, certificate: sandbox.certificate });
    const port = Number(new URL(other.origin).port);
    const agent = new https.Agent({ keepAlive: true, ca: other.certificate.cert });
    await new Promise((resolve, reject) => {
      https.get(`${other.origin}/api/health`, { agent }, (response) => response.resume().on('end', resolve)).on('error', reject);
    });

    await other.stop();
    agent.destroy();
    const server = net.createServer();
    await new Promise((resolve, reject) => server.once('error', reject).listen(port, '127.0.0.1', () => resolve(undefined)));
    await new Promise((resolve) => server.close(resolve));
  });
});

describe('the demo portal', () => {
  test('is served at / and /demo/ with its authorities and a strict CSP', async () => {
    for (const path of ['/', '/demo/']) {
      const response = await browser.request(`${sandbox.origin}${path}`);
      assert.equal(response.status, 200);
      assert.equal(response.headers.get('content-type'), 'text/html; charset=utf-8');
      const csp = /** @type {string} */ (response.headers.get('content-security-policy'));
      assert.match(csp, /default-src 'self'/);
      assert.match(csp, /script-src 'self'(;|$)/);
      assert.equal(response.headers.get('cache-control'), 'no-store');
      const html = await response.text();
      assert.match(html, /<title>Portico demo portal<\/title>/);
      assert.match(html, /<script type="module" src="\/dist\/cdn\/portico\.js"><\/script>/);
      assert.ok(html.includes(`authority="${sandbox.origin}/contoso"`));
      assert.ok(html.includes(`authority="${sandbox.origin}/fabrikam"`));
      // The console picks the signed-in developer's own key rather than sending one shared key.
      const consoleTag = /<portico-api-console[^>]*>/.exec(html)?.[0] ?? '';
      assert.match(consoleTag, /apim="apim-contoso"/);
      assert.match(consoleTag, new RegExp(`api-id="${sandbox.apim.apiId}"`));
      assert.doesNotMatch(consoleTag, /subscription-key=/);
      assert.doesNotMatch(html, /\{\{origin\}\}/);
      assert.doesNotMatch(html, /<script(?![^>]*\bsrc=)[^>]*>/, 'no inline scripts');
    }
  });

  test('its script and styles are served with their content types; /demo redirects', async () => {
    const script = await browser.request(`${sandbox.origin}/demo/demo.js`);
    assert.equal(script.headers.get('content-type'), 'text/javascript; charset=utf-8');
    const styles = await browser.request(`${sandbox.origin}/demo/demo.css`);
    assert.equal(styles.headers.get('content-type'), 'text/css; charset=utf-8');
    const bare = await browser.request(`${sandbox.origin}/demo`);
    assert.equal(bare.status, 301);
    assert.equal(bare.headers.get('location'), '/demo/');
  });

  test('asks for no favicon a browser would log as missing', async () => {
    const favicon = await browser.request(`${sandbox.origin}/favicon.ico`);
    assert.equal(favicon.status, 204);
  });
});

describe('static files', () => {
  test('dist/ and the redirect bridge are served from the build', async () => {
    const bundle = await browser.request(`${sandbox.origin}/dist/cdn/portico.js`);
    assert.equal(bundle.status, 200);
    assert.equal(bundle.headers.get('content-type'), 'text/javascript; charset=utf-8');
    assert.equal(bundle.headers.get('x-content-type-options'), 'nosniff');
    const bridge = await browser.request(`${sandbox.origin}/redirect.html`);
    assert.equal(bridge.status, 200);
    assert.match(/** @type {string} */ (bridge.headers.get('content-security-policy')), /script-src 'self'/);
    // The bridge's relative module URLs resolve against /redirect.html, so at the root.
    for (const module of ['/redirect.js', '/chunks/shared.js']) {
      const response = await browser.request(`${sandbox.origin}${module}`);
      assert.equal(response.status, 200, module);
      assert.equal(response.headers.get('content-type'), 'text/javascript; charset=utf-8');
    }
    assert.equal(sandbox.distAvailable, true);
  });

  test('missing files answer a plain 404', async () => {
    const response = await browser.request(`${sandbox.origin}/dist/cdn/nothing.js`);
    assert.equal(response.status, 404);
    assert.equal(response.headers.get('content-type'), 'text/plain; charset=utf-8');
  });

  test('paths cannot leave the served directories', async () => {
    for (const path of [
      '/dist/../package.json',
      '/dist/cdn/../../package.json',
      '/dist/%2e%2e/package.json',
      '/dist/..%2fpackage.json',
      '/dist/%2E%2E%2F%2E%2E%2Fpackage.json',
      '/dist/..%5c..%5cpackage.json',
      '/demo/../index.js',
      '/demo/%2e%2e%2fdirectory.js',
      '/demo/.%2e/directory.js',
      '/dist/cdn%00/portico.js',
      '/demo/%E0%A4%A',
    ]) {
      const { status, body } = await rawGet(path);
      assert.notEqual(status, 200, path);
      assert.doesNotMatch(body, /"name": "portico-widgets"|TENANTS/, path);
    }
  });

  test('without a build, dist/ answers 404 and the sandbox says so', async () => {
    const unbuilt = await startSandbox({
      port: 0,
      quiet: true,
      certificate: sandbox.certificate,
      distDir: join(distDir, 'missing'),
    });
    try {
      assert.equal(unbuilt.distAvailable, false);
      const response = await createBrowser({ ca: unbuilt.certificate.cert }).request(`${unbuilt.origin}/dist/cdn/portico.js`);
      assert.equal(response.status, 404);
    } finally {
      await unbuilt.stop();
    }
  });
});

test('--missing-chunk: the chunks it names answer 404, as on a portal hosting dist/cdn/ in part; the others are served', async () => {
  await writeFile(join(distDir, 'cdn', 'chunks', 'exchange-runner-Ab12Cd34.js'), 'export {};\n');
  const partial = await startSandbox({ port: 0, quiet: true, distDir, missingChunks: ['exchange-runner'] });
  try {
    const client = createBrowser({ ca: partial.certificate.cert });
    const missing = await client.request(`${partial.origin}/dist/cdn/chunks/exchange-runner-Ab12Cd34.js`);
    assert.equal(missing.status, 404);
    assert.match(await missing.text(), /--missing-chunk/);
    assert.equal((await client.request(`${partial.origin}/dist/cdn/chunks/shared.js`)).status, 200);
    assert.equal((await browser.request(`${sandbox.origin}/dist/cdn/chunks/exchange-runner-Ab12Cd34.js`)).status, 200, 'only when asked for');
  } finally {
    await partial.stop();
  }
});
