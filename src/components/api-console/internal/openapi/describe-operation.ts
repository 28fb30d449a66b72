import { mediaType as mediaTypeOf } from '../media-type.js';
import { eventShapes } from './event-shapes.js';
import { exampleFromSchema, schemaType } from './example.js';
import { isObject, RefResolver, type JsonObject } from './refs.js';
import { serverSpecs } from './servers.js';
import {
  ParameterLocation,
  SecuritySchemeType,
  type ApiIndex,
  type BodyExample,
  type FormFieldSpec,
  type OperationDetails,
  type OperationEntry,
  type ParameterSpec,
  type RequestBodySpec,
  type SecurityRequirement,
  type SecuritySchemeUse,
} from './types.js';

const LOCATIONS: readonly string[] = Object.values(ParameterLocation);
const FORM_TYPES = ['application/x-www-form-urlencoded', 'multipart/form-data'];

/**
 * Resolves one operation: its parameters (the path item's merged with its own), request body
 * with examples, security requirements and servers. Called when the operation is opened, never
 * for the whole document.
 */
export function describeOperation(index: ApiIndex, entry: OperationEntry): OperationDetails {
  const { document, version } = index;
  const refs = new RefResolver(document);
  const paths = isObject(document['paths']) ? document['paths'] : {};
  const item = refs.object(paths[entry.path]);
  const operation = refs.object(item[entry.method.toLowerCase()]);
  const rawParameters = mergeParameters(refs, item['parameters'], operation['parameters']);
  const swagger = version === '2.0';

  const parameters = rawParameters
    .filter((parameter) => LOCATIONS.includes(String(parameter['in'])))
    .map((parameter) => parameterSpec(parameter, refs, swagger));
  const body = swagger ? swaggerBody(rawParameters, operation, document, refs) : openApiBody(operation['requestBody'], refs);
  const security = securityOf(operation, document, refs, swagger);
  const servers = serverSpecs(operation['servers']).length ? serverSpecs(operation['servers']) : serverSpecs(item['servers']);
  return {
    entry,
    description: text(operation['description']),
    parameters,
    body,
    security,
    servers,
    eventShapes: eventShapes(operation, refs),
    problems: refs.problems,
  };
}

/** Path-item parameters, overridden by the operation's own of the same name and location. */
export function mergeParameters(refs: RefResolver, shared: unknown, own: unknown): JsonObject[] {
  const merged = new Map<string, JsonObject>();
  for (const list of [shared, own]) {
    for (const raw of Array.isArray(list) ? list : []) {
      const parameter = refs.object(raw);
      if (typeof parameter['name'] === 'string') merged.set(`${String(parameter['in'])} ${parameter['name']}`, parameter);
    }
  }
  return [...merged.values()];
}

export function parameterSpec(parameter: JsonObject, refs: RefResolver, swagger: boolean): ParameterSpec {
  // Swagger 2.0 puts type, enum and default on the parameter itself; OpenAPI 3 in its schema.
  const schema = swagger ? parameter : refs.object(parameter['schema']);
  const location = String(parameter['in']) as ParameterSpec['in'];
  return {
    name: String(parameter['name']),
    in: location,
    required: location === ParameterLocation.Path || parameter['required'] === true,
    description: text(parameter['description']),
    deprecated: parameter['deprecated'] === true,
    type: schemaType(schema),
    enum: enumOf(schema['type'] === 'array' ? refs.object(schema['items']) : schema),
    example: valueText(parameterExample(parameter, refs) ?? givenExample(schema)),
    default: valueText(schema['default']),
  };
}

function parameterExample(parameter: JsonObject, refs: RefResolver): unknown {
  if (parameter['example'] !== undefined) return parameter['example'];
  const examples = isObject(parameter['examples']) ? Object.values(parameter['examples']) : [];
  return examples.length ? refs.object(examples[0])['value'] : undefined;
}

function givenExample(schema: JsonObject): unknown {
  if (schema['example'] !== undefined) return schema['example'];
  return Array.isArray(schema['examples']) ? schema['examples'][0] : undefined;
}

function openApiBody(raw: unknown, refs: RefResolver): RequestBodySpec | null {
  if (raw === undefined) return null;
  const body = refs.object(raw);
  const content = isObject(body['content']) ? body['content'] : {};
  const mediaTypes = Object.keys(content);
  const examples: BodyExample[] = [];
  let formFields: FormFieldSpec[] = [];
  for (const mediaType of mediaTypes) {
    const media = refs.object(content[mediaType]);
    if (isFormType(mediaType)) {
      if (formFields.length === 0) formFields = fieldsOf(refs.object(media['schema']), refs);
      continue;
    }
    examples.push(...mediaExamples(mediaType, media, refs));
  }
  return { required: body['required'] === true, description: text(body['description']), mediaTypes, examples, formFields };
}

