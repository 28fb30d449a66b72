// @ts-check
/**
 * Test-runner commands for the windows a test page's sign-in opens, which the page itself cannot
 * reach: once an identity provider's page sends `Cross-Origin-Opener-Policy: same-origin`, the
 * opener loses its handle to the popup. Here the runner's own browser reaches them, as a person would.
 *
 * - `windows-read` `{ urlIncludes }` → `[{ url, text }]` of the open windows whose URL contains it
 * - `windows-close` `{ urlIncludes }` → how many such windows were closed (as a person closes one)
 * - `windows-submit` `{ urlIncludes, username }` → submits the sandbox sign-in page's form for that demo user
 * - `console-watch` → from now on, records the errors and warnings every window of the browser logs
 *   (including what Chromium itself logs: failed requests, iframe sandbox warnings), until `console-read`
 * - `console-read` → `[{ type, text, url }]` recorded since `console-watch`, and stops recording
 */

/* global document -- read inside the windows, in Chromium */

/** @typedef {{ urlIncludes: string, username?: string }} WindowQuery */

/** @returns {import('@web/test-runner').TestRunnerPlugin} */
export function windowCommands() {
  /** @type {{ type: string, text: string, url: string }[]} */
  let recorded = [];
  /** @type {(() => void) | undefined} */
  let stopWatching;
  return {
    name: 'portico-window-commands',
    async executeCommand({ command, payload, session }) {
      if (!command.startsWith('windows-') && !command.startsWith('console-')) return undefined;
      const launcher = /** @type {import('@web/test-runner-chrome').ChromeLauncher} */ (session.browser);
      const testPage = launcher.getPage(session.id);
      if (command === 'console-watch') {
        stopWatching?.();
        recorded = [];
        stopWatching = watchConsole(testPage.browser(), (entry) => recorded.push(entry));
        return true;
      }
      if (command === 'console-read') {
        stopWatching?.();
        stopWatching = undefined;
        return recorded;
      }
      const { urlIncludes, username } = /** @type {WindowQuery} */ (payload);
      const pages = (await testPage.browser().pages()).filter((page) => page !== testPage && page.url().includes(urlIncludes));
      if (command === 'windows-read') {
        // A window in the middle of a navigation has no text yet.
        const text = (/** @type {import('puppeteer-core').Page} */ page) => page.evaluate(() => document.body?.innerText ?? '').catch(() => '');
        return Promise.all(pages.map(async (page) => ({ url: page.url(), text: await text(page) })));
      }
      if (command === 'windows-close') {
        await Promise.all(pages.map((page) => page.close()));
        return pages.length;
      }
      if (command === 'windows-submit') {
        await Promise.all(
          pages.map((page) =>
            page.evaluate((name) => {
              const input = /** @type {HTMLInputElement | null} */ (document.querySelector(`input[name=username][value="${name}"]`));
              input?.form?.submit();
            }, username ?? ''),
          ),
        );
        return pages.length;
      }
      return undefined;
    },
  };
}

/**
 * Records the errors and warnings of every page of `browser`, those open now and those opened later.
 * @param {import('puppeteer-core').Browser} browser
 * @param {(entry: { type: string, text: string, url: string }) => void} record
 * @returns {() => void} stops recording
 */
function watchConsole(browser, record) {
  /** @type {(() => void)[]} */
  const detach = [];
  /** @param {import('puppeteer-core').Page} page */
  const watch = (page) => {
    /** @param {import('puppeteer-core').ConsoleMessage} message */
    const onConsole = (message) => {
      if (message.type() === 'error' || message.type() === 'warn') {
        record({ type: message.type(), text: message.text(), url: message.location().url ?? page.url() });
      }
    };
    page.on('console', onConsole);
    detach.push(() => page.off('console', onConsole));
  };
  /** @param {import('puppeteer-core').Target} target */
  const onTarget = async (target) => {
    const page = await target.page();
    if (page) watch(page);
  };
  void browser.pages().then((pages) => pages.forEach(watch));
  browser.on('targetcreated', onTarget);
  return () => {
    browser.off('targetcreated', onTarget);
    for (const undo of detach) undo();
  };
}
