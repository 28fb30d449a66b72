import { X509Certificate, createPrivateKey, createPublicKey } from 'node:crypto';
import { inferProviderKind } from '../auth/provider-config.js';
import { ProviderKind } from '../auth/types.js';

/** An API the broker gets app-only tokens for. */
export interface BrokerApi {
  /** The scope asked of the identity provider, e.g. `api://contoso-orders/.default`; callers name the API by it. */
  readonly scope: string;
  /** When set, only callers holding at least one of these app roles (their token's `roles` claim) get this API's token. */
  readonly roles?: readonly string[];
}

/** Who may call the broker: bearer access tokens from these issuers, for this audience. */
export interface BrokerCallers {
  /** Trusted issuers (the `iss` of the callers' access tokens), e.g. `https://login.microsoftonline.com/{tenant-id}/v2.0`. */
  readonly issuer: string | readonly string[];
  /** The audience the callers' tokens must carry: the broker's own API, e.g. `api://contoso-token-broker` or its client id. */
  readonly audience: string | readonly string[];
  /** Where the issuers' signing keys are; default: the `jwks_uri` of each issuer's discovery document. */
  readonly jwksUri?: string;
  /** Clock skew tolerated on `exp`, `nbf` and `iat`, in seconds; default 60. */
  readonly clockToleranceSeconds?: number;
}

/** A certificate credential of the confidential client: PEM certificate and its PEM private key (RSA, for PS256). */
export interface BrokerCertificate {
  readonly certificate: string;
  readonly privateKey: string;
}

/** Where the broker writes its warnings and errors; `console` by default. Lines never hold a secret or a caller's token. */
export interface BrokerLogger {
  warn(message: string): void;
  error(message: string): void;
}

/** How `createTokenBroker` is configured. */
export interface TokenBrokerOptions {
  /** The identity provider: `https://login.microsoftonline.com/{tenant}`, `https://{sub}.ciamlogin.com/{tenant}`, or any OpenID Connect issuer. */
  readonly authority: string;
  /** `entra`, `external-id`, `b2c` or `oidc`; inferred from the authority's host when absent. */
  readonly kind?: ProviderKind;
  /** The confidential client's application (client) id. */
  readonly clientId: string;
  /** The client's secret; give this or `clientCertificate`. */
  readonly clientSecret?: string;
  /** The client's certificate; give this or `clientSecret`. */
  readonly clientCertificate?: BrokerCertificate;
  /** The APIs the broker gets tokens for; a request names one by its `scope`, or gets the only one. */
  readonly apis: readonly BrokerApi[];
  /** Who may call; required unless `allowAnonymousCallers`. */
  readonly callers?: BrokerCallers;
  /** Local development only: anyone may get tokens, no caller token is checked. Logs a warning when the broker is created. */
  readonly allowAnonymousCallers?: boolean;
  /** Browser origins allowed to call (CORS), e.g. `https://portal.contoso.com`. Requests without an `Origin` (servers, curl) are not browsers and pass. */
  readonly allowedOrigins: readonly string[];
  /** Each caller may make `requests` requests per `perSeconds`; default 30 per 60 seconds. */
  readonly rateLimit?: { readonly requests: number; readonly perSeconds: number };
  /** Calls to the identity provider (discovery, keys, tokens) give up after this long, in milliseconds; default 10000. */
  readonly providerTimeoutMs?: number;
  /** A token is renewed this long before it expires (at most half its lifetime), in seconds; default 300. */
  readonly renewBeforeExpirySeconds?: number;
  /** Request bodies over this many bytes are refused; default 4096. */
  readonly maxBodyBytes?: number;
  /** The `fetch` used to reach the identity provider; default the global one (e.g. to add a proxy or a private CA). */
  readonly fetch?: typeof fetch;
  readonly logger?: BrokerLogger;
}

/** The options, checked, with every default filled in. */
export interface BrokerConfig {
  readonly authority: string;
  readonly kind: ProviderKind;
  readonly clientId: string;
  readonly credential: { readonly secret: string } | { readonly certificate: { readonly thumbprintSha256: string; readonly privateKey: string } };
  readonly apis: readonly BrokerApi[];
  readonly callers:
    | (Required<Omit<BrokerCallers, 'jwksUri' | 'issuer' | 'audience'>> & {
        readonly issuers: readonly string[];
        readonly audiences: readonly string[];
        readonly jwksUri: string | undefined;
      })
    | null;
  readonly allowedOrigins: ReadonlySet<string>;
  readonly rateLimit: { readonly requests: number; readonly perSeconds: number };
  readonly providerTimeoutMs: number;
  readonly renewBeforeExpirySeconds: number;
  readonly maxBodyBytes: number;
  readonly fetch: typeof fetch;
  readonly logger: BrokerLogger;
  /** Values never to show: the secret and the private key. */
  readonly secrets: readonly string[];
}

function fail(message: string): never {
  throw new TypeError(`createTokenBroker: ${message}`);
}

function httpsUrl(name: string, value: unknown): URL {
  const url = typeof value === 'string' ? URL.parse(value) : null;
  if (!url || url.protocol !== 'https:' || url.search || url.hash)
    fail(`${name} must be an https URL without query or fragment, not ${JSON.stringify(value)}.`);
  return url;
}

function list(name: string, value: string | readonly string[] | undefined): readonly string[] {
  const items = typeof value === 'string' ? [value] : (value ?? []);
  if (!items.length || items.some((item) => typeof item !== 'string' || !item.trim())) fail(`${name} must be a non-empty string or list of strings.`);
  return items;
}

function positive(name: string, value: number | undefined, fallback: number, { integer = true } = {}): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !(value > 0) || (integer && !Number.isInteger(value)))
    fail(`${name} must be a positive ${integer ? 'integer' : 'number'}, not ${JSON.stringify(value)}.`);
  return value;
}

