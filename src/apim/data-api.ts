import { ApimErrorCode, PorticoApimError } from './errors.js';

/** The developer data API version the API Management developer portal sends, and Portico with it. */
export const DATA_API_VERSION = '2022-04-01-preview';

/** The response header that carries a new shared access signature. */
export const SAS_HEADER = 'Ocp-Apim-Sas-Token';

export type Fetch = typeof fetch;

export interface DataApiRequest {
  readonly method?: 'GET' | 'POST' | 'PATCH';
  /** The `Authorization` value: `Aad id_token="…"`, `AadB2C id_token="…"` or a shared access signature. */
  readonly authorization: string;
  readonly body?: unknown;
  /** PATCH needs `If-Match: *`, as the developer portal sends it. */
  readonly ifMatch?: boolean;
}

/**
 * Checks `developer-url` and returns the data API's base, `{developer-url}/developer`.
 * @throws {PorticoApimError} `invalid-developer-url`.
 */
export function dataApiBase(developerUrl: string): string {
  const url = URL.parse(developerUrl.trim());
  const loopback = url && ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);
  if (!url || !(url.protocol === 'https:' || (url.protocol === 'http:' && loopback)) || url.search || url.hash) {
    throw new PorticoApimError(
      ApimErrorCode.InvalidDeveloperUrl,
      developerUrl.trim() ? `“${developerUrl}” is not an https URL of a developer portal.` : 'No developer portal URL is set.',
      'Set developer-url to your API Management developer portal’s https URL, e.g. https://contoso.developer.azure-api.net (no path, query or fragment).',
      { attribute: 'developer-url' },
    );
  }
  return `${url.origin}${url.pathname.replace(/\/+$/u, '')}/developer`;
}
