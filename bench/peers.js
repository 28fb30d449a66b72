// @ts-check
/**
 * `<portico-api-console>` beside its peers, RapiDoc and Swagger UI, measured in the same run in
 * headless Chromium (medians of BENCH_RUNS, 5 unless set; a fresh page each time, everything
 * served from loopback; a tool whose run takes over BENCH_TIMEOUT_S, 120 unless set, is reported
 * as not finishing and left out of the ratios; BENCH_ONLY=GitHub,answer runs only the rows whose
 * names contain one of those words, BENCH_TOOLS=portico,rapidoc only those tools):
 * - for Petstore, GitHub's REST description and a generated one with 10,000 operations: time
 *   from navigation until the picker's search answers (a query typed as soon as the search field
 *   exists shows the target operation) and the main thread is quiet (no long task for a second);
 *   the longest main-thread task meanwhile (long-task PerformanceObserver); the JS heap after a
 *   garbage collection; the DOM nodes of the picker (Portico's `operations` part, RapiDoc's
 *   navigation bar, Swagger UI's tag list) and of the whole widget;
 * - for a 20 MB JSON answer to the one operation of a description, sent from each tool's own
 *   "try it" button: time from the click to the first bytes of the body on screen, and the longest
 *   main-thread task from the click until the main thread is quiet.
 * Chromium runs without DevTools' network agent, which puppeteer enables by default: it keeps a
 * decoded copy of every response body for `Network.getResponseBody`, decoding it on the page's
 * main thread when the body ends (a 1–3 s task for a 13 MB description), a cost no user's page
 * pays. Portico is the built CDN module (`npm run bench` builds first). Prints figures and ratios
 * against each peer; asserts nothing.
 */
import { readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { extname, join, normalize } from 'node:path';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_PATH, chromiumArgs } from '../scripts/chromium.js';
import { petstore } from './petstore.js';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const TIMEOUT_S = Number(process.env.BENCH_TIMEOUT_S ?? 120);
const ONLY = (process.env.BENCH_ONLY ?? '').toLowerCase().split(',').filter(Boolean);
const TOOLS = (process.env.BENCH_TOOLS ?? '').toLowerCase().split(',').filter(Boolean);
const QUIET_MS = 1000;
const PEERS = ['RapiDoc', 'Swagger UI'];
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

/** Each tool's page for a description, set up to browse it. @type {Record<string, (spec: string) => string>} */
const pages = {
  Portico: (spec) => `<script type="module" src="/dist/cdn/portico.js"></script>
    <portico-api-console spec-url="${spec}"></portico-api-console>`,
  RapiDoc: (spec) => `<script type="module" src="/node_modules/rapidoc/dist/rapidoc-min.js"></script>
    <rapi-doc spec-url="${spec}" render-style="focused" use-path-in-nav-bar="true" show-header="false"></rapi-doc>`,
  'Swagger UI': (spec) => `<link rel="stylesheet" href="/node_modules/swagger-ui-dist/swagger-ui.css">
    <div id="ui"></div><script src="/node_modules/swagger-ui-dist/swagger-ui-bundle.js"></script>
    <script>SwaggerUIBundle({ url: '${spec}', dom_id: '#ui', filter: true });</script>`,
};

