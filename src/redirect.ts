/**
 * `portico-widgets/redirect`: for a page an author hosts at the redirect URI.
 * @module
 */
import { hasRedirectResponse } from './auth/auth-response.js';
import { broadcastAuthResponse } from './auth/msal-client.js';

/**
 * Hands the auth response in this page's URL back to the window that started sign-in or sign-out:
 * a popup or hidden frame broadcasts it and closes; a redirect returns to the page it started from.
 * Does nothing on a page without a response.
 */
export async function completeAuthRedirect(): Promise<void> {
  if (hasRedirectResponse()) await broadcastAuthResponse();
}
