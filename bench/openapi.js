// @ts-check
/**
 * How fast a large OpenAPI description becomes an interactive operation picker. GitHub's REST
 * description (about 13 MB, from `@octokit/openapi`) is measured beside a Petstore-sized one,
 * the anchor, in the same run:
 * - in Node: from the description's text to an operation index (parse + index), median of
 *   several runs; then opening one operation (`describeOperation`), against resolving every
 *   operation up front, which is what the picker avoids;
 * - in headless Chromium: from setting `spec-url` on `<portico-api-console>` to its picker on
 *   screen (fetch from a local server, parse, index and first render).
 * The parser and the element are bundled from source with esbuild, in memory. Prints figures;
 * asserts nothing.
 */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { build } from 'esbuild';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_PATH, chromiumArgs } from '../scripts/chromium.js';
import { petstore } from './petstore.js';

const RUNS = 7;
const require = createRequire(import.meta.url);
const githubText = readFileSync(require.resolve('@octokit/openapi/generated/api.github.com.json'), 'utf8');
const petstoreText = JSON.stringify(petstore());

/** @param {string} entry @param {'node' | 'browser'} platform */
async function bundle(entry, platform) {
  const result = await build({ entryPoints: [entry], bundle: true, platform, format: 'esm', target: 'es2022', write: false, logLevel: 'error' });
  return result.outputFiles[0].text;
}

/** @param {() => unknown | Promise<unknown>} action */
async function median(action) {
  const samples = [];
  for (let run = 0; run < RUNS; run += 1) {
    const started = performance.now();
    await action();
    samples.push(performance.now() - started);
  }
  samples.sort((a, b) => a - b);
  return samples[Math.floor(samples.length / 2)];
}

/** @param {number} ms */
const ms = (ms) => `${ms < 10 ? ms.toFixed(2) : Math.round(ms)} ms`;
/** @param {number} chars */
const size = (chars) => (chars >= 1e6 ? `${(chars / 1e6).toFixed(1)} MB` : `${(chars / 1e3).toFixed(1)} kB`);

// --- Node: the parser alone -------------------------------------------------------------------

/** @type {typeof import('../src/components/api-console/internal/openapi/index.js')} */
const openapi = await import(
  `data:text/javascript;base64,${Buffer.from(await bundle('src/components/api-console/internal/openapi/index.ts', 'node')).toString('base64')}`
);

/** @param {string} text */
async function measure(text) {
  const toIndex = await median(async () => openapi.indexOperations(await openapi.parseSpec(text)));
  const index = openapi.indexOperations(await openapi.parseSpec(text));
  const parseOnly = await median(() => JSON.parse(text));
  const openOne = await median(() => openapi.describeOperation(index, index.operations[Math.floor(index.operations.length / 2)]));
  const eager = await median(() => index.operations.forEach((entry) => openapi.describeOperation(index, entry)));
  return { operations: index.operations.length, size: text.length, toIndex, parseOnly, openOne, eager };
}

const github = await measure(githubText);
const anchor = await measure(petstoreText);

console.log('\nOpenAPI: from the description’s text to an operation index ready for the picker (Node, median of %d)', RUNS);
for (const [name, figures] of /** @type {const} */ ([
  ['GitHub REST', github],
  ['Petstore', anchor],
])) {
  console.log(
    `  ${name.padEnd(12)} ${size(figures.size).padStart(8)}, ${String(figures.operations).padStart(4)} operations: ` +
      `index ready in ${ms(figures.toIndex)} (JSON.parse alone ${ms(figures.parseOnly)}); ` +
      `opening one operation ${ms(figures.openOne)}; resolving all up front would add ${ms(figures.eager)}`,
  );
}
console.log(`  GitHub / Petstore: ${(github.toIndex / anchor.toIndex).toFixed(0)}× the time for ${(github.size / anchor.size).toFixed(0)}× the text`);
console.log(
  `  Lazy vs eager for GitHub: index ${ms(github.toIndex)} vs index + all details ${ms(github.toIndex + github.eager)} (${((github.toIndex + github.eager) / github.toIndex).toFixed(1)}×)`,
);

// --- Chromium: the element, from spec-url to a picker on screen --------------------------------

const elementCode = await bundle('src/components/api-console/portico-api-console.ts', 'browser');
/** @type {Record<string, { body: string, type: string }>} */
const files = {
  '/': { body: '<!doctype html><html lang="en"><body></body></html>', type: 'text/html' },
  '/console.js': { body: elementCode, type: 'text/javascript' },
  '/github.json': { body: githubText, type: 'application/json' },
  '/petstore.json': { body: petstoreText, type: 'application/json' },
};
const server = createServer((req, res) => {
  const file = files[(req.url ?? '/').split('?')[0]];
  if (!file) return void res.writeHead(404).end();
  res.writeHead(200, { 'content-type': file.type, 'cache-control': 'no-store' }).end(file.body);
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
const origin = `http://127.0.0.1:${/** @type {import('node:net').AddressInfo} */ (server.address()).port}`;
const browser = await puppeteer.launch({
  executablePath: CHROMIUM_PATH,
  headless: true,
  args: chromiumArgs(),
});
try {
  const page = await browser.newPage();
  await page.goto(`${origin}/`);
  await page.addScriptTag({ url: `${origin}/console.js`, type: 'module' });
  await page.waitForFunction(() => customElements.get('portico-api-console') !== undefined);

  /** @param {string} url */
  const toPicker = (url) =>
    page.evaluate(async (specUrl) => {
      const samples = [];
      for (let run = 0; run < 5; run += 1) {
        document.body.replaceChildren();
        const el = document.createElement('portico-api-console');
        const started = performance.now();
        el.setAttribute('spec-url', `${specUrl}?run=${run}`);
        document.body.append(el);
        while (!el.shadowRoot?.querySelector('[part~="operations"]')) await new Promise((resolve) => setTimeout(resolve, 1));
        // The picker is interactive once it has been laid out and painted.
        await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
        samples.push(performance.now() - started);
      }
      samples.sort((a, b) => a - b);
      return samples[Math.floor(samples.length / 2)];
    }, url);

  /** The part of `toPicker` spent getting the text from the local server. */
  const toText = (/** @type {string} */ url) =>
    page.evaluate(async (specUrl) => {
      const samples = [];
      for (let run = 0; run < 5; run += 1) {
        const started = performance.now();
        await (await fetch(`${specUrl}?text=${run}`)).text();
        samples.push(performance.now() - started);
      }
      samples.sort((a, b) => a - b);
      return samples[Math.floor(samples.length / 2)];
    }, url);

  const githubPicker = await toPicker(`${origin}/github.json`);
  const petstorePicker = await toPicker(`${origin}/petstore.json`);
  const githubFetch = await toText(`${origin}/github.json`);
  console.log('\n<portico-api-console>: from setting spec-url to the picker on screen (Chromium, median of 5; fetch, parse, index, render)');
  console.log(`  GitHub REST  ${ms(githubPicker)}, of which ${ms(githubFetch)} fetching the text from a local server`);
  console.log(`  Petstore     ${ms(petstorePicker)}`);
  console.log(`  GitHub / Petstore: ${(githubPicker / petstorePicker).toFixed(1)}×\n`);
} finally {
  await browser.close();
  server.close();
}
