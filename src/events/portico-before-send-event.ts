/** A request as `<portico-api-console>` sends it; plain data a page may read and change. */
export interface ConsoleRequest {
  /** Upper case, e.g. `GET`. */
  method: string;
  /** Absolute URL, query included. */
  url: string;
  headers: Record<string, string>;
  body: string | URLSearchParams | FormData | Blob | null;
}

export interface BeforeSendDetail {
  /**
   * The request about to be sent, which listeners may change (add a header, rewrite the URL).
   * The access token and subscription key are not in it yet: they are added afterwards, and only
   * when the final URL's origin may receive them. A listener that sets `Authorization` itself
   * sends its own value instead.
   */
  readonly request: ConsoleRequest;
}

/**
 * Fired by `<portico-api-console>` just before it sends a request. Cancelable:
 * `preventDefault()` stops the request (nothing is sent).
 */
export class PorticoBeforeSendEvent extends CustomEvent<BeforeSendDetail> {
  static readonly type = 'portico-before-send';
  constructor(detail: BeforeSendDetail) {
    super(PorticoBeforeSendEvent.type, { detail, bubbles: true, composed: true, cancelable: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'portico-before-send': PorticoBeforeSendEvent;
  }
}
