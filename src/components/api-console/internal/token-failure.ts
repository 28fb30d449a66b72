import { html, nothing } from 'lit';
import { AuthErrorCode, PorticoAuthError } from '../../../auth/errors.js';
import type { Strings } from '../../../internal/strings.js';
import type { ConsoleAuth } from './console-auth.js';
import type { NotSent } from './render-explanation.js';
import { AuthMode } from './request-inputs.js';
import { TokenBrokerError } from './token-source.js';

/** A broker's refusals that are the caller's to mend (sign in, another account, wait), not the page author's. */
const CALLER_CODES = ['unauthenticated', 'caller-lacks-role', 'rate-limited'];

/**
 * Why no token could be had for a request, with what to do: sign in again when the token needs
 * the user; for a token broker that failed, also a `token-broker-failed` problem on the console
 * until it gives a token again. Shown in the answer's place, so it comes with the code that sends.
 */
export function tokenFailure(error: unknown, auth: ConsoleAuth, strings: Strings): NotSent {
  if (error instanceof TokenBrokerError) return brokerRefused(error, auth, strings);
  const needsUser = error instanceof PorticoAuthError && (error.code === AuthErrorCode.InteractionRequired || error.code === AuthErrorCode.LoginRequired);
  const username = auth.account?.username ?? '';
  const action = needsUser ? html`<button class="button" type="button" @click=${() => auth.signIn(username)}>${strings.signInAgain}</button>` : nothing;
  const message = error instanceof PorticoAuthError ? `${error.message} ${error.hint}` : String(error);
  return { kind: 'not-sent', message: strings.apiConsole.tokenFailed(message), action };
}

/**
 * A broker's refusal explained like an API's: its problem `code` in plain words, with a sign-in
 * button when it wants a signed-in caller. Refusals of the broker's own set-up (not of this
 * user) also become a `token-broker-failed` problem for the author.
 */
function brokerRefused(error: TokenBrokerError, auth: ConsoleAuth, strings: Strings): NotSent {
  const text = strings.apiConsole;
  const cause = error.code ? text.brokerCauses[error.code as keyof typeof text.brokerCauses] : undefined;
  const message = cause ? text.brokerRefused(cause, error.detail) : text.brokerFailed(error.detail);
  auth.brokerProblem =
    error.code && CALLER_CODES.includes(error.code)
      ? null
      : { code: 'token-broker-failed', message, hint: text.brokerHint(error.url), attribute: 'token-broker-url' };
  const account = auth.account;
  const action =
    error.code === 'unauthenticated' && auth.modes.includes(AuthMode.User)
      ? html`<button class="button" type="button" @click=${() => auth.signIn(account?.username ?? '')}>${account ? strings.signInAgain : strings.signIn}</button>`
      : nothing;
  return { kind: 'not-sent', message, action };
}
