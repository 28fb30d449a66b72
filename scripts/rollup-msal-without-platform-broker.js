// @ts-check
/**
 * MSAL without its platform broker (Windows' WAM through a browser extension or the DOM API), for
 * the CDN build. Portico never turns `system.allowPlatformBroker` on, so MSAL never looks for a
 * broker and never builds the client that talks to one; yet its controller imports that code
 * statically, about a sixth of MSAL. This plugin gives those two modules bodies that say so.
 */

/** @type {Record<string, string>} module path inside @azure/msal-browser/dist → its replacement */
const REPLACEMENTS = {
  'broker/nativeBroker/PlatformAuthProvider.mjs': `
export function isPlatformAuthAllowed() { return false; }
export async function getPlatformAuthProvider() { return undefined; }
export async function isPlatformBrokerAvailable() { return false; }`,
  'interaction_client/PlatformAuthInteractionClient.mjs': `
export class PlatformAuthInteractionClient {
  constructor() { throw new Error('Portico\\'s CDN build of MSAL has no platform broker'); }
}`,
};

/** @returns {import('rollup').Plugin} */
export function msalWithoutPlatformBroker() {
  return {
    name: 'msal-without-platform-broker',
    load(id) {
      const path = id.replaceAll('\\', '/').split('/node_modules/@azure/msal-browser/dist/')[1];
      return path !== undefined && path in REPLACEMENTS ? REPLACEMENTS[path] : null;
    },
  };
}
