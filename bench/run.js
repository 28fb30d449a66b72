// @ts-check
/**
 * `npm run bench`: figures for the auth controller, measured in headless Chromium through real
 * MSAL against the sandbox, each beside an anchor measured in the same run:
 * - median time of a cached `getAccessToken`, against MSAL's own cached `acquireTokenSilent`;
 * - token requests the IdP receives when 50 callers ask for the same token at once, against
 *   50 direct MSAL calls (MSAL 5 itself shares identical in-flight silent requests);
 * - gzip size of what a page fetches before first paint (portico.js and its static imports),
 *   against MSAL's lazily loaded chunk.
 * Prints figures; asserts nothing.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import puppeteer from 'puppeteer-core';
import { startSandbox } from '../sandbox/index.js';
import { CHROMIUM_PATH, chromiumArgs } from '../scripts/chromium.js';

/** Browsers coarsen `performance.now()` to 0.1 ms, so calls are timed in batches. */
const BATCHES = 30;
const BATCH_SIZE = 200;
const CALLERS = 50;
const SCOPE = 'api://portico-sample/Orders.Read';

const sandbox = await startSandbox({ port: 0, quiet: true });
const browser = await puppeteer.launch({
  executablePath: CHROMIUM_PATH,
  headless: true,
  args: chromiumArgs(sandbox.certificate.spkiHash),
});

try {
  const page = await browser.newPage();
  let tokenRequests = 0;
  page.on('request', (request) => {
    if (request.method() === 'POST' && new URL(request.url()).pathname.endsWith('/token')) tokenRequests += 1;
  });
  // A blank page of the sandbox's origin: the redirect page, which does nothing without a response.
  await page.goto(`${sandbox.origin}/redirect.html`);
  await page.evaluate(
    async (settings) => {
      const portico = await import(/* @vite-ignore */ '/dist/cdn/portico.js');
      /** @type {any} */ const w = window;
      w.controller = new portico.MsalAuthController(settings, {
        clientFactory: async (/** @type {any} */ config) => (w.msal = await portico.createMsalClient(config)),
      });
      await w.controller.signIn();
    },
    {
      clientId: sandbox.spa.clientId,
      authority: `${sandbox.origin}/contoso`,
      redirectUri: `${sandbox.origin}/redirect.html`,
      loginHint: sandbox.users[0].username,
      prompt: 'login',
    },
  );

  const timing = await page.evaluate(
    async (scope, batches, batchSize) => {
      /** @type {any} */ const w = window;
      const account = w.msal.getAllAccounts()[0];
      await w.controller.getAccessToken({ scopes: [scope] });
      /** The median over batches of the mean time of one call. @param {() => Promise<unknown>} call */
      const median = async (call) => {
        const samples = [];
        for (let batch = 0; batch < batches; batch += 1) {
          const start = performance.now();
          for (let i = 0; i < batchSize; i += 1) await call();
          samples.push((performance.now() - start) / batchSize);
        }
        samples.sort((a, b) => a - b);
        return samples[Math.floor(samples.length / 2)];
      };
      const msal = await median(() => w.msal.acquireTokenSilent({ scopes: [scope], account }));
      const portico = await median(() => w.controller.getAccessToken({ scopes: [scope] }));
      return { msal, portico };
    },
    SCOPE,
    BATCHES,
    BATCH_SIZE,
  );

  /** @param {string} script */
  const countTokenRequests = async (script) => {
    tokenRequests = 0;
    await page.evaluate(script);
    return tokenRequests;
  };
  const direct = await countTokenRequests(`(async () => {
    const account = msal.getAllAccounts()[0];
    await Promise.all(Array.from({ length: ${CALLERS} }, () => msal.acquireTokenSilent({ scopes: ['${SCOPE}'], account, forceRefresh: true })));
  })()`);
  const coalesced = await countTokenRequests(`(async () => {
    await Promise.all(Array.from({ length: ${CALLERS} }, () => controller.getAccessToken({ scopes: ['${SCOPE}'], forceRefresh: true })));
  })()`);

  const gzip = (/** @type {string} */ file) => gzipSync(readFileSync(file), { level: 9 }).length;
  const firstPaint = staticGraph('dist/cdn/portico.js');
  const lazy = readdirSync('dist/cdn/chunks')
    .map((file) => join('dist/cdn/chunks', file))
    .filter((file) => file.endsWith('.js') && !firstPaint.has(file));
  const msalChunk = lazy.map((file) => ({ file, size: gzip(file) })).sort((a, b) => b.size - a.size)[0];
  const firstPaintSize = [...firstPaint].reduce((sum, file) => sum + gzip(file), 0);

  const ms = (/** @type {number} */ value) => `${(value * 1000).toFixed(1)} µs`;
  console.log(
    `cached getAccessToken, median of ${BATCHES} batches of ${BATCH_SIZE}: ${ms(timing.portico)} (MSAL acquireTokenSilent: ${ms(timing.msal)}; ratio ${(timing.portico / timing.msal).toFixed(2)})`,
  );
  console.log(`token requests for ${CALLERS} simultaneous callers: ${coalesced} (direct MSAL calls: ${direct}; ratio ${(coalesced / direct).toFixed(2)})`);
  console.log(
    `first paint: dist/cdn/portico.js and the ${firstPaint.size - 1} chunks it imports statically, ${(firstPaintSize / 1024).toFixed(1)} KB gzip (largest lazy chunk, MSAL's: ${(msalChunk.size / 1024).toFixed(1)} KB; ratio ${(firstPaintSize / msalChunk.size).toFixed(2)})`,
  );
} finally {
  await browser.close();
  await sandbox.stop();
}

/**
 * A built module and every module it imports statically (`import … from "./x.js"`), recursively:
 * what the browser must fetch before it runs. Dynamic `import("./x.js")` chunks are left out.
 * @param {string} file
 * @param {Set<string>} [seen]
 */
function staticGraph(file, seen = new Set()) {
  seen.add(file);
  const code = readFileSync(file, 'utf8');
  for (const [, specifier] of code.matchAll(/(?:from\s*|import\s*)["'](\.{1,2}\/[^"']+)["']/g)) {
    const imported = join(dirname(file), specifier);
    if (!seen.has(imported)) staticGraph(imported, seen);
  }
  return seen;
}
