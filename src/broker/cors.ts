/** The methods and request headers the broker's CORS policy allows. */
const ALLOW_METHODS = 'POST, OPTIONS';
const ALLOW_HEADERS = 'Authorization, Content-Type';

/**
 * CORS for allowed origins only. A request with an `Origin` outside the list is refused before
 * anything else happens; one without `Origin` does not come from a page's script and passes.
 */
export class OriginPolicy {
  constructor(private readonly allowed: ReadonlySet<string>) {}

  /** Whether the request may go on; false for a browser origin that is not allowed. */
  allows(request: Request): boolean {
    const origin = request.headers.get('origin');
    return origin === null || this.allowed.has(origin);
  }

  /** Headers for any answer: `Vary: Origin`, and the allowed origin echoed back. */
  headers(request: Request): Record<string, string> {
    const origin = request.headers.get('origin');
    if (origin === null || !this.allowed.has(origin)) return { vary: 'Origin' };
    return { vary: 'Origin', 'access-control-allow-origin': origin };
  }

  /** Headers of a preflight answer for an allowed origin. */
  preflightHeaders(request: Request): Record<string, string> {
    return {
      ...this.headers(request),
      'access-control-allow-methods': ALLOW_METHODS,
      'access-control-allow-headers': ALLOW_HEADERS,
      'access-control-max-age': '600',
    };
  }
}
