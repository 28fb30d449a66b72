export interface SignOutDetail {
  /** The provider's id (its `<portico-auth>`'s `id`). */
  readonly provider: string;
}

/** Fired by the widget that started a sign-out, once the user is signed out. */
export class PorticoSignOutEvent extends CustomEvent<SignOutDetail> {
  static readonly type = 'portico-sign-out';
  constructor(detail: SignOutDetail) {
    super(PorticoSignOutEvent.type, { detail, bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'portico-sign-out': PorticoSignOutEvent;
  }
}
