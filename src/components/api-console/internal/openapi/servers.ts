import { isObject } from './refs.js';
import type { SpecDocument, SpecVersion } from './types.js';

/**
 * The document's servers as absolute URLs, resolved against the URL the document was loaded
 * from (OpenAPI 3 allows relative server URLs, and means `/` when there are none; Swagger 2.0
 * builds one from `schemes`, `host` and `basePath`). Server variables take their defaults.
 */
export function documentServers(document: SpecDocument, version: SpecVersion, specUrl: string): string[] {
  if (version === '2.0') return [swaggerServer(document, specUrl)];
  const urls = serverList(document['servers']);
  return (urls.length ? urls : ['/']).map((url) => absolute(url, specUrl));
}

/** `servers` of OpenAPI 3 (document, path item or operation) as URLs with their variables' defaults. */
export function serverList(servers: unknown): string[] {
  if (!Array.isArray(servers)) return [];
  return servers.filter(isObject).flatMap((server) => {
    if (typeof server['url'] !== 'string') return [];
    const variables = isObject(server['variables']) ? server['variables'] : {};
    return [
      server['url'].replace(/\{([^}]+)\}/gu, (whole, name: string) => {
        const variable = variables[name];
        return isObject(variable) && variable['default'] !== undefined ? String(variable['default']) : whole;
      }),
    ];
  });
}

function swaggerServer(document: SpecDocument, specUrl: string): string {
  const base = URL.parse(specUrl);
  const schemes = Array.isArray(document['schemes']) ? document['schemes'].map(String) : [];
  const pageScheme = base?.protocol.slice(0, -1) ?? 'https';
  const scheme = schemes.includes(pageScheme) ? pageScheme : (schemes[0] ?? pageScheme);
  const host = typeof document['host'] === 'string' ? document['host'] : (base?.host ?? '');
  const basePath = typeof document['basePath'] === 'string' ? document['basePath'] : '';
  return host ? `${scheme}://${host}${basePath}` : absolute(basePath || '/', specUrl);
}

/** `url` resolved against `base`; left as written when either is not a URL. */
function absolute(url: string, base: string): string {
  return URL.parse(url, base || undefined)?.href.replace(/\/$/u, '') ?? url;
}
