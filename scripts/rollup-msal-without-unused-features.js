// @ts-check
/**
 * MSAL without the features Portico never turns on, for the CDN build. MSAL's controller and
 * clients import their code statically, so rollup keeps it; this plugin gives those modules bodies
 * that say so:
 * - the platform broker (Windows' WAM through a browser extension or the DOM API), about a sixth
 *   of MSAL: Portico never sets `system.allowPlatformBroker`, so MSAL never looks for a broker;
 * - token binding (proof-of-possession and DPoP tokens, their keys kept in IndexedDB): Portico
 *   asks for bearer tokens only, never setting a request's `authenticationScheme`, so MSAL never
 *   makes a key. Logging out still asks the key store to clear itself: there is nothing to clear;
 * - redeeming an authorization code a server obtained (`acquireTokenByCode`), which Portico never
 *   calls, and Azure region discovery, which only confidential clients configure.
 */

/** A statement that says what this build lacks. @param {string} feature */
const NOT_BUILT = (feature) => `throw new Error("Portico's CDN build of MSAL has no ${feature}")`;

/** @type {Record<string, string>} module path inside node_modules/@azure/ → its replacement */
const REPLACEMENTS = {
  'msal-browser/dist/broker/nativeBroker/PlatformAuthProvider.mjs': `
export function isPlatformAuthAllowed() { return false; }
export async function getPlatformAuthProvider() { return undefined; }
export async function isPlatformBrokerAvailable() { return false; }`,
  'msal-browser/dist/interaction_client/PlatformAuthInteractionClient.mjs': `
export class PlatformAuthInteractionClient {
  constructor() { ${NOT_BUILT('platform broker')}; }
}`,
  'msal-browser/dist/crypto/TokenBindingKeyManager.mjs': `
export class TokenBindingKeyManager {
  async provisionTokenBindingKey() { ${NOT_BUILT('token binding (PoP, DPoP)')}; }
  async getTokenBindingPublicKeyJwk() { ${NOT_BUILT('token binding (PoP, DPoP)')}; }
  async getTokenBindingKeyPair() { ${NOT_BUILT('token binding (PoP, DPoP)')}; }
  async removeTokenBindingKey() {}
  async hasTokenBindingKey() { return false; }
  async isTokenBindingKeyPersisted() { return false; }
  async clearKeystore() { return true; }
  getTokenBindingKeyTelemetry() { return {}; }
}`,
  'msal-common/dist-browser/crypto/PopTokenGenerator.mjs': `
export class PopTokenGenerator {
  constructor() { ${NOT_BUILT('token binding (PoP, DPoP)')}; }
}`,
  'msal-common/dist-browser/crypto/DpopProofGenerator.mjs': `
export class DpopProofGenerator {
  constructor() { ${NOT_BUILT('token binding (PoP, DPoP)')}; }
}
export function normalizeDpopResourceRequestContext() { ${NOT_BUILT('token binding (PoP, DPoP)')}; }`,
  'msal-browser/dist/interaction_client/SilentAuthCodeClient.mjs': `
export class SilentAuthCodeClient {
  constructor() { ${NOT_BUILT('acquireTokenByCode')}; }
}`,
  'msal-common/dist-browser/authority/RegionDiscovery.mjs': `
export class RegionDiscovery {
  async detectRegion() { ${NOT_BUILT('Azure region discovery')}; }
}`,
};

const MSAL_DIST = /\/node_modules\/@azure\/(msal-(?:browser\/dist|common\/dist-browser)\/.+)$/;

/** @returns {import('rollup').Plugin} */
export function msalWithoutUnusedFeatures() {
  return {
    name: 'msal-without-unused-features',
    load(id) {
      const path = id.replaceAll('\\', '/').match(MSAL_DIST)?.[1];
      return path !== undefined && path in REPLACEMENTS ? REPLACEMENTS[path] : null;
    },
  };
}
