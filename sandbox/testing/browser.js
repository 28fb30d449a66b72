// @ts-check
/**
 * Just enough of a browser to drive the sandbox from Node: a cookie jar, redirects followed by
 * hand, and the self-submitting forms the provider uses (sign-out confirmation, session switch).
 * For tests and scripts; it lives outside `test/` because `node --test` runs every file there.
 */
import { createHttpsFetch } from '../https-fetch.js';

/**
 * @typedef {{ name: string, value: string, path: string }} Cookie
 *
 * @typedef {object} Browser
 * @property {(url: string | URL, init?: import('../https-fetch.js').HttpsFetchInit) => Promise<Response>} request
 *   one request, sending and storing cookies, following nothing
 * @property {(url: string | URL, options?: { stopAt?: string }) => Promise<{ url: URL, response?: Response }>} navigate
 *   follows redirects and self-submitting forms; stops without loading it at `stopAt` (typically
 *   a redirect URI, compared without query and fragment), or at the first page that is neither
 * @property {Map<string, Cookie>} cookies
 */

const MAX_HOPS = 20;

/**
 * @param {{ ca: string }} options the certificate to trust (the sandbox's)
 * @returns {Browser}
 */
export function createBrowser({ ca }) {
  const fetch = createHttpsFetch({ ca });
  /** @type {Map<string, Cookie>} */
  const cookies = new Map();

  /** @type {Browser['request']} */
  async function request(url, init = {}) {
    const target = new URL(url);
    const headers = new Headers(init.headers);
    const cookie = [...cookies.values()]
      .filter(({ path }) => pathMatches(path, target.pathname))
      .map(({ name, value }) => `${name}=${value}`)
      .join('; ');
    if (cookie) headers.set('cookie', cookie);
    const response = await fetch(target, { ...init, headers });
    for (const header of response.headers.getSetCookie()) store(cookies, header);
    return response;
  }

  /** @type {Browser['navigate']} */
  async function navigate(start, { stopAt } = {}) {
    let url = new URL(start);
    const stop = stopAt && withoutSearch(new URL(stopAt));
    /** @type {import('../https-fetch.js').HttpsFetchInit} */
    let init = {};
    for (let hop = 0; hop < MAX_HOPS; hop++) {
      if (stop && withoutSearch(url) === stop) return { url };
      const response = await request(url, init);
      const location = response.headers.get('location');
      if (response.status >= 300 && response.status < 400 && location) {
        url = new URL(location, url);
        init = {};
        continue;
      }
      const form = (response.headers.get('content-type') ?? '').startsWith('text/html') ? selfSubmittingForm(await response.clone().text()) : undefined;
      if (!form) return { url, response };
      url = new URL(form.action, url);
      init = {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: form.body,
      };
    }
    throw new Error(`more than ${MAX_HOPS} redirects, last at ${url.href}`);
  }

  return { request, navigate, cookies };
}

/** @param {URL} url */
function withoutSearch(url) {
  return `${url.origin}${url.pathname}`;
}

/**
 * @param {Map<string, Cookie>} cookies
 * @param {string} header a Set-Cookie value
 */
function store(cookies, header) {
  const [pair, ...attributes] = header.split(';').map((part) => part.trim());
  const at = pair.indexOf('=');
  const name = pair.slice(0, at);
  const value = pair.slice(at + 1);
  const attribute = (/** @type {string} */ wanted) => attributes.find((part) => part.toLowerCase().startsWith(`${wanted}=`))?.slice(wanted.length + 1);
  const path = attribute('path') ?? '/';
  const expires = attribute('expires');
  const removed = attribute('max-age') === '0' || (expires !== undefined && Date.parse(expires) <= Date.now()) || value === '';
  const key = `${name};${path}`;
  if (removed) cookies.delete(key);
  else cookies.set(key, { name, value, path });
}

/**
 * RFC 6265 §5.1.4.
 * @param {string} cookiePath
 * @param {string} requestPath
 */
function pathMatches(cookiePath, requestPath) {
  return requestPath === cookiePath || (requestPath.startsWith(cookiePath) && (cookiePath.endsWith('/') || requestPath[cookiePath.length] === '/'));
}

/**
 * A page whose script submits its first form at once, as a browser would.
 * @param {string} page
 * @returns {{ action: string, body: string } | undefined}
 */
function selfSubmittingForm(page) {
  if (!page.includes('document.forms[0].submit()')) return undefined;
  const form = /<form[^>]*method="post"[^>]*action="([^"]*)"[^>]*>([\s\S]*?)<\/form>/i.exec(page);
  if (!form) return undefined;
  const body = new URLSearchParams();
  const inputs = form[2].matchAll(/<input type="hidden" name="([^"]*)" value="([^"]*)"\s*\/?>/g);
  for (const [, name, value] of inputs) body.append(decode(name), decode(value));
  return { action: decode(form[1]), body: body.toString() };
}

/** @type {Record<string, string>} */
const ENTITIES = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" };

/** @param {string} text */
function decode(text) {
  return text.replace(/&(amp|lt|gt|quot|#39);/g, (_, entity) => ENTITIES[entity]);
}
