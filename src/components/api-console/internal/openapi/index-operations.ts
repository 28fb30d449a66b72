import { HTTP_METHODS } from './http-methods.js';
import type { ParsedSpec } from './parse.js';
import { isObject, RefResolver } from './refs.js';
import type { ApiIndex, OperationEntry, TagInfo } from './types.js';
import { indexWebhooks } from './webhooks.js';

/**
 * Lists every operation of a description for a picker: method, path, summary, operationId and
 * tags, nothing more. Schemas, parameters and bodies are not looked at here (see
 * `describeOperation`), so even a description of many megabytes is indexed in milliseconds.
 */
export function indexOperations({ document, version }: ParsedSpec): ApiIndex {
  const refs = new RefResolver(document);
  const operations: OperationEntry[] = [];
  const paths = isObject(document['paths']) ? document['paths'] : {};
  for (const [path, rawItem] of Object.entries(paths)) {
    const item = refs.object(rawItem);
    for (const method of HTTP_METHODS) {
      const operation = item[method];
      if (isObject(operation)) operations.push(entry(method.toUpperCase(), path, operation));
    }
  }
  const info = isObject(document['info']) ? document['info'] : {};
  return { version, title: text(info['title']), document, operations, webhooks: indexWebhooks(document, refs), tags: tagsOf(document, operations) };
}

function entry(method: string, path: string, operation: Readonly<Record<string, unknown>>): OperationEntry {
  return operationEntry({
    method,
    path,
    summary: text(operation['summary']),
    operationId: text(operation['operationId']),
    tags: Array.isArray(operation['tags']) ? operation['tags'].filter((tag): tag is string => typeof tag === 'string') : [],
    deprecated: operation['deprecated'] === true,
  });
}

/** An operation's entry from what the description says of it, with what derives from that: its key and search text (unless already known). */
export function operationEntry(
  { method, path, summary, operationId, tags, deprecated }: Omit<OperationEntry, 'key' | 'searchText'>,
  searchText = `${method} ${path} ${summary} ${operationId} ${tags.join(' ')}`.toLowerCase(),
): OperationEntry {
  return {
    key: `${method} ${path}`,
    operationId,
    method,
    path,
    summary,
    tags,
    deprecated,
    searchText,
  };
}

function tagsOf(document: Readonly<Record<string, unknown>>, operations: readonly OperationEntry[]): TagInfo[] {
  const tags = new Map<string, TagInfo>();
  for (const tag of Array.isArray(document['tags']) ? document['tags'] : []) {
    if (isObject(tag) && typeof tag['name'] === 'string') tags.set(tag['name'], { name: tag['name'], description: text(tag['description']) });
  }
  for (const operation of operations) {
    for (const name of operation.tags) if (!tags.has(name)) tags.set(name, { name, description: '' });
  }
  return [...tags.values()];
}

function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}
