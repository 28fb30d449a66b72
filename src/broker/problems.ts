/** Stable codes of the broker's refusals (the `code` member of its problem documents); callers can switch on them. */
export const BrokerProblemCode = {
  /** No bearer token, or one that is forged, expired, for another audience or from an untrusted issuer. */
  Unauthenticated: 'unauthenticated',
  /** The caller is authenticated but holds none of the app roles the API requires. */
  CallerLacksRole: 'caller-lacks-role',
  /** The request names a scope this broker gets no tokens for. */
  ApiNotConfigured: 'api-not-configured',
  /** The request comes from a browser origin the broker does not allow. */
  OriginNotAllowed: 'origin-not-allowed',
  /** The caller sent more requests than its rate limit allows; `Retry-After` says when to try again. */
  RateLimited: 'rate-limited',
  /** The identity provider answered the token request with an error (wrong secret, unknown scope…). */
  ProviderRefused: 'provider-refused',
  /** The identity provider could not be reached, or did not answer in time. */
  ProviderUnreachable: 'provider-unreachable',
  /** The body is not JSON or form data of the expected shape. */
  MalformedRequest: 'malformed-request',
  /** The body is larger than the broker accepts. */
  RequestTooLarge: 'request-too-large',
  /** Only `POST` (and CORS preflights) are answered. */
  MethodNotAllowed: 'method-not-allowed',
  /** Something unexpected failed in the broker; its log says what. */
  InternalError: 'internal-error',
} as const;
export type BrokerProblemCode = (typeof BrokerProblemCode)[keyof typeof BrokerProblemCode];

const STATUS: Record<BrokerProblemCode, number> = {
  [BrokerProblemCode.Unauthenticated]: 401,
  [BrokerProblemCode.CallerLacksRole]: 403,
  [BrokerProblemCode.ApiNotConfigured]: 400,
  [BrokerProblemCode.OriginNotAllowed]: 403,
  [BrokerProblemCode.RateLimited]: 429,
  [BrokerProblemCode.ProviderRefused]: 502,
  [BrokerProblemCode.ProviderUnreachable]: 502,
  [BrokerProblemCode.MalformedRequest]: 400,
  [BrokerProblemCode.RequestTooLarge]: 413,
  [BrokerProblemCode.MethodNotAllowed]: 405,
  [BrokerProblemCode.InternalError]: 500,
};

const TITLE: Record<BrokerProblemCode, string> = {
  [BrokerProblemCode.Unauthenticated]: 'The caller is not authenticated',
  [BrokerProblemCode.CallerLacksRole]: 'The caller lacks a required app role',
  [BrokerProblemCode.ApiNotConfigured]: 'This broker gets no tokens for that API',
  [BrokerProblemCode.OriginNotAllowed]: 'This origin may not call the broker',
  [BrokerProblemCode.RateLimited]: 'Too many token requests',
  [BrokerProblemCode.ProviderRefused]: 'The identity provider refused the token request',
  [BrokerProblemCode.ProviderUnreachable]: 'The identity provider could not be reached',
  [BrokerProblemCode.MalformedRequest]: 'The request body is malformed',
  [BrokerProblemCode.RequestTooLarge]: 'The request body is too large',
  [BrokerProblemCode.MethodNotAllowed]: 'Method not allowed',
  [BrokerProblemCode.InternalError]: 'The token broker failed',
};

/** An RFC 9457 problem document as the broker sends it. */
export interface BrokerProblemDocument {
  /** A URI naming the kind of problem, one per code. */
  readonly type: string;
  readonly title: string;
  readonly status: number;
  readonly detail: string;
  readonly code: BrokerProblemCode;
}

/** A refusal on its way to becoming a problem response; `headers` go with it (`WWW-Authenticate`, `Retry-After`, `Allow`). */
export class BrokerProblem extends Error {
  override readonly name = 'BrokerProblem';
  constructor(
    readonly code: BrokerProblemCode,
    readonly detail: string,
    readonly headers: Readonly<Record<string, string>> = {},
  ) {
    super(`${code}: ${detail}`);
  }

  get status(): number {
    return STATUS[this.code];
  }

  document(): BrokerProblemDocument {
    return { type: `tag:portico-widgets,2026:broker:${this.code}`, title: TITLE[this.code], status: this.status, detail: this.detail, code: this.code };
  }
}
