import { AuthErrorCode, PorticoAuthError } from './errors.js';

/** What the mapping needs to know to write a hint that names the right things. */
export interface ErrorContext {
  readonly clientId: string;
  readonly authority: string;
  readonly redirectUri: string;
  readonly popupTimeout: number;
}

/** The parts of an MSAL `AuthError` the mapping reads; duck-typed so no MSAL code is needed here. */
interface MsalLikeError {
  readonly name?: string;
  readonly errorCode?: string;
  readonly errorMessage?: string;
  readonly subError?: string;
  readonly message?: string;
}

type Rule = {
  readonly code: AuthErrorCode;
  readonly matches: (error: MsalLikeError, text: string) => boolean;
  readonly message: (context: ErrorContext) => string;
  readonly hint: (context: ErrorContext) => string;
};

const codeIs =
  (...codes: string[]) =>
  (error: MsalLikeError) =>
    codes.includes(error.errorCode ?? '');
const textHas = (pattern: RegExp) => (_: MsalLikeError, text: string) => pattern.test(text);

/** First match wins: the AADSTS codes come first because they are the most specific. */
const RULES: readonly Rule[] = [
  {
    code: AuthErrorCode.RedirectUriMismatch,
    matches: textHas(/AADSTS50011|redirect_uri.*(mismatch|not registered|does not match)/i),
    message: () => 'The identity provider rejected the redirect URI.',
    hint: (c) => `Add ${c.redirectUri} as a Single-page application (SPA) redirect URI of app ${c.clientId}, or set redirect-uri to one that is registered.`,
  },
  {
    code: AuthErrorCode.ConsentRequired,
    matches: (e, t) => /AADSTS65001/.test(t) || codeIs('consent_required')(e),
    message: () => 'The app needs consent before it can sign you in or call this API.',
    hint: (c) =>
      `Ask an administrator to grant consent for app ${c.clientId} (Entra admin center > App registrations > API permissions > Grant admin consent), or sign in with prompt="consent".`,
  },
  {
    code: AuthErrorCode.UserNotInTenant,
    matches: textHas(/AADSTS50020/),
    message: () => 'This account does not belong to the tenant the portal signs in to.',
    hint: (c) =>
      `Sign in with an account of ${c.authority}, invite the user as a guest, or use an authority such as /common or /organizations that accepts accounts from any tenant.`,
  },
  {
    code: AuthErrorCode.UnsupportedResponseType,
    matches: textHas(/AADSTS700054|AADSTS9002326|unsupported_response_type/i),
    message: () => 'The app registration does not allow this sign-in flow from a browser.',
    hint: (c) =>
      `Register ${c.redirectUri} under the "Single-page application" platform (not "Web") for app ${c.clientId}, so the authorization code flow with PKCE is allowed.`,
  },
  {
    code: AuthErrorCode.InvalidClient,
    matches: (e, t) => /AADSTS700016|AADSTS7000215/.test(t) || codeIs('invalid_client', 'unauthorized_client')(e),
    message: () => 'The identity provider does not know this client ID.',
    hint: (c) => `Check client-id="${c.clientId}": it must be the Application (client) ID of an app registered in ${c.authority}.`,
  },
  {
    code: AuthErrorCode.PopupBlocked,
    matches: codeIs('popup_window_error', 'empty_window_error'),
    message: () => 'The browser blocked the sign-in window.',
    hint: () => 'Allow pop-ups for this site, or set login-mode="redirect" to sign in on this page instead.',
  },
  {
    code: AuthErrorCode.UserCancelled,
    matches: codeIs('user_cancelled', 'access_denied', 'interaction_in_progress_cancelled'),
    message: () => 'Sign-in was cancelled.',
    hint: () => 'Choose "Sign in" again when you are ready.',
  },
  {
    code: AuthErrorCode.SignInTimeout,
    matches: codeIs('timed_out', 'monitor_window_timeout'),
    message: (c) => `The sign-in window did not come back within ${Math.round(c.popupTimeout / 1000)} seconds.`,
    hint: (c) =>
      `If the window showed an error, fix what it names: usually ${c.redirectUri} is not a registered SPA redirect URI of app ${c.clientId} (AADSTS50011) or the client ID is unknown to the tenant (AADSTS700016). The redirect URI must be a page of this site that loads Portico or its redirect.html. If you closed the window, sign in again.`,
  },
  {
    code: AuthErrorCode.InteractionInProgress,
    matches: codeIs('interaction_in_progress'),
    message: () => 'Another sign-in is still running.',
    hint: () => 'Finish or close the open sign-in window, then try again.',
  },
  {
    code: AuthErrorCode.LoginRequired,
    matches: codeIs('login_required', 'no_account_error', 'no_tokens_found'),
    message: () => 'You need to sign in.',
    hint: () => 'Sign in, then try again.',
  },
  {
    code: AuthErrorCode.InvalidGrant,
    matches: codeIs('invalid_grant', 'refresh_token_expired', 'bad_token'),
    message: () => 'Your session with the identity provider has ended.',
    hint: () => 'Sign in again to get fresh tokens.',
  },
  {
    code: AuthErrorCode.InteractionRequired,
    matches: (e) => e.name === 'InteractionRequiredAuthError' || codeIs('interaction_required')(e),
    message: () => 'The identity provider needs you to sign in again.',
    hint: () => 'Sign in again; the provider may ask for another factor or for consent.',
  },
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
    message: (c) => `The identity provider at ${c.authority} could not be reached.`,
    hint: (c) =>
      `Check the authority URL and your connection; ${c.authority}/.well-known/openid-configuration must load in this browser. For a non-Microsoft provider, also check known-authorities.`,
  },
  {
    code: AuthErrorCode.InvalidAuthority,
    matches: codeIs('authority_uri_insecure', 'untrusted_authority', 'invalid_authority_metadata', 'authority_mismatch'),
    message: (c) => `MSAL does not trust the authority ${c.authority}.`,
    hint: () => 'Use an https authority; for B2C, custom domains or other OpenID Connect providers, list their host in known-authorities.',
  },
];

/** Turns anything MSAL, the network or the IdP threw into a `PorticoAuthError` with a plain hint. */
export function toPorticoAuthError(error: unknown, context: ErrorContext): PorticoAuthError {
  if (error instanceof PorticoAuthError) return error;
  const msal = (typeof error === 'object' && error !== null ? error : {}) as MsalLikeError;
  const text = [msal.errorCode, msal.subError, msal.errorMessage, msal.message, String(error)].join(' ');
  const rule = RULES.find((candidate) => candidate.matches(msal, text));
  if (rule) return new PorticoAuthError(rule.code, rule.message(context), rule.hint(context), { cause: error });
  const detail = msal.errorMessage || msal.message || String(error);
  return new PorticoAuthError(
    AuthErrorCode.Unknown,
    `The identity provider request failed: ${detail}`,
    'Try again; if it keeps failing, open the browser console for details and check the app registration.',
    { cause: error },
  );
}
