import type { ErrorDetail } from '../auth/errors.js';

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
} as const;
export type ApimErrorCode = (typeof ApimErrorCode)[keyof typeof ApimErrorCode];

/** Every error of the API Management controller: a stable code, a plain message, a hint, and the original as `cause`. */
export class PorticoApimError extends Error implements ErrorDetail {
  override readonly name = 'PorticoApimError';
  readonly code: ApimErrorCode;
  readonly hint: string;
  /** The attribute at fault, for configuration errors. */
  readonly attribute: string | undefined;
  /** The data API's HTTP status, when it answered. */
  readonly status: number | undefined;

  constructor(code: ApimErrorCode, message: string, hint: string, options: { cause?: unknown; attribute?: string; status?: number } = {}) {
    super(message, { cause: options.cause });
    this.code = code;
    this.hint = hint;
    this.attribute = options.attribute;
    this.status = options.status;
  }

  /** The plain-data form used as event detail. */
  toDetail(): ErrorDetail {
    return { code: this.code, message: this.message, hint: this.hint };
  }
}
