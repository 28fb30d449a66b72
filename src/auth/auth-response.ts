import { broadcastAuthResponse } from './msal-client.js';

/** Query or fragment parameters that only an authorization or logout response carries. */
function responseParameters(location: Location): URLSearchParams | null {
  for (const part of [location.hash.slice(1), location.search.slice(1)]) {
    const params = new URLSearchParams(part);
    if (params.has('state') && (params.has('code') || params.has('error') || params.size === 1)) return params;
  }
  return null;
}

/** Whether this page was loaded as the end of a redirect sign-in (the main window came back from the IdP). */
export function hasRedirectResponse(): boolean {
  return typeof window !== 'undefined' && responseParameters(window.location) !== null;
}

/** Whether this page is a sign-in popup or hidden frame that came back from the IdP with a response. */
export function isAuthResponseWindow(): boolean {
  if (typeof window === 'undefined' || !hasRedirectResponse()) return false;
  return window.parent !== window || (window.opener !== null && window.opener !== window);
}

let handOff: Promise<boolean> | undefined;

/**
 * When this page runs as a popup or hidden frame holding an auth response, passes the response
 * back to the window that started the flow (MSAL v5's redirect bridge) and reports `true`:
 * the page is then only a messenger and must not start its own sign-in machinery.
 * Safe to call many times; the hand-off happens once.
 */
export function handOffAuthResponse(): Promise<boolean> {
  handOff ??= isAuthResponseWindow() ? broadcastAuthResponse().then(() => true) : Promise.resolve(false);
  return handOff;
}
