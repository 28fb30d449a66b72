import { REASON_PHRASES } from '../reason-phrases.js';

/**
 * The console's English for its answers: why a request failed, a stream's events, reason phrases.
 * It ships with the code that shows them (see addEnglish in ../../strings.ts), not with the form.
 */
export const apiConsoleAnswers = {
  apiConsole: {
    /** HTTP/2 answers carry no reason phrase; these stand in. */
    reasonPhrases: REASON_PHRASES,
    stream: {
      label: 'Events',
      receiving: 'Receiving events…',
      events: (count: number) => (count === 1 ? '1 event' : `${count} events`),
      ends: { open: 'open', finished: 'finished', stopped: 'stopped', broken: 'the connection broke', kept: 'from earlier in this session' },
      stop: 'Stop',
      download: 'Download the stream',
      eachEvent: (shape: string) => `Each event is a ${shape}.`,
      latestOnly: (shown: number, total: number) => `Showing the latest ${shown} of ${total} events; the download holds them all.`,
      waiting: 'Waiting for the first event…',
      none: 'No events.',
      eventId: (id: string) => `id ${id}`,
    },
    explain: {
      notSentTitle: 'The request was not sent.',
      authTitle: (status: number): string =>
        status === 401 ? 'The API did not accept the credentials (401).' : 'The API refused this operation to these credentials (403).',
      causes: {
        anonymous: 'No access token was sent: the console sends anonymously. Choose who to send as, or set auth or token-broker-url.',
        'signed-out': 'No access token was sent because nobody is signed in. Sign in, then send again.',
        'token-withheld': 'The access token was held back: this URL’s origin is neither base-url’s nor in allowed-origins.',
        'token-expired': 'The access token has expired.',
        audience: 'The access token is for another API: its audience (aud) is not the one this API expects.',
        'missing-scopes': 'The access token lacks a scope the API asks for.',
        'missing-roles': 'The access token holds none of the roles the API asks for (any one would do).',
        'key-missing': 'No subscription key was sent, and the API description asks for one. Set subscription-key.',
        'key-withheld': 'The subscription key was held back: this URL’s origin is neither base-url’s nor in allowed-origins.',
        'key-refused': 'The subscription key was sent but refused: check that it is right and its subscription active.',
        permission: 'The token is valid but does not allow this operation: compare its scopes and roles with what the API asks for.',
        retried: 'The token had expired; the console got a new one and tried once more, with the same answer.',
      },
      comparisonCaption: 'The token beside what the API asked for',
      tokenHas: 'The token sent',
      noTokenSent: 'No token sent',
      apiWants: 'The API asked for',
      audienceRow: 'Audience (aud)',
      scopesRow: 'Scopes (scp)',
      rolesRow: 'Roles (roles)',
      appRolesRow: 'Application permissions (roles)',
      expiresRow: 'Expires (exp)',
      nothing: 'none',
      notSaid: 'not said',
      notExpired: 'not expired',
      expired: 'expired',
      mismatch: 'does not match',
      apiSaid: (error: string, description: string) => `The API said: ${[error, description].filter(Boolean).join(': ')}`,
      descriptionAsks: (alternatives: readonly string[]) => `The API description asks for ${alternatives.join(', or ')}.`,
      and: ' and ',
      or: ' or ',
      schemes: {
        apiKey: (location: string, name: string) =>
          `an API key in the ${name} ${location === 'query' ? 'query parameter' : location === 'cookie' ? 'cookie' : 'header'}`,
        bearer: 'a bearer token',
        http: (scheme: string) => `HTTP ${scheme} authentication`,
        oauth: (name: string, scopes: readonly string[]) => (scopes.length ? `a token from ${name} with ${scopes.join(', ')}` : `a token from ${name}`),
        other: (name: string) => `the security scheme ${name}`,
      },
      corsTitle: 'The browser blocked the answer (CORS).',
      cors: (origin: string, page: string) =>
        `${origin} did not allow this page (${page}) to read its answer, or refused the browser’s preflight request. The API, or its gateway, must send these headers, on the preflight (OPTIONS) too:`,
      corsHeadersLabel: 'Headers the API must send',
      corsProxy: 'If the API cannot be changed, route requests through a CORS proxy with the cors-proxy attribute.',
      networkTitle: 'The API could not be reached.',
      network: (origin: string) =>
        `Nothing answered at ${origin}: the server is down, the address is wrong, the network is offline, or this page’s Content-Security-Policy (connect-src) does not allow it.`,
      mixedContent: (origin: string) => `${origin} is plain http, which a page served over https may not call (mixed content). Use the API’s https address.`,
      timeoutTitle: 'No answer in time.',
      timeout: (duration: string) => `The API did not answer within ${duration}. Try again, or raise the timeout attribute.`,
      cancelled: 'You cancelled the request.',
      redirectTitle: 'The API answered with a redirect, which the console did not follow.',
      redirect: (origin: string) =>
        `The request carried your access token or subscription key, and a browser does not let a page see where a redirect leads: following it could hand them to another server. Send the request to the address it redirects to (the Location header of the answer from ${origin}, in your browser’s network panel). A request without the token and the key would follow it.`,
      notFoundTitle: 'Not found (404).',
      notFound: 'The API has nothing at this address: check the path, its parameters and the base URL.',
      serverTitle: (status: number) => `The API failed (${status}).`,
      server: 'This is an error on the API’s side, not in the request; its body below may say more.',
    },
  },
};
