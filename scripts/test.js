// @ts-check
/**
 * `npm test`: the sandbox's Node tests, then every browser test (unit and end-to-end) in headless
 * Chromium. Ends with one line `N passed, N failed` over both runners, and fails if anything failed.
 */
import { spawn } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';

/** @param {string} command @param {string[]} args @returns {Promise<{ code: number, output: string }>} */
function run(command, args) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'inherit'] });
    let output = '';
    child.stdout.on('data', (chunk) => {
      process.stdout.write(chunk);
      output += chunk;
    });
    child.on('close', (code) => resolve({ code: code ?? 1, output }));
  });
}

/** @param {string} output @param {string} label */
function nodeCount(output, label) {
  const match = output.match(new RegExp(`^# ${label} (\\d+)$`, 'm'));
  return match ? Number(match[1]) : 0;
}

rmSync('.test-results', { recursive: true, force: true });

const node = await run(process.execPath, ['--test', '--test-reporter=tap', 'sandbox/test/', 'test/node/']);
const nodePassed = nodeCount(node.output, 'pass');
const nodeFailed = nodeCount(node.output, 'fail') + (node.code !== 0 && nodeCount(node.output, 'fail') === 0 ? 1 : 0);

const browser = await run(process.execPath, ['node_modules/@web/test-runner/dist/bin.js', ...process.argv.slice(2)]);
let browserCounts = { passed: 0, failed: 1 };
try {
  browserCounts = JSON.parse(readFileSync('.test-results/browser.json', 'utf8'));
} catch {
  console.error('The browser test run ended without reporting results.');
}
const browserFailed = browserCounts.failed + (browser.code !== 0 && browserCounts.failed === 0 ? 1 : 0);

const passed = nodePassed + browserCounts.passed;
const failed = nodeFailed + browserFailed;
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
