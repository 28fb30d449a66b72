import type { ErrorDetail } from '../auth/errors.js';

/**
 * Fired by any Portico element other than `<portico-auth>` for a problem of its own, such as
 * `unknown-provider` or `invalid-attribute`.
 */
export class PorticoErrorEvent extends CustomEvent<ErrorDetail> {
  static readonly type = 'portico-error';
  constructor(detail: ErrorDetail) {
    super(PorticoErrorEvent.type, { detail, bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'portico-error': PorticoErrorEvent;
  }
}