/** The media type's own examples, else one built from its schema. */
export function mediaExamples(mediaType: string, media: JsonObject, refs: RefResolver): BodyExample[] {
  if (media['example'] !== undefined) return [{ mediaType, name: '', text: bodyText(media['example'], mediaType) }];
  const named = isObject(media['examples']) ? Object.entries(media['examples']) : [];
  const examples = named.flatMap(([name, raw]) => {
    const example = refs.object(raw);
    return example['value'] === undefined ? [] : [{ mediaType, name: text(example['summary']) || name, text: bodyText(example['value'], mediaType) }];
  });
  if (examples.length) return examples;
  if (media['schema'] === undefined) return [];
  const built = exampleFromSchema(media['schema'], refs);
  return built === undefined ? [] : [{ mediaType, name: '', text: bodyText(built, mediaType) }];
}

function swaggerBody(parameters: readonly JsonObject[], operation: JsonObject, document: JsonObject, refs: RefResolver): RequestBodySpec | null {
  const consumes = stringList(operation['consumes']).length ? stringList(operation['consumes']) : stringList(document['consumes']);
  const bodyParameter = parameters.find((parameter) => parameter['in'] === 'body');
  if (bodyParameter) {
    const mediaTypes = consumes.filter((type) => !isFormType(type));
    const types = mediaTypes.length ? mediaTypes : ['application/json'];
    const built = exampleFromSchema(bodyParameter['schema'], refs);
    return {
      required: bodyParameter['required'] === true,
      description: text(bodyParameter['description']),
      mediaTypes: types,
      examples: built === undefined ? [] : [{ mediaType: types[0]!, name: '', text: bodyText(built, types[0]!) }],
      formFields: [],
    };
  }
  const formParameters = parameters.filter((parameter) => parameter['in'] === 'formData');
  if (formParameters.length === 0) return null;
  const formFields = formParameters.map((parameter) => fieldSpec(String(parameter['name']), parameter, parameter['required'] === true));
  const multipart = formFields.some((field) => field.file) || consumes.includes('multipart/form-data');
  return {
    required: formFields.some((field) => field.required),
    description: '',
    mediaTypes: [multipart ? 'multipart/form-data' : 'application/x-www-form-urlencoded'],
    examples: [],
    formFields,
  };
}

function fieldsOf(schema: JsonObject, refs: RefResolver): FormFieldSpec[] {
  const properties = isObject(schema['properties']) ? schema['properties'] : {};
  const required = stringList(schema['required']);
  return Object.entries(properties).map(([name, raw]) => {
    const schema = refs.object(raw);
    // An array of files is one field holding several (multipart repeats the part once per file).
    const items = schemaType(schema) === 'array' ? refs.object(schema['items']) : null;
    return items && isFileSchema(items)
      ? { ...fieldSpec(name, items, required.includes(name)), description: text(schema['description']), multiple: true }
      : fieldSpec(name, schema, required.includes(name));
  });
}

function isFileSchema(schema: JsonObject): boolean {
  return schema['type'] === 'file' || schema['format'] === 'binary' || schema['contentMediaType'] !== undefined;
}

function fieldSpec(name: string, schema: JsonObject, required: boolean): FormFieldSpec {
  const file = isFileSchema(schema);
  return {
    name,
    required,
    description: text(schema['description']),
    file,
    multiple: false,
    enum: enumOf(schema),
    example: file ? '' : valueText(givenExample(schema)),
    default: file ? '' : valueText(schema['default']),
  };
}

function securityOf(operation: JsonObject, document: JsonObject, refs: RefResolver, swagger: boolean): SecurityRequirement[] {
  const requirements = Array.isArray(operation['security']) ? operation['security'] : Array.isArray(document['security']) ? document['security'] : [];
  const components = isObject(document['components']) ? document['components'] : {};
  const schemes = swagger ? document['securityDefinitions'] : components['securitySchemes'];
  const definitions = isObject(schemes) ? schemes : {};
  return requirements
    .filter(isObject)
    .map((requirement) => Object.entries(requirement).map(([name, scopes]) => schemeUse(name, refs.object(definitions[name]), stringList(scopes))));
}

function schemeUse(name: string, scheme: JsonObject, scopes: string[]): SecuritySchemeUse {
  const declared = String(scheme['type'] ?? '');
  // Swagger 2.0's `basic` is OpenAPI 3's `http` with scheme `basic`.
  const type =
    declared === 'basic' ? SecuritySchemeType.Http : (Object.values(SecuritySchemeType).find((known) => known === declared) ?? SecuritySchemeType.Unknown);
  return {
    name,
    type,
    scheme: declared === 'basic' ? 'basic' : text(scheme['scheme']).toLowerCase(),
    in: text(scheme['in']),
    parameterName: text(scheme['name']),
    scopes,
  };
}

function isFormType(mediaType: string): boolean {
  return FORM_TYPES.includes(mediaTypeOf(mediaType));
}

/** JSON media types get pretty JSON; a string example for another type is the body itself. */
function bodyText(value: unknown, mediaType: string): string {
  if (typeof value === 'string' && !/json/iu.test(mediaType)) return value;
  return JSON.stringify(value, null, 2) ?? '';
}

function enumOf(schema: JsonObject): string[] {
  return Array.isArray(schema['enum']) ? schema['enum'].map(valueText) : [];
}

/** A value as a form field holds it: arrays comma-separated (the default `form` style), objects as JSON. */
function valueText(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return value.map(valueText).join(',');
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

function stringList(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}

function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}
