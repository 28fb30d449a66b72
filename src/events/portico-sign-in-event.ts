import type { Account } from '../auth/types.js';

export interface SignInDetail {
  /** The provider's id (its `<portico-auth>`'s `id`). */
  readonly provider: string;
  /** The account that signed in. */
  readonly account: Account;
}

/** Fired by the widget that started a sign-in, once the user is signed in. */
export class PorticoSignInEvent extends CustomEvent<SignInDetail> {
  static readonly type = 'portico-sign-in';
  constructor(detail: SignInDetail) {
    super(PorticoSignInEvent.type, { detail, bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'portico-sign-in': PorticoSignInEvent;
  }
}
