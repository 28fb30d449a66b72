import { authErrorTexts, type AuthErrorFacts, type AuthErrorText } from './error-texts.js';
import { AuthErrorCode, PorticoAuthError } from './errors.js';

/** The parts of an MSAL `AuthError` the mapping reads; duck-typed so no MSAL code is needed here. */
interface MsalLikeError {
  readonly name?: string;
  readonly errorCode?: string;
  readonly errorMessage?: string;
  readonly subError?: string;
  readonly message?: string;
}

/** A rule for one code: the codes of the widgets' catalogue say it in `authErrorTexts`, any other in the rule itself. */
type Rule =
  | { readonly code: keyof typeof authErrorTexts; readonly matches: (error: MsalLikeError, text: string) => boolean }
  | ({ readonly code: AuthErrorCode; readonly matches: (error: MsalLikeError, text: string) => boolean } & AuthErrorText);

const codeIs =
  (...codes: string[]) =>
  (error: MsalLikeError) =>
    codes.includes(error.errorCode ?? '');
const textHas = (pattern: RegExp) => (_: MsalLikeError, text: string) => pattern.test(text);

/** First match wins: the AADSTS codes come first because they are the most specific. */
const RULES: readonly Rule[] = [
  { code: AuthErrorCode.RedirectUriMismatch, matches: textHas(/AADSTS50011|redirect_uri.*(mismatch|not registered|does not match)/i) },
  { code: AuthErrorCode.ConsentRequired, matches: (e, t) => /AADSTS65001/.test(t) || codeIs('consent_required')(e) },
  { code: AuthErrorCode.UserNotInTenant, matches: textHas(/AADSTS50020/) },
  { code: AuthErrorCode.UnsupportedResponseType, matches: textHas(/AADSTS700054|AADSTS9002326|unsupported_response_type/i) },
  { code: AuthErrorCode.InvalidClient, matches: (e, t) => /AADSTS700016|AADSTS7000215/.test(t) || codeIs('invalid_client', 'unauthorized_client')(e) },
  { code: AuthErrorCode.PopupBlocked, matches: codeIs('popup_window_error', 'empty_window_error') },
  { code: AuthErrorCode.UserCancelled, matches: codeIs('user_cancelled', 'access_denied', 'interaction_in_progress_cancelled') },
  { code: AuthErrorCode.SignInTimeout, matches: codeIs('timed_out', 'monitor_window_timeout') },
  { code: AuthErrorCode.InteractionInProgress, matches: codeIs('interaction_in_progress') },
  { code: AuthErrorCode.LoginRequired, matches: codeIs('login_required', 'no_account_error', 'no_tokens_found') },
  { code: AuthErrorCode.InvalidGrant, matches: codeIs('invalid_grant', 'refresh_token_expired', 'bad_token') },
  { code: AuthErrorCode.InteractionRequired, matches: (e) => e.name === 'InteractionRequiredAuthError' || codeIs('interaction_required')(e) },
  {
    code: AuthErrorCode.NetworkError,
    matches: codeIs(
      'endpoints_resolution_error',
      'network_error',
      'no_network_connectivity',
      'post_request_failed',
      'get_request_failed',
      'failed_to_parse_response',
    ),
  },
  {
    code: AuthErrorCode.InvalidAuthority,
    matches: codeIs('authority_uri_insecure', 'untrusted_authority', 'invalid_authority_metadata', 'authority_mismatch'),
    // Not in the catalogue, whose invalid-authority is the authority attribute's own diagnostic.
    message: (f) => `MSAL does not trust the authority ${f.authority}.`,
    hint: () => 'Use an https authority; for B2C, custom domains or other OpenID Connect providers, list their host in known-authorities.',
  },
];

/** Turns anything MSAL, the network or the IdP threw into a `PorticoAuthError` with a plain hint. */
export function toPorticoAuthError(error: unknown, facts: AuthErrorFacts): PorticoAuthError {
  if (error instanceof PorticoAuthError) return error;
  const msal = (typeof error === 'object' && error !== null ? error : {}) as MsalLikeError;
  const text = [msal.errorCode, msal.subError, msal.errorMessage, msal.message, String(error)].join(' ');
  const rule = RULES.find((candidate) => candidate.matches(msal, text));
  if (rule) {
    const says: AuthErrorText = 'message' in rule ? rule : authErrorTexts[rule.code];
    return new PorticoAuthError(rule.code, says.message(facts), says.hint(facts), { cause: error });
  }
  const detail = msal.errorMessage || msal.message || String(error);
  return new PorticoAuthError(
    AuthErrorCode.Unknown,
    `The identity provider request failed: ${detail}`,
    'Try again; if it keeps failing, open the browser console for details and check the app registration.',
    { cause: error },
  );
}
