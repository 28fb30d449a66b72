// @ts-check
/**
 * How every script here starts Chromium: Debian's build (or CHROME_PATH), never a downloaded one,
 * with the flags this closed network needs (without the networking ones Chromium keeps dialling
 * hosts that refuse it).
 */

export const CHROMIUM_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium';

/**
 * @param {string} [trustedSpkiHash] the sandbox certificate's SPKI hash, so its https is trusted
 * @returns {string[]}
 */
export function chromiumArgs(trustedSpkiHash) {
  return [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-dev-shm-usage',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    ...(trustedSpkiHash ? [`--ignore-certificate-errors-spki-list=${trustedSpkiHash}`] : []),
  ];
}
