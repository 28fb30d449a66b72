// @ts-check
/**
 * oidc-provider's Node 22 warning stays out of every log (`npm start`, `npm test`), while any
 * other warning printed as it loads still shows.
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { test } from 'node:test';

const SANDBOX = fileURLToPath(new URL('..', import.meta.url));

/** @param {string} script an ES module's source, run in a fresh Node process */
async function stderrOf(script) {
  const { stderr } = await promisify(execFile)(process.execPath, ['--input-type=module', '-e', script]);
  return stderr;
}

test('starting the sandbox prints no oidc-provider runtime warning', async () => {
  const stderr = await stderrOf(`await import(${JSON.stringify(join(SANDBOX, 'index.js'))});`);
  assert.doesNotMatch(stderr, /Unsupported runtime/);
});

test('only that warning is dropped, and only while oidc-provider loads', async () => {
  const stderr = await stderrOf(`
    const attention = await import(${JSON.stringify(join(SANDBOX, '../node_modules/oidc-provider/lib/helpers/attention.js'))});
    await import(${JSON.stringify(join(SANDBOX, 'oidc/oidc-provider.js'))});
    attention.warn('Unsupported runtime. printed after loading');
    console.warn('another warning');
  `);
  assert.match(stderr, /Unsupported runtime\. printed after loading/);
  assert.match(stderr, /another warning/);
});

test('the sandbox imports oidc-provider through oidc/oidc-provider.js alone', () => {
  /** @param {string} dir @returns {string[]} */
  const sources = (dir) =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
      entry.isDirectory() ? (entry.name === 'test' ? [] : sources(join(dir, entry.name))) : entry.name.endsWith('.js') ? [join(dir, entry.name)] : [],
    );
  const importers = sources(SANDBOX).filter((file) => /^import .* from 'oidc-provider';$/m.test(readFileSync(file, 'utf8')));
  assert.deepEqual(importers, []);
});
