// @ts-check
/**
 * The sample API's credentials that are neither tokens nor API Management keys: a partner's API
 * key in its own header, and HTTP basic. Refusals say what was expected, never the right value.
 */
import { timingSafeEqual } from 'node:crypto';
import { SAMPLE_API } from '../directory.js';

/**
 * @param {import('node:http').IncomingHttpHeaders} headers
 * @returns {string | undefined} why the request is refused
 */
export function checkPartnerKey(headers) {
  const key = headers[SAMPLE_API.partnerKeyHeader.toLowerCase()];
  if (!key) return `The ${SAMPLE_API.partnerKeyHeader} header is missing: this operation needs a partner's API key.`;
  if (typeof key !== 'string' || !same(key, SAMPLE_API.partnerKey)) return `The ${SAMPLE_API.partnerKeyHeader} header holds no partner's key.`;
  return undefined;
}

/**
 * HTTP basic (RFC 7617, UTF-8). The refusal carries no `WWW-Authenticate: Basic` challenge on
 * purpose: a browser answers that with its own login dialog over the portal.
 * @param {import('node:http').IncomingHttpHeaders} headers
 * @returns {{ username: string } | { refusal: string }}
 */
export function checkBasic(headers) {
  const match = /^Basic\s+(\S+)$/iu.exec(headers.authorization ?? '');
  if (!match) return { refusal: 'The Authorization header is missing or not HTTP basic: send a username and password.' };
  const pair = Buffer.from(match[1] ?? '', 'base64').toString('utf8');
  const colon = pair.indexOf(':');
  const username = pair.slice(0, colon);
  if (colon < 0 || username !== SAMPLE_API.basicUsername || !same(pair.slice(colon + 1), SAMPLE_API.basicPassword)) {
    return { refusal: 'The username or password is wrong.' };
  }
  return { username };
}

/** @param {string} given @param {string} expected */
function same(given, expected) {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}
