/** English strings that ship with the elements showing them: see addEnglish in ../../strings.ts. */
export const tokenInspector = {
  tokenInspector: {
    pasteLabel: 'JSON Web Token (JWT)',
    pasteHint: 'Paste a token to decode it. It stays on this page: nothing is sent anywhere.',
    notAJwt: 'This is not a JWT. A JWT has three parts separated by dots; the first two are base64url-encoded JSON.',
    opaqueToken: 'This token is not a JWT, so there is nothing to decode: it is meant to be read by its API alone.',
    headerCaption: 'Header',
    claimsCaption: 'Claims',
    accessTokenCaption: 'Access token claims',
    expiresIn: (duration: string) => `Expires in ${duration}`,
    expiredAgo: (duration: string) => `Expired ${duration} ago`,
    noExpiry: 'This token has no expiry time (exp).',
    warnings: 'Warnings',
    meetsExpectations: 'The token has the audience, scopes and roles asked for.',
    signInToInspect: 'Sign in to see your token.',
    loadingToken: 'Fetching the token…',
    tokenFailed: (message: string) => `The token could not be fetched: ${message}`,
    getNewToken: 'Get a new token',
    tokenExpiredNow: 'The token has expired.',
    scopesNeeded: {
      message: 'token="access" needs the scopes of the access token to show.',
      hint: 'Set scopes, for example scopes="api://contoso/Orders.Read".',
    },
  },
  tokenWarnings: {
    audience: (expected: string, actual: readonly string[]) => `The token is for ${actual.join(', ') || 'no audience'}, but the API expects ${expected}.`,
    expired: (when: string) => `The token expired at ${when}.`,
    notYetValid: (when: string) => `The token is not valid before ${when}.`,
    missingScopes: (missing: readonly string[], granted: readonly string[]) =>
      `The token lacks the scope ${missing.join(', ')}; it holds ${granted.join(', ') || 'no scopes'}.`,
    missingRoles: (missing: readonly string[], granted: readonly string[]) =>
      `The token lacks the role ${missing.join(', ')}; it holds ${granted.join(', ') || 'no roles'}.`,
  },
};
