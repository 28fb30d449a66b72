// @ts-check
/**
 * The token broker (`portico-widgets/broker`, from source) against the sandbox's provider, with
 * real callers' tokens and real client credentials through msal-node:
 * - 50 callers at once for a token not yet cached: how many requests reach the provider's token
 *   endpoint (coalescing: 1 is the goal), and how long the last caller waits;
 * - then 500 requests for the cached token: the broker's own cost per request (caller token
 *   validation included), median and 95th percentile.
 * Prints figures; asserts nothing.
 */
import { loadBroker } from '../sandbox/broker-source.js';
import { createHttpsFetch } from '../sandbox/https-fetch.js';
import { startSandbox } from '../sandbox/index.js';
import { createBrowser } from '../sandbox/testing/browser.js';
import { signIn } from '../sandbox/testing/oidc.js';

const CALLERS = 50;
const CACHED_REQUESTS = 500;
const SECRET = 'bench-secret-0123456789abcdef';
const PAGE = 'https://portal.example';

const sandbox = await startSandbox({ port: 0, quiet: true, brokerSecret: SECRET });
try {
  const [contoso] = sandbox.tenants;
  if (!contoso) throw new Error('the sandbox has no tenant');
  const { createTokenBroker } = await loadBroker();
  const httpsFetch = createHttpsFetch({ ca: sandbox.certificate.cert });
  let tokenRequests = 0;
  /** @type {typeof fetch} */
  const countingFetch = (input, init) => {
    if (String(input).startsWith(contoso.tokenEndpoint)) tokenRequests += 1;
    return httpsFetch(String(input), /** @type {import('../sandbox/https-fetch.js').HttpsFetchInit} */ (init));
  };
  const broker = createTokenBroker({
    authority: sandbox.broker.authority,
    clientId: sandbox.broker.clientId,
    clientSecret: SECRET,
    apis: [{ scope: sandbox.broker.scope, roles: [sandbox.broker.callerRole] }],
    callers: { issuer: contoso.issuer, audience: sandbox.broker.callerAudience },
    allowedOrigins: [PAGE],
    rateLimit: { requests: CALLERS + CACHED_REQUESTS, perSeconds: 60 },
    fetch: countingFetch,
  });
  const { access_token: callerToken } = await signIn(createBrowser({ ca: sandbox.certificate.cert }), {
    tenant: contoso,
    redirectUri: `${sandbox.origin}/`,
    loginHint: 'ada@contoso.test',
    scope: `openid profile ${sandbox.broker.callerScope}`,
  });
  const ask = async () => {
    const response = await broker(
      new Request('https://broker.example/token', { method: 'POST', headers: { origin: PAGE, authorization: `Bearer ${callerToken}` } }),
    );
    if (response.status !== 200) throw new Error(`the broker answered ${response.status}: ${await response.text()}`);
    await response.arrayBuffer();
  };

  const started = performance.now();
  await Promise.all(Array.from({ length: CALLERS }, ask));
  const coldMs = performance.now() - started;
  console.log(
    `token broker: ${CALLERS} simultaneous callers, nothing cached: ${tokenRequests} request(s) to the provider's token endpoint; all answered in ${coldMs.toFixed(0)} ms (caller key discovery included)`,
  );

  const samples = [];
  for (let i = 0; i < CACHED_REQUESTS; i += 1) {
    const begin = performance.now();
    await ask();
    samples.push(performance.now() - begin);
  }
  samples.sort((a, b) => a - b);
  const at = (/** @type {number} */ q) => (samples[Math.min(samples.length - 1, Math.floor(q * samples.length))] ?? 0).toFixed(2);
  console.log(
    `token broker: ${CACHED_REQUESTS} requests for the cached token, one after another: median ${at(0.5)} ms, p95 ${at(0.95)} ms; provider token requests still ${tokenRequests}`,
  );
} finally {
  await sandbox.stop();
}
