// @ts-check
/**
 * Holds chosen requests to the test server back, or fails them, until the test lets them go: a slow
 * network for one file (a click on a page whose MSAL chunk is still on its way), or a flaky one (a
 * chunk that does not arrive). One `middleware` for the server, one plugin for the commands:
 *
 * - `requests-hold` `{ pathIncludes }` → from now on, requests whose path contains it wait
 * - `requests-fail` `{ pathIncludes }` → from now on, requests whose path contains it are answered
 *   503, and so are the requests waiting (hold, then fail: a fetch that fails after a while)
 * - `requests-held` → how many requests are waiting
 * - `requests-release` → lets every waiting request go on, holds and fails no more, and gives the
 *   cache back
 *
 * While it holds or fails, the test page stops using the browser's cache, as on a first visit: the
 * runner lets the browser keep every file for a year, so an earlier test file's copy would never be
 * asked for. A failure is sent `no-store` (past the runner's year-long caching), so that the browser
 * keeps no copy of it for the next test file. What no cache setting covers: Chromium remembers a
 * failed `import()` of a URL for the page's life (see LazyModule), so a page retries a failed
 * module under another URL, and a test file that fails a module must not have loaded it before.
 */

/** @typedef {(context: import('koa').Context, next: () => Promise<unknown>) => Promise<unknown>} Middleware */

/** @returns {{ middleware: Middleware, plugin: import('@web/test-runner').TestRunnerPlugin }} */
export function heldRequests() {
  /** What happens to requests whose path contains `pathIncludes`; nothing when undefined. @type {{ pathIncludes: string, fail: boolean } | undefined} */
  let rule;
  /** The waiting requests, each told at last whether it fails. @type {((fail: boolean) => void)[]} */
  const waiting = [];
  /** @param {boolean} fail */
  const settle = (fail) => {
    for (const go of waiting.splice(0)) go(fail);
  };
  return {
    async middleware(context, next) {
      if (rule === undefined || !context.path.includes(rule.pathIncludes)) return next();
      const fail = rule.fail || (await new Promise((resolve) => waiting.push(resolve)));
      if (!fail) return next();
      // Written past Koa: the runner's cache middleware, outside this one, would otherwise give the
      // failure a year's max-age, and the next test file would get it from the browser's cache.
      context.respond = false;
      context.res.writeHead(503, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' });
      context.res.end(`Failed on purpose by the test (requests-fail): ${context.path}`);
      return undefined;
    },
    plugin: {
      name: 'portico-held-requests',
      async executeCommand({ command, payload, session }) {
        if (!command.startsWith('requests-')) return undefined;
        const testPage = /** @type {import('@web/test-runner-chrome').ChromeLauncher} */ (session.browser).getPage(session.id);
        if (command === 'requests-hold' || command === 'requests-fail') {
          await testPage.setCacheEnabled(false);
          rule = { pathIncludes: /** @type {{ pathIncludes: string }} */ (payload).pathIncludes, fail: command === 'requests-fail' };
          if (rule.fail) settle(true);
          return true;
        }
        if (command === 'requests-held') return waiting.length;
        if (command === 'requests-release') {
          rule = undefined;
          settle(false);
          await testPage.setCacheEnabled(true);
          return true;
        }
        return undefined;
      },
    },
  };
}