/** Each tool's page for the big answer's description, set up so its "try it" button is on screen. @type {Record<string, (spec: string) => string>} */
const answerPages = {
  Portico: (spec) => `<script type="module" src="/dist/cdn/portico.js"></script>
    <portico-api-console spec-url="${spec}" operation="bigAnswer"></portico-api-console>`,
  RapiDoc: (spec) => `<script type="module" src="/node_modules/rapidoc/dist/rapidoc-min.js"></script>
    <rapi-doc spec-url="${spec}" render-style="read" show-header="false"></rapi-doc>`,
  'Swagger UI': (spec) => `<link rel="stylesheet" href="/node_modules/swagger-ui-dist/swagger-ui.css">
    <div id="ui"></div><script src="/node_modules/swagger-ui-dist/swagger-ui-bundle.js"></script>
    <script>SwaggerUIBundle({ url: '${spec}', dom_id: '#ui', docExpansion: 'full', tryItOutEnabled: true });</script>`,
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
  // With a Content-Length, as a server sending a file or a buffered JSON answer does.
  const send = (/** @type {string | Buffer} */ body, /** @type {string} */ type) =>
    res
      .writeHead(200, { 'content-type': type, 'content-length': Buffer.byteLength(body), 'cache-control': 'no-store', 'access-control-allow-origin': '*' })
      .end(body);
  const [, kind, tool, name] = /^\/(page|answer)\/([^/]+)\/(.+)$/u.exec(decodeURIComponent(url.pathname)) ?? [];
  if (kind && tool && name)
    return send(
      `<!doctype html><html lang="en"><body>${(kind === 'page' ? pages : answerPages)[tool]?.(`/spec/${encodeURIComponent(name)}.json`)}</body></html>`,
      TYPES['.html'],
    );
  const spec = /^\/spec\/(.+)\.json$/u.exec(decodeURIComponent(url.pathname))?.[1];
  if (spec === 'answer') return send(JSON.stringify(answerDescription()), TYPES['.json']);
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

/**
 * Runs in the page: clicks the tool's "try it" button as soon as it exists, then waits for the
 * first bytes of the answer's body on screen and for a quiet main thread; returns times from the click.
 * @param {string} tool @param {string} marker @param {number} quietMs
 */
async function untilAnswerShown(tool, marker, quietMs) {
  /** @type {any} */ const w = window;
  /** Every element matching `selector`, shadow roots included. @param {string} selector @param {ParentNode} root @returns {Element[]} */
  const deepAll = (selector, root = document) => [
    ...root.querySelectorAll(selector),
    ...[...root.querySelectorAll('*')].flatMap((el) => (el.shadowRoot ? deepAll(selector, el.shadowRoot) : [])),
  ];
  /** The start of an element's text, read node by node (reading a 20 MB `textContent` would itself block). @param {Element} el */
  const leadingText = (el) => {
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    let text = '';
    for (let node = walker.nextNode(); node && text.length < 2000; node = walker.nextNode()) text += /** @type {Text} */ (node).data.slice(0, 2000);
    return text;
  };
  /** @type {Record<string, { send: string, body: string }>} */
  const tools = {
    Portico: { send: '[part~="send"]', body: '[part~="response-body"] pre' },
    RapiDoc: { send: '[part~="btn-try"]', body: '[part~="tab-content"] pre' },
    'Swagger UI': { send: '.execute', body: '.live-responses-table pre' },
  };
  const { send, body } = tools[tool];
  /** @type {HTMLElement | undefined} */ let button;
  while (!(button = /** @type {HTMLElement | undefined} */ (deepAll(send)[0]))) await new Promise((resolve) => setTimeout(resolve, 50));
  // Let the page settle, so what follows is the answer's cost, not the description's.
  await new Promise((resolve) => setTimeout(resolve, 1000));
  w.__longTasks.length = 0;
  const started = performance.now();
  button.click();
  let shownAt = 0;
  for (;;) {
    if (!shownAt && deepAll(body).some((el) => leadingText(el).includes(marker))) shownAt = performance.now();
    const lastTask = Math.max(0, ...w.__longTasks.map((/** @type {{ end: number }} */ task) => task.end));
    if (shownAt && performance.now() - Math.max(shownAt, lastTask) >= quietMs) {
      const longest = Math.max(
        0,
        ...w.__longTasks
          .filter((/** @type {{ end: number }} */ task) => task.end >= started)
          .map((/** @type {{ start: number, end: number }} */ task) => task.end - Math.max(task.start, started)),
      );
      return { firstBytes: shownAt - started, longest };
    }
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** @param {number[]} values */
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
/** @param {number} ms */
const ms = (ms) => `${Math.round(ms)} ms`;
/** @param {number} bytes */
const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
/** @param {string} tool */
const selected = (tool) => TOOLS.length === 0 || TOOLS.includes(tool.toLowerCase());
/** @param {string} name */
const wanted = (name) => ONLY.length === 0 || ONLY.some((word) => name.toLowerCase().includes(word));

const browser = await puppeteer.launch({
  executablePath: CHROMIUM_PATH,
  headless: true,
  networkEnabled: false,
  args: chromiumArgs(),
  protocolTimeout: TIMEOUT_S * 2000,
});
try {
  console.log(`\nThe console beside RapiDoc and Swagger UI (headless Chromium, median of ${RUNS}, a fresh page each run, ${TIMEOUT_S} s allowed per run)`);
  for (const [name, description] of Object.entries(descriptions)) {
    if (!wanted(name)) continue;
    const operations = JSON.parse(description.text).paths;
    const count = Object.values(operations).reduce((sum, item) => sum + Object.keys(item).filter((key) => key !== 'parameters').length, 0);
    console.log(`\n${name}: ${mb(description.text.length)}, ${count} operations; search for ${description.path} (Swagger UI: tag ${description.tag})`);
    const results = await eachTool(
      (tool) => measureDescription(tool, name, tool === 'Swagger UI' ? description.tag : description.path, description.path),
      (r) =>
        `usable ${ms(r.usable).padStart(9)}  longest task ${ms(r.longest).padStart(8)}  heap ${mb(r.heap).padStart(8)}  picker ${String(r.picker).padStart(6)} nodes  widget ${String(r.widget).padStart(6)} nodes`,
    );
    printRatios(results, { usable: 'usable', longest: 'longest task', heap: 'heap', picker: 'picker nodes' });
    if (name === '10,000 ops' && results.Portico)
      console.log(
        `  Portico against the issue's goals: usable ${ms(results.Portico.usable)} (goal ≤ 1500 ms), heap ${mb(results.Portico.heap)} (goal ≤ 40 MB)`,
      );
  }
  if (wanted('20 MB answer')) {
    console.log(`\n20 MB answer: a ${mb(BIG_RESPONSE.length)} JSON body, sent from each tool's "try it" button`);
    const results = await eachTool(
      measureAnswer,
      (r) => `first bytes on screen ${ms(r.firstBytes).padStart(8)} after the click  longest main-thread task ${ms(r.longest).padStart(8)}`,
    );
    printRatios(results, { firstBytes: 'first bytes', longest: 'longest task' });
  }
  console.log('');
} finally {
  await browser.close();
  server.close();
}

/**
 * Measures every tool RUNS times and prints each one's medians; a tool that fails or takes over
 * TIMEOUT_S in a run is reported so and left out.
 * @template {Record<string, number>} T
 * @param {(tool: string) => Promise<T>} measure @param {(medians: T) => string} describe
 * @returns {Promise<Record<string, T>>}
 */
async function eachTool(measure, describe) {
  /** @type {Record<string, T>} */
  const results = {};
  for (const tool of Object.keys(pages).filter(selected)) {
    /** @type {T[]} */
    const samples = [];
    try {
      for (let run = 0; run < RUNS; run += 1) samples.push(await withinTimeout(measure(tool)));
    } catch (error) {
      console.log(`  ${tool.padEnd(11)} ${/** @type {Error} */ (error).message.split('\n')[0]} (left out of the ratios)`);
      continue;
    }
    const medians = /** @type {T} */ (Object.fromEntries(Object.keys(samples[0]).map((key) => [key, median(samples.map((sample) => sample[key]))])));
    results[tool] = medians;
    console.log(`  ${tool.padEnd(11)} ${describe(medians)}`);
  }
  return results;
}

/** @template T @param {Promise<T>} run @returns {Promise<T>} */
function withinTimeout(run) {
  /** @type {ReturnType<typeof setTimeout> | undefined} */ let timer;
  const timeout = new Promise((_, reject) => (timer = setTimeout(() => reject(new Error(`did not finish in ${TIMEOUT_S} s`)), TIMEOUT_S * 1000)));
  return /** @type {Promise<T>} */ (Promise.race([run, timeout]).finally(() => clearTimeout(timer)));
}

/**
 * Portico's figures as ratios to each peer that finished (below 1: Portico is faster, or smaller).
 * @param {Record<string, Record<string, number>>} results @param {Record<string, string>} labels
 */
function printRatios(results, labels) {
  const own = results.Portico;
  if (!own) return;
  const tried = PEERS.filter(selected);
  const peers = tried.filter((tool) => results[tool]);
  if (tried.length > 0 && peers.length === 0) console.log("  no peer finished: Portico's figures above stand alone");
  for (const peer of peers) {
    const ratios = Object.entries(labels).map(([key, label]) => `${label} ${(own[key] / Math.max(results[peer][key], 1e-9)).toFixed(2)}`);
    console.log(`  Portico / ${peer}: ${ratios.join(', ')}`);
  }
  for (const tool of tried.filter((tool) => !results[tool])) console.log(`  Portico / ${tool}: no ratio, ${tool} did not finish`);
}

/** Opens a page, runs `measure` in it and closes it, even when the run is abandoned. @template T @param {string} url @param {(page: import('puppeteer-core').Page) => Promise<T>} measure */
async function inFreshPage(url, measure) {
  const page = await browser.newPage();
  try {
    await page.evaluateOnNewDocument(recordLongTasks);
    await page.goto(url);
    return await measure(page);
  } finally {
    // A page stuck in a long task answers late: close it without waiting on it.
    void page.close().catch(() => undefined);
  }
}

/** @param {string} tool @param {string} name @param {string} query @param {string} target */
function measureDescription(tool, name, query, target) {
  return inFreshPage(`${origin}/page/${encodeURIComponent(tool)}/${encodeURIComponent(name)}`, async (page) => {
    const { usable, longest } = await page.evaluate(untilUsable, tool, query, target, QUIET_MS, TIMEOUT_S * 1000);
    await new Promise((resolve) => setTimeout(resolve, 500));
    const nodes = await page.evaluate(countNodes, tool);
    const session = await page.createCDPSession();
    await session.send('HeapProfiler.collectGarbage');
    const { JSHeapUsedSize } = await page.metrics();
    return { usable, longest, heap: JSHeapUsedSize ?? 0, ...nodes };
  });
}

/** @param {string} tool */
function measureAnswer(tool) {
  return inFreshPage(`${origin}/answer/${encodeURIComponent(tool)}/answer`, (page) => page.evaluate(untilAnswerShown, tool, '"item 0"', QUIET_MS));
}

/** A description with one operation, `GET /big.json` on this server, answered by BIG_RESPONSE. */
function answerDescription() {
  return {
    openapi: '3.0.3',
    info: { title: 'A big answer', version: '1.0.0' },
    servers: [{ url: origin }],
    paths: {
      '/big.json': {
        get: {
          operationId: 'bigAnswer',
          tags: ['answers'],
          summary: 'A 20 MB answer',
          responses: { 200: { description: 'ok', content: { 'application/json': {} } } },
        },
      },
    },
  };
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
