import type { ReadableStreamReadResult } from 'node:stream/web';
import { BrokerProblem, BrokerProblemCode } from './problems.js';

/**
 * The API a request names: `{ "scope": "…" }` as JSON, or `scope=…` as a form; an empty body names
 * none. Anything else, or more than `maxBytes`, is refused.
 */
export async function requestedScope(request: Request, maxBytes: number): Promise<string | undefined> {
  const text = await readText(request, maxBytes);
  if (!text.trim()) return undefined;
  const type = request.headers.get('content-type')?.split(';')[0]?.trim().toLowerCase();
  let fields: Record<string, unknown>;
  if (type === 'application/json') {
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      throw malformed('The body is not valid JSON.');
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value))
      throw malformed('The body must be a JSON object such as {"scope": "api://contoso-orders/.default"}.');
    fields = value as Record<string, unknown>;
  } else if (type === 'application/x-www-form-urlencoded') {
    fields = Object.fromEntries(new URLSearchParams(text));
  } else {
    throw malformed('Send the body as application/json ({"scope": "…"}) or application/x-www-form-urlencoded (scope=…).');
  }
  const unknown = Object.keys(fields).filter((name) => name !== 'scope');
  if (unknown.length) throw malformed(`The body may only name a scope; it also has ${unknown.map((name) => JSON.stringify(name.slice(0, 40))).join(', ')}.`);
  const scope = fields['scope'];
  if (scope === undefined) return undefined;
  if (typeof scope !== 'string' || !scope.trim()) throw malformed('"scope" must be a non-empty string.');
  return scope.trim();
}

async function readText(request: Request, maxBytes: number): Promise<string> {
  const tooLarge = () => new BrokerProblem(BrokerProblemCode.RequestTooLarge, `The body may be at most ${maxBytes} bytes.`);
  const declared = Number(request.headers.get('content-length') ?? 0);
  if (declared > maxBytes) throw tooLarge();
  if (!request.body) return '';
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    let chunk: ReadableStreamReadResult<Uint8Array>;
    try {
      chunk = await reader.read();
    } catch {
      throw malformed('The body could not be read.');
    }
    if (chunk.done) break;
    size += chunk.value.byteLength;
    if (size > maxBytes) {
      void reader.cancel().catch(() => undefined);
      throw tooLarge();
    }
    chunks.push(chunk.value);
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(Buffer.concat(chunks));
  } catch {
    throw malformed('The body is not UTF-8 text.');
  }
}

function malformed(detail: string): BrokerProblem {
  return new BrokerProblem(BrokerProblemCode.MalformedRequest, detail);
}
