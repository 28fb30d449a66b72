// @ts-check
/**
 * The header recorder: served on a second origin (its own port), it stands for "some other
 * server" a user might type into a console. It answers every request and remembers the headers
 * it received, so a test can prove what reached it, and what did not (an Authorization header, a
 * subscription key). Its CORS policy lets any loopback page send any header, so a header that is
 * missing was never sent, not refused by a preflight.
 *
 *   any method, any path     recorded; answers `{ recorded: true }`
 *   GET    /api/no-cors      recorded; answers without CORS headers, as the sample API's
 *                            getWithoutCors does (documented on this origin)
 *   GET    /recorded         the recorded requests, oldest first
 *   DELETE /recorded         forgets them
 */
import { isLoopbackOrigin } from './http/cors.js';
import { sendJson } from './http/respond.js';

/** Enough for a test; older requests are dropped. */
const LIMIT = 100;

/**
 * @typedef {{ method: string, path: string, headers: import('node:http').IncomingHttpHeaders }} RecordedRequest
 */

/** @returns {import('node:http').RequestListener} */
export function headerRecorder() {
  /** @type {RecordedRequest[]} */
  const recorded = [];

  return (req, res) => {
    const origin = req.headers.origin;
    /** @type {Record<string, string>} */
    const cors = { vary: 'Origin' };
    // `null` is the origin of a request a cross-origin redirect brought here (the sample API's
    // redirectElsewhere operation): accepted, as a server that takes anything from anyone would.
    if (isLoopbackOrigin(origin) || origin === 'null') {
      cors['access-control-allow-origin'] = origin;
      cors['access-control-allow-methods'] = 'GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS';
      cors['access-control-allow-headers'] = req.headers['access-control-request-headers'] ?? '*';
      cors['access-control-max-age'] = '600';
    }
    const path = (req.url ?? '/').split('?')[0];
    req.resume();

    if (req.method === 'OPTIONS') {
      res.writeHead(204, cors).end();
      return;
    }
    if (path === '/recorded' && req.method === 'GET') return sendJson(res, 200, recorded, cors);
    if (path === '/recorded' && req.method === 'DELETE') {
      recorded.length = 0;
      return sendJson(res, 200, recorded, cors);
    }
    recorded.push({ method: req.method ?? 'GET', path, headers: req.headers });
    if (recorded.length > LIMIT) recorded.shift();
    if (path === '/api/no-cors') return sendJson(res, 200, { status: 'ok', time: new Date().toISOString() });
    sendJson(res, 200, { recorded: true }, cors);
  };
}
