// @ts-check
/**
 * The sandbox's single request handler: sends each request to the tenant, the API, the broker,
 * the Graph and API Management stand-ins or the portal that owns its path, adds the headers every response should
 * carry, logs, and turns an unexpected failure into a 500 instead of a hung request.
 */
import { APIM_PREFIX } from './apim/developer-api.js';
import { sendText } from './http/respond.js';

/**
 * @typedef {import('node:http').IncomingMessage} Request
 * @typedef {import('node:http').ServerResponse} Response
 * @typedef {(req: Request, res: Response) => Promise<void> | void} Handler
 */

/**
 * @param {object} parts
 * @param {import('./oidc/tenant.js').MountedTenant[]} parts.tenants
 * @param {Handler} parts.api
 * @param {Handler} parts.broker
 * @param {Handler} parts.graph
 * @param {Handler} parts.apim the API Management developer data API stand-in
 * @param {(req: Request, res: Response, path: string) => Promise<boolean>} parts.portal
 * @param {boolean} parts.quiet no request log
 * @param {(error: unknown) => void} parts.reportError
 * @returns {import('node:http').RequestListener}
 */
export function createApp({ tenants, api, broker, graph, apim, portal, quiet, reportError }) {
  /**
   * @param {Request} req
   * @param {Response} res
   * @param {string} path
   */
  async function route(req, res, path) {
    const tenant = tenants.find(({ prefix }) => path === prefix || path.startsWith(`${prefix}/`));
    if (tenant) return tenant.handle(req, res);
    if (path === '/api' || path.startsWith('/api/')) return api(req, res);
    if (path === '/broker/token') return broker(req, res);
    if (path.startsWith('/graph/')) return graph(req, res);
    if (path.startsWith(`${APIM_PREFIX}/`)) return apim(req, res);
    if (await portal(req, res, path)) return;
    sendText(res, 404, `Not found: ${path}. Try /demo/ for the demo portal or /api/openapi.json for the API.`);
  }

  return (req, res) => {
    const started = performance.now();
    const path = (req.url ?? '/').split('?')[0];
    // Development defaults; handlers may override them.
    res.setHeader('cache-control', 'no-store');
    res.setHeader('x-content-type-options', 'nosniff');

    if (!quiet) {
      // The path only: queries carry codes, tokens and hints that do not belong in a log.
      res.once('finish', () => {
        console.log(`${req.method} ${path} ${res.statusCode} ${Math.round(performance.now() - started)} ms`);
      });
    }

    Promise.resolve()
      .then(() => route(req, res, path))
      .catch((error) => {
        reportError(error);
        if (res.headersSent) {
          res.destroy();
        } else {
          sendText(res, 500, 'The sandbox failed to handle this request; its terminal shows why.');
        }
      });
  };
}
