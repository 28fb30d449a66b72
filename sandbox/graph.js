// @ts-check
/**
 * A Microsoft Graph stand-in under `/graph/v1.0/`: the signed-in user's photo at
 * `/me/photo/$value`, what `<portico-user-profile photo="graph" graph-base-url="…/graph/v1.0">`
 * fetches. It checks the bearer token as Graph does (issuer, audience, the `User.Read` scope)
 * and draws each demo user a portrait of their own, so the demo shows photos without a tenant.
 */
import { createHash } from 'node:crypto';
import { bearerValidator } from './api/bearer.js';
import { GRAPH_API, TENANTS } from './directory.js';
import { corsHeaders } from './http/cors.js';
import { send, sendProblem } from './http/respond.js';

const PHOTO_PATH = '/graph/v1.0/me/photo/$value';
const CORS = { methods: ['GET', 'OPTIONS'], allowHeaders: ['Authorization'], exposeHeaders: [] };

/**
 * @param {object} options
 * @param {import('./oidc/tenant.js').TenantInfo[]} options.tenants the issuers to trust
 * @param {import('./https-fetch.js').HttpsFetch} options.fetch
 * @returns {(req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse) => Promise<void>}
 */
export function graphApi({ tenants, fetch }) {
  const validate = bearerValidator({ issuers: tenants, audience: GRAPH_API.audience, fetch });

  return async function handleGraph(req, res) {
    const headers = corsHeaders(req, CORS);
    if (req.method === 'OPTIONS') {
      res.writeHead(204, headers).end();
      return;
    }
    const path = (req.url ?? '').split('?')[0];
    if (path !== PHOTO_PATH || (req.method !== 'GET' && req.method !== 'HEAD')) {
      return sendProblem(res, 404, { title: 'Not found', detail: `This Graph stand-in serves GET ${PHOTO_PATH} only.` }, headers);
    }
    const validation = await validate(req.headers.authorization);
    if (!validation.ok) {
      return sendProblem(
        res,
        401,
        { title: 'Invalid access token', detail: validation.description },
        {
          ...headers,
          'www-authenticate': `Bearer error="invalid_token", error_description="${validation.description.replace(/"/g, "'")}"`,
        },
      );
    }
    const scopes = String(validation.claims.scp ?? '').split(' ');
    if (!GRAPH_API.scopes.every((scope) => scopes.includes(scope))) {
      return sendProblem(
        res,
        403,
        { title: 'Insufficient scope', detail: 'Reading the photo needs the User.Read scope.' },
        {
          ...headers,
          'www-authenticate': 'Bearer error="insufficient_scope", scope="User.Read"',
        },
      );
    }
    const user = TENANTS.flatMap((tenant) => tenant.users).find(({ oid }) => oid === validation.claims.oid);
    if (!user) return sendProblem(res, 404, { title: 'No photo', detail: 'This account has no photo.' }, headers);
    send(res, 200, portrait(user.oid), {
      ...headers,
      'content-type': 'image/svg+xml',
      // An SVG is a document: served alone, it may run nothing.
      'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'; sandbox",
    });
  };
}

/**
 * A head-and-shoulders silhouette on a backdrop whose colours come from the user's id.
 * @param {string} seed
 */
function portrait(seed) {
  const hash = createHash('sha256').update(seed).digest();
  const hue = (hash[0] * 360) / 256;
  const shade = 30 + (hash[1] % 30);
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 96 96" width="96" height="96">
  <defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1">
    <stop offset="0" stop-color="hsl(${hue} 70% 62%)"/><stop offset="1" stop-color="hsl(${(hue + 40) % 360} 65% 42%)"/>
  </linearGradient></defs>
  <rect width="96" height="96" fill="url(#g)"/>
  <circle cx="48" cy="38" r="17" fill="hsl(${hue} 25% ${shade + 55}%)"/>
  <path d="M14 96c2-20 16-31 34-31s32 11 34 31z" fill="hsl(${hue} 25% ${shade + 50}%)"/>
</svg>
`;
}
