// @ts-check
/**
 * Serves files from one directory, and never from outside it: the URL path is decoded once,
 * resolved against the root, and refused unless it stays inside. Dot-files and directories are
 * not served; nothing is cached (the sandbox is for development).
 */
import { readFile, stat } from 'node:fs/promises';
import { extname, resolve, sep } from 'node:path';
import { send, sendText } from './respond.js';

/** @type {Record<string, string>} */
export const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.ts': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
};

/**
 * @typedef {import('node:http').IncomingMessage} Request
 * @typedef {import('node:http').ServerResponse} Response
 */

/**
 * Resolves a URL path (still percent-encoded, relative to the root) to a file path inside
 * `root`, or undefined when it would leave it or names something hidden.
 * @param {string} root an absolute directory
 * @param {string} urlPath
 */
export function resolveInside(root, urlPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return undefined;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return undefined;
  if (decoded.split('/').some((segment) => segment.startsWith('.'))) return undefined;
  const file = resolve(root, `.${decoded.startsWith('/') ? '' : '/'}${decoded}`);
  return file.startsWith(root.endsWith(sep) ? root : `${root}${sep}`) ? file : undefined;
}

/**
 * @param {Request} req
 * @param {Response} res
 * @param {{ root: string, path: string, headers?: Record<string, string> }} file
 *   `path` is the URL path below the root, e.g. "/cdn/portico.js"
 */
export async function serveFile(req, res, { root, path, headers = {} }) {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    return sendText(res, 405, 'Only GET and HEAD are allowed here.', { allow: 'GET, HEAD' });
  }
  const file = resolveInside(resolve(root), path);
  const info = file ? await stat(file).catch(() => undefined) : undefined;
  if (!file || !info?.isFile()) {
    return sendText(res, 404, `Not found: ${req.url}`);
  }
  send(res, 200, await readFile(file), {
    'content-type': CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream',
    ...headers,
  });
}
