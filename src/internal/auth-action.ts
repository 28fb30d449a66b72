import type { Account, AuthController, SignInOptions } from '../auth/types.js';
import { PorticoSignInEvent } from '../events/portico-sign-in-event.js';
import { PorticoSignInRequestEvent, type SignInAction } from '../events/portico-sign-in-request-event.js';
import { PorticoSignOutEvent } from '../events/portico-sign-out-event.js';

export interface AuthActionRequest {
  /** The element the events are dispatched on. */
  readonly host: HTMLElement;
  /** The provider's id, for the events' `detail`. */
  readonly provider: string;
  readonly controller: AuthController;
  readonly action: SignInAction;
  /** For `sign-in` only. */
  readonly options?: SignInOptions;
}

/**
 * Starts a sign-in or sign-out the way every widget does: a cancelable `portico-sign-in-request`,
 * then the controller's call in the same task, so a popup opens from the user's click and is not
 * blocked (nothing may be awaited before it), then `portico-sign-in` or `portico-sign-out`.
 *
 * @returns `null` when a listener cancelled the request; otherwise a promise of whether the action
 * succeeded. It never rejects: a failure is shown from the controller's state (`error`) and
 * reported by its `<portico-auth>`.
 */
export function startAuthAction({ host, provider, controller, action, options }: AuthActionRequest): Promise<boolean> | null {
  if (!host.dispatchEvent(new PorticoSignInRequestEvent({ provider, action }))) return null;
  let running: Promise<Account | void>;
  try {
    running = action === 'sign-in' ? controller.signIn(options) : controller.signOut();
  } catch (error) {
    running = Promise.reject(error);
  }
  return running.then(
    (account) => {
      if (action === 'sign-out') host.dispatchEvent(new PorticoSignOutEvent({ provider }));
      else if (account) host.dispatchEvent(new PorticoSignInEvent({ provider, account }));
      return true;
    },
    () => false,
  );
}
