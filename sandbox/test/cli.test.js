// @ts-check
/**
 * `npm start`'s command line: what it prints, and that it stops cleanly.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { test } from 'node:test';

const CLI = fileURLToPath(new URL('../cli.js', import.meta.url));

/**
 * @param {string[]} args
 * @param {NodeJS.ProcessEnv} [env]
 */
function run(args, env = {}) {
  const child = spawn(process.execPath, [CLI, ...args], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk) => (stdout += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk) => (stderr += chunk));
  return {
    child,
    output: () => ({ stdout, stderr }),
    /** @param {string} text */
    async printed(text) {
      while (!stdout.includes(text)) {
        if (child.exitCode !== null) {
          throw new Error(`exited before printing "${text}":\n${stdout}\n${stderr}`);
        }
        await once(child.stdout, 'data');
      }
    },
  };
}

test('prints what a person needs, then stops on SIGTERM with exit code 0', async () => {
  const cli = run([], { PORTICO_PORT: '0' });
  await cli.printed('Press Ctrl-C to stop.');
  const { stdout, stderr } = cli.output();
  const origin = /running at (https:\/\/localhost:\d+)/.exec(stdout)?.[1];
  assert.ok(origin, stdout);
  for (const expected of [
    `${origin}/demo/`,
    `${origin}/contoso`,
    `${origin}/fabrikam`,
    'portico-spa',
    'portico-broker',
    `${origin}/api/openapi.json`,
    `POST ${origin}/broker/token`,
    'demo-subscription-key',
    'password for all: portico',
    'ada@contoso.test',
    'readers, publishers, admins',
    '--ignore-certificate-errors-spki-list=',
  ]) {
    assert.ok(stdout.includes(expected), `prints ${expected}`);
  }
  assert.doesNotMatch(stderr, /Unsupported runtime/);

  cli.child.kill('SIGTERM');
  const [code] = await once(cli.child, 'exit');
  assert.equal(code, 0);
  assert.match(cli.output().stdout, /Stopped\./);
});

test('rejects a port that is not a number', async () => {
  const cli = run(['--port', 'eighty']);
  const [code] = await once(cli.child, 'exit');
  assert.equal(code, 2);
  assert.match(cli.output().stderr, /The port must be a number/);
});
