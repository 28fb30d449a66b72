import type { Problem } from '../../../internal/diagnostic.js';
import { DescriptionReader } from './description-reader.js';
import { documentServerSpecs, type ServerSpec } from './openapi/servers.js';
import { SpecError, type ApiIndex } from './openapi/types.js';
import type { Strings } from '../../../internal/strings.js';

/** Where the console's description is: none, on its way, indexed, or failed (with why). */
export type SpecState =
  | { readonly status: 'none' }
  | { readonly status: 'loading'; readonly url: string }
  | { readonly status: 'ready'; readonly url: string; readonly index: ApiIndex; readonly servers: readonly ServerSpec[] }
  | { readonly status: 'failed'; readonly url: string; readonly error: SpecLoadError | SpecError };

/** The description could not be fetched: `status` is the HTTP status, or 0 when there was no answer. */
export class SpecLoadError extends Error {
  override readonly name = 'SpecLoadError';
  constructor(
    readonly status: number,
    options: { cause?: unknown } = {},
  ) {
    super(status ? `HTTP ${status}` : 'no answer', options);
  }
}

/**
 * Fetches, parses and indexes a description, the last two off the page's thread (see
 * description-reader.ts). Never rejects: a failure is a `failed` state, and the console goes on
 * working for hand-typed requests.
 */
export async function loadSpec(url: string, signal: AbortSignal): Promise<SpecState> {
  const reader = new DescriptionReader();
  try {
    let response: Response;
    try {
      response = await fetch(url, { signal, headers: { Accept: 'application/json, application/yaml;q=0.9, */*;q=0.5' } });
    } catch (error) {
      throw new SpecLoadError(0, { cause: error });
    }
    if (!response.ok) throw new SpecLoadError(response.status);
    const index = await reader.read(response, signal);
    return { status: 'ready', url, index, servers: documentServerSpecs(index.document, index.version, url) };
  } catch (error) {
    if (error instanceof SpecLoadError || error instanceof SpecError) return { status: 'failed', url, error };
    return { status: 'failed', url, error: new SpecLoadError(0, { cause: error }) };
  } finally {
    reader.close();
  }
}

/** The diagnostic for a description that failed: `spec-load-failed` or `spec-invalid`. */
export function specProblem(error: SpecLoadError | SpecError, url: string, strings: Strings): Problem {
  const text = strings.apiConsole.spec;
  if (error instanceof SpecLoadError) {
    return {
      code: 'spec-load-failed',
      message: error.status ? text.httpError(url, error.status) : text.unreachable(url),
      hint: error.status ? text.httpErrorHint : text.unreachableHint,
      attribute: 'spec-url',
    };
  }
  return { code: 'spec-invalid', message: text.invalid[error.reason](url, error.detail), hint: text.invalidHint, attribute: 'spec-url' };
}
