import type { StoredResponse } from './console-session.js';
import { bodyKind } from './response-body.js';
import { redact, type Secret } from './secrets.js';
import type { ReceivedResponse } from './send-request.js';

/** Enough of a body to see it again after a reload, small enough for `sessionStorage`'s few megabytes. */
const STORED_BODY_LIMIT = 64 * 1024;

/** An answer as it may be stored: secrets redacted, the body cut to `STORED_BODY_LIMIT`, binary bodies left out. */
export function storedResponse(response: ReceivedResponse, duration: number, secrets: readonly Secret[]): StoredResponse {
  const kind = bodyKind(response.body, response.contentType);
  const textual = kind === 'json' || kind === 'text';
  return {
    status: response.status,
    statusText: response.statusText,
    headers: response.headers.map(([name, value]) => [name, redact(value, secrets)] as const),
    contentType: response.contentType,
    size: response.body.byteLength,
    duration,
    bodyText: textual ? redact(new TextDecoder().decode(response.body.subarray(0, STORED_BODY_LIMIT)), secrets) : '',
    bodyCut: textual && response.body.byteLength > STORED_BODY_LIMIT,
  };
}
