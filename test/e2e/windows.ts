/**
 * The other windows of a test (sign-in popups, portal windows), reached through the runner's
 * commands (scripts/window-commands.js): a provider page's COOP cuts them off from this page, so
 * `window.close()` and reading them from here no longer work. Only windows this page opened (or
 * that they opened) are listed.
 */
import { executeServerCommand, sendMouse } from '@web/test-runner-commands';

export interface WindowView {
  url: string;
  text: string;
}

/** The open windows whose URL contains `urlIncludes` (every one for `''`), with their text. */
export const readWindows = (urlIncludes = '') => executeServerCommand<WindowView[], { urlIncludes: string }>('windows-read', { urlIncludes });

/** Closes the windows whose URL contains `urlIncludes` (every one for `''`), as a person would; says how many. */
export const closeWindows = (urlIncludes = '') => executeServerCommand<number, { urlIncludes: string }>('windows-close', { urlIncludes });

/** Signs in as a demo user on the sandbox sign-in page showing in the windows whose URL contains `urlIncludes`. */
export const submitDemoUser = (urlIncludes: string, username: string) =>
  executeServerCommand<number, { urlIncludes: string; username: string }>('windows-submit', { urlIncludes, username });

/** Clicks `element` as a person would: a trusted click the popup blocker honours. */
export async function clickAsPerson(element: HTMLElement): Promise<void> {
  const { x, y, width, height } = element.getBoundingClientRect();
  await sendMouse({ type: 'click', position: [Math.round(x + width / 2), Math.round(y + height / 2)] });
}
