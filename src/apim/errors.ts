import { ApimErrorCode, PorticoAuthError, type ErrorDetail } from '../auth/errors.js';

// Declared beside every other code, in the one table of `src/auth/errors.ts`.
export { ApimErrorCode };

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

export function notSignedIn(): PorticoApimError {
  return new PorticoApimError(ApimErrorCode.NotSignedIn, 'Nobody is signed in.', 'Sign in, then try again.');
}

/** Any failure as a `PorticoApimError`: the identity provider's keep their message and hint. */
export function toApimError(error: unknown): PorticoApimError {
  if (error instanceof PorticoApimError) return error;
  if (error instanceof PorticoAuthError) {
    const code = error.code === 'login-required' ? ApimErrorCode.NotSignedIn : ApimErrorCode.Unauthorized;
    return new PorticoApimError(code, error.message, error.hint, { cause: error });
  }
  return new PorticoApimError(
    ApimErrorCode.InvalidResponse,
    'Talking to API Management failed unexpectedly.',
    'Reload the page; if it persists, report it with the console’s error.',
    {
      cause: error,
    },
  );
}
