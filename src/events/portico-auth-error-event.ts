import type { ErrorDetail } from '../auth/errors.js';

/** Fired by `<portico-auth>` for a misconfiguration or a failed sign-in, sign-out or token request. */
export class PorticoAuthErrorEvent extends CustomEvent<ErrorDetail> {
  static readonly type = 'portico-auth-error';
  constructor(detail: ErrorDetail) {
    super(PorticoAuthErrorEvent.type, { detail, bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'portico-auth-error': PorticoAuthErrorEvent;
  }
}
