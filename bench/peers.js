// @ts-check
/**
 * `<portico-api-console>` beside its peers, RapiDoc and Swagger UI, measured in the same run in
 * headless Chromium (medians of 5, a fresh page each time, everything served from loopback):
 * - for Petstore, GitHub's REST description and a generated one with 10,000 operations: time
 *   from navigation until the picker's search answers (a query typed as soon as the search field
 *   exists shows the target operation) and the main thread is quiet (no long task for a second);
 *   the longest main-thread task meanwhile (long-task PerformanceObserver); the JS heap after a
 *   garbage collection; the DOM nodes of the picker (Portico's `operations` part, RapiDoc's
 *   navigation bar, Swagger UI's tag list) and of the whole widget;
 * - for a 20 MB JSON answer shown by Portico's console: time from "send" to the first bytes of the
 *   body on screen, and the longest main-thread task until a second after.
 * Portico is the built CDN module (`npm run bench` builds first). Prints figures and ratios
 * against the faster peer; asserts nothing.
 */
import { readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { extname, join, normalize } from 'node:path';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_PATH, chromiumArgs } from '../scripts/chromium.js';
import { petstore } from './petstore.js';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const QUIET_MS = 1000;
const TIMEOUT_MS = 180_000;
const require = createRequire(import.meta.url);
const root = new URL('..', import.meta.url).pathname;

/** Each description, and what the search is asked for: a path (Portico, RapiDoc) and its tag (Swagger UI filters by tag). */
const descriptions = {
  Petstore: { text: JSON.stringify(petstore()), path: '/store/inventory', tag: 'store' },
  GitHub: {
    text: readFileSync(require.resolve('@octokit/openapi/generated/api.github.com.json'), 'utf8'),
    path: '/repos/{owner}/{repo}/pulls/{pull_number}/merge',
    tag: 'pulls',
  },
  '10,000 ops': { text: JSON.stringify(generated(10_000)), path: '/group42/item4217', tag: 'group42-ops' },
};

/** @type {Record<string, (spec: string) => string>} */
const pages = {
  Portico: (spec) => `<script type="module" src="/dist/cdn/portico.js"></script>
    <portico-api-console spec-url="${spec}"></portico-api-console>`,
  RapiDoc: (spec) => `<script type="module" src="/node_modules/rapidoc/dist/rapidoc-min.js"></script>
    <rapi-doc spec-url="${spec}" render-style="focused" use-path-in-nav-bar="true" show-header="false"></rapi-doc>`,
  'Swagger UI': (spec) => `<link rel="stylesheet" href="/node_modules/swagger-ui-dist/swagger-ui.css">
    <div id="ui"></div><script src="/node_modules/swagger-ui-dist/swagger-ui-bundle.js"></script>
    <script>SwaggerUIBundle({ url: '${spec}', dom_id: '#ui', filter: true });</script>`,
};

const BIG_RESPONSE = JSON.stringify(
  Array.from({ length: 100_000 }, (_, i) => ({ id: i, name: `item ${i}`, tags: ['a', 'b'], price: i * 1.5, active: i % 2 === 0, note: 'x'.repeat(120) })),
);

// With a charset: the pages declare none, and Swagger UI's bundle (non-ASCII inside) fails to parse as windows-1252.
const TYPES = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.html': 'text/html; charset=utf-8',
};
const server = createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://localhost');
  const send = (/** @type {string | Buffer} */ body, /** @type {string} */ type) =>
    res.writeHead(200, { 'content-type': type, 'cache-control': 'no-store', 'access-control-allow-origin': '*' }).end(body);
  const [, tool, name] = /^\/page\/([^/]+)\/(.+)$/u.exec(decodeURIComponent(url.pathname)) ?? [];
  if (tool && name)
    return send(`<!doctype html><html lang="en"><body>${pages[tool]?.(`/spec/${encodeURIComponent(name)}.json`)}</body></html>`, TYPES['.html']);
  const spec = /^\/spec\/(.+)\.json$/u.exec(decodeURIComponent(url.pathname))?.[1];
  if (spec) return send(descriptions[/** @type {keyof typeof descriptions} */ (spec)].text, TYPES['.json']);
  if (url.pathname === '/big.json') return send(BIG_RESPONSE, TYPES['.json']);
  const file = normalize(join(root, url.pathname));
  const allowed = ['dist/', 'node_modules/rapidoc/', 'node_modules/swagger-ui-dist/'].some((dir) => file.startsWith(join(root, dir)));
  if (!allowed || !statSync(file, { throwIfNoEntry: false })?.isFile()) return void res.writeHead(404).end();
  send(readFileSync(file), TYPES[/** @type {keyof typeof TYPES} */ (extname(file))] ?? 'application/octet-stream');
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
const origin = `http://127.0.0.1:${/** @type {import('node:net').AddressInfo} */ (server.address()).port}`;

