// @ts-check
/**
 * `oidc-provider`, imported without its one warning about Node 20. Version 9 warns once per
 * process on import that it wants Node 22; it runs fine on Node 20 (see TOOLCHAIN.md), and that
 * line would be the first thing a newcomer sees in `npm start` and the test log. Only that exact
 * warning is dropped, and only while the module loads; every other warning passes.
 * The sandbox imports oidc-provider through this module alone.
 */
const UNSUPPORTED_RUNTIME = 'oidc-provider WARNING: Unsupported runtime.';

const warn = console.warn;
console.warn = (/** @type {unknown[]} */ ...args) => {
  if (typeof args[0] === 'string' && args[0].includes(UNSUPPORTED_RUNTIME)) return;
  warn(...args);
};
/** @type {typeof import('oidc-provider')} */
let oidcProvider;
try {
  oidcProvider = await import('oidc-provider');
} finally {
  console.warn = warn;
}

export default oidcProvider.default;
export const { errors, interactionPolicy } = oidcProvider;
