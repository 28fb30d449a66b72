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

/** A class MSAL's code names but never builds while the feature is off. @param {string} name @param {string} feature */
const UNBUILT_CLASS = (name, feature) => `export class ${name} {\n  constructor() { ${NOT_BUILT(feature)}; }\n}`;

const TOKEN_BINDING = 'token binding (PoP, DPoP)';

/** @type {Record<string, string>} module path inside node_modules/@azure/ → its replacement */
const REPLACEMENTS = {
  'msal-browser/dist/broker/nativeBroker/PlatformAuthProvider.mjs': `
export function isPlatformAuthAllowed() { return false; }
export async function getPlatformAuthProvider() { return undefined; }
export async function isPlatformBrokerAvailable() { return false; }`,
  'msal-browser/dist/interaction_client/PlatformAuthInteractionClient.mjs': UNBUILT_CLASS('PlatformAuthInteractionClient', 'platform broker'),
  'msal-browser/dist/crypto/TokenBindingKeyManager.mjs': `
export class TokenBindingKeyManager {
  async provisionTokenBindingKey() { ${NOT_BUILT(TOKEN_BINDING)}; }
  async getTokenBindingPublicKeyJwk() { ${NOT_BUILT(TOKEN_BINDING)}; }
  async getTokenBindingKeyPair() { ${NOT_BUILT(TOKEN_BINDING)}; }
  async removeTokenBindingKey() {}
  async hasTokenBindingKey() { return false; }
  async isTokenBindingKeyPersisted() { return false; }
  async clearKeystore() { return true; }
  getTokenBindingKeyTelemetry() { return {}; }
}`,
  'msal-common/dist-browser/crypto/PopTokenGenerator.mjs': UNBUILT_CLASS('PopTokenGenerator', TOKEN_BINDING),
  'msal-common/dist-browser/crypto/DpopProofGenerator.mjs': `${UNBUILT_CLASS('DpopProofGenerator', TOKEN_BINDING)}
export function normalizeDpopResourceRequestContext() { ${NOT_BUILT(TOKEN_BINDING)}; }`,
  'msal-browser/dist/interaction_client/SilentAuthCodeClient.mjs': UNBUILT_CLASS('SilentAuthCodeClient', 'acquireTokenByCode'),
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
