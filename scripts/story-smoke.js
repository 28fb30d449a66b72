// @ts-check
/**
 * The story smoke test: opens every story of a built Storybook in headless Chromium and fails a
 * story that throws while rendering, leaves a `portico-*` element undefined (its module was never
 * loaded, e.g. dropped by a bundler as side-effect free), or calls `console.error`, unless the
 * story is tagged `expect-console-error` (diagnostics log exactly that on purpose). Builds
 * nothing: run `npm run build-storybook` first. Ends with the line `N passed, N failed`.
 *
 *   node scripts/story-smoke.js [storybook-static]      (CHROME_PATH overrides /usr/bin/chromium)
 */
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_PATH, chromiumArgs } from './chromium.js';

const STATIC_DIR = process.argv[2] ?? 'storybook-static';
/** Pages open at once; more does not help on a 2-core machine. */
const CONCURRENCY = 2;
const STORY_TIMEOUT_MS = 15_000;
/** Quiet network for this long counts as "done": lazily loaded chunks (MSAL's) have arrived. */
const NETWORK_IDLE_MS = 200;
const NETWORK_IDLE_TIMEOUT_MS = 3_000;
const EXPECTS_CONSOLE_ERROR = 'expect-console-error';
/** What `storybook build` writes (module scripts need a JavaScript type to run). */
const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
};

/**
 * @typedef {{ id: string, title: string, name: string, type: string, tags?: string[] }} IndexEntry
 * @typedef {{ entry: IndexEntry, problems: string[] }} Result
 */

/** Serves `root` on a free loopback port; resolves to its origin and a close function. @param {string} root */
async function serveStatic(root) {
  const server = createServer(async (req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname));
    try {
      const body = await readFile(join(root, path.endsWith('/') ? `${path}index.html` : path));
      res.writeHead(200, { 'content-type': CONTENT_TYPES[/** @type {keyof CONTENT_TYPES} */ (extname(path))] ?? 'application/octet-stream' });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
  const address = /** @type {import('node:net').AddressInfo} */ (server.address());
  return { origin: `http://127.0.0.1:${address.port}`, close: () => server.close() };
}

/**
 * Opens one story and returns what is wrong with it (nothing when it passes).
 * @param {import('puppeteer-core').Browser} browser @param {string} origin @param {IndexEntry} entry
 * @returns {Promise<string[]>}
 */
async function checkStory(browser, origin, entry) {
  const problems = /** @type {string[]} */ ([]);
  const consoleErrors = /** @type {string[]} */ ([]);
  const page = await browser.newPage();
  try {
    page.on('pageerror', (error) => problems.push(`threw: ${error instanceof Error ? error.message : String(error)}`));
    // Console calls only: puppeteer's own 'console' event also carries the browser's network log
    // ("Failed to load resource"), which the Live stories cause on purpose when no sandbox runs.
    const cdp = await page.createCDPSession();
    cdp.on('Runtime.consoleAPICalled', ({ type, args }) => {
      // The first line is the message; the rest of an Error's description is its stack.
      if (type === 'error') consoleErrors.push(args.map((arg) => String(arg.value ?? arg.description ?? '').split('\n')[0]).join(' '));
    });
    await cdp.send('Runtime.enable');

    await page.goto(`${origin}/iframe.html?id=${encodeURIComponent(entry.id)}&viewMode=story`, { waitUntil: 'load' });
    await page.waitForFunction(
      () =>
        document.body.classList.contains('sb-show-errordisplay') ||
        (document.body.classList.contains('sb-show-main') && (document.getElementById('storybook-root')?.childElementCount ?? 0) > 0),
      { timeout: STORY_TIMEOUT_MS },
    );
    // Best effort: a page whose network never goes quiet (a live connection) is still checked.
    await page.waitForNetworkIdle({ idleTime: NETWORK_IDLE_MS, timeout: NETWORK_IDLE_TIMEOUT_MS }).catch(() => undefined);
    const state = await page.evaluate(inspectStory);

    if (state.renderError) problems.push(`render failed: ${state.renderError}`);
    for (const tag of state.undefinedTags) problems.push(`<${tag}> is not defined`);
    if (!entry.tags?.includes(EXPECTS_CONSOLE_ERROR)) {
      for (const message of consoleErrors) problems.push(`console.error: ${message}`);
    }
  } catch (error) {
    problems.push(error instanceof Error ? error.message : String(error));
  } finally {
    await page.close();
  }
  return problems;
}

/**
 * Runs in the page once the story is on screen: lets every Portico element finish updating, then
 * reports Storybook's error display and undefined elements, looking into shadow roots too (the
 * gate renders a sign-in button in its own).
 */
async function inspectStory() {
  const root = /** @type {HTMLElement} */ (document.getElementById('storybook-root'));
  /** @param {ParentNode} node @returns {Element[]} */
  const porticoElements = (node) =>
    [...node.querySelectorAll('*')].flatMap((element) => [
      ...(element.localName.startsWith('portico-') ? [element] : []),
      ...(element.shadowRoot ? porticoElements(element.shadowRoot) : []),
    ]);
  await Promise.all(porticoElements(root).map((element) => /** @type {{ updateComplete?: Promise<unknown> }} */ (element).updateComplete));
  await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
  return {
    renderError: document.body.classList.contains('sb-show-errordisplay')
      ? (document.getElementById('error-message')?.textContent ?? 'Storybook shows its error display').trim()
      : '',
    undefinedTags: [
      ...new Set(
        porticoElements(root)
          .filter((element) => !element.matches(':defined'))
          .map((element) => element.localName),
      ),
    ],
  };
}

const index = JSON.parse(await readFile(join(STATIC_DIR, 'index.json'), 'utf8'));
const stories = /** @type {IndexEntry[]} */ (Object.values(index.entries)).filter((entry) => entry.type === 'story');
const server = await serveStatic(STATIC_DIR);
const browser = await puppeteer.launch({
  executablePath: CHROMIUM_PATH,
  headless: true,
  args: chromiumArgs(),
});

console.log(`Story smoke test: ${stories.length} stories from ${STATIC_DIR}/`);
const started = performance.now();
const queue = [...stories];
/** @type {Result[]} */
const results = [];
await Promise.all(
  Array.from({ length: CONCURRENCY }, async () => {
    for (let entry = queue.shift(); entry; entry = queue.shift()) {
      const problems = await checkStory(browser, server.origin, entry);
      results.push({ entry, problems });
      if (problems.length) console.log(`✗ ${entry.title} › ${entry.name} (${entry.id})\n${problems.map((problem) => `    ${problem}`).join('\n')}`);
    }
  }),
);
await browser.close();
server.close();

const failed = results.filter(({ problems }) => problems.length).length;
console.log(`Opened ${results.length} stories in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
console.log(`${results.length - failed} passed, ${failed} failed`);
process.exit(failed === 0 && stories.length > 0 ? 0 : 1);
