/** Stable error codes; authors can switch on them. */
export const AuthErrorCode = {
  MissingClientId: 'missing-client-id',
  InvalidAuthority: 'invalid-authority',
  InvalidAttribute: 'invalid-attribute',
  DuplicateProvider: 'duplicate-provider',
  PopupBlocked: 'popup-blocked',
  UserCancelled: 'user-cancelled',
  SignInTimeout: 'sign-in-timeout',
  NetworkError: 'network-error',
  RedirectUriMismatch: 'redirect-uri-mismatch',
  ConsentRequired: 'consent-required',
  UserNotInTenant: 'user-not-in-tenant',
  UnsupportedResponseType: 'unsupported-response-type',
  InvalidClient: 'invalid-client',
  LoginRequired: 'login-required',
  InteractionRequired: 'interaction-required',
  InteractionInProgress: 'interaction-in-progress',
  InvalidGrant: 'invalid-grant',
  /** A part of Portico fetched when first needed (a chunk of dist/cdn/, such as MSAL's) could not be loaded. */
  PartLoadFailed: 'part-load-failed',
  Unknown: 'unknown',
} as const;
export type AuthErrorCode = (typeof AuthErrorCode)[keyof typeof AuthErrorCode];

/** Stable error codes of the API Management controller; authors can switch on them. */
export const ApimErrorCode = {
  /** `developer-url` is missing or not an https URL. */
  InvalidDeveloperUrl: 'invalid-developer-url',
  /** Nobody is signed in to the identity provider. */
  NotSignedIn: 'not-signed-in',
  /** API Management knows no developer for this account: offer `signUp()`. */
  UnknownDeveloper: 'unknown-developer',
  /** The ID token lacks the name or email a sign-up needs. */
  SignUpIncomplete: 'sign-up-incomplete',
  /** The developer already has an account (sign-up), or the subscription already exists. */
  Conflict: 'conflict',
  /** API Management refused the sign-in or the signature (401) even after a fresh exchange. */
  Unauthorized: 'unauthorized',
  /** The developer may not do this (403), e.g. subscription delegation is on. */
  Forbidden: 'forbidden',
  NotFound: 'not-found',
  /** API Management refused the request's content (400), e.g. an empty name or an unknown product. */
  InvalidRequest: 'invalid-request',
  /** No answer: offline, DNS, or the developer portal's CORS settings leave this page's origin out. */
  NetworkError: 'network-error',
  /** API Management failed (5xx) or asked to slow down (429). */
  ServerError: 'server-error',
  /** An answer that is not the data API's (e.g. no `Ocp-Apim-Sas-Token` header exposed). */
  InvalidResponse: 'invalid-response',
  /** The code that talks to the data API (a chunk of dist/cdn/) could not be loaded; the next call fetches it again. */
  PartLoadFailed: 'part-load-failed',
} as const;
export type ApimErrorCode = (typeof ApimErrorCode)[keyof typeof ApimErrorCode];

/**
 * Every code Portico reports: the auth controller's (`portico-auth-error`) and the widgets' own
 * problems (`portico-error`), each declared once.
 */
export const ErrorCode = {
  ...AuthErrorCode,
  ...ApimErrorCode,
  /** `auth` names no provider on the page (or the page has none). */
  UnknownProvider: 'unknown-provider',
  /** The console's `spec-url` did not load. */
  SpecLoadFailed: 'spec-load-failed',
  /** The console's `spec-url` loaded but is no OpenAPI description it can read. */
  SpecInvalid: 'spec-invalid',
  /** The console's `operation` is not in its description. */
  OperationNotFound: 'operation-not-found',
  /** The console's `token-broker-url` gave no token. */
  TokenBrokerFailed: 'token-broker-failed',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/** The `detail` of `portico-auth-error` and `portico-error` events. */
export interface ErrorDetail {
  readonly code: ErrorCode;
  readonly message: string;
  /** What the author or user should do about it, in plain words. */
  readonly hint: string;
}

/** Every error Portico raises: a stable code, a plain message, a hint, and the original as `cause`. */
export class PorticoAuthError extends Error implements ErrorDetail {
  override readonly name = 'PorticoAuthError';
  readonly code: AuthErrorCode;
  readonly hint: string;
  /** The attribute at fault, for configuration errors. */
  readonly attribute: string | undefined;

  constructor(code: AuthErrorCode, message: string, hint: string, options: { cause?: unknown; attribute?: string } = {}) {
    super(message, { cause: options.cause });
    this.code = code;
    this.hint = hint;
    this.attribute = options.attribute;
  }

  /** The plain-data form used as event detail. */
  toDetail(): ErrorDetail {
    return { code: this.code, message: this.message, hint: this.hint };
  }
}
