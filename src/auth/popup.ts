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
  return window.open(
    'about:blank',
    name,
    `popup,width=${POPUP_WIDTH},height=${POPUP_HEIGHT},left=${Math.round(left)},top=${Math.round(top)}`,
  );
}

/**
 * A stand-in for `window` (MSAL's `popupWindowParent` option) whose `open()` hands MSAL
 * the window already opened from the click, instead of opening one outside the gesture.
 */
export function parentReusing(popup: Window): Window {
  return new Proxy(window, {
    get(target, property) {
      if (property === 'open') return () => popup;
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
}
