import type { ConsoleRequest } from '../../../events/portico-before-send-event.js';
import { hasHeader } from './build-request.js';
import type { Placement } from './security-plan.js';

/** Where the subscription key goes: a header (default `Ocp-Apim-Subscription-Key`) or a query parameter. */
export interface SubscriptionKey {
  readonly value: string;
  readonly header: string;
  /** When set, the key goes in this query parameter instead of the header. */
  readonly query: string;
}

export interface Credentials {
  /** The bearer token, or null to send none. */
  readonly token: string | null;
  readonly key: SubscriptionKey | null;
  /** Credentials the user typed for the description's schemes (API keys, HTTP basic), where they go. */
  readonly typed?: readonly Placement[];
}

/** Which origins may receive the token and the key, and the optional CORS proxy in front of the API. */
export interface CredentialPolicy {
  readonly trustedOrigins: ReadonlySet<string>;
  /** A URL prefix requests are routed through (`https://proxy.contoso.com/`), or ''. */
  readonly corsProxy: string;
}

/** A request with credentials added where allowed, and what was held back. */
export interface AuthorizedRequest {
  /** What goes to `fetch`: proxied when a proxy is set. */
  readonly request: ConsoleRequest;
  /** The URL the request is for, before any proxy. */
  readonly target: string;
  /** The credentials that were not attached because the request goes to an origin not trusted with them. */
  readonly withheld: readonly ('token' | 'key')[];
  /** The credentials the console added: while there are any, redirects must not be followed. */
  readonly attached: readonly ('token' | 'key')[];
}

/**
 * The origins trusted with the token and the key: `base-url`'s (resolved against the page) and
 * those listed in `allowed-origins`. Never an origin merely named by a description's `servers`,
 * which anyone who can publish a description could point elsewhere.
 */
export function trustedOrigins(baseUrl: string, allowedOrigins: readonly string[], pageUrl: string): Set<string> {
  const origins = new Set<string>();
  const base = baseUrl ? URL.parse(baseUrl, pageUrl) : null;
  if (base) origins.add(base.origin);
  for (const origin of allowedOrigins) {
    const parsed = URL.parse(origin);
    if (parsed) origins.add(parsed.origin);
  }
  return origins;
}

/**
 * Adds the bearer token and the subscription key to a request, but only when every server it
 * passes through is trusted: the target's origin, and the proxy's when there is one (the proxy
 * sees everything it forwards). A header the request already carries (set by the user or a
 * `portico-before-send` listener) is left as it is.
 */
export function authorizeRequest(request: ConsoleRequest, credentials: Credentials, policy: CredentialPolicy): AuthorizedRequest {
  const target = new URL(request.url);
  const trusted = isTrusted(request.url, policy);
  const headers = { ...request.headers };
  const withheld: ('token' | 'key')[] = [];
  const attached: ('token' | 'key')[] = [];
  if (credentials.token) {
    if (!trusted) withheld.push('token');
    else if (!hasHeader(headers, 'authorization')) {
      headers['Authorization'] = `Bearer ${credentials.token}`;
      attached.push('token');
    }
  }
  const key = credentials.key;
  if (key?.value) {
    if (!trusted) withheld.push('key');
    else if (key.query) {
      target.searchParams.set(key.query, key.value);
      attached.push('key');
    } else if (!hasHeader(headers, key.header.toLowerCase())) {
      headers[key.header] = key.value;
      attached.push('key');
    }
  }
  for (const placement of credentials.typed ?? []) {
    if (!trusted) {
      if (!withheld.includes('key')) withheld.push('key');
    } else if (placeTyped(placement, target, headers) && !attached.includes('key')) attached.push('key');
  }
  const url = policy.corsProxy ? `${policy.corsProxy}${target.href}` : target.href;
  return { request: { ...request, url, headers }, target: target.href, withheld, attached };
}

/** Whether a request to `url` would get the credentials, for telling the user before sending. */
export function isTrusted(url: string, policy: CredentialPolicy): boolean {
  const target = URL.parse(url);
  const proxy = policy.corsProxy ? URL.parse(policy.corsProxy) : null;
  return !!target && policy.trustedOrigins.has(target.origin) && (!proxy || policy.trustedOrigins.has(proxy.origin));
}

/** Puts a typed credential in its place, unless the request already has one there; whether it did. */
function placeTyped({ in: location, name, value }: Placement, target: URL, headers: Record<string, string>): boolean {
  if (location === 'query') {
    target.searchParams.set(name, value);
    return true;
  }
  const header = location === 'cookie' ? 'Cookie' : name;
  if (location === 'header' && hasHeader(headers, header.toLowerCase())) return false;
  const cookie = `${name}=${value}`;
  const existing = Object.keys(headers).find((key) => key.toLowerCase() === 'cookie');
  if (location === 'cookie' && existing) headers[existing] = `${headers[existing]}; ${cookie}`;
  else headers[header] = location === 'cookie' ? cookie : value;
  return true;
}
