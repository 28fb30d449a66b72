import type { Account, AuthState } from '../auth/types.js';

export interface AuthChangeDetail {
  readonly state: AuthState;
  readonly account: Account | null;
}

/** Fired by `<portico-auth>` whenever its controller's state or account changes. */
export class PorticoAuthChangeEvent extends CustomEvent<AuthChangeDetail> {
  static readonly type = 'portico-auth-change';
  constructor(detail: AuthChangeDetail) {
    super(PorticoAuthChangeEvent.type, { detail, bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'portico-auth-change': PorticoAuthChangeEvent;
  }
}
