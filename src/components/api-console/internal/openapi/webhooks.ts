import { mediaExamples, mergeParameters, parameterSpec } from './describe-operation.js';
import { HTTP_METHODS } from './http-methods.js';
import { isObject, RefResolver, type JsonObject } from './refs.js';
import type { ApiIndex, SpecDocument, WebhookDetails, WebhookEntry, WebhookPayload } from './types.js';

/** Nesting beyond this is shown as the `$ref` it is: a schema, not a dump of the document. */
const MAX_DEPTH = 6;

/**
 * Lists the description's webhooks (OpenAPI 3.1 `webhooks`): requests the API sends to a
 * subscriber, not operations to try. Indexed apart from the operations, as cheaply.
 */
export function indexWebhooks(document: SpecDocument, refs: RefResolver): WebhookEntry[] {
  const webhooks = isObject(document['webhooks']) ? document['webhooks'] : {};
  const entries: WebhookEntry[] = [];
  for (const [name, rawItem] of Object.entries(webhooks)) {
    const item = refs.object(rawItem);
    for (const method of HTTP_METHODS) {
      const operation = item[method];
      if (!isObject(operation)) continue;
      const summary = text(operation['summary']);
      const upper = method.toUpperCase();
      entries.push({
        key: `webhook ${name} ${upper}`,
        name,
        method: upper,
        summary,
        deprecated: operation['deprecated'] === true,
        searchText: `webhook ${name} ${upper} ${summary} ${text(operation['operationId'])}`.toLowerCase(),
      });
    }
  }
  return entries;
}

/** One webhook's description, headers and payloads (schema with its `$ref`s resolved, and an example). */
export function describeWebhook(index: ApiIndex, entry: WebhookEntry): WebhookDetails {
  const refs = new RefResolver(index.document);
  const webhooks = isObject(index.document['webhooks']) ? index.document['webhooks'] : {};
  const item = refs.object(webhooks[entry.name]);
  const operation = refs.object(item[entry.method.toLowerCase()]);
  const parameters = mergeParameters(refs, item['parameters'], operation['parameters']).map((parameter) => parameterSpec(parameter, refs, false));
  const body = refs.object(operation['requestBody']);
  const content = isObject(body['content']) ? body['content'] : {};
  const payloads: WebhookPayload[] = Object.entries(content).map(([mediaType, raw]) => {
    const media = refs.object(raw);
    return {
      mediaType,
      schema: media['schema'] === undefined ? '' : JSON.stringify(resolved(media['schema'], refs, 0, new Set()), null, 2),
      example: mediaExamples(mediaType, media, refs)[0]?.text ?? '',
    };
  });
  return { entry, description: text(operation['description']), parameters, payloads, problems: refs.problems };
}

/** A schema with its `$ref`s replaced by what they point to, except inside themselves or too deep. */
function resolved(value: unknown, refs: RefResolver, depth: number, open: Set<string>): unknown {
  if (Array.isArray(value)) return value.map((item) => resolved(item, refs, depth + 1, open));
  if (!isObject(value)) return value;
  const ref = typeof value['$ref'] === 'string' ? value['$ref'] : '';
  if (ref && (open.has(ref) || depth > MAX_DEPTH)) return { $ref: ref };
  const target: JsonObject = ref ? refs.object(value) : value;
  const inner = ref ? new Set([...open, ref]) : open;
  return Object.fromEntries(Object.entries(target).map(([key, member]) => [key, resolved(member, refs, depth + 1, inner)]));
}

function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}
