/** What a widget is about to do. */
export type SignInAction = 'sign-in' | 'sign-out';

export interface SignInRequestDetail {
  /** The provider's id (its `<portico-auth>`'s `id`). */
  readonly provider: string;
  readonly action: SignInAction;
}

/**
 * Fired by a widget, synchronously in the user's click, just before it starts signing in or out.
 * Cancelable: `preventDefault()` stops the flow (nothing is opened, nothing changes).
 */
export class PorticoSignInRequestEvent extends CustomEvent<SignInRequestDetail> {
  static readonly type = 'portico-sign-in-request';
  constructor(detail: SignInRequestDetail) {
    super(PorticoSignInRequestEvent.type, { detail, bubbles: true, composed: true, cancelable: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'portico-sign-in-request': PorticoSignInRequestEvent;
  }
}
