// @ts-check
/**
 * A `fetch` for Node that trusts one extra certificate authority: the sandbox's self-signed one.
 *
 * Node's global `fetch` cannot take a CA without undici's `Agent`, which Node bundles but does
 * not export, and `NODE_EXTRA_CA_CERTS` only works when set before Node starts. So server-side
 * calls (the broker, the API's JWKS download) and the Node tests go through `node:https` here.
 * It never follows redirects (like `redirect: 'manual'`), so callers see every hop and can keep
 * cookies themselves.
 */
import https from 'node:https';

/** Statuses whose responses have no body, which `new Response()` insists on. */
const NULL_BODY_STATUSES = new Set([101, 103, 204, 205, 304]);

/**
 * @typedef {(input: string | URL, init?: HttpsFetchInit) => Promise<Response>} HttpsFetch
 *
 * @typedef {object} HttpsFetchInit
 * @property {string} [method]
 * @property {HeadersInit} [headers]
 * @property {string | Uint8Array} [body]
 * @property {AbortSignal} [signal]
 */

/**
 * @param {{ ca: string }} options the PEM certificate (or CA) to trust besides Node's defaults
 * @returns {HttpsFetch}
 */
export function createHttpsFetch({ ca }) {
  return function httpsFetch(input, init = {}) {
    const url = new URL(String(input));
    if (url.protocol !== 'https:') {
      return Promise.reject(new TypeError(`httpsFetch only speaks https, not ${url.href}`));
    }
    const method = (init.method ?? 'GET').toUpperCase();
    const headers = Object.fromEntries(new Headers(init.headers));

    return new Promise((resolve, reject) => {
      const request = https.request(url, { method, headers, ca, signal: init.signal, agent: false }, (response) => {
        /** @type {Buffer[]} */
        const chunks = [];
        response.on('data', (chunk) => chunks.push(chunk));
        response.on('error', reject);
        response.on('end', () => {
          const status = response.statusCode ?? 500;
          // rawHeaders keeps repeated headers (several Set-Cookie) apart.
          const responseHeaders = new Headers();
          for (let i = 0; i < response.rawHeaders.length; i += 2) {
            responseHeaders.append(response.rawHeaders[i], response.rawHeaders[i + 1]);
          }
          const body = NULL_BODY_STATUSES.has(status) || method === 'HEAD' ? null : Buffer.concat(chunks);
          resolve(new Response(body, { status, statusText: response.statusMessage, headers: responseHeaders }));
        });
      });
      request.on('error', reject);
      request.end(init.body);
    });
  };
}
