import type { ServerSpec } from './servers.js';

/** A parsed OpenAPI or Swagger document, as plain JSON data; nothing in it is trusted or resolved. */
export type SpecDocument = Readonly<Record<string, unknown>>;

/** The description formats Portico reads. */
export type SpecVersion = '2.0' | '3.0' | '3.1' | '3.2';

/** One operation as the picker needs it: cheap to build for every operation up front. */
export interface OperationEntry {
  /** `METHOD /path`: unique within a document, stable across reloads. */
  readonly key: string;
  /** `''` when the document gives none. */
  readonly operationId: string;
  /** Upper case, e.g. `GET`. */
  readonly method: string;
  /** The path template, e.g. `/orders/{id}`. */
  readonly path: string;
  readonly summary: string;
  readonly tags: readonly string[];
  readonly deprecated: boolean;
  /** Lower-case method, path, summary, operationId and tags: what a search matches. */
  readonly searchText: string;
}

/** A webhook (OpenAPI 3.1 `webhooks`): a request the API sends to a subscriber. Read-only. */
export interface WebhookEntry {
  /** `webhook name METHOD`: unique within a document, never an operation's key. */
  readonly key: string;
  /** The webhook's name in the description, e.g. `orderStatusChanged`. */
  readonly name: string;
  readonly method: string;
  readonly summary: string;
  readonly deprecated: boolean;
  readonly searchText: string;
}

/** One payload a webhook sends. */
export interface WebhookPayload {
  readonly mediaType: string;
  /** The schema as JSON text, `$ref`s resolved; '' when none. */
  readonly schema: string;
  /** An example body; '' when neither the description nor the schema gives one. */
  readonly example: string;
}

export interface WebhookDetails {
  readonly entry: WebhookEntry;
  readonly description: string;
  /** The headers (and any other parameters) it carries. */
  readonly parameters: readonly ParameterSpec[];
  readonly payloads: readonly WebhookPayload[];
  readonly problems: readonly string[];
}

export interface TagInfo {
  readonly name: string;
  readonly description: string;
}

/** Every operation of a document, indexed for a picker; details are resolved one at a time. */
export interface ApiIndex {
  readonly version: SpecVersion;
  readonly title: string;
  readonly document: SpecDocument;
  readonly operations: readonly OperationEntry[];
  /** The webhooks, apart from the operations. */
  readonly webhooks: readonly WebhookEntry[];
  /** Tags in the document's order, then in order of first use. */
  readonly tags: readonly TagInfo[];
}

export const ParameterLocation = { Path: 'path', Query: 'query', Header: 'header', Cookie: 'cookie' } as const;
export type ParameterLocation = (typeof ParameterLocation)[keyof typeof ParameterLocation];

/** A parameter, flattened to what a form needs. Values are strings, as typed into a field. */
export interface ParameterSpec {
  readonly name: string;
  readonly in: ParameterLocation;
  readonly required: boolean;
  readonly description: string;
  readonly deprecated: boolean;
  /** The schema's type (`string`, `integer`, `array`…), `''` when unknown. */
  readonly type: string;
  /** Allowed values; empty when any value goes. */
  readonly enum: readonly string[];
  /** The document's example value, `''` when none. */
  readonly example: string;
  /** The value the API assumes when the parameter is left out, `''` when none. */
  readonly default: string;
}

/** A field of a form body (`application/x-www-form-urlencoded`, `multipart/form-data`). */
export interface FormFieldSpec {
  readonly name: string;
  readonly required: boolean;
  readonly description: string;
  /** A file upload (`format: binary`, Swagger's `type: file`). */
  readonly file: boolean;
  /** An array of files: the field takes several, each sent as its own part under the field's name. */
  readonly multiple: boolean;
  readonly enum: readonly string[];
  readonly example: string;
  readonly default: string;
}

export interface BodyExample {
  /** The media type it is for. */
  readonly mediaType: string;
  /** A short name for a picker, e.g. the key in `examples`. */
  readonly name: string;
  /** The example as the text of a body. */
  readonly text: string;
}

export interface RequestBodySpec {
  readonly required: boolean;
  readonly description: string;
  /** The media types the operation accepts, the document's first first. */
  readonly mediaTypes: readonly string[];
  /** Examples from the document, else one built from the schema. */
  readonly examples: readonly BodyExample[];
  /** Fields of a form media type, when the operation accepts one. */
  readonly formFields: readonly FormFieldSpec[];
}

export const SecuritySchemeType = {
  ApiKey: 'apiKey',
  Http: 'http',
  OAuth2: 'oauth2',
  OpenIdConnect: 'openIdConnect',
  MutualTls: 'mutualTLS',
  Unknown: 'unknown',
} as const;
export type SecuritySchemeType = (typeof SecuritySchemeType)[keyof typeof SecuritySchemeType];

/** One scheme named by a security requirement, with the scopes it asks for. */
export interface SecuritySchemeUse {
  readonly name: string;
  readonly type: SecuritySchemeType;
  /** For `http`: `bearer`, `basic`… */
  readonly scheme: string;
  /** For `apiKey`: where the key goes and under which name. */
  readonly in: string;
  readonly parameterName: string;
  readonly scopes: readonly string[];
}

/** Any one requirement satisfies the operation; every scheme within it must be met. */
export type SecurityRequirement = readonly SecuritySchemeUse[];

/** Everything about one operation: resolved only when it is opened. */
export interface OperationDetails {
  readonly entry: OperationEntry;
  readonly description: string;
  readonly parameters: readonly ParameterSpec[];
  readonly body: RequestBodySpec | null;
  /** Alternatives; empty means anonymous (or the document does not say). */
  readonly security: readonly SecurityRequirement[];
  /** Servers the operation overrides the document's with (absolute or relative templates); usually none. */
  readonly servers: readonly ServerSpec[];
  /** The shape of a streamed answer's events, by media type (OpenAPI 3.2 `itemSchema`), e.g. `OrderEvent`. */
  readonly eventShapes: Readonly<Record<string, string>>;
  /** What could not be resolved (a broken `$ref`, an external one), in plain words. */
  readonly problems: readonly string[];
}

/** Why a text is not a description Portico can use. */
export const SpecErrorReason = {
  /** Neither JSON nor YAML. */
  Unparsable: 'unparsable',
  /** Parsed, but has no `openapi` or `swagger` field. */
  NotOpenApi: 'not-openapi',
  /** An `openapi`/`swagger` version Portico does not read. */
  UnsupportedVersion: 'unsupported-version',
} as const;
export type SpecErrorReason = (typeof SpecErrorReason)[keyof typeof SpecErrorReason];

export class SpecError extends Error {
  override readonly name = 'SpecError';
  constructor(
    readonly reason: SpecErrorReason,
    /** Technical detail: the parser's message, or the version found. */
    readonly detail: string,
    options: { cause?: unknown } = {},
  ) {
    super(`${reason}: ${detail}`, options);
  }
}
