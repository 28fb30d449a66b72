import type { ConsoleRequest } from '../../../events/portico-before-send-event.js';
import type { Placement } from './security-plan.js';

/** A value that must not leave the console unless the user asks (a token, a key), and what stands in for it. */
export interface Secret {
  readonly value: string;
  readonly placeholder: string;
}

export const TOKEN_PLACEHOLDER = '<access-token>';
export const KEY_PLACEHOLDER = '<subscription-key>';
const CREDENTIAL_PLACEHOLDER = '<credentials>';
export const API_KEY_PLACEHOLDER = '<api-key>';
export const BASIC_PLACEHOLDER = '<basic-credentials>';

/** Headers whose values are credentials, whoever set them. */
const CREDENTIAL_HEADERS = new Set(['authorization', 'proxy-authorization', 'cookie']);

/** The console's current secrets: the token it sent and the subscription key. */
export function secretsOf(token: string | null | undefined, key: string | null | undefined): Secret[] {
  return [...(token ? [{ value: token, placeholder: TOKEN_PLACEHOLDER }] : []), ...(key ? [{ value: key, placeholder: KEY_PLACEHOLDER }] : [])];
}

/** The credentials the user typed, as secrets: HTTP basic's encoded pair, and each API key. */
export function typedSecrets(placements: readonly Placement[]): Secret[] {
  return placements.map(({ in: location, name, value }) =>
    location === 'header' && name.toLowerCase() === 'authorization'
      ? { value: value.replace(/^Basic\s+/iu, ''), placeholder: BASIC_PLACEHOLDER }
      : { value, placeholder: API_KEY_PLACEHOLDER },
  );
}

/**
 * The credentials a request carries, whoever put them there (the console, a `portico-before-send`
 * listener, or the user typing an `Authorization` header by hand): the values of credential
 * headers (for `Authorization`, the part after the scheme), and the subscription key's header and
 * query parameter.
 */
export function requestSecrets(request: ConsoleRequest, keyHeader: string, keyQuery: string): Secret[] {
  const secrets: Secret[] = [];
  for (const [name, value] of Object.entries(request.headers)) {
    const lower = name.toLowerCase();
    if (lower === keyHeader.toLowerCase() && value) secrets.push({ value, placeholder: KEY_PLACEHOLDER });
    if (!CREDENTIAL_HEADERS.has(lower)) continue;
    const credentials = lower === 'cookie' ? value : value.replace(/^\S+\s+/u, '');
    if (credentials) secrets.push({ value: credentials, placeholder: lower === 'authorization' ? TOKEN_PLACEHOLDER : CREDENTIAL_PLACEHOLDER });
  }
  const key = keyQuery ? URL.parse(request.url)?.searchParams.get(keyQuery) : null;
  if (key) secrets.push({ value: key, placeholder: KEY_PLACEHOLDER });
  return secrets;
}

/**
 * `text` with every occurrence of a secret replaced by its placeholder, as written and as
 * percent-encoded in a URL. Used for everything that leaves the console's memory: history,
 * stored responses, snippets (unless secrets are included), and event details.
 */
export function redact(text: string, secrets: readonly Secret[]): string {
  let result = text;
  for (const { value, placeholder } of secrets) {
    result = result.replaceAll(value, placeholder);
    const encoded = encodeURIComponent(value);
    if (encoded !== value) result = result.replaceAll(encoded, placeholder);
  }
  return result;
}

/** A request with its URL, headers and text body redacted. */
export function redactRequest(request: ConsoleRequest, secrets: readonly Secret[]): ConsoleRequest {
  return {
    ...request,
    url: redact(request.url, secrets),
    headers: Object.fromEntries(Object.entries(request.headers).map(([name, value]) => [name, redact(value, secrets)])),
    body: typeof request.body === 'string' ? redact(request.body, secrets) : request.body,
  };
}
