// @ts-check
/**
 * The token broker: `POST /broker/token` returns an app-only access token for the sample API,
 * obtained server-side with the client-credentials grant of a confidential client. This is the
 * pattern `<portico-api-console token-broker-url>` relies on: the browser gets a token, never the
 * client secret. A real portal would also authenticate the caller; this sandbox does not.
 */
import { BROKER_CLIENT_ID, SAMPLE_API } from './directory.js';
import { corsHeaders } from './http/cors.js';
import { sendJson, sendProblem } from './http/respond.js';

/**
 * @param {object} options
 * @param {string} options.tokenEndpoint the tenant's token endpoint
 * @param {string} options.clientSecret
 * @param {import('./https-fetch.js').HttpsFetch} options.fetch
 * @returns {(req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse) => Promise<void>}
 */
export function tokenBroker({ tokenEndpoint, clientSecret, fetch }) {
  const credentials = Buffer.from(
    `${encodeURIComponent(BROKER_CLIENT_ID)}:${encodeURIComponent(clientSecret)}`,
  ).toString('base64');
  const cors = { methods: ['POST', 'OPTIONS'], allowHeaders: ['Content-Type'], exposeHeaders: [] };

  return async function handleBroker(req, res) {
    const headers = corsHeaders(req, cors);
    if (req.method === 'OPTIONS') {
      res.writeHead(204, { ...headers, allow: 'POST, OPTIONS' }).end();
      return;
    }
    if (req.method !== 'POST') {
      return sendProblem(
        res,
        405,
        { title: 'Method not allowed', detail: 'POST to this URL to get a token.' },
        { ...headers, allow: 'POST, OPTIONS' },
      );
    }
    req.resume(); // the request body, if any, is not used

    const response = await fetch(tokenEndpoint, {
      method: 'POST',
      headers: { authorization: `Basic ${credentials}`, 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        grant_type: 'client_credentials',
        scope: `${SAMPLE_API.audience}/.default`,
      }).toString(),
    });
    const result = await response.json().catch(() => ({}));
    if (!response.ok || typeof result.access_token !== 'string') {
      return sendProblem(
        res,
        502,
        {
          title: 'The identity provider refused the token request',
          detail: `${tokenEndpoint} answered ${response.status}: ${result.error_description ?? result.error ?? 'no details'}.`,
        },
        headers,
      );
    }
    const { access_token, expires_in, token_type } = result;
    sendJson(res, 200, { access_token, expires_in, token_type }, { ...headers, 'cache-control': 'no-store' });
  };
}
