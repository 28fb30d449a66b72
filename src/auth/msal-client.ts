/** The only module of Portico that loads `@azure/msal-browser` code, and only on demand. */
import type { IPublicClientApplication } from '@azure/msal-browser';
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

/**
 * Loads MSAL (its own chunk, fetched only now) and starts a client for one provider.
 */
export const createMsalClient: MsalClientFactory = async (config) => {
  const { PublicClientApplication } = await import('@azure/msal-browser');
  const client = new PublicClientApplication(toMsalConfiguration(config));
  await client.initialize();
  return client;
};

/** Hands an auth response in this page's URL back to the window waiting for it (MSAL's redirect bridge). */
export async function broadcastAuthResponse(): Promise<void> {
  const { broadcastResponseToMainFrame } = await import('@azure/msal-browser/redirect-bridge');
  await broadcastResponseToMainFrame();
}
