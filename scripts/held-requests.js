// @ts-check
/**
 * Holds chosen requests to the test server back until the test lets them go: a slow network for
 * one file (a click on a page whose MSAL chunk is still on its way). One `middleware` for the
 * server, one plugin for the commands:
 *
 * - `requests-hold` `{ pathIncludes }` → from now on, requests whose path contains it wait; the test
 *   page stops using the browser's cache meanwhile, as on a first visit (the runner lets the browser
 *   keep every file for a year, so an earlier test file's copy would never be asked for)
 * - `requests-held` → how many requests are waiting
 * - `requests-release` → lets every waiting request go on, holds no more, and gives the cache back
 */

/** @typedef {(context: import('koa').Context, next: () => Promise<unknown>) => Promise<unknown>} Middleware */

/** @returns {{ middleware: Middleware, plugin: import('@web/test-runner').TestRunnerPlugin }} */
export function heldRequests() {
  /** @type {string | undefined} */
  let holding;
  /** @type {(() => void)[]} */
  const waiting = [];
  const release = () => {
    holding = undefined;
    for (const go of waiting.splice(0)) go();
  };
  return {
    async middleware(context, next) {
      if (holding !== undefined && context.path.includes(holding)) await new Promise((resolve) => waiting.push(() => resolve(undefined)));
      return next();
    },
    plugin: {
      name: 'portico-held-requests',
      async executeCommand({ command, payload, session }) {
        if (!command.startsWith('requests-')) return undefined;
        const testPage = /** @type {import('@web/test-runner-chrome').ChromeLauncher} */ (session.browser).getPage(session.id);
        if (command === 'requests-hold') {
          await testPage.setCacheEnabled(false);
          holding = /** @type {{ pathIncludes: string }} */ (payload).pathIncludes;
          return true;
        }
        if (command === 'requests-held') return waiting.length;
        if (command === 'requests-release') {
          release();
          await testPage.setCacheEnabled(true);
          return true;
        }
        return undefined;
      },
    },
  };
}
