// @ts-check
/**
 * API Management's shared access signatures as its developer data API hands them out:
 * `{userId}&{yyyyMMddHHmm}&{signature}` (expiry in UTC, to the minute; the signature is base64 and
 * ends in `==`), sent back in the `Ocp-Apim-Sas-Token` header as
 * `SharedAccessSignature token="…",refresh="true"` and presented the same way.
 *
 * The wire format says the minute; the stand-in also remembers each token's exact end, so a
 * lifetime of a few seconds (the tests' setting) really expires after those seconds.
 */
import { createHmac, randomBytes } from 'node:crypto';

/**
 * @param {object} options
 * @param {number} options.lifetime seconds
 * @param {() => number} [options.now] ms since the epoch
 */
export function sasIssuer({ lifetime, now = Date.now }) {
  const secret = randomBytes(32);
  /** Exact end of each token still valid, in ms. */
  const ends = new Map();

  /** @param {string} text */
  const sign = (text) => createHmac('sha512', secret).update(text).digest('base64');

  return {
    /**
     * A new token for `userId`, as the value of the `Ocp-Apim-Sas-Token` header.
     * @param {string} userId
     */
    issue(userId) {
      const end = now() + lifetime * 1000;
      // The minute on the wire is never earlier than the real end: a client trusting it is told the truth or later.
      const expiry = minuteStamp(new Date(Math.ceil(end / 60_000) * 60_000));
      const body = `${userId}&${expiry}`;
      const token = `${body}&${sign(`${body}&${randomBytes(6).toString('hex')}`)}`;
      ends.set(token, end);
      return `SharedAccessSignature token="${token}",refresh="true"`;
    },

    /**
     * The user a presented token belongs to, or why it is refused.
     * @param {string | undefined} authorization the request's Authorization header
     * @returns {{ userId: string } | { refused: string }}
     */
    verify(authorization) {
      const match = /^SharedAccessSignature\s+(?:token="([^"]+)"(?:,refresh="\w+")?|(\S+))\s*$/.exec(authorization ?? '');
      const token = match?.[1] ?? match?.[2];
      if (!token) return { refused: 'No SharedAccessSignature credentials.' };
      const end = ends.get(token);
      const parts = token.split('&');
      if (end === undefined || parts.length !== 3) return { refused: 'The shared access signature is not valid.' };
      if (now() >= end) {
        ends.delete(token);
        return { refused: 'The shared access signature has expired.' };
      }
      return { userId: String(parts[0]) };
    },

    /** Forgets every token (for tests). */
    clear() {
      ends.clear();
    },
  };
}

/**
 * `yyyyMMddHHmm` in UTC.
 * @param {Date} date
 */
export function minuteStamp(date) {
  return date.toISOString().slice(0, 16).replace(/[-T:]/g, '');
}
