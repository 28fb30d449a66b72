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

/** How long after this page gets the focus back the sign-in window may take to report itself closed. */
const CLOSE_SETTLE_MS = 1000;
const CLOSE_POLL_MS = 100;

/**
 * Rejects with MSAL's `user_cancelled` once the user has left the sign-in window for good: this page
 * got the focus back and the window reports itself closed. Both are needed: as soon as an identity
 * provider's page with `Cross-Origin-Opener-Policy: same-origin` loads (Entra's do), the window is cut
 * off from this page and reports itself closed while the user is still signing in there; what tells
 * that they closed it is the browser handing the focus back to this page. Never settles otherwise
 * (until `signal` aborts: the sign-in finished).
 */
export function whenPopupAbandoned(popup: Window, signal: AbortSignal): Promise<never> {
  return new Promise<never>((_, reject) => {
    let poll: ReturnType<typeof setInterval> | undefined;
    const stop = (): void => {
      clearInterval(poll);
      window.removeEventListener('focus', onFocus);
    };
    const onFocus = (): void => {
      clearInterval(poll);
      const until = Date.now() + CLOSE_SETTLE_MS;
      poll = setInterval(() => {
        if (popup.closed) {
          stop();
          reject(Object.assign(new Error('The sign-in window was closed.'), { errorCode: 'user_cancelled' }));
        } else if (Date.now() > until) {
          clearInterval(poll);
        }
      }, CLOSE_POLL_MS);
    };
    window.addEventListener('focus', onFocus);
    signal.addEventListener('abort', stop, { once: true });
  });
}
