/**
 * Every user-visible string of the auth widgets, one catalogue per locale. Only English ships
 * so far; a locale is added by writing another object of type `Strings` and listing it in
 * `CATALOGUES`. Widgets never hold a literal sentence of their own.
 */
const en = {
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
  checkingSignIn: 'Checking sign-in…',
  needOneOfRoles: (roles: readonly string[]) => `You need one of these roles: ${roles.join(', ')}`,
  signedInAsWithout: (name: string) => `You are signed in as ${name}, which has none of them.`,
  signInWithAnotherAccount: 'Sign in with another account',
  accountMenu: (name: string) => `Account menu for ${name}`,
  tenant: 'Tenant',
  roles: 'Roles',
  claimsCaption: 'ID token claims',
  claim: 'Claim',
  value: 'Value',
  /** Plain-language names of common ID-token claims, shown beside the claim's own name. */
  claimNames: {
    aud: 'Audience (the app the token is for)',
    iss: 'Issuer',
    iat: 'Issued at',
    nbf: 'Not valid before',
    exp: 'Expires',
    auth_time: 'Signed in at',
    sub: 'Subject',
    oid: 'Object ID',
    tid: 'Tenant ID',
    name: 'Name',
    preferred_username: 'Username',
    email: 'Email',
    upn: 'User principal name',
    roles: 'App roles',
    groups: 'Groups',
    nonce: 'Nonce',
    ver: 'Token version',
    idp: 'Identity provider',
    amr: 'Authentication methods',
    acr: 'Authentication context',
    sid: 'Session ID',
    at_hash: 'Access token hash',
    c_hash: 'Code hash',
    uti: 'Token ID',
    rh: 'Refresh hint',
  } as Readonly<Record<string, string>>,
  unknownProvider: {
    namedMessage: (id: string) => `No <portico-auth id="${id}"> was found on this page.`,
    namedHint: (id: string) =>
      `Add <portico-auth id="${id}" client-id="…"> to the page, or set auth to the id of a <portico-auth> that is on it.`,
    noneMessage: 'No <portico-auth> was found on this page.',
    noneHint: 'Add <portico-auth client-id="…"> to the page (or place this widget inside one).',
  },
  invalidAttribute: {
    message: (attribute: string, value: string) => `The ${attribute} attribute has the unknown value "${value}".`,
    hint: (attribute: string, allowed: readonly string[]) =>
      `Set ${attribute} to ${allowed.map((value) => `"${value}"`).join(' or ')}, or remove it to get the default.`,
  },
};

export type Strings = typeof en;

const CATALOGUES: Readonly<Record<string, Strings>> = { en };

/** The catalogue for the nearest `lang` attribute above `element` (its primary subtag), else English. */
export function stringsFor(element: Element): Strings {
  const primary = localeOf(element).toLowerCase().split('-')[0] ?? '';
  return CATALOGUES[primary] ?? en;
}

/** The nearest `lang`, looking through shadow roots to their hosts (a widget inside another widget); '' when none. */
export function localeOf(element: Element): string {
  let current: Element | null = element;
  while (current) {
    const found: Element | null = current.closest('[lang]');
    if (found) return found.getAttribute('lang') ?? '';
    const root = current.getRootNode();
    current = root instanceof ShadowRoot ? root.host : null;
  }
  return '';
}
