/** The only module of Portico that loads `@azure/msal-browser` code, and only on demand. */
import type { IPublicClientApplication } from '@azure/msal-browser';
import { authErrorTexts } from './error-texts.js';
import { AuthErrorCode, PorticoAuthError } from './errors.js';
import { LazyImport } from './lazy-import.js';
import { toMsalConfiguration } from './msal-configuration.js';
import type { ProviderConfig } from './types.js';

/** The part of MSAL's client the controller uses; a fake can stand in for it in tests. */
export type MsalClient = Pick<
  IPublicClientApplication,
  | 'handleRedirectPromise'
  | 'loginPopup'
  | 'loginRedirect'
  | 'acquireTokenSilent'
  | 'ssoSilent'
  | 'logoutPopup'
  | 'logoutRedirect'
  | 'clearCache'
  | 'getAllAccounts'
  | 'setActiveAccount'
>;

export type MsalClientFactory = (config: ProviderConfig) => Promise<MsalClient>;

/** MSAL's code, fetched once for every provider of the page; after a failed fetch, the next client asks again. */
const msal = new LazyImport(() => import('./msal-runtime.js'), new URL('./msal-runtime.js', import.meta.url));

/**
 * Loads MSAL (its own chunk, fetched only now) and starts a client for one provider. A fetch that
 * fails rejects with `part-load-failed`, and the next call fetches again.
 */
export const createMsalClient: MsalClientFactory = async (config) => {
  const { PublicClientApplication } = await msal.load().catch((error: unknown) => {
    const { message, hint } = authErrorTexts[AuthErrorCode.PartLoadFailed];
    throw new PorticoAuthError(AuthErrorCode.PartLoadFailed, message(), hint(), { cause: error });
  });
  const client = new PublicClientApplication(toMsalConfiguration(config));
  await client.initialize();
  return client;
};

/** Hands an auth response in this page's URL back to the window waiting for it (MSAL's redirect bridge). */
export async function broadcastAuthResponse(): Promise<void> {
  const { broadcastResponseToMainFrame } = await msal.load();
  await broadcastResponseToMainFrame();
}
