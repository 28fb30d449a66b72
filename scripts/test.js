// @ts-check
/**
 * `npm test`: every test Portico has, in one run.
 * 0. the lint gate (`npm run lint`: ESLint with zero warnings, then `prettier --check`);
 * 1. the build (`npm run build`: dist/ as it ships, and the custom-elements manifest that tests, Storybook and
 *    the README reference read), so that a fresh clone needs only `npm ci` before `npm test`; then
 *    the type check of what the build's `tsc` does not cover: the tests, the stories (which read
 *    the manifest) and the sandbox;
 * 2. Node tests: the sandbox, the manifest and README checks, DOM-free imports;
 * 3. browser tests in headless Chromium: unit, components, React, end to end through real MSAL;
 * 4. a static Storybook build and the smoke test that opens every story.
 * Ends with one line `N passed, N failed` over all of them, and fails if anything failed.
 */
import { spawn } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';

/** @typedef {{ passed: number, failed: number }} Counts */

/**
 * @param {string} command @param {string[]} args @param {boolean} [quiet] output kept, not shown
 * @returns {Promise<{ code: number, output: string }>}
 */
function run(command, args, quiet = false) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', quiet ? 'pipe' : 'inherit'] });
    let output = '';
    child.stdout.on('data', (chunk) => {
      if (!quiet) process.stdout.write(chunk);
      output += chunk;
    });
    child.stderr?.on('data', (chunk) => (output += chunk));
    child.on('close', (code) => resolve({ code: code ?? 1, output }));
  });
}

/** @param {string[]} args @param {boolean} [quiet] @returns {Promise<{ code: number, output: string }>} */
const node = (args, quiet = false) => run(process.execPath, args, quiet);

/**
 * A runner that exited non-zero without counting a failure (it crashed, or could not start)
 * counts as one failure, so nothing broken passes silently.
 * @param {Counts} counts @param {number} code @returns {Counts}
 */
function honest({ passed, failed }, code) {
  return { passed, failed: failed + (code !== 0 && failed === 0 ? 1 : 0) };
}

/** @param {string} output @returns {Counts} */
function tapCounts(output) {
  const count = (/** @type {string} */ label) => Number(output.match(new RegExp(`^# ${label} (\\d+)$`, 'm'))?.[1] ?? 0);
  return { passed: count('pass'), failed: count('fail') };
}

/** @param {string} output @returns {Counts} */
function closingLineCounts(output) {
  const match = output.trimEnd().match(/(\d+) passed, (\d+) failed$/);
  return match ? { passed: Number(match[1]), failed: Number(match[2]) } : { passed: 0, failed: 0 };
}

/** @returns {Counts} */
function browserCounts() {
  try {
    return JSON.parse(readFileSync('.test-results/browser.json', 'utf8'));
  } catch {
    console.error('The browser test run ended without reporting results.');
    return { passed: 0, failed: 0 };
  }
}

rmSync('.test-results', { recursive: true, force: true });
/** @type {Counts[]} */
const results = [];

/**
 * The lint gate counts as one runner: one line when clean; the tools' own report when not.
 * @returns {Promise<Counts>}
 */
async function lint() {
  const eslint = await node(['node_modules/eslint/bin/eslint.js', '--max-warnings', '0', '.'], true);
  const prettier = await node(['node_modules/prettier/bin/prettier.cjs', '--check', '--log-level', 'warn', '.'], true);
  if (eslint.code === 0 && prettier.code === 0) {
    console.log('lint: ESLint and Prettier found nothing.');
    return { passed: 1, failed: 0 };
  }
  if (eslint.code !== 0) console.log(`lint: ESLint failed:\n${eslint.output.trimEnd()}`);
  if (prettier.code !== 0) console.log(`lint: Prettier found files it would change (npm run format fixes them):\n${prettier.output.trimEnd()}`);
  return { passed: 0, failed: 1 };
}

results.push(await lint());

const build = await run('npm', ['run', '--silent', 'build'], true);
if (build.code === 0) console.log('build: dist/ and custom-elements.json built.');
else console.log(`build: npm run build failed:\n${build.output.trimEnd()}`);
results.push(honest({ passed: 0, failed: 0 }, build.code));

/**
 * The type check counts as one runner: `tsc` over the tests, the stories and the sandbox (the
 * build checks `src/`; esbuild, which runs the tests and Storybook, only strips types).
 * @returns {Promise<Counts>}
 */
async function types() {
  const projects = ['tsconfig.test.json', '.storybook/tsconfig.json', 'sandbox/jsconfig.json'];
  const checks = await Promise.all(projects.map((project) => node(['node_modules/typescript/bin/tsc', '--noEmit', '-p', project], true)));
  const failures = checks.flatMap((check, index) => (check.code === 0 ? [] : [`types: tsc -p ${projects[index]} failed:\n${check.output.trimEnd()}`]));
  console.log(failures.length ? failures.join('\n') : 'types: tsc found nothing in the tests, the stories or the sandbox.');
  return { passed: failures.length ? 0 : 1, failed: failures.length ? 1 : 0 };
}

results.push(await types());

const nodeTests = await node(['--test', '--test-reporter=tap', 'sandbox/test/', 'test/node/']);
results.push(honest(tapCounts(nodeTests.output), nodeTests.code));

const browser = await node(['node_modules/@web/test-runner/dist/bin.js', ...process.argv.slice(2)]);
results.push(honest(browserCounts(), browser.code));

const storybook = await node(['node_modules/storybook/dist/bin/dispatcher.js', 'build', '--quiet', '--loglevel', 'warn', '-o', 'storybook-static']);
const smoke = storybook.code === 0 ? await node(['scripts/story-smoke.js']) : storybook;
results.push(honest(closingLineCounts(smoke.output), smoke.code));

const passed = results.reduce((sum, counts) => sum + counts.passed, 0);
const failed = results.reduce((sum, counts) => sum + counts.failed, 0);
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
