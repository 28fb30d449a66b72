// @ts-check
/**
 * Holds chosen requests of one test page back, or fails them, until the test lets them go: a slow
 * network for one file (a click on a page whose MSAL chunk is still on its way), or a flaky one (a
 * chunk that does not arrive). A test runner plugin of commands, acting in the browser through
 * request interception on the page that sent the command, so the test files other browsers run
 * meanwhile (the runner's groups run side by side) never see its rule:
 *
 * - `requests-hold` `{ pathIncludes }` → from now on, requests whose path contains it wait
 * - `requests-fail` `{ pathIncludes }` → from now on, requests whose path contains it are answered
 *   503, and so are the requests waiting (hold, then fail: a fetch that fails after a while)
 * - `requests-held` → how many requests are waiting
 * - `requests-release` → lets every waiting request go on, holds and fails no more
 *
 * While a rule is on, the page does not use the browser's cache, as on a first visit: the runner
 * lets the browser keep every file for a year, so an earlier test file's copy would never be asked
 * for. What no cache setting covers: Chromium remembers a failed `import()` of a URL for the page's
 * life (see LazyModule), so a page retries a failed module under another URL, and a test file that
 * fails a module must not have loaded it before.
 */

/** @typedef {import('puppeteer-core').HTTPRequest} Request */

/** @param {Request} request */
function fail(request) {
  return request.respond({
    status: 503,
    headers: { 'cache-control': 'no-store' },
    contentType: 'text/plain; charset=utf-8',
    body: `Failed on purpose by the test (requests-fail): ${new URL(request.url()).pathname}`,
  });
}

/** @returns {import('@web/test-runner').TestRunnerPlugin} */
export function heldRequests() {
  /** Per test page: its rule and the requests waiting on it. @type {Map<import('puppeteer-core').Page, { pathIncludes: string, fail: boolean, waiting: Request[], listener: (request: Request) => void }>} */
  const rules = new Map();
  return {
    name: 'portico-held-requests',
    async executeCommand({ command, payload, session }) {
      if (!command.startsWith('requests-')) return undefined;
      const page = /** @type {import('@web/test-runner-chrome').ChromeLauncher} */ (session.browser).getPage(session.id);
      const rule = rules.get(page);
      if (command === 'requests-hold' || command === 'requests-fail') {
        const pathIncludes = /** @type {{ pathIncludes: string }} */ (payload).pathIncludes;
        const fails = command === 'requests-fail';
        if (rule) {
          Object.assign(rule, { pathIncludes, fail: fails });
          if (fails) await Promise.all(rule.waiting.splice(0).map(fail));
          return true;
        }
        /** @type {Request[]} */
        const waiting = [];
        const next = {
          pathIncludes,
          fail: fails,
          waiting,
          /** @param {Request} request */
          listener: (request) => {
            if (!new URL(request.url()).pathname.includes(next.pathIncludes)) void request.continue();
            else if (next.fail) void fail(request);
            else waiting.push(request);
          },
        };
        rules.set(page, next);
        await page.setCacheEnabled(false);
        await page.setRequestInterception(true);
        page.on('request', next.listener);
        return true;
      }
      if (command === 'requests-held') return rule?.waiting.length ?? 0;
      if (command === 'requests-release') {
        if (!rule) return true;
        rules.delete(page);
        page.off('request', rule.listener);
        await Promise.all(rule.waiting.splice(0).map((request) => request.continue()));
        await page.setRequestInterception(false);
        await page.setCacheEnabled(true);
        return true;
      }
      return undefined;
    },
  };
}
