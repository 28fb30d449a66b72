import { streamFormatOf } from '../stream-events.js';
import { mediaType as mediaTypeOf } from '../media-type.js';
import { schemaType } from './example.js';
import { isObject, type JsonObject, type RefResolver } from './refs.js';

/**
 * What each event of the operation's streamed answers is, by media type: the name OpenAPI 3.2's
 * `itemSchema` gives it (its `$ref`'s last segment, else its `title`, else its type). Only
 * successful answers (`2XX`, `default`) of a streaming media type count.
 */
export function eventShapes(operation: JsonObject, refs: RefResolver): Record<string, string> {
  const shapes: Record<string, string> = {};
  const responses = refs.object(operation['responses']);
  for (const [status, raw] of Object.entries(responses)) {
    if (!/^(2|default)/iu.test(status)) continue;
    const content = refs.object(raw)['content'];
    for (const [type, media] of Object.entries(isObject(content) ? content : {})) {
      const mediaType = mediaTypeOf(type);
      const itemSchema = refs.object(media)['itemSchema'];
      if (streamFormatOf(mediaType) && itemSchema !== undefined) shapes[mediaType] ??= shapeName(itemSchema, refs);
    }
  }
  return shapes;
}

function shapeName(schema: unknown, refs: RefResolver): string {
  if (isObject(schema) && typeof schema['$ref'] === 'string') return schema['$ref'].split('/').pop() ?? '';
  const resolved = refs.object(schema);
  return typeof resolved['title'] === 'string' ? resolved['title'] : schemaType(resolved);
}
