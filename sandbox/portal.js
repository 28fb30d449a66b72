// @ts-check
/**
 * The demo portal and the files it loads: the page itself (at `/` and `/demo/`), its script and
 * styles (`/demo/…`), Portico's build (`/dist/…`) and the redirect bridge (`/redirect.html`).
 * Pages get a strict Content-Security-Policy: Portico must work without inline scripts.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { send, sendText } from './http/respond.js';
import { serveFile } from './http/static.js';

const DEMO_DIR = fileURLToPath(new URL('./demo/', import.meta.url));

/**
 * The policy of pages that run Portico. Styles may be inline (Lit and authors' attributes use
 * them); scripts and frames (MSAL's silent renewal) stay on this origin; fetches may also go to the
 * sandbox's second origin, when there is one, so that the demo's console can show what it does
 * with another origin (credentials held back, a CORS refusal) rather than a CSP violation.
 * @param {string} [elsewhere] the second origin
 */
export function portalCsp(elsewhere) {
  return [...PORTAL_POLICY, `connect-src 'self'${elsewhere ? ` ${elsewhere}` : ''}`].join('; ');
}

const PORTAL_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'self'",
  "form-action 'self'",
];

/**
 * @param {{ origin: string, distDir: string, missingChunks?: string[], elsewhere?: string }} options
 *   `missingChunks`: chunks answered 404, by the start of their name, as a portal that hosts
 *   dist/cdn/ only in part does; `elsewhere`: the sandbox's second origin, which the demo page
 *   names and may fetch from
 * @returns {(req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse, path: string) => Promise<boolean>}
 *   resolves false when the path is not the portal's
 */
export function portal({ origin, distDir, missingChunks = [], elsewhere }) {
  const csp = portalCsp(elsewhere);
  return async function handlePortal(req, res, path) {
    const chunk = /\/chunks\/([^/]+)$/.exec(path)?.[1];
    if (chunk && missingChunks.some((name) => chunk.startsWith(`${name}-`))) {
      sendText(res, 404, `Not hosted here (--missing-chunk): ${path}`);
      return true;
    }
    if (path === '/' || path === '/demo/' || path === '/demo/index.html') {
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        sendText(res, 405, 'Only GET and HEAD are allowed here.', { allow: 'GET, HEAD' });
        return true;
      }
      // The page names the sandbox's authorities; written with a placeholder so the file works
      // on any port.
      const page = (await readFile(`${DEMO_DIR}index.html`, 'utf8')).replaceAll('{{origin}}', origin).replaceAll('{{elsewhere}}', elsewhere ?? '');
      send(res, 200, page, {
        'content-type': 'text/html; charset=utf-8',
        'content-security-policy': csp,
      });
      return true;
    }
    // Browsers ask every origin for one; a 404 would be logged in red in the console.
    if (path === '/favicon.ico') {
      res.writeHead(204).end();
      return true;
    }
    if (path === '/demo') {
      res.writeHead(301, { location: '/demo/' }).end();
      return true;
    }
    if (path.startsWith('/demo/')) {
      await serveFile(req, res, { root: DEMO_DIR, path: path.slice('/demo'.length) });
      return true;
    }
    if (/^\/redirect\.(html|js|js\.map)$/.test(path) || path.startsWith('/chunks/')) {
      // The redirect bridge loads ./redirect.js, which loads ./chunks/…: served at the root, those
      // relative URLs land here, so they come from dist/cdn as well.
      const headers = path.endsWith('.html') ? { 'content-security-policy': csp } : undefined;
      await serveFile(req, res, { root: join(distDir, 'cdn'), path, headers });
      return true;
    }
    if (path.startsWith('/dist/')) {
      const headers = path.endsWith('.html') ? { 'content-security-policy': csp } : undefined;
      await serveFile(req, res, { root: distDir, path: path.slice('/dist'.length), headers });
      return true;
    }
    return false;
  };
}
