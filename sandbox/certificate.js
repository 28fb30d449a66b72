// @ts-check
/**
 * The sandbox's TLS certificate. MSAL refuses authorities that are not https, so the sandbox
 * serves everything over TLS with a certificate made at start-up in pure Node (no openssl, no
 * mkcert), valid for every name a browser may use for loopback.
 */
import { X509Certificate, createHash } from 'node:crypto';
import selfsigned from 'selfsigned';

/**
 * @typedef {object} Certificate
 * @property {string} cert PEM certificate; also the CA to trust, as it is self-signed
 * @property {string} key PEM private key
 * @property {string} spkiHash base64 SHA-256 of the SubjectPublicKeyInfo, the value Chromium's
 *   `--ignore-certificate-errors-spki-list` takes
 */

/** Days the certificate stays valid; well under the 398 days browsers accept for TLS. */
const VALIDITY_DAYS = 30;

/**
 * Makes a self-signed certificate for `localhost`, `127.0.0.1` and `::1`.
 * @returns {Promise<Certificate>}
 */
export async function createCertificate() {
  const notBeforeDate = new Date(Date.now() - 60_000); // tolerate a little clock skew
  const notAfterDate = new Date(notBeforeDate.getTime() + VALIDITY_DAYS * 86_400_000);
  const pems = await selfsigned.generate([{ name: 'commonName', value: 'localhost' }], {
    keyType: 'ec', // P-256: generated in milliseconds, accepted by Chromium and Node alike
    algorithm: 'sha256',
    notBeforeDate,
    notAfterDate,
    extensions: [
      { name: 'basicConstraints', cA: false, critical: true },
      { name: 'keyUsage', digitalSignature: true, critical: true },
      { name: 'extKeyUsage', serverAuth: true },
      {
        name: 'subjectAltName',
        altNames: [
          { type: 2, value: 'localhost' },
          { type: 7, ip: '127.0.0.1' },
          { type: 7, ip: '::1' },
        ],
      },
    ],
  });
  return { cert: pems.cert, key: pems.private, spkiHash: spkiHashOf(pems.cert) };
}

/**
 * Accepts a certificate given by a caller (for instance a test runner that serves its own pages
 * with the same key), filling in the SPKI hash when it is missing.
 * @param {{ cert: string, key: string, spkiHash?: string }} certificate
 * @returns {Certificate}
 */
export function useCertificate({ cert, key, spkiHash }) {
  if (typeof cert !== 'string' || typeof key !== 'string') {
    throw new TypeError('certificate must be { cert, key } as PEM strings');
  }
  return { cert, key, spkiHash: spkiHash ?? spkiHashOf(cert) };
}

/**
 * @param {string} pem
 * @returns {string}
 */
export function spkiHashOf(pem) {
  const spki = new X509Certificate(pem).publicKey.export({ type: 'spki', format: 'der' });
  return createHash('sha256').update(spki).digest('base64');
}

/**
 * Whether a certificate is still valid for at least `days` more days.
 * @param {string} pem
 * @param {number} days
 */
export function isValidFor(pem, days) {
  const { validTo } = new X509Certificate(pem);
  return Date.parse(validTo) - Date.now() > days * 86_400_000;
}
