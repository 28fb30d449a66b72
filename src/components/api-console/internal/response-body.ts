import { isJsonType, mediaType } from './media-type.js';
import { StreamFormat, streamFormatOf } from './stream-events.js';

/** Bodies larger than this are shown cut short, with "show all" and "download". */
export const DISPLAY_LIMIT = 2 * 1024 * 1024;

/** JSON up to this size is highlighted; beyond it, highlighting costs more than it helps. */
const HIGHLIGHT_LIMIT = 256 * 1024;

/** How a body is shown. Every text is rendered as text: nothing here is ever parsed as HTML. */
export type BodyView =
  | { readonly kind: 'empty' }
  /** Valid JSON, pretty-printed. */
  | { readonly kind: 'json'; readonly text: string; readonly highlight: boolean }
  /** Text as received; `truncated` when only the first `DISPLAY_LIMIT` bytes are shown. */
  | { readonly kind: 'text'; readonly text: string; readonly truncated: boolean; readonly invalidJson: boolean }
  | { readonly kind: 'image' }
  | { readonly kind: 'binary' };

/**
 * Decides how to show a body from its media type (and, for JSON, whether it parses). Images are
 * previewed; a type that is neither text nor image is offered as a download. `showAll` lifts the
 * size limit (the user asked for it), showing the text as received.
 */
export function bodyView(body: Uint8Array, contentType: string, showAll: boolean): BodyView {
  const kind = bodyKind(body, contentType);
  if (kind === 'empty' || kind === 'image' || kind === 'binary') return { kind };
  const truncated = body.byteLength > DISPLAY_LIMIT && !showAll;
  const text = new TextDecoder().decode(truncated ? body.subarray(0, DISPLAY_LIMIT) : body);
  if (kind === 'text' || body.byteLength > DISPLAY_LIMIT) return { kind: 'text', text, truncated, invalidJson: false };
  try {
    const pretty = JSON.stringify(JSON.parse(text), null, 2);
    return { kind: 'json', text: pretty, highlight: pretty.length <= HIGHLIGHT_LIMIT };
  } catch {
    return { kind: 'text', text, truncated: false, invalidJson: true };
  }
}

/** What a body is, by its media type (and, without one, by a look at its first bytes). */
export function bodyKind(body: Uint8Array, contentType: string): BodyView['kind'] {
  if (body.byteLength === 0) return 'empty';
  const type = mediaType(contentType);
  if (type.startsWith('image/')) return 'image';
  if (isJsonType(type)) return 'json';
  return isTextType(type, contentType) && !(type === '' && looksBinary(body)) ? 'text' : 'binary';
}

/** An untyped body with NUL bytes near its start is not text. */
function looksBinary(body: Uint8Array): boolean {
  return body.subarray(0, 1024).includes(0);
}

/** Text types, anything sent with a charset (which only text has), and untyped bodies. */
function isTextType(type: string, contentType: string): boolean {
  return (
    type === '' ||
    type.startsWith('text/') ||
    type.endsWith('+xml') ||
    streamFormatOf(type) !== null ||
    ['application/xml', 'application/javascript', 'application/x-www-form-urlencoded', 'application/yaml', 'application/graphql'].includes(type) ||
    /;\s*charset=/iu.test(contentType)
  );
}

/** A file name for downloading a body of this type. */
export function downloadName(contentType: string): string {
  const type = mediaType(contentType);
  if (isJsonType(type)) return 'response.json';
  if (streamFormatOf(type) === StreamFormat.JsonLines) return 'response.jsonl';
  if (type.startsWith('text/')) return `response.${type === 'text/html' ? 'html' : 'txt'}`;
  const subtype = /^image\/([a-z0-9]+)/u.exec(type)?.[1];
  return `response.${subtype ?? 'bin'}`;
}
