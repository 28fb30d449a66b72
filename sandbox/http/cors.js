// @ts-check
/**
 * CORS for the sandbox's own endpoints (API, broker). Pages are served from loopback origins
 * (the sandbox itself, a test runner on another port), so any loopback origin is echoed back and
 * nothing else is; `Vary: Origin` keeps caches from mixing the answers up.
 */

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * @param {string | undefined} origin the request's Origin header
 * @returns {origin is string}
 */
export function isLoopbackOrigin(origin) {
  if (!origin) return false;
  const url = URL.parse(origin);
  return !!url && (url.protocol === 'https:' || url.protocol === 'http:') && LOOPBACK_HOSTS.has(url.hostname) && url.origin === origin;
}

/**
 * Headers for a CORS response (actual or preflight). Empty when the origin is not allowed, which
 * makes the browser refuse the response, the same as a real API would.
 * @param {import('node:http').IncomingMessage} req
 * @param {{ methods: string[], allowHeaders: string[], exposeHeaders: string[], maxAge?: number }} policy
 * @returns {Record<string, string>}
 */
export function corsHeaders(req, { methods, allowHeaders, exposeHeaders, maxAge = 600 }) {
  const origin = req.headers.origin;
  /** @type {Record<string, string>} */
  const headers = { vary: 'Origin' };
  if (!isLoopbackOrigin(origin)) return headers;

  headers['access-control-allow-origin'] = origin;
  if (req.method === 'OPTIONS' && req.headers['access-control-request-method']) {
    headers['access-control-allow-methods'] = methods.join(', ');
    headers['access-control-allow-headers'] = allowHeaders.join(', ');
    headers['access-control-max-age'] = String(maxAge);
  } else if (exposeHeaders.length) {
    headers['access-control-expose-headers'] = exposeHeaders.join(', ');
  }
  return headers;
}
