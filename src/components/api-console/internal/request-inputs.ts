import { isJsonType, mediaType } from './media-type.js';
import type { FormFieldSpec, OperationDetails, ParameterSpec, RequestBodySpec } from './openapi/types.js';

/** How the body is typed in. */
export const BodyMode = { None: 'none', Json: 'json', Text: 'text', Form: 'form', File: 'file' } as const;
export type BodyMode = (typeof BodyMode)[keyof typeof BodyMode];

/** Who the request is sent as: nobody, the signed-in user (delegated), or the app (client credentials). */
export const AuthMode = { None: 'none', User: 'user', App: 'app' } as const;
export type AuthMode = (typeof AuthMode)[keyof typeof AuthMode];

/** A name and a value typed by the user: an extra header, or a field of a form body. */
export interface NameValue {
  readonly name: string;
  readonly value: string;
}

/**
 * Everything the user has typed for one operation: plain data, kept in `sessionStorage` (minus
 * anything secret, see `withoutSecrets`) so a reload or a sign-in redirect loses nothing.
 */
export interface RequestInputs {
  readonly method: string;
  /** A path (`/orders/{id}`), resolved against the server, or an absolute URL. */
  readonly address: string;
  /** Values of the operation's parameters, by `parameterKey`. */
  readonly parameters: Readonly<Record<string, string>>;
  readonly headers: readonly NameValue[];
  readonly bodyMode: BodyMode;
  /** The body's media type, sent as `Content-Type`. */
  readonly contentType: string;
  /** The body in the JSON and text modes. */
  readonly bodyText: string;
  /** The fields in the form mode. Files are chosen again after a reload: they are never stored. */
  readonly form: readonly NameValue[];
}

/** Methods a console offers for hand-typed requests. */
export const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS'] as const;

/** The key of a parameter's value in `RequestInputs.parameters`. */
export function parameterKey(parameter: Pick<ParameterSpec, 'in' | 'name'>): string {
  return `${parameter.in}:${parameter.name}`;
}

/**
 * What a form starts with. Required parameters get the document's example or default, so the
 * first send can succeed; optional ones get their default only (an example of an optional
 * filter would change the answer without the user asking for it).
 */
export function initialInputs(details: OperationDetails | null, method = 'GET', address = '/'): RequestInputs {
  if (!details) return { method, address, parameters: {}, headers: [], bodyMode: BodyMode.None, contentType: '', bodyText: '', form: [] };
  const parameters = Object.fromEntries(
    details.parameters.map((parameter) => [parameterKey(parameter), parameter.required ? parameter.example || parameter.default : parameter.default]),
  );
  const body = details.body;
  const contentType = body?.mediaTypes[0] ?? '';
  // The operation's first media type decides: an operation taking JSON or a form starts with JSON.
  const bodyMode = bodyModeFor(contentType);
  const fields = bodyMode === BodyMode.Form ? (body?.formFields ?? []) : [];
  const form = fields.map(formRow);
  return {
    method: details.entry.method,
    address: details.entry.path,
    parameters,
    headers: [],
    bodyMode,
    contentType,
    bodyText: body?.examples.find((example) => example.mediaType === contentType)?.text ?? body?.examples[0]?.text ?? '',
    form,
  };
}

/** A form field's row as a form starts: the example or default of a required field, the default of an optional one. */
function formRow(field: FormFieldSpec): NameValue {
  return { name: field.name, value: field.required ? field.example || field.default : field.default };
}

/** The Content-Type each way of typing a body starts with. */
const DEFAULT_CONTENT_TYPES: Readonly<Record<BodyMode, string>> = {
  none: '',
  json: 'application/json',
  text: 'text/plain',
  form: 'application/x-www-form-urlencoded',
  file: 'application/octet-stream',
};

/**
 * Switches how the body is typed. The Content-Type becomes the operation's first media type of
 * that kind (multipart for a form with files); without one, a Content-Type that was only the old
 * way's default follows the new way. A form left empty gets the operation's fields.
 */
export function withBodyMode(inputs: RequestInputs, bodyMode: BodyMode, body: RequestBodySpec | null = null): Partial<RequestInputs> {
  const fields = body?.formFields ?? [];
  const documented = (body?.mediaTypes ?? []).filter((type) => bodyModeFor(type) === bodyMode);
  const withFiles = fields.some((field) => field.file) && documented.find((type) => mediaType(type) === 'multipart/form-data');
  const chosen = inputs.contentType !== '' && inputs.contentType !== DEFAULT_CONTENT_TYPES[inputs.bodyMode];
  const contentType = withFiles || documented[0] || (chosen ? inputs.contentType : DEFAULT_CONTENT_TYPES[bodyMode]);
  const form = bodyMode === BodyMode.Form && inputs.form.length === 0 ? fields.map(formRow) : inputs.form;
  return { bodyMode, contentType, form };
}

/** The natural way to type a body of `contentType`. */
export function bodyModeFor(contentType: string): BodyMode {
  const type = mediaType(contentType);
  if (!type) return BodyMode.None;
  if (type === 'application/x-www-form-urlencoded' || type === 'multipart/form-data') return BodyMode.Form;
  if (isJsonType(type)) return BodyMode.Json;
  if (type.startsWith('text/') || type.endsWith('+xml') || type === 'application/xml') return BodyMode.Text;
  return BodyMode.File;
}

/**
 * The inputs minus what must never be stored: the values of headers and parameters that carry
 * credentials (`Authorization`, cookies, the subscription key's header or query parameter).
 */
export function withoutSecrets(inputs: RequestInputs, secretNames: readonly string[]): RequestInputs {
  const secret = new Set(['authorization', 'proxy-authorization', 'cookie', ...secretNames.map((name) => name.toLowerCase())]);
  return {
    ...inputs,
    headers: inputs.headers.map((header) => (secret.has(header.name.trim().toLowerCase()) ? { ...header, value: '' } : header)),
    parameters: Object.fromEntries(
      Object.entries(inputs.parameters).map(([key, value]) => [key, secret.has(key.slice(key.indexOf(':') + 1).toLowerCase()) ? '' : value]),
    ),
  };
}
