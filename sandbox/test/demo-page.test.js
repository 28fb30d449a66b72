// @ts-check
/**
 * The demo portal in Chromium: every request the page starts finishes. A request whose answer is
 * never read is cancelled by the browser and shows as a failed row in the developer tools, which a
 * person trying the demo takes for something broken.
 */
import assert from 'node:assert/strict';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_PATH, chromiumArgs } from '../../scripts/chromium.js';
import { startSandbox } from '../index.js';

test('the demo page finishes every request it starts, and logs nothing', { timeout: 60_000 }, async () => {
  // Portico's bundle is not what this looks at: an empty one keeps the page to the demo's own requests.
  const distDir = await mkdtemp(join(tmpdir(), 'portico-dist-'));
  await mkdir(join(distDir, 'cdn'), { recursive: true });
  await writeFile(join(distDir, 'cdn', 'portico.js'), 'export {};\n');
  const sandbox = await startSandbox({ port: 0, quiet: true, distDir });
  const browser = await puppeteer.launch({ executablePath: CHROMIUM_PATH, headless: true, args: chromiumArgs(sandbox.certificate.spkiHash) });
  try {
    const page = await browser.newPage();
    /** @type {string[]} */
    const problems = [];
    page.on('requestfailed', (request) => problems.push(`${request.method()} ${request.url()}: ${request.failure()?.errorText}`));
    page.on('console', (message) => problems.push(`${message.type()}: ${message.text()}`));
    /** @type {string[]} */
    const finished = [];
    page.on('requestfinished', (request) => finished.push(`${request.method()} ${new URL(request.url()).pathname}`));
    await page.goto(`${sandbox.origin}/`, { waitUntil: 'networkidle0' });
    assert.deepEqual(problems, []);
    // The build check asked whether Portico's bundle is there, and found it.
    assert.ok(finished.includes('HEAD /dist/cdn/portico.js'), finished.join('\n'));
    assert.equal(await page.$eval('#build-notice', (notice) => /** @type {HTMLElement} */ (notice).hidden), true);
  } finally {
    await browser.close();
    await sandbox.stop();
    await rm(distDir, { recursive: true, force: true });
  }
});
