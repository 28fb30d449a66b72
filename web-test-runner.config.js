// @ts-check
/**
 * Browser tests in Debian's headless Chromium. Every run starts the identity sandbox (the same
 * one `npm start` runs) and serves the test pages over https with the sandbox's certificate, so
 * that pages, provider and API are all same-site https (silent SSO in iframes needs that).
 */
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter } from '@web/test-runner';
import { a11ySnapshotPlugin } from '@web/test-runner-commands/plugins';
import { startSandbox } from './sandbox/index.js';
import { CHROMIUM_PATH, chromiumArgs } from './scripts/chromium.js';
import { countingReporter } from './scripts/counting-reporter.js';
import { heldRequests } from './scripts/held-requests.js';
import { reactAsEsm } from './scripts/react-as-esm.js';
import { summaryOnce } from './scripts/summary-once-reporter.js';
import { windowCommands } from './scripts/window-commands.js';

/** Fixed, because the identity provider matches redirect URIs exactly. */
export const TEST_PORT = Number(process.env.PORTICO_TEST_PORT ?? 8765);
const testOrigin = `https://localhost:${TEST_PORT}`;

const sandboxPort = Number(process.env.PORTICO_SANDBOX_TEST_PORT ?? 8766);
const sandbox = await startSandbox({
  port: sandboxPort,
  // A second origin that records the headers it receives (the API console's tests).
  recorderPort: sandboxPort + 1,
  quiet: true,
  // Short-lived API Management signatures, so the e2e tests see them renewed.
  apimSasLifetime: 5,
  extraRedirectUris: [`${testOrigin}/test/e2e/pages/redirect.html`, `${testOrigin}/test/e2e/pages/portal.html`],
});
process.once('exit', () => void sandbox.stop());

const certificateDir = mkdtempSync(join(tmpdir(), 'portico-test-'));
writeFileSync(join(certificateDir, 'cert.pem'), sandbox.certificate.cert);
writeFileSync(join(certificateDir, 'key.pem'), sandbox.certificate.key);

/**
 * A module worker is started by the URL its built file will have (`new URL('./x.js',
 * import.meta.url)`); here that file is still TypeScript, so `/src/**.js` asks for its `.ts`.
 * Imports need no help: the esbuild plugin resolves those.
 * @param {import('koa').Context} context @param {() => Promise<unknown>} next
 */
function workerSources(context, next) {
  const path = context.path;
  if (path.startsWith('/src/') && path.endsWith('.js') && !existsSync(join('.', path)) && existsSync(join('.', path.replace(/\.js$/u, '.ts')))) {
    context.url = context.url.replace(/\.js(?=$|\?)/u, '.ts');
  }
  return next();
}

/** @param {{ blockPopups?: boolean }} [options] */
function chromium({ blockPopups = false } = {}) {
  const launcher = chromeLauncher({
    launchOptions: {
      executablePath: CHROMIUM_PATH,
      headless: true,
      args: chromiumArgs(sandbox.certificate.spkiHash),
      // Puppeteer turns the popup blocker off; the blocked-popup tests need it back on.
      ...(blockPopups ? { ignoreDefaultArgs: ['--disable-popup-blocking'] } : {}),
    },
  });
  // The name on the runner's progress lines: both would otherwise be "Chrome".
  launcher.name = blockPopups ? 'Chromium, popup blocker on' : 'Chromium';
  return launcher;
}

/** What the e2e pages read to find the sandbox (served as a JSON module). */
const sandboxInfo = JSON.stringify({
  origin: sandbox.origin,
  testOrigin,
  tenants: sandbox.tenants,
  spa: sandbox.spa,
  users: sandbox.users,
  recorder: sandbox.recorder,
  apim: sandbox.apim,
  api: { baseUrl: sandbox.api.baseUrl },
});

export default {
  rootDir: '.',
  port: TEST_PORT,
  hostname: 'localhost',
  protocol: 'https:',
  http2: true,
  sslCert: join(certificateDir, 'cert.pem'),
  sslKey: join(certificateDir, 'key.pem'),
  nodeResolve: true,
  concurrency: 1,
  testsFinishTimeout: 300_000,
  testFramework: { config: { timeout: 20_000 } },
  middleware: [workerSources],
  browsers: [chromium()],
  plugins: [
    reactAsEsm(),
    a11ySnapshotPlugin(),
    windowCommands(),
    heldRequests(),
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' }),
    {
      name: 'portico-sandbox-info',
      serve(context) {
        if (context.path === '/test/sandbox-info.json') return { body: sandboxInfo, type: 'application/json' };
        return undefined;
      },
    },
  ],
  // `npx wtr --files test/x.test.ts` runs just those files (in the default browser); the groups
  // would otherwise run everything.
  groups: process.argv.includes('--files')
    ? []
    : [
        { name: 'unit', files: ['test/**/*.test.ts', '!test/e2e/**'] },
        { name: 'e2e', files: ['test/e2e/**/*.test.ts', '!test/e2e/**/*.blocked-popup.test.ts'] },
        { name: 'e2e-popup-blocker', files: 'test/e2e/**/*.blocked-popup.test.ts', browsers: [chromium({ blockPopups: true })] },
      ],
  // Lit's development build stays on (its runtime warnings catch real mistakes), without the one
  // warning that it is on, which every test file would print: Lit skips a warning whose code is
  // already in `litIssuedWarnings`.
  testRunnerHtml: (testFramework) =>
    `<!doctype html><html><body><script>globalThis.litIssuedWarnings = new Set(['dev-mode']);</script><script type="module" src="${testFramework}"></script></body></html>`,
  reporters: [summaryOnce(defaultReporter()), countingReporter('.test-results/browser.json')],
};
