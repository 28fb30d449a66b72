// @ts-check
/**
 * The token broker guide's examples (examples/, shown in docs/token-broker.md) are type-checked
 * against the broker's source, and run against the sandbox's provider: the Express server as a
 * process of its own, the Azure Functions handler called as the Functions host would.
 */
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { startSandbox } from '../../sandbox/index.js';
import { createBrowser } from '../../sandbox/testing/browser.js';
import { signIn } from '../../sandbox/testing/oidc.js';

const OUT_DIR = join(process.cwd(), 'node_modules', '.cache', 'portico-examples');
const SECRET = 'examples-test-secret-0123456789';
const PORTAL = 'https://portal.example';

/** @type {import('../../sandbox/index.js').Sandbox} */
let sandbox;
let callerToken = '';
/** @type {Record<string, string>} */
let settings;

before(async () => {
  sandbox = await startSandbox({ port: 0, quiet: true, brokerSecret: SECRET });
  const [contoso] = sandbox.tenants;
  assert.ok(contoso);
  callerToken = (
    await signIn(createBrowser({ ca: sandbox.certificate.cert }), {
      tenant: contoso,
      redirectUri: `${sandbox.origin}/`,
      loginHint: 'ada@contoso.test',
      scope: `openid profile ${sandbox.broker.callerScope}`,
    })
  ).access_token;
  settings = {
    BROKER_AUTHORITY: sandbox.broker.authority,
    BROKER_CLIENT_ID: sandbox.broker.clientId,
    BROKER_CLIENT_SECRET: SECRET,
    BROKER_API_SCOPE: sandbox.broker.scope,
    BROKER_CALLER_ISSUER: contoso.issuer,
    BROKER_CALLER_AUDIENCE: sandbox.broker.callerAudience,
    PORTAL_ORIGIN: PORTAL,
  };
});
after(() => sandbox.stop());

/**
 * One example compiled to a module beside node_modules, its `portico-widgets/broker` the source.
 * @param {string} example
 */
async function compiled(example) {
  mkdirSync(OUT_DIR, { recursive: true });
  const outfile = join(OUT_DIR, `${example.replace(/\W/g, '_')}.mjs`);
  await build({
    entryPoints: [join('examples', example)],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    alias: { 'portico-widgets/broker': './src/broker/index.ts' },
    tsconfig: 'tsconfig.broker.json',
    logLevel: 'silent',
  });
  return outfile;
}

/** The sandbox's certificate as a file, for NODE_EXTRA_CA_CERTS. */
function caFile() {
  const file = join(OUT_DIR, 'sandbox-ca.pem');
  writeFileSync(file, sandbox.certificate.cert);
  return file;
}

test('docs/token-broker.md shows each example as it is in examples/', () => {
  const guide = readFileSync('docs/token-broker.md', 'utf8');
  for (const example of ['examples/express/server.ts', 'examples/azure-functions/src/functions/token.ts']) {
    assert.ok(guide.includes(readFileSync(example, 'utf8')), `the guide shows ${example} as it is`);
  }
});

test('the examples type-check (examples/tsconfig.json)', () => {
  const result = spawnSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'examples/tsconfig.json'], { encoding: 'utf8' });
  assert.equal(result.status, 0, result.stdout + result.stderr);
});

test('the Express example serves tokens to a signed-in caller', { timeout: 120_000 }, async () => {
  const outfile = await compiled('express/server.ts');
  const free = net.createServer();
  await new Promise((resolve) => free.listen(0, '127.0.0.1', () => resolve(undefined)));
  const { port } = /** @type {net.AddressInfo} */ (free.address());
  await new Promise((resolve) => free.close(resolve));
  const server = spawn(process.execPath, [outfile], {
    env: { ...process.env, ...settings, PORT: String(port), NODE_EXTRA_CA_CERTS: caFile() },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  try {
    let output = '';
    server.stderr.on('data', (chunk) => (output += chunk));
    await new Promise((resolve, reject) => {
      server.stdout.on('data', (chunk) => {
        output += chunk;
        if (output.includes('Token broker on')) resolve(undefined);
      });
      server.once('exit', () => reject(new Error(`the example exited: ${output}`)));
    });
    const url = `http://127.0.0.1:${port}/api/token`;
    const response = await fetch(url, { method: 'POST', headers: { origin: PORTAL, authorization: `Bearer ${callerToken}` } });
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('access-control-allow-origin'), PORTAL);
    assert.equal(typeof (await response.json()).access_token, 'string');
    const refused = await fetch(url, { method: 'POST', headers: { origin: PORTAL } });
    assert.equal(refused.status, 401);
    assert.equal((await refused.json()).code, 'unauthenticated');
  } finally {
    server.kill('SIGTERM');
    if (server.exitCode === null) await once(server, 'exit');
  }
});

test('the Azure Functions example answers as the Functions host would call it', { timeout: 120_000 }, async () => {
  const handler = pathToFileURL(await compiled('azure-functions/src/functions/token.ts')).href;
  // The host builds an HttpRequest and calls the handler; so does this script, in a process that
  // trusts the sandbox's certificate (Node's fetch reads NODE_EXTRA_CA_CERTS at start only).
  const script = `
    import functions from '@azure/functions'; // CommonJS: HttpRequest is no detectable named export
    const { HttpRequest } = functions;
    const { token } = await import(${JSON.stringify(handler)});
    const request = new HttpRequest({
      method: 'POST',
      url: 'https://contoso-broker.azurewebsites.net/api/token',
      headers: { origin: ${JSON.stringify(PORTAL)}, authorization: 'Bearer ' + process.env.CALLER_TOKEN, 'content-type': 'application/json' },
      body: { string: JSON.stringify({ scope: process.env.BROKER_API_SCOPE }) },
    });
    console.log(JSON.stringify(await token(request)));`;
  const child = spawn(process.execPath, ['--input-type=module', '-e', script], {
    cwd: OUT_DIR,
    env: { ...process.env, ...settings, CALLER_TOKEN: callerToken, NODE_EXTRA_CA_CERTS: caFile() },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const [code] = await once(child, 'exit');
  assert.equal(code, 0, output);
  const response = JSON.parse(output.trim().split('\n').at(-1) ?? '{}');
  assert.equal(response.status, 200, output);
  assert.equal(response.headers['access-control-allow-origin'], PORTAL);
  assert.equal(typeof JSON.parse(response.body).access_token, 'string');
});
