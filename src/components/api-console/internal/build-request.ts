import type { ConsoleRequest } from '../../../events/portico-before-send-event.js';
import { ParameterLocation, type OperationDetails } from './openapi/types.js';
import { BodyMode, parameterKey, type RequestInputs } from './request-inputs.js';

/** The key, in `BuildContext.files`, of the file sent as the whole body (file mode). */
export const BODY_FILE = '';

export interface BuildContext {
  readonly details: OperationDetails | null;
  /** The server a path is appended to (`https://api.contoso.com/v1`); '' resolves it against the page. */
  readonly server: string;
  /** Files chosen for form fields (by field name; several for an array of files) and for the body (`BODY_FILE`). */
  readonly files: ReadonlyMap<string, readonly File[]>;
  /** The page's URL, against which relative addresses resolve. */
  readonly pageUrl: string;
}

const ABSOLUTE_URL = /^[a-z][a-z\d+.-]*:/iu;

/**
 * The request the inputs describe, before any credentials: the address joined to the server
 * (OpenAPI appends paths to the server URL, so `/api` + `/orders` is `/api/orders`), path
 * parameters substituted and encoded, query and header parameters added (empty optional ones
 * left out), extra headers, and the body in its mode. GET and HEAD never carry a body.
 */
export function buildRequest(inputs: RequestInputs, { details, server, files, pageUrl }: BuildContext): ConsoleRequest {
  const parameters = details?.parameters ?? [];
  const value = (key: string) => inputs.parameters[key] ?? '';
  let address = inputs.address.trim() || '/';
  for (const parameter of parameters.filter(({ in: location }) => location === ParameterLocation.Path)) {
    const given = value(parameterKey(parameter));
    if (given) address = address.replaceAll(`{${parameter.name}}`, encodeURIComponent(given));
  }
  const url = resolveAddress(address, server, pageUrl);
  const headers: Record<string, string> = {};
  for (const parameter of parameters) {
    const given = value(parameterKey(parameter));
    if (!given) continue;
    if (parameter.in === ParameterLocation.Query) {
      for (const item of parameter.type === 'array' ? given.split(',') : [given]) url.searchParams.append(parameter.name, item);
    } else if (parameter.in === ParameterLocation.Header) {
      headers[parameter.name] = given;
    }
  }
  for (const header of inputs.headers) if (header.name.trim()) headers[header.name.trim()] = header.value;
  const method = inputs.method.toUpperCase();
  const body = method === 'GET' || method === 'HEAD' ? null : requestBody(inputs, files);
  if (body !== null && inputs.contentType && !hasHeader(headers, 'content-type') && !(body instanceof FormData)) {
    headers['Content-Type'] = inputs.contentType;
  }
  return { method, url: url.href, headers, body };
}

/** The address as an absolute URL: as typed when it is one, else appended to the server. */
function resolveAddress(address: string, server: string, pageUrl: string): URL {
  if (ABSOLUTE_URL.test(address)) return new URL(address);
  const path = address.startsWith('/') ? address : `/${address}`;
  return server ? new URL(`${server.replace(/\/+$/u, '')}${path}`, pageUrl) : new URL(path, pageUrl);
}

function requestBody(inputs: RequestInputs, files: ReadonlyMap<string, readonly File[]>): ConsoleRequest['body'] {
  switch (inputs.bodyMode) {
    case BodyMode.Json:
    case BodyMode.Text:
      return inputs.bodyText;
    case BodyMode.File:
      return files.get(BODY_FILE)?.[0] ?? null;
    case BodyMode.Form:
      return formBody(inputs, files);
    default:
      return null;
  }
}

/** Multipart when asked for, or when a file is attached (a file cannot be URL-encoded). */
function formBody(inputs: RequestInputs, files: ReadonlyMap<string, readonly File[]>): URLSearchParams | FormData {
  const fields = inputs.form.filter((field) => field.name.trim());
  const multipart = inputs.contentType.startsWith('multipart/') || fields.some((field) => files.has(field.name));
  if (!multipart) return new URLSearchParams(fields.map((field) => [field.name, field.value]));
  const data = new FormData();
  for (const field of fields) {
    const chosen = files.get(field.name);
    if (chosen) for (const file of chosen) data.append(field.name, file, file.name);
    else data.append(field.name, field.value);
  }
  return data;
}

export function hasHeader(headers: Readonly<Record<string, string>>, name: string): boolean {
  return Object.keys(headers).some((key) => key.toLowerCase() === name);
}
