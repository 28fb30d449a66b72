import { authErrorTexts } from '../../../auth/error-texts.js';

export type { AuthErrorFacts } from '../../../auth/error-texts.js';

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
   * The identity provider's errors as the widgets show them: the controller's own English (see
   * ../../../auth/error-texts.ts), which the other catalogues translate.
   */
  authErrors: authErrorTexts,
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
