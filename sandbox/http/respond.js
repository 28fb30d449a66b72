// @ts-check
/**
 * Small response and request helpers for the sandbox's own handlers (the API, the broker, the
 * pages); the identity providers answer through oidc-provider instead.
 */

/**
 * @typedef {import('node:http').IncomingMessage} Request
 * @typedef {import('node:http').ServerResponse} Response
 * @typedef {Record<string, string | number | string[]>} Headers
 */

/**
 * The Content-Security-Policy of server-rendered pages: nothing but their own inline styles
 * (and, where a page needs one, a script allowed by hash). No `form-action`: Chromium applies it
 * to the redirects after a form post, and sign-in ends with a redirect to the app's origin.
 */
export const PAGE_CSP = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; frame-ancestors 'none'";

/**
 * @param {Response} res
 * @param {number} status
 * @param {string | Buffer} body
 * @param {Headers} headers
 */
export function send(res, status, body, headers) {
  const buffer = typeof body === 'string' ? Buffer.from(body) : body;
  res.writeHead(status, { 'content-length': buffer.length, ...headers });
  res.end(res.req.method === 'HEAD' ? undefined : buffer);
}

/**
 * @param {Response} res
 * @param {number} status
 * @param {unknown} value
 * @param {Headers} [headers]
 */
export function sendJson(res, status, value, headers = {}) {
  send(res, status, `${JSON.stringify(value, null, 2)}\n`, {
    'content-type': 'application/json; charset=utf-8',
    ...headers,
  });
}

/**
 * An RFC 9457 problem document.
 * @param {Response} res
 * @param {number} status
 * @param {{ title: string, detail: string } & Record<string, unknown>} problem
 * @param {Headers} [headers]
 */
export function sendProblem(res, status, problem, headers = {}) {
  send(res, status, `${JSON.stringify({ status, ...problem }, null, 2)}\n`, {
    'content-type': 'application/problem+json; charset=utf-8',
    ...headers,
  });
}

/**
 * @param {Response} res
 * @param {number} status
 * @param {string} page a complete HTML document
 * @param {Headers} [headers]
 */
export function sendHtml(res, status, page, headers = {}) {
  send(res, status, page, {
    'content-type': 'text/html; charset=utf-8',
    'content-security-policy': PAGE_CSP,
    ...headers,
  });
}

/**
 * @param {Response} res
 * @param {number} status
 * @param {string} text
 * @param {Headers} [headers]
 */
export function sendText(res, status, text, headers = {}) {
  send(res, status, `${text}\n`, { 'content-type': 'text/plain; charset=utf-8', ...headers });
}

/** Thrown by `readBody` when a client sends more than the handler accepts. */
export class BodyTooLargeError extends Error {}

/**
 * Reads a request body as text, refusing more than `limit` bytes.
 * @param {Request} req
 * @param {number} [limit]
 * @returns {Promise<string>}
 */
export async function readBody(req, limit = 64 * 1024) {
  return (await readBytes(req, limit)).toString('utf8');
}

/**
 * The request's body as bytes, refused past `limit`.
 * @param {import('node:http').IncomingMessage} req
 * @param {number} [limit]
 * @returns {Promise<Buffer>}
 */
export async function readBytes(req, limit = 64 * 1024) {
  /** @type {Buffer[]} */
  const chunks = [];
  let size = 0;
  for await (const chunk of req) {
    size += chunk.length;
    if (size > limit) throw new BodyTooLargeError(`request body over ${limit} bytes`);
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}
