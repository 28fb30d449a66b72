// @ts-check
/**
 * The sample API under `/api/`: routes requests through the operation table, answers CORS,
 * checks subscription keys like Azure API Management and bearer tokens like a gateway, and
 * explains every refusal (WWW-Authenticate plus a problem document saying what was expected and
 * what the token held).
 */
import { randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { SAMPLE_API } from '../directory.js';
import { corsHeaders } from '../http/cors.js';
import { BodyTooLargeError, readBody, readBytes, send, sendJson, sendProblem } from '../http/respond.js';
import { bearerValidator } from './bearer.js';
import { openApiDocument } from './openapi.js';
import { OPERATIONS } from './operations.js';
import { missingPermission } from './permissions.js';
import { refusePermission, refuseToken } from './refusals.js';
import { createStore } from './store.js';
import { checkBasic, checkPartnerKey } from './static-credentials.js';
import { checkSubscriptionKey } from './subscription-key.js';

/**
 * @typedef {import('node:http').IncomingMessage} Request
 * @typedef {import('node:http').ServerResponse} Response
 * @typedef {import('./operations.js').Operation} Operation
 */

/** The most an operation taking any body (an upload) reads. */
const RAW_BODY_LIMIT = 8 * 1024 * 1024;

const CORS = {
  allowHeaders: ['Authorization', 'Content-Type', SAMPLE_API.subscriptionKeyHeader, SAMPLE_API.partnerKeyHeader],
  exposeHeaders: ['WWW-Authenticate', 'Location', 'X-Request-Id', 'Date'],
};

/**
 * @param {object} options
 * @param {string} options.origin
 * @param {import('../oidc/tenant.js').TenantInfo[]} options.tenants the issuers to trust
 * @param {import('../https-fetch.js').HttpsFetch} options.fetch
 * @param {Operation[]} [options.operations]
 * @param {import('../apim/store.js').ApimStore} options.apim whose subscriptions' keys are accepted
 * @param {string} [options.elsewhere] another origin serving `/api/echo` and `/api/no-cors` (the
 *   sandbox's second origin), for the operations that show what happens there; by default
 *   `https://127.0.0.1:<port>`, this same server under another origin than localhost's
 * @returns {(req: Request, res: Response) => Promise<void>}
 */
export function sampleApi({ origin, tenants, fetch, apim, operations = OPERATIONS, elsewhere = otherOrigin(origin) }) {
  const baseUrl = `${origin}/api`;
  const store = createStore();
  const validate = bearerValidator({ issuers: tenants, audience: SAMPLE_API.audience, fetch });
  const document = openApiDocument({ baseUrl, tenants, operations, elsewhere });
  const routes = operations.map((operation) => ({ operation, pattern: pathPattern(operation.path, operation.versions) }));
  const issuers = tenants.map(({ issuer }) => issuer);

  return async function handleApi(req, res) {
    const url = new URL(req.url ?? '/', origin);
    const path = url.pathname.slice('/api'.length) || '/';
    const requestId = randomUUID();

    const candidates = routes.flatMap(({ operation, pattern }) => {
      const match = pattern.exec(path);
      return match ? [{ operation, params: match.groups ?? {} }] : [];
    });
    const methods = [...new Set(candidates.map(({ operation }) => operation.method)), 'OPTIONS'];
    const route = candidates.find(({ operation }) => operation.method === (req.method === 'HEAD' ? 'GET' : req.method));
    // An operation with `cors: false` answers like an API that never heard of CORS, preflight
    // included (unless another method at the same path does speak CORS).
    const withoutCors = route ? route.operation.cors === false : candidates.length > 0 && candidates.every(({ operation }) => operation.cors === false);
    const cors = withoutCors ? {} : corsHeaders(req, { methods: methods.length > 1 ? methods : ['GET', 'POST', 'OPTIONS'], ...CORS });
    const headers = { ...cors, 'x-request-id': requestId };

    if (req.method === 'OPTIONS') {
      res.writeHead(204, { ...headers, allow: methods.join(', ') }).end();
      return;
    }
    if (path === '/openapi.json' && (req.method === 'GET' || req.method === 'HEAD')) {
      return sendJson(res, 200, document, headers);
    }
    if (!candidates.length) {
      return sendProblem(
        res,
        404,
        {
          title: 'Not found',
          detail: `The API has no operation at ${url.pathname}. See ${baseUrl}/openapi.json.`,
        },
        headers,
      );
    }
    if (!route) {
      return sendProblem(
        res,
        405,
        { title: 'Method not allowed', detail: `${url.pathname} accepts ${methods.join(', ')}.` },
        { ...headers, allow: methods.join(', ') },
      );
    }

    const { operation, params } = route;
    if (operation.subscriptionKey) {
      const refusal = checkSubscriptionKey(req, url, apim);
      if (refusal) return sendJson(res, 401, { statusCode: 401, message: refusal }, headers);
    }
    if (operation.partnerKey) {
      const refusal = checkPartnerKey(req.headers);
      if (refusal) return sendProblem(res, 401, { title: 'Unauthorized', detail: refusal }, headers);
    }
    /** @type {string | undefined} */
    let username;
    if (operation.basic) {
      const login = checkBasic(req.headers);
      if ('refusal' in login) return sendProblem(res, 401, { title: 'Unauthorized', detail: login.refusal }, headers);
      username = login.username;
    }

    /** @type {Record<string, any> | undefined} */
    let claims;
    if (operation.auth) {
      const validation = await validate(req.headers.authorization);
      if (!validation.ok) return refuseToken(res, headers, operation, validation, issuers);
      claims = validation.claims;
      const missing = missingPermission(operation.auth, claims);
      if (missing) return refusePermission(res, headers, operation, missing, claims, issuers);
    }

    let body;
    /** @type {Buffer | undefined} */
    let bytes;
    if (operation.rawBody) {
      try {
        bytes = await readBytes(req, RAW_BODY_LIMIT);
      } catch {
        return sendProblem(res, 413, { title: 'Body too large', detail: `Bodies are limited to ${RAW_BODY_LIMIT / 1024 / 1024} MB.` }, headers);
      }
    } else if (operation.requestBody) {
      const parsed = await parseJsonBody(req);
      if ('problem' in parsed) return sendProblem(res, parsed.status, parsed.problem, headers);
      body = parsed.value;
    }

    const clientGone = new AbortController();
    res.once('close', () => res.writableFinished || clientGone.abort());
    const result = await operation.handle({
      params,
      query: url.searchParams,
      headers: req.headers,
      body,
      bytes,
      claims,
      username,
      store,
      baseUrl,
      elsewhere,
      signal: clientGone.signal,
    });
    if (clientGone.signal.aborted) return;
    const status = result.status ?? 200;
    const resultHeaders = { ...headers, ...result.headers };
    if (result.problem) return sendProblem(res, status, result.problem, resultHeaders);
    if (result.stream) {
      res.writeHead(status, { 'content-type': result.contentType ?? 'application/octet-stream', ...resultHeaders });
      if (req.method === 'HEAD') return void res.end();
      // A client that stops reading (a cancelled request) ends the stream; that is not an error.
      return pipeline(Readable.from(result.stream), res).catch(() => undefined);
    }
    if (result.body !== undefined) {
      return send(res, status, result.body, {
        'content-type': result.contentType ?? 'application/octet-stream',
        ...resultHeaders,
      });
    }
    return sendJson(res, status, result.json ?? null, resultHeaders);
  };
}

/**
 * The same server under its IP address: another origin for a browser.
 * @param {string} origin
 */
export function otherOrigin(origin) {
  return origin.replace('//localhost:', '//127.0.0.1:');
}

/**
 * `/orders/{id}` → /^\/orders\/(?<id>[^/]+)$/; with versions, `/about` → /^\/(?<version>v1|v2)\/about$/
 * @param {string} template
 * @param {readonly string[]} [versions]
 */
function pathPattern(template, versions) {
  const version = versions ? `/(?<version>${versions.map(escapeRegExp).join('|')})` : '';
  const source = template
    .split(/(\{\w+\})/)
    .map((part) => (/^\{\w+\}$/.test(part) ? `(?<${part.slice(1, -1)}>[^/]+)` : escapeRegExp(part)))
    .join('');
  return new RegExp(`^${version}${source}$`);
}

/** @param {string} text */
function escapeRegExp(text) {
  return text.replace(/[.*+?^$()|[\]\\]/g, '\\$&');
}

/**
 * @param {Request} req
 * @returns {Promise<{ value: unknown } | { status: number, problem: { title: string, detail: string } }>}
 */
async function parseJsonBody(req) {
  const type = req.headers['content-type'] ?? '';
  if (!/^application\/(?:[\w.+-]+\+)?json\s*(?:;|$)/i.test(type)) {
    return {
      status: 415,
      problem: {
        title: 'Unsupported media type',
        detail: `Send the body as application/json, not ${type || 'without a Content-Type'}.`,
      },
    };
  }
  try {
    return { value: JSON.parse(await readBody(req)) };
  } catch (error) {
    if (error instanceof BodyTooLargeError) {
      return { status: 413, problem: { title: 'Body too large', detail: 'Bodies are limited to 64 KB.' } };
    }
    return {
      status: 400,
      problem: {
        title: 'Invalid JSON',
        detail: `The body is not valid JSON: ${/** @type {Error} */ (error).message}`,
      },
    };
  }
}
