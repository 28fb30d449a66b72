const POPUP_WIDTH = 483;
const POPUP_HEIGHT = 600;

/**
 * Opens a blank, centred sign-in window. Must run synchronously inside the user's click:
 * browsers block windows opened later, e.g. after MSAL's code has finished loading.
 * @returns the window, or `null` when the browser blocked it.
 */
export function openBlankPopup(name: string): Window | null {
  const left = Math.max(0, window.screenX + (window.outerWidth - POPUP_WIDTH) / 2);
  const top = Math.max(0, window.screenY + (window.outerHeight - POPUP_HEIGHT) / 2);
  return window.open('about:blank', name, `popup,width=${POPUP_WIDTH},height=${POPUP_HEIGHT},left=${Math.round(left)},top=${Math.round(top)}`);
}

/**
 * Starts an MSAL popup flow in `popup`, the window opened earlier from the user's click.
 * MSAL opens its window synchronously at the start of `loginPopup`/`logoutPopup`, so
 * `window.open` hands over `popup` for exactly that synchronous call and is restored before
 * anything else can run. (MSAL's `popupWindowParent` option cannot serve: MSAL broadcasts the
 * logout request to other tabs, and a window in it cannot be cloned.)
 */
export function startInPopup<T>(popup: Window, start: () => Promise<T>): Promise<T> {
  const open = window.open;
  window.open = () => popup;
  try {
    return start();
  } finally {
    window.open = open;
  }
}
