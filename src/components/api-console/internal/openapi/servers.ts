import { isObject } from './refs.js';
import type { SpecDocument, SpecVersion } from './types.js';

/** A server variable (OpenAPI 3): a part of the URL the user may change. */
export interface ServerVariable {
  readonly name: string;
  readonly default: string;
  /** The only values allowed; empty when any goes. */
  readonly enum: readonly string[];
  readonly description: string;
}

/** A server as the document gives it: its URL template and the variables in it. */
export interface ServerSpec {
  /** The URL with its `{variables}`, absolute once the document's URL is known. */
  readonly template: string;
  readonly description: string;
  readonly variables: readonly ServerVariable[];
}

/**
 * The document's servers, resolved against the URL the document was loaded from (OpenAPI 3
 * allows relative server URLs, and means `/` when there are none; Swagger 2.0 builds one from
 * `schemes`, `host` and `basePath`).
 */
export function documentServerSpecs(document: SpecDocument, version: SpecVersion, specUrl: string): ServerSpec[] {
  if (version === '2.0') return [{ template: swaggerServer(document, specUrl), description: '', variables: [] }];
  const specs = serverSpecs(document['servers']);
  return absoluteServers(specs.length ? specs : [{ template: '/', description: '', variables: [] }], specUrl);
}

/** Servers with their templates resolved against the document's URL. */
export function absoluteServers(specs: readonly ServerSpec[], specUrl: string): ServerSpec[] {
  return specs.map((spec) => ({ ...spec, template: absolute(spec.template, specUrl) }));
}

/** `servers` of OpenAPI 3 (document, path item or operation) as written. */
export function serverSpecs(servers: unknown): ServerSpec[] {
  if (!Array.isArray(servers)) return [];
  return servers.filter(isObject).flatMap((server) => {
    if (typeof server['url'] !== 'string') return [];
    const declared = isObject(server['variables']) ? server['variables'] : {};
    const variables = Object.entries(declared).flatMap(([name, variable]) => (isObject(variable) ? [serverVariable(name, variable)] : []));
    return [{ template: server['url'], description: typeof server['description'] === 'string' ? server['description'] : '', variables }];
  });
}

/**
 * A server's URL with each variable replaced by the value given (else its default); a variable
 * the document does not declare stays as written, so the URL shows what is missing.
 */
export function resolveServer(spec: ServerSpec, values: Readonly<Record<string, string>> = {}): string {
  return spec.template.replace(/\{([^}]+)\}/gu, (whole, name: string) => {
    const variable = spec.variables.find((candidate) => candidate.name === name);
    return variable ? (values[name] ?? variable.default) : whole;
  });
}

function serverVariable(name: string, variable: Readonly<Record<string, unknown>>): ServerVariable {
  const values = Array.isArray(variable['enum']) ? variable['enum'].map(String) : [];
  return {
    name,
    default: variable['default'] === undefined ? (values[0] ?? '') : String(variable['default']),
    enum: values,
    description: typeof variable['description'] === 'string' ? variable['description'] : '',
  };
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

/**
 * `url` resolved against `base`; left as written when either is not a URL. A template's
 * `{variables}` survive the URL parser's percent-encoding.
 */
function absolute(url: string, base: string): string {
  return (
    URL.parse(url, base || undefined)
      ?.href.replace(/\/$/u, '')
      .replace(/%7B([^%/]*)%7D/gu, '{$1}') ?? url
  );
}
