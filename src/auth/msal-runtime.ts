/**
 * What Portico runs of MSAL, as one module of its own and the only one that imports MSAL's code:
 * `msal-client.ts` imports it on demand and, should that fail, again by this module's URL (see
 * LazyImport), which the CDN build points at MSAL's chunk, this module's own.
 */
export { PublicClientApplication } from '@azure/msal-browser';
export { broadcastResponseToMainFrame } from '@azure/msal-browser/redirect-bridge';
