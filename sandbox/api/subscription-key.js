// @ts-check
/**
 * Subscription keys the way Azure API Management checks them: from the
 * `Ocp-Apim-Subscription-Key` header or the `subscription-key` query parameter, refused with
 * APIM's own messages. A key is good while it is a current key of an active subscription (of the
 * API Management stand-in, ../apim/) whose scope covers the sample API.
 */
import { SAMPLE_API_ID } from '../apim/catalog.js';
import { SAMPLE_API } from '../directory.js';

/**
 * @param {import('node:http').IncomingMessage} req
 * @param {URL} url
 * @param {import('../apim/store.js').ApimStore} apim
 * @returns {string | undefined} why the request is refused
 */
export function checkSubscriptionKey(req, url, apim) {
  const key = req.headers[SAMPLE_API.subscriptionKeyHeader.toLowerCase()] ?? url.searchParams.get(SAMPLE_API.subscriptionKeyQuery);
  if (!key) {
    return 'Access denied due to missing subscription key. Make sure to include subscription key when making requests to an API.';
  }
  if (typeof key !== 'string' || !apim.keyAllows(key, SAMPLE_API_ID)) {
    return 'Access denied due to invalid subscription key. Make sure to provide a valid key for an active subscription.';
  }
  return undefined;
}
