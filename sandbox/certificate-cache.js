// @ts-check
/**
 * Keeps `npm start`'s certificate between runs, so that a person accepts the browser's warning
 * once rather than on every start (browsers remember the decision per certificate). It lives in
 * node_modules/.cache, where tools keep such things, and is replaced when close to expiry.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createCertificate, isValidFor, useCertificate } from './certificate.js';

const CACHE_FILE = fileURLToPath(new URL('../node_modules/.cache/portico-sandbox/certificate.json', import.meta.url));

/** @returns {Promise<import('./certificate.js').Certificate>} */
export async function cachedCertificate() {
  const cached = await readFile(CACHE_FILE, 'utf8')
    .then((text) => useCertificate(JSON.parse(text)))
    .catch(() => undefined);
  if (cached && isValidFor(cached.cert, 2)) return cached;

  const certificate = await createCertificate();
  try {
    await mkdir(dirname(CACHE_FILE), { recursive: true });
    await writeFile(CACHE_FILE, JSON.stringify({ cert: certificate.cert, key: certificate.key }), {
      mode: 0o600,
    });
  } catch {
    // Read-only checkout or no node_modules: use the certificate for this run only.
  }
  return certificate;
}
