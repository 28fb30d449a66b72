/** What an identity provider's error may name: the provider's settings as the widget knows them. */
export interface AuthErrorFacts {
  readonly clientId: string;
  readonly authority: string;
  readonly redirectUri: string;
  /** How long a sign-in window may take, in seconds. */
  readonly seconds: number;
}

/**
 * The English strings every page needs: sign-in, the auth errors and the diagnostics. The rest
 * ships with the elements that show it (the files beside this one); `../en.ts` puts them together.
 */
export const core = {
  /** Labels of the diagnostic panel a misconfigured widget shows. */
  diagnosticAttribute: 'Attribute:',
  diagnosticHowToFix: 'How to fix:',
  /** A part of a widget whose code (a chunk of dist/cdn/) did not arrive; `part` is its name as the widget shows it. */
  partLoadFailed: {
    message: (part: string) => `A part of this widget could not be loaded: ${part}.`,
    hint: 'Check the network connection, and that the whole of dist/cdn/ is hosted, its chunks/ folder included; then try again, or reload the page.',
  },
  signIn: 'Sign in',
  signInWith: (label: string) => `Sign in with ${label}`,
  signOut: 'Sign out',
  signOutAccount: (name: string) => `Sign out ${name}`,
  signingInWith: (label: string) => `Signing in with ${label}…`,
  signingOut: 'Signing out…',
  signedInAs: (name: string) => `Signed in as ${name}`,
  signInCancelled: 'Sign-in was cancelled.',
  signInFailed: (label: string) => `Sign-in with ${label} did not work.`,
  tryAgain: 'Try again',
  signInAgain: 'Sign in again',
  signInUnavailable: 'Sign-in unavailable',
  /**
   * The identity provider's errors as the widgets show them (the controller keeps English for
   * scripts and logs); `f` names the provider's settings.
   */
  authErrors: {
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
  },
  checkingSignIn: 'Checking sign-in…',
  needOneOfRoles: (roles: readonly string[]) => `You need one of these roles: ${roles.join(', ')}`,
  signedInAsWithout: (name: string) => `You are signed in as ${name}, which has none of them.`,
  signInWithAnotherAccount: 'Sign in with another account',
  accountMenu: (name: string) => `Account menu for ${name}`,
  /** Read before the tenant's name by assistive tech, punctuation included (French spaces its colon). */
  tenantLabel: 'Tenant: ',
  roles: 'Roles',
  claimsCaption: 'ID token claims',
  /** The profile's card or menu, named in the message shown when its code could not be loaded. */
  profilePart: 'the signed-in profile',
  claim: 'Claim',
  value: 'Value',
  unknownProvider: {
    namedMessage: (id: string) => `No <portico-auth id="${id}"> was found on this page.`,
    namedHint: (id: string) => `Add <portico-auth id="${id}" client-id="…"> to the page, or set auth to the id of a <portico-auth> that is on it.`,
    noneMessage: 'No <portico-auth> was found on this page.',
    noneHint: 'Add <portico-auth client-id="…"> to the page (or place this widget inside one).',
  },
  invalidAttribute: {
    message: (attribute: string, value: string) => `The ${attribute} attribute has the unknown value "${value}".`,
    hint: (attribute: string, allowed: readonly string[]) =>
      `Set ${attribute} to ${allowed.map((value) => `"${value}"`).join(' or ')}, or remove it to get the default.`,
  },
};