function nonNegative(name: string, value: number | undefined, fallback: number): number {
  return value === 0 ? 0 : positive(name, value, fallback);
}

function certificateCredential(certificate: BrokerCertificate): { thumbprintSha256: string; privateKey: string } {
  let x509: X509Certificate;
  try {
    x509 = new X509Certificate(certificate.certificate);
  } catch {
    fail('clientCertificate.certificate must be a PEM certificate (-----BEGIN CERTIFICATE-----).');
  }
  let publicKey: Buffer;
  try {
    publicKey = createPublicKey(createPrivateKey(certificate.privateKey)).export({ type: 'spki', format: 'der' });
  } catch {
    fail('clientCertificate.privateKey must be a PEM private key (-----BEGIN PRIVATE KEY-----).');
  }
  if (!publicKey.equals(x509.publicKey.export({ type: 'spki', format: 'der' })))
    fail('clientCertificate.privateKey is not the key of clientCertificate.certificate.');
  return { thumbprintSha256: x509.fingerprint256.replaceAll(':', '').toLowerCase(), privateKey: certificate.privateKey };
}

/** Checks the options and fills in defaults; throws a `TypeError` naming the option at fault (never its secret value). */
export function parseBrokerOptions(options: TokenBrokerOptions): BrokerConfig {
  const authorityUrl = httpsUrl('authority', options.authority);
  const kinds: readonly string[] = Object.values(ProviderKind);
  if (options.kind !== undefined && !kinds.includes(options.kind)) fail(`kind must be one of ${kinds.join(', ')}, not ${JSON.stringify(options.kind)}.`);
  if (typeof options.clientId !== 'string' || !options.clientId.trim()) fail('clientId must be the confidential client’s application (client) id.');

  const { clientSecret, clientCertificate } = options;
  if ((clientSecret === undefined) === (clientCertificate === undefined)) fail('give exactly one of clientSecret and clientCertificate.');
  if (clientSecret !== undefined && (typeof clientSecret !== 'string' || !clientSecret)) fail('clientSecret must be a non-empty string.');
  const credential = clientCertificate ? { certificate: certificateCredential(clientCertificate) } : { secret: clientSecret as string };

  if (!Array.isArray(options.apis) || !options.apis.length) fail('apis must list at least one API, e.g. [{ scope: "api://contoso-orders/.default" }].');
  const scopes = new Set<string>();
  for (const api of options.apis) {
    if (typeof api?.scope !== 'string' || !api.scope.trim() || /\s/.test(api.scope))
      fail(`each API needs one scope without spaces, not ${JSON.stringify(api?.scope)}.`);
    if (scopes.has(api.scope)) fail(`the API ${api.scope} is listed twice.`);
    scopes.add(api.scope);
    if (api.roles !== undefined) list(`roles of ${api.scope}`, api.roles);
  }

  if (options.allowAnonymousCallers === true && options.callers) fail('give callers or allowAnonymousCallers, not both.');
  if (options.allowAnonymousCallers !== true && !options.callers)
    fail('callers is required (the issuer and audience of your portal users’ access tokens); allowAnonymousCallers: true is for local development only.');
  if (options.allowAnonymousCallers === true) {
    const withRoles = options.apis.find((api) => api.roles?.length);
    if (withRoles) fail(`the API ${withRoles.scope} requires app roles, which anonymous callers cannot hold; configure callers.`);
  }
  const callers = options.callers
    ? {
        // Compared with `iss` exactly as written; only checked to be https URLs.
        issuers: list('callers.issuer', options.callers.issuer).filter((issuer) => httpsUrl('callers.issuer', issuer)),
        audiences: list('callers.audience', options.callers.audience),
        jwksUri: options.callers.jwksUri === undefined ? undefined : httpsUrl('callers.jwksUri', options.callers.jwksUri).href,
        clockToleranceSeconds: nonNegative('callers.clockToleranceSeconds', options.callers.clockToleranceSeconds, 60),
      }
    : null;

  if (!Array.isArray(options.allowedOrigins)) fail('allowedOrigins must be a list of origins, e.g. ["https://portal.contoso.com"].');
  for (const origin of options.allowedOrigins) {
    const url = typeof origin === 'string' ? URL.parse(origin) : null;
    if (!url || url.origin !== origin || !/^https?:$/.test(url.protocol))
      fail(`allowedOrigins must hold origins such as https://portal.contoso.com (no path, no trailing slash), not ${JSON.stringify(origin)}.`);
  }

  const rateLimit = options.rateLimit ?? { requests: 30, perSeconds: 60 };
  return {
    authority: authorityUrl.href.replace(/\/$/, ''),
    kind: options.kind ?? inferProviderKind(authorityUrl),
    clientId: options.clientId,
    credential,
    apis: options.apis,
    callers,
    allowedOrigins: new Set(options.allowedOrigins),
    rateLimit: {
      requests: positive('rateLimit.requests', rateLimit.requests, 30),
      perSeconds: positive('rateLimit.perSeconds', rateLimit.perSeconds, 60, { integer: false }),
    },
    providerTimeoutMs: positive('providerTimeoutMs', options.providerTimeoutMs, 10_000),
    renewBeforeExpirySeconds: positive('renewBeforeExpirySeconds', options.renewBeforeExpirySeconds, 300),
    maxBodyBytes: positive('maxBodyBytes', options.maxBodyBytes, 4096),
    fetch: options.fetch ?? globalThis.fetch,
    logger: options.logger ?? console,
    secrets: [clientSecret, clientCertificate?.privateKey].filter((value): value is string => !!value),
  };
}
