import { CallerVerifier, type Caller } from './caller.js';
import { OriginPolicy } from './cors.js';
import { parseBrokerOptions, type TokenBrokerOptions } from './options.js';
import { BrokerProblem, BrokerProblemCode } from './problems.js';
import { msalTokens } from './provider-tokens.js';
import { RateLimit } from './rate-limit.js';
import { redact } from './redact.js';
import { requestedScope } from './request-body.js';
import { TokenCache } from './token-cache.js';

/** A web-standard request handler: Node's `fetch` types, Deno, Bun, Azure Functions v4, Cloudflare and `toNodeListener` for `node:http` and Express. */
export type TokenBrokerHandler = (request: Request) => Promise<Response>;

const ANONYMOUS_WARNING =
  '[portico broker] allowAnonymousCallers is on: anyone who can reach this broker gets its tokens. Use it for local development only; configure callers before deploying.';

/**
 * A token broker for the client-credentials scenario of `<portico-api-console token-broker-url>`:
 * `POST` answers `{ access_token, token_type, expires_in }` for a configured API, after checking the
 * request's origin, the caller's bearer token, the caller's rate and app roles. Tokens are cached
 * per API until shortly before they expire, and concurrent requests share one call to the
 * provider. Every refusal is an RFC 9457 problem document (`application/problem+json`) with a
 * stable `code` (see `BrokerProblemCode`). The client secret, the certificate's key and the
 * caller's token never appear in a response, a log line or an error.
 *
 * @example
 * const broker = createTokenBroker({
 *   authority: 'https://login.microsoftonline.com/contoso.onmicrosoft.com',
 *   clientId: process.env.BROKER_CLIENT_ID,
 *   clientSecret: process.env.BROKER_CLIENT_SECRET,
 *   apis: [{ scope: 'api://contoso-orders/.default' }],
 *   callers: { issuer: 'https://login.microsoftonline.com/<tenant-id>/v2.0', audience: 'api://contoso-token-broker' },
 *   allowedOrigins: ['https://portal.contoso.com'],
 * });
 * const response = await broker(request);
 * @throws {TypeError} when an option is missing or invalid; the message names it (never a secret's value)
 */
export function createTokenBroker(options: TokenBrokerOptions): TokenBrokerHandler {
  const config = parseBrokerOptions(options);
  const origins = new OriginPolicy(config.allowedOrigins);
  const callers = config.callers ? new CallerVerifier({ ...config, callers: config.callers }) : null;
  const rateLimit = new RateLimit(config.rateLimit.requests, config.rateLimit.perSeconds);
  const tokens = new TokenCache(msalTokens(config), config.renewBeforeExpirySeconds * 1000);
  const defaultApi = config.apis.length === 1 ? config.apis[0] : undefined;
  if (!callers) config.logger.warn(ANONYMOUS_WARNING);

  async function answer(request: Request): Promise<Response> {
    if (!origins.allows(request)) {
      throw new BrokerProblem(BrokerProblemCode.OriginNotAllowed, `The origin ${request.headers.get('origin')} is not among the broker’s allowed origins.`);
    }
    if (request.method === 'OPTIONS') {
      return new Response(null, { status: 204, headers: { ...origins.preflightHeaders(request), allow: 'POST, OPTIONS' } });
    }
    if (request.method !== 'POST') {
      throw new BrokerProblem(BrokerProblemCode.MethodNotAllowed, `POST to this URL to get a token, not ${request.method}.`, { allow: 'POST, OPTIONS' });
    }
    const caller: Caller = callers
      ? await callers.verify(request.headers.get('authorization'))
      : { id: `anonymous ${request.headers.get('origin') ?? ''}`, roles: [] };
    const wait = rateLimit.take(caller.id);
    if (wait > 0) {
      throw new BrokerProblem(
        BrokerProblemCode.RateLimited,
        `This caller may make ${config.rateLimit.requests} token requests per ${config.rateLimit.perSeconds} seconds; try again in ${wait} s.`,
        {
          'retry-after': String(wait),
        },
      );
    }
    const scope = await requestedScope(request, config.maxBodyBytes);
    const api = scope === undefined ? defaultApi : config.apis.find((candidate) => candidate.scope === scope);
    if (!api) {
      throw new BrokerProblem(
        BrokerProblemCode.ApiNotConfigured,
        scope === undefined
          ? 'This broker serves several APIs: name one with {"scope": "…"} in the body.'
          : `This broker gets no tokens for ${JSON.stringify(scope.slice(0, 200))}.`,
      );
    }
    if (api.roles?.length && !api.roles.some((role) => caller.roles.includes(role))) {
      throw new BrokerProblem(BrokerProblemCode.CallerLacksRole, `A token for ${api.scope} needs one of these app roles: ${api.roles.join(', ')}.`);
    }
    const token = await tokens.get(api.scope);
    const expiresIn = Math.max(0, Math.floor((token.expiresOn.getTime() - Date.now()) / 1000));
    return Response.json(
      { access_token: token.accessToken, token_type: token.tokenType, expires_in: expiresIn },
      { headers: { ...origins.headers(request), 'cache-control': 'no-store', pragma: 'no-cache' } },
    );
  }

  return async function tokenBroker(request) {
    const secrets = [...config.secrets, request.headers.get('authorization')?.replace(/^Bearer\s+/i, '')];
    try {
      return await answer(request);
    } catch (error) {
      let problem: BrokerProblem;
      if (error instanceof BrokerProblem) {
        problem = error;
      } else {
        config.logger.error(redact(`[portico broker] unexpected failure: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`, secrets));
        problem = new BrokerProblem(BrokerProblemCode.InternalError, 'The token broker failed unexpectedly; its log says why.');
      }
      if (problem.code === BrokerProblemCode.ProviderRefused || problem.code === BrokerProblemCode.ProviderUnreachable) {
        config.logger.error(redact(`[portico broker] ${problem.code}: ${problem.detail}`, secrets));
      }
      const document = problem.document();
      return new Response(redact(JSON.stringify(document), secrets), {
        status: problem.status,
        headers: { ...origins.headers(request), ...problem.headers, 'content-type': 'application/problem+json', 'cache-control': 'no-store' },
      });
    }
  };
}
