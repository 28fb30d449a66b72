import { resolveUri } from './msal-configuration.js';
import type { ProviderConfig } from './types.js';

/** What an identity provider's error may name: the provider's settings as the widget knows them. */
export interface AuthErrorFacts {
  readonly clientId: string;
  readonly authority: string;
  readonly redirectUri: string;
  /** How long a sign-in window may take, in seconds. */
  readonly seconds: number;
}

/** What an error says, in words that name the provider's settings. */
export interface AuthErrorText {
  readonly message: (facts: AuthErrorFacts) => string;
  readonly hint: (facts: AuthErrorFacts) => string;
}

/** The facts of a provider's settings that its errors name. */
export function authErrorFacts(config: Pick<ProviderConfig, 'clientId' | 'authority' | 'redirectUri' | 'popupTimeout'>): AuthErrorFacts {
  return {
    clientId: config.clientId,
    authority: config.authority,
    redirectUri: resolveUri(config.redirectUri),
    seconds: Math.round(config.popupTimeout / 1000),
  };
}

/**
 * The identity provider's errors in English, by code: what the controller's errors say (for
 * scripts and logs), and the widgets' English catalogue (`authErrors`), which the other locales
 * translate; `f` names the provider's settings.
 */
export const authErrorTexts = {
  'redirect-uri-mismatch': {
    message: () => 'The identity provider rejected the redirect URI.',
    hint: (f: AuthErrorFacts) =>
      `Add ${f.redirectUri} as a Single-page application (SPA) redirect URI of app ${f.clientId}, or set redirect-uri to one that is registered.`,
  },
  'consent-required': {
    message: () => 'The app needs consent before it can sign you in or call this API.',
    hint: (f: AuthErrorFacts) =>
      `Ask an administrator to grant consent for app ${f.clientId} (Entra admin center > App registrations > API permissions > Grant admin consent), or sign in with prompt="consent".`,
  },
  'user-not-in-tenant': {
    message: () => 'This account does not belong to the tenant the portal signs in to.',
    hint: (f: AuthErrorFacts) =>
      `Sign in with an account of ${f.authority}, invite the user as a guest, or use an authority such as /common or /organizations that accepts accounts from any tenant.`,
  },
  'unsupported-response-type': {
    message: () => 'The app registration does not allow this sign-in flow from a browser.',
    hint: (f: AuthErrorFacts) =>
      `Register ${f.redirectUri} under the "Single-page application" platform (not "Web") for app ${f.clientId}, so the authorization code flow with PKCE is allowed.`,
  },
  'invalid-client': {
    message: () => 'The identity provider does not know this client ID.',
    hint: (f: AuthErrorFacts) => `Check client-id="${f.clientId}": it must be the Application (client) ID of an app registered in ${f.authority}.`,
  },
  'popup-blocked': {
    message: () => 'The browser blocked the sign-in window.',
    hint: () => 'Allow pop-ups for this site, or set login-mode="redirect" to sign in on this page instead.',
  },
  'user-cancelled': {
    message: () => 'Sign-in was cancelled.',
    hint: () => 'Choose "Sign in" again when you are ready.',
  },
  'sign-in-timeout': {
    message: (f: AuthErrorFacts) => `The sign-in window did not come back within ${f.seconds} seconds.`,
    hint: (f: AuthErrorFacts) =>
      `If the window showed an error, fix what it names: usually ${f.redirectUri} is not a registered SPA redirect URI of app ${f.clientId} (AADSTS50011) or the client ID is unknown to the tenant (AADSTS700016). The redirect URI must be a page of this site that loads Portico or its redirect.html. If you closed the window, sign in again.`,
  },
  'interaction-in-progress': {
    message: () => 'Another sign-in is still running.',
    hint: () => 'Finish or close the open sign-in window, then try again.',
  },
  'login-required': {
    message: () => 'You need to sign in.',
    hint: () => 'Sign in, then try again.',
  },
  'invalid-grant': {
    message: () => 'Your session with the identity provider has ended.',
    hint: () => 'Sign in again to get fresh tokens.',
  },
  'interaction-required': {
    message: () => 'The identity provider needs you to sign in again.',
    hint: () => 'Sign in again; the provider may ask for another factor or for consent.',
  },
  'network-error': {
    message: (f: AuthErrorFacts) => `The identity provider at ${f.authority} could not be reached.`,
    hint: (f: AuthErrorFacts) =>
      `Check the authority URL and your connection; ${f.authority}/.well-known/openid-configuration must load in this browser. For a non-Microsoft provider, also check known-authorities.`,
  },
  'part-load-failed': {
    message: () => 'The sign-in code (MSAL) could not be loaded.',
    hint: () => 'Check the network connection, and that the whole of dist/cdn/ is hosted, its chunks/ folder included; then sign in again.',
  },
};
