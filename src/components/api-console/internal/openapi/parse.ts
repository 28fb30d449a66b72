import { SpecError, SpecErrorReason, type SpecDocument, type SpecVersion } from './types.js';

export interface ParsedSpec {
  readonly document: SpecDocument;
  readonly version: SpecVersion;
}

/**
 * Reads an OpenAPI 3.0/3.1/3.2 or Swagger 2.0 description from its text, JSON or YAML. JSON is tried
 * first (it is what large descriptions are published as, and `JSON.parse` is fastest); the YAML
 * parser is loaded only for a text that is not JSON.
 * @throws {SpecError} when the text is neither, or not a description Portico reads.
 */
export async function parseSpec(text: string): Promise<ParsedSpec> {
  const document = await parseData(text);
  return { document, version: specVersion(document) };
}

/** Whether `parseSpec` reads a text as JSON (else as YAML). */
export function isJsonText(text: string): boolean {
  return /^\s*[{[]/u.test(text);
}

async function parseData(text: string): Promise<SpecDocument> {
  let data: unknown;
  if (isJsonText(text)) {
    try {
      data = JSON.parse(text);
    } catch (error) {
      throw new SpecError(SpecErrorReason.Unparsable, (error as Error).message, { cause: error });
    }
  } else {
    const { parse } = await import('yaml');
    try {
      data = parse(text, { maxAliasCount: 1000 });
    } catch (error) {
      throw new SpecError(SpecErrorReason.Unparsable, (error as Error).message, { cause: error });
    }
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw new SpecError(SpecErrorReason.NotOpenApi, typeof data === 'string' ? 'a plain string' : describeValue(data));
  }
  return data as SpecDocument;
}

/** Which format a parsed document is in. */
function specVersion(document: SpecDocument): SpecVersion {
  const openapi = versionText(document['openapi']);
  const swagger = versionText(document['swagger']);
  if (openapi) {
    if (openapi.startsWith('3.0')) return '3.0';
    if (openapi.startsWith('3.1')) return '3.1';
    if (openapi.startsWith('3.2')) return '3.2';
    throw new SpecError(SpecErrorReason.UnsupportedVersion, `openapi: ${openapi}`);
  }
  if (swagger) {
    if (swagger === '2.0') return '2.0';
    throw new SpecError(SpecErrorReason.UnsupportedVersion, `swagger: ${swagger}`);
  }
  throw new SpecError(SpecErrorReason.NotOpenApi, 'no openapi or swagger field');
}

/** A version as written; YAML reads an unquoted `swagger: 2.0` as the number 2. */
function versionText(value: unknown): string {
  if (typeof value === 'number') return Number.isInteger(value) ? value.toFixed(1) : String(value);
  return typeof value === 'string' ? value : '';
}

function describeValue(value: unknown): string {
  if (value === null || value === undefined) return 'an empty document';
  if (Array.isArray(value)) return 'a list';
  return `a ${typeof value}`;
}
