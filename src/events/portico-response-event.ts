import type { ConsoleRequest } from './portico-before-send-event.js';

/** Why a request got no HTTP answer: the browser hid it (CORS), none came, or it was stopped. */
/**
 * Why there is no answer: a CORS refusal, no server, the timeout, the user cancelling, or a
 * redirect the console did not follow because the request carried the token or key.
 */
export type RequestFailure = 'cors' | 'network' | 'timeout' | 'cancelled' | 'redirect';

/** An HTTP answer, whatever its status. */
export interface ResponseSummary {
  readonly status: number;
  readonly statusText: string;
  /** Header names in lower case; only those the API exposes to the page (CORS). */
  readonly headers: Readonly<Record<string, string>>;
  /** The whole body, however large. */
  readonly body: Blob;
}

export interface ResponseDetail {
  /** The request as sent, with the access token and subscription key replaced by placeholders. */
  readonly request: ConsoleRequest;
  /** The answer; null on a failure. */
  readonly response: ResponseSummary | null;
  /** Why there is no answer; null when there is one. */
  readonly failure: RequestFailure | null;
  /** From sending to the last byte of the body (or the failure), in ms. */
  readonly duration: number;
}

/** Fired by `<portico-api-console>` once a request it sent has been answered, or has failed. */
export class PorticoResponseEvent extends CustomEvent<ResponseDetail> {
  static readonly type = 'portico-response';
  constructor(detail: ResponseDetail) {
    super(PorticoResponseEvent.type, { detail, bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'portico-response': PorticoResponseEvent;
  }
}