/** Records every long task of the page from its very start. */
function recordLongTasks() {
  /** @type {any} */ const w = window;
  w.__longTasks = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) w.__longTasks.push({ start: entry.startTime, end: entry.startTime + entry.duration });
  }).observe({ type: 'longtask', buffered: true });
}

/**
 * Runs in the page: types the query into the tool's search as soon as it exists, waits for the
 * answer, then for a quiet main thread; returns times from navigation start.
 * @param {string} tool @param {string} query @param {string} target @param {number} quietMs @param {number} timeoutMs
 */
async function untilUsable(tool, query, target, quietMs, timeoutMs) {
  /** @type {any} */ const w = window;
  const rapidoc = () => document.querySelector('rapi-doc')?.shadowRoot;
  const portico = () => document.querySelector('portico-api-console')?.shadowRoot;
  /** @type {Record<string, { search: () => HTMLInputElement | null | undefined, answered: () => boolean, event: string }>} */
  const tools = {
    Portico: {
      search: () => portico()?.querySelector('[part~="search"]'),
      answered: () => [...(portico()?.querySelectorAll('[part~="operation"]') ?? [])].some((el) => el.textContent?.includes(target)),
      event: 'input',
    },
    RapiDoc: {
      search: () => rapidoc()?.getElementById('nav-bar-search'),
      answered: () => {
        const paths = [...(rapidoc()?.querySelectorAll('.nav-bar-path') ?? [])];
        return paths.length > 0 && paths.length < 50 && paths.some((el) => el.textContent?.includes(target));
      },
      event: 'change',
    },
    'Swagger UI': {
      search: () => document.querySelector('.operation-filter-input'),
      answered: () => {
        const sections = document.querySelectorAll('.opblock-tag-section');
        return (
          sections.length === 1 && [...document.querySelectorAll('.opblock-summary-path')].some((el) => el.textContent?.replace(/\u200b/gu, '') === target)
        );
      },
      event: 'input',
    },
  };
  const { search, answered, event } = tools[tool];
  const started = performance.now();
  /** @type {HTMLInputElement | null} */ let typedInto = null;
  let answeredAt = 0;
  for (;;) {
    if (performance.now() - started > timeoutMs) throw new Error(`${tool}: no answer for ${query}`);
    const field = search() ?? null;
    if (field && field !== typedInto) {
      // Set the value as a user's typing does, past React's value tracker.
      Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set?.call(field, query);
      field.dispatchEvent(new Event(event, { bubbles: true, composed: true }));
      typedInto = field;
    }
    if (!answeredAt && answered()) answeredAt = performance.now();
    const lastTask = Math.max(0, ...w.__longTasks.map((/** @type {{ end: number }} */ task) => task.end));
    if (answeredAt && performance.now() - Math.max(answeredAt, lastTask) >= quietMs) {
      const longest = Math.max(0, ...w.__longTasks.map((/** @type {{ start: number, end: number }} */ task) => task.end - task.start));
      // Clear the search, so the node count is the picker's unfiltered one.
      Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set?.call(typedInto, '');
      typedInto?.dispatchEvent(new Event(event, { bubbles: true, composed: true }));
      return { usable: Math.max(answeredAt, lastTask), longest };
    }
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** Runs in the page: DOM nodes of the picker and of the whole widget, shadow roots included. @param {string} tool */
function countNodes(tool) {
  /** @param {Node | null | undefined} node @returns {number} */
  const deep = (node) => {
    if (!node) return 0;
    let count = 1;
    if (node instanceof Element && node.shadowRoot) count += deep(node.shadowRoot);
    for (const child of node.childNodes) count += deep(child);
    return count;
  };
  /** @type {Record<string, [Node | null | undefined, Node | null | undefined]>} */
  const parts = {
    Portico: [document.querySelector('portico-api-console')?.shadowRoot?.querySelector('[part~="operations"]'), document.querySelector('portico-api-console')],
    RapiDoc: [document.querySelector('rapi-doc')?.shadowRoot?.querySelector('nav'), document.querySelector('rapi-doc')],
    'Swagger UI': [
      document.querySelector('.swagger-ui .wrapper:has(.opblock-tag-section)') ?? document.querySelector('.swagger-ui'),
      document.getElementById('ui'),
    ],
  };
  const [picker, widget] = parts[tool];
  return { picker: deep(picker), widget: deep(widget) };
}

/** @param {number[]} values */
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
/** @param {number} ms */
const ms = (ms) => `${Math.round(ms)} ms`;
/** @param {number} bytes */
const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

const browser = await puppeteer.launch({ executablePath: CHROMIUM_PATH, headless: true, args: chromiumArgs(), protocolTimeout: TIMEOUT_MS * 2 });
try {
  console.log(`\nThe console beside RapiDoc and Swagger UI (headless Chromium, median of ${RUNS}, a fresh page each run)`);
  for (const [name, description] of Object.entries(descriptions)) {
    const operations = JSON.parse(description.text).paths;
    const count = Object.values(operations).reduce((sum, item) => sum + Object.keys(item).filter((key) => key !== 'parameters').length, 0);
    console.log(`\n${name}: ${mb(description.text.length)}, ${count} operations; search for ${description.path} (Swagger UI: tag ${description.tag})`);
    /** @type {Record<string, { usable: number, longest: number, heap: number, picker: number, widget: number }>} */
    const results = {};
    for (const tool of Object.keys(pages)) {
      const samples = [];
      try {
        for (let run = 0; run < RUNS; run += 1)
          samples.push(await measureDescription(tool, name, tool === 'Swagger UI' ? description.tag : description.path, description.path));
      } catch (error) {
        console.log(`  ${tool.padEnd(11)} ${/** @type {Error} */ (error).message.split('\n')[0]} (left out of the ratios)`);
        continue;
      }
      results[tool] = Object.fromEntries(
        Object.keys(samples[0]).map((key) => [key, median(samples.map((sample) => sample[/** @type {keyof typeof sample} */ (key)]))]),
      );
      const r = results[tool];
      console.log(
        `  ${tool.padEnd(11)} usable ${ms(r.usable).padStart(9)}  longest task ${ms(r.longest).padStart(8)}  heap ${mb(r.heap).padStart(8)}  picker ${String(r.picker).padStart(6)} nodes  widget ${String(r.widget).padStart(6)} nodes`,
      );
    }
    const peers = ['RapiDoc', 'Swagger UI'].filter((tool) => results[tool]);
    if (!results.Portico || peers.length === 0) continue;
    const faster = peers.reduce((best, tool) => (results[tool].usable < results[best].usable ? tool : best));
    const peer = results[faster];
    const own = results.Portico;
    console.log(
      `  Portico / ${faster} (the faster peer): usable ${(own.usable / peer.usable).toFixed(2)}, longest task ${(own.longest / peer.longest).toFixed(2)}, ` +
        `heap ${(own.heap / peer.heap).toFixed(2)}, picker nodes ${(own.picker / peer.picker).toFixed(2)}`,
    );
  }
  await measureBigResponse();
} finally {
  await browser.close();
  server.close();
}

/** @param {string} tool @param {string} name @param {string} query @param {string} target */
async function measureDescription(tool, name, query, target) {
  const page = await browser.newPage();
  try {
    await page.evaluateOnNewDocument(recordLongTasks);
    await page.goto(`${origin}/page/${encodeURIComponent(tool)}/${encodeURIComponent(name)}`);
    const { usable, longest } = await page.evaluate(untilUsable, tool, query, target, QUIET_MS, TIMEOUT_MS);
    await new Promise((resolve) => setTimeout(resolve, 500));
    const nodes = await page.evaluate(countNodes, tool);
    const session = await page.createCDPSession();
    await session.send('HeapProfiler.collectGarbage');
    const { JSHeapUsedSize } = await page.metrics();
    return { usable, longest, heap: JSHeapUsedSize ?? 0, ...nodes };
  } finally {
    await page.close();
  }
}

/** A 20 MB JSON answer in Portico's console: time to first bytes on screen, longest main-thread task while shown. */
async function measureBigResponse() {
  const samples = [];
  for (let run = 0; run < RUNS; run += 1) {
    const page = await browser.newPage();
    try {
      await page.evaluateOnNewDocument(recordLongTasks);
      await page.goto(`${origin}/page/Portico/none`);
      await page.evaluate(() => document.querySelector('portico-api-console')?.remove());
      samples.push(
        await page.evaluate(async (url) => {
          /** @type {any} */ const w = window;
          await customElements.whenDefined('portico-api-console');
          const el = document.createElement('portico-api-console');
          el.setAttribute('method', 'GET');
          el.setAttribute('path', url);
          document.body.append(el);
          await /** @type {any} */ (el).updateComplete;
          const send = /** @type {HTMLButtonElement} */ (el.shadowRoot?.querySelector('[part~="send"]'));
          w.__longTasks.length = 0;
          const started = performance.now();
          send.click();
          let shown = 0;
          while (!shown) {
            const body = el.shadowRoot?.querySelector('[part~="response-body"] .code-block');
            if (body?.textContent?.includes('"item 0"')) shown = performance.now();
            else await new Promise((resolve) => setTimeout(resolve, 10));
          }
          await new Promise((resolve) => setTimeout(resolve, 1000));
          const longest = Math.max(
            0,
            ...w.__longTasks
              .filter((/** @type {{ end: number }} */ task) => task.end >= started)
              .map((/** @type {{ start: number, end: number }} */ task) => task.end - Math.max(task.start, started)),
          );
          return { firstBytes: shown - started, longest };
        }, `${origin}/big.json`),
      );
    } finally {
      await page.close();
    }
  }
  console.log(`\nA ${mb(BIG_RESPONSE.length)} JSON answer in Portico's console (median of ${RUNS}):`);
  console.log(
    `  first bytes on screen ${ms(median(samples.map((s) => s.firstBytes)))} after "send"; longest main-thread task while shown ${ms(median(samples.map((s) => s.longest)))}\n`,
  );
}

/** A description with `count` operations in groups of 100 by tag, each with a parameter, a body or a response schema. @param {number} count */
function generated(count) {
  /** @type {Record<string, Record<string, unknown>>} */
  const paths = {};
  for (let i = 0; i < count; i += 1) {
    const group = Math.floor(i / 100);
    paths[`/group${group}/item${i}`] = {
      [i % 2 ? 'post' : 'get']: {
        operationId: `operation${i}`,
        summary: `Operation number ${i} of group ${group}`,
        tags: [`group${group}-ops`],
        parameters: [{ name: 'filter', in: 'query', schema: { type: 'string' } }],
        ...(i % 2 ? { requestBody: { content: { 'application/json': { schema: { $ref: '#/components/schemas/Item' } } } } } : {}),
        responses: { 200: { description: 'ok', content: { 'application/json': { schema: { $ref: '#/components/schemas/Item' } } } } },
      },
    };
  }
  return {
    openapi: '3.0.3',
    info: { title: `${count} operations`, version: '1.0.0' },
    servers: [{ url: 'https://api.example' }],
    paths,
    components: { schemas: { Item: { type: 'object', properties: { id: { type: 'integer' }, name: { type: 'string' } } } } },
  };
}
