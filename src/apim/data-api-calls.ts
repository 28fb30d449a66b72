import { DATA_API_VERSION, type DataApiRequest, type Fetch } from './data-api.js';
import { ApimErrorCode, PorticoApimError } from './errors.js';

/** One call to the developer data API: `api-version` added, JSON in and out, failures as `PorticoApimError`s. */
export async function callDataApi(fetcher: Fetch, base: string, path: string, request: DataApiRequest): Promise<Response> {
  const url = new URL(`${base}${path}`);
  url.searchParams.set('api-version', DATA_API_VERSION);
  const headers: Record<string, string> = { Authorization: request.authorization, Accept: 'application/json' };
  if (request.body !== undefined) headers['Content-Type'] = 'application/json';
  if (request.ifMatch) headers['If-Match'] = '*';
  let response: Response;
  try {
    response = await fetcher(url, {
      method: request.method ?? 'GET',
      headers,
      body: request.body === undefined ? null : JSON.stringify(request.body),
      credentials: 'omit',
      cache: 'no-store',
    });
  } catch (error) {
    throw new PorticoApimError(
      ApimErrorCode.NetworkError,
      `API Management at ${url.origin} did not answer.`,
      `Check your connection, and that the developer portal's CORS settings (API Management > Developer portal > Portal overview > Enable CORS) list this page's origin, ${originOfPage()}.`,
      { cause: error },
    );
  }
  return response;
}

/** Turns a non-2xx answer into a `PorticoApimError` with the data API's own message. */
export async function failure(response: Response): Promise<PorticoApimError> {
  const message = await errorMessage(response);
  const status = response.status;
  const said = message ? ` It said: ${message}` : '';
  if (status === 401) {
    return new PorticoApimError(ApimErrorCode.Unauthorized, `API Management refused the sign-in.${said}`, 'Sign out and in again.', { status });
  }
  if (status === 403) {
    return new PorticoApimError(
      ApimErrorCode.Forbidden,
      `API Management does not allow this.${said}`,
      'Ask the API publisher; subscriptions may be managed through their own site (delegation).',
      { status },
    );
  }
  if (status === 404) {
    return new PorticoApimError(ApimErrorCode.NotFound, `API Management has no such item.${said}`, 'Reload the list: it may have been removed meanwhile.', {
      status,
    });
  }
  if (status === 409) return new PorticoApimError(ApimErrorCode.Conflict, `It already exists.${said}`, 'Reload the list.', { status });
  if (status >= 400 && status < 500 && status !== 429) {
    return new PorticoApimError(
      ApimErrorCode.InvalidRequest,
      `API Management refused the request (${status}).${said}`,
      'Check what you entered and try again.',
      { status },
    );
  }
  return new PorticoApimError(ApimErrorCode.ServerError, `API Management could not answer (${status}).${said}`, 'Try again in a moment.', { status });
}

async function errorMessage(response: Response): Promise<string> {
  try {
    const body: unknown = await response.json();
    const error = typeof body === 'object' && body !== null && 'error' in body ? body.error : body;
    const message = typeof error === 'object' && error !== null && 'message' in error ? error.message : '';
    return typeof message === 'string' ? message : '';
  } catch {
    return '';
  }
}

function originOfPage(): string {
  return typeof location === 'undefined' ? 'your portal’s origin' : location.origin;
}
