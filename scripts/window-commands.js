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
 *
 * Windows are found and reached through the browser's own list of targets, not puppeteer's page
 * objects: a sign-in window is in the middle of a navigation most of the time (a blank popup sent to
 * the provider, a COOP page swapping it into another browsing context group, its redirect page
 * closing it), and puppeteer's page for such a window may have no main frame to read its URL from
 * ("Requesting main frame too early"). The browser always knows a window's URL and can always close it.
 */

/** @typedef {{ urlIncludes: string, username?: string }} WindowQuery */
/** @typedef {import('puppeteer-core').CDPSession} CDPSession */
/** @typedef {import('puppeteer-core').Protocol.Target.TargetInfo} TargetInfo */

/** How long `windows-close` keeps closing windows that match (a window may change targets as it navigates). */
const CLOSE_TIMEOUT_MS = 5000;
const CLOSE_POLL_MS = 25;

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
      const browserSession = await testPage.browser().target().createCDPSession();
      try {
        const windows = await windowLister(browserSession, testPage, urlIncludes);
        if (command === 'windows-read') {
          return Promise.all((await windows()).map(async (info) => ({ url: info.url, text: await windowText(browserSession, info) })));
        }
        if (command === 'windows-close') return await closeWindows(browserSession, windows);
        if (command === 'windows-submit') {
          const expression = `document.querySelector(${JSON.stringify(`input[name=username][value="${username ?? ''}"]`)})?.form?.submit()`;
          const matching = await windows();
          await Promise.all(matching.map((info) => evaluateIn(browserSession, info, expression)));
          return matching.length;
        }
        return undefined;
      } finally {
        await browserSession.detach().catch(() => undefined);
      }
    },
  };
}

/**
 * @param {CDPSession} browserSession a session with the browser target
 * @param {import('puppeteer-core').Page} testPage
 * @param {string} urlIncludes
 * @returns {Promise<() => Promise<TargetInfo[]>>} lists the windows open now that the test page opened (or
 *   that windows it opened did) whose URL contains `urlIncludes`; never the test page, nor a window the
 *   browser opened itself (its first, blank tab, which it closes a moment after the tests start)
 */
async function windowLister(browserSession, testPage, urlIncludes) {
  const testPageSession = await testPage.createCDPSession();
  const testPageId = (await testPageSession.send('Target.getTargetInfo')).targetInfo.targetId;
  await testPageSession.detach();
  return async () => {
    const pages = (await browserSession.send('Target.getTargets')).targetInfos.filter((info) => info.type === 'page');
    const byId = new Map(pages.map((info) => [info.targetId, info]));
    /** @param {TargetInfo | undefined} info @returns {boolean} */
    const openedFromTestPage = (info) => info?.openerId === testPageId || (info?.openerId !== undefined && openedFromTestPage(byId.get(info.openerId)));
    return pages.filter((info) => openedFromTestPage(info) && info.url.includes(urlIncludes));
  };
}

/**
 * Closes the windows `windows` lists, until it lists none: one may close itself or swap targets in
 * between, and is then closed under its new target.
 * @param {CDPSession} browserSession @param {() => Promise<TargetInfo[]>} windows
 * @returns {Promise<number>} how many windows were open when asked
 */
async function closeWindows(browserSession, windows) {
  const open = await windows();
  const deadline = Date.now() + CLOSE_TIMEOUT_MS;
  for (let left = open; left.length > 0; left = await windows()) {
    if (Date.now() > deadline) throw new Error(`Windows still open after ${CLOSE_TIMEOUT_MS} ms: ${left.map((info) => info.url).join(', ')}`);
    // A target that has just gone (closed, or swapped for another) answers "No target with given id".
    await Promise.all(left.map((info) => browserSession.send('Target.closeTarget', { targetId: info.targetId }).catch(() => undefined)));
    await new Promise((resolve) => setTimeout(resolve, CLOSE_POLL_MS));
  }
  return open.length;
}

/**
 * A window's text; empty while it is between pages.
 * @param {CDPSession} browserSession @param {TargetInfo} info @returns {Promise<string>}
 */
async function windowText(browserSession, info) {
  const text = await evaluateIn(browserSession, info, `document.body?.innerText ?? ''`).catch(() => '');
  return typeof text === 'string' ? text : '';
}

/**
 * Evaluates `expression` in the window's page, through a session of its own.
 * @param {CDPSession} browserSession @param {TargetInfo} info @param {string} expression
 * @returns {Promise<unknown>}
 */
async function evaluateIn(browserSession, info, expression) {
  const connection = browserSession.connection();
  if (!connection) throw new Error('The browser session has no connection.');
  const windowSession = await connection.createSession(info);
  try {
    const { result, exceptionDetails } = await windowSession.send('Runtime.evaluate', { expression, returnByValue: true });
    if (exceptionDetails) throw new Error(`${info.url}: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`);
    return result.value;
  } finally {
    await windowSession.detach().catch(() => undefined);
  }
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
        record({ type: message.type(), text: message.text(), url: message.location().url ?? page.target().url() });
      }
    };
    page.on('console', onConsole);
    detach.push(() => page.off('console', onConsole));
  };
  /** @param {import('puppeteer-core').Target} target */
  const onTarget = async (target) => {
    // A window that closed before its page could be made has nothing left to log.
    const page = await target.page().catch(() => null);
    if (page) watch(page);
  };
  void browser.pages().then((pages) => pages.forEach(watch));
  browser.on('targetcreated', onTarget);
  return () => {
    browser.off('targetcreated', onTarget);
    for (const undo of detach) undo();
  };
}
