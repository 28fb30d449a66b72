// @ts-check
/**
 * The browser tests' log says what a reader needs, once: no oidc-provider runtime warning, no
 * "Lit is in dev mode" per test file, one closing summary. Runs the browser runner on a small test
 * file that loads Lit and on one that runs longer than the runner's 10 s between progress logs (the
 * runner then logs progress as the last file finishes, and again as it stops), with the ports
 * `npm test` uses.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { rmSync } from 'node:fs';
import { test } from 'node:test';

test('a browser test run logs no known noise and one summary', { timeout: 120_000 }, async () => {
  const files = ['test/internal/portico-element.test.ts', 'test/node/fixtures/longer-than-progress-interval.ts'];
  const runner = spawn(process.execPath, ['node_modules/@web/test-runner/dist/bin.js', '--files', ...files], { stdio: ['ignore', 'pipe', 'pipe'] });
  let log = '';
  runner.stdout.setEncoding('utf8').on('data', (chunk) => (log += chunk));
  runner.stderr.setEncoding('utf8').on('data', (chunk) => (log += chunk));
  const [code] = await once(runner, 'exit');
  // Its counts are not the real run's.
  rmSync('.test-results/browser.json', { force: true });
  assert.equal(code, 0, log);
  assert.doesNotMatch(log, /Unsupported runtime/);
  assert.doesNotMatch(log, /Lit is in dev mode/);
  assert.equal(log.match(/Finished running tests/g)?.length, 1, log);
});
