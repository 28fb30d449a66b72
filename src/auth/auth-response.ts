import { broadcastAuthResponse } from './msal-client.js';

/** Query or fragment parameters that only an authorization or logout response carries. */
function responseParameters(location: Location): URLSearchParams | null {
  for (const part of [location.hash.slice(1), location.search.slice(1)]) {
    const params = new URLSearchParams(part);
    if (params.has('state') && (params.has('code') || params.has('error') || params.size === 1)) return params;
  }
  return null;
}

/**
 * The interaction MSAL started a response belongs to, read from the `state` MSAL sent
 * (`base64(JSON { id, meta: { interactionType } })`, then optionally `|` and the caller's state).
 * `null` when the state is not MSAL's.
 */
export function interactionTypeOf(state: string): string | null {
  try {
    const library = state.split('|')[0]!.replace(/-/g, '+').replace(/_/g, '/');
    const parsed: unknown = JSON.parse(new TextDecoder().decode(Uint8Array.from(atob(library), (c) => c.charCodeAt(0))));
    const { id, meta } = (parsed ?? {}) as { id?: unknown; meta?: { interactionType?: unknown } };
    return typeof id === 'string' && typeof meta?.interactionType === 'string' ? meta.interactionType : null;
  } catch {
    return null;
  }
}

/** Whether this page was loaded as the end of a redirect sign-in (the main window came back from the IdP). */
export function hasRedirectResponse(): boolean {
  return typeof window !== 'undefined' && responseParameters(window.location) !== null;
}

/**
 * Whether this page is a sign-in popup or hidden frame that came back from the IdP with a response.
 * Told by the response itself: MSAL marks a popup's or a silent frame's request in its `state`.
 * Not by `window.opener`: an identity provider whose pages send `Cross-Origin-Opener-Policy:
 * same-origin` (Entra's do) cuts the popup off from its opener, so a popup back on this page has none.
 */
export function isAuthResponseWindow(): boolean {
  if (typeof window === 'undefined') return false;
  const state = responseParameters(window.location)?.get('state');
  const type = state ? interactionTypeOf(state) : null;
  return type === 'popup' || type === 'silent';
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
