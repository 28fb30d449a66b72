import { ConfidentialClientApplication, LogLevel, ProtocolMode, type Configuration, type INetworkModule, type NetworkResponse } from '@azure/msal-node';
import { ProviderKind } from '../auth/types.js';
import type { BrokerConfig } from './options.js';
import { BrokerProblem, BrokerProblemCode } from './problems.js';

/** An app-only token from the identity provider. */
export interface ProviderToken {
  readonly accessToken: string;
  readonly tokenType: string;
  readonly expiresOn: Date;
}

/** Gets a fresh app-only token for one scope (client credentials), or throws a `provider-refused`/`provider-unreachable` problem. */
export type AcquireToken = (scope: string) => Promise<ProviderToken>;

/** The provider could not be reached (network error, timeout); raised by the network client so it can be told apart from a refusal. */
class ProviderUnreachableError extends Error {
  override readonly name = 'ProviderUnreachableError';
}

/**
 * MSAL's HTTP calls through the broker's `fetch`, each bounded by the provider timeout. MSAL
 * reads every answer as JSON, errors included; an answer that is not JSON becomes an empty object.
 */
function networkClient(fetch: typeof globalThis.fetch, timeoutMs: number): INetworkModule {
  async function send<T>(url: string, init: RequestInit): Promise<NetworkResponse<T>> {
    let response: Response;
    try {
      response = await fetch(url, { ...init, signal: AbortSignal.timeout(timeoutMs) });
    } catch (error) {
      const timedOut = error instanceof DOMException && error.name === 'TimeoutError';
      throw new ProviderUnreachableError(`${new URL(url).origin} ${timedOut ? `did not answer within ${timeoutMs} ms` : 'could not be reached'}`, {
        cause: error,
      });
    }
    const text = await response.text().catch(() => '');
    let body: unknown = {};
    try {
      body = JSON.parse(text);
    } catch {
      // Kept empty: MSAL then reports the status.
    }
    return { status: response.status, headers: Object.fromEntries(response.headers), body: body as T };
  }
  return {
    sendGetRequestAsync: (url, options) => send(url, { method: 'GET', headers: options?.headers ?? {} }),
    sendPostRequestAsync: (url, options) => send(url, { method: 'POST', headers: options?.headers ?? {}, body: options?.body ?? '' }),
  };
}

/**
 * Client credentials through `@azure/msal-node`'s `ConfidentialClientApplication` (secret or
 * certificate). Any OpenID Connect provider works in MSAL's OIDC protocol mode, provided it accepts
 * the client's secret in the request body (`client_secret_post`) or a certificate assertion
 * (`private_key_jwt`): MSAL never sends `client_secret_basic`.
 */
export function msalTokens(config: BrokerConfig): AcquireToken {
  const { authority, kind, clientId, credential, fetch, providerTimeoutMs } = config;
  const microsoft = kind !== ProviderKind.Oidc;
  const host = new URL(authority).host;
  const msalConfig: Configuration = {
    auth: {
      clientId,
      authority,
      // MSAL trusts Microsoft's clouds by itself; every other host must be named (host:port).
      knownAuthorities: kind === ProviderKind.Entra ? [] : [host],
      ...('secret' in credential ? { clientSecret: credential.secret } : { clientCertificate: credential.certificate }),
    },
    system: {
      networkClient: networkClient(fetch, providerTimeoutMs),
      // One attempt, so a provider that is down is reported within the timeout.
      disableInternalRetries: true,
      // MSAL's own log lines are not passed on: the broker reports failures itself, redacted.
      loggerOptions: { logLevel: LogLevel.Error, piiLoggingEnabled: false, loggerCallback: () => undefined },
      ...(microsoft ? {} : { protocolMode: ProtocolMode.OIDC }),
    },
  };
  const client = new ConfidentialClientApplication(msalConfig);

  return async function acquire(scope) {
    let result;
    try {
      // Without a deadline of its own, a provider that accepts the connection and never answers
      // would hold the caller until its own timeout; the broker answers within providerTimeoutMs.
      result = await withDeadline(client.acquireTokenByClientCredential({ scopes: [scope], skipCache: true }), providerTimeoutMs);
    } catch (error) {
      throw providerProblem(error, authority, providerTimeoutMs);
    }
    if (!result?.accessToken || !result.expiresOn) {
      throw new BrokerProblem(BrokerProblemCode.ProviderRefused, `${authority} answered without an access token.`);
    }
    return { accessToken: result.accessToken, tokenType: result.tokenType || 'Bearer', expiresOn: result.expiresOn };
  };
}

function withDeadline<T>(promise: Promise<T>, timeoutMs: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new ProviderUnreachableError(`no token within ${timeoutMs} ms`)), timeoutMs);
  });
  return Promise.race([promise, deadline]).finally(() => clearTimeout(timer));
}

/** MSAL's failure as a problem: unreachable (network, timeout, discovery) or refused (the provider's own error). */
function providerProblem(error: unknown, authority: string, timeoutMs: number): BrokerProblem {
  const unreachable = findCause(error, (cause) => cause instanceof ProviderUnreachableError);
  if (unreachable)
    return new BrokerProblem(BrokerProblemCode.ProviderUnreachable, `The identity provider at ${authority} did not answer: ${(unreachable as Error).message}.`);
  const fields = (typeof error === 'object' && error !== null ? error : {}) as { errorCode?: unknown; errorMessage?: unknown };
  const code = typeof fields.errorCode === 'string' ? fields.errorCode : 'unknown_error';
  // MSAL reports an authority it cannot read (down, or not an OpenID Connect issuer) as endpoints_resolution_error.
  if (code === 'endpoints_resolution_error' || code === 'network_error') {
    return new BrokerProblem(
      BrokerProblemCode.ProviderUnreachable,
      `The identity provider at ${authority} could not be reached or is not an OpenID Connect issuer (${code}); calls time out after ${timeoutMs} ms.`,
    );
  }
  const said = typeof fields.errorMessage === 'string' && fields.errorMessage ? `: ${fields.errorMessage.split(' - ')[0]?.replace(/^Error\(s\): /, '')}` : '';
  return new BrokerProblem(BrokerProblemCode.ProviderRefused, `The identity provider at ${authority} refused the token request (${code}${said}).`);
}

function findCause(error: unknown, test: (cause: unknown) => boolean): unknown {
  for (let cause = error, depth = 0; cause && depth < 5; cause = (cause as { cause?: unknown }).cause, depth++) {
    if (test(cause)) return cause;
  }
  return undefined;
}
