import type { IncomingMessage, ServerResponse } from 'node:http';
import { Readable } from 'node:stream';
import type { TokenBrokerHandler } from './token-broker.js';

/** A `node:http` request listener, also usable as Express middleware or route handler. */
export type NodeListener = (request: IncomingMessage, response: ServerResponse) => Promise<void>;

/**
 * Adapts a broker (or any web-standard handler) to `node:http` and Express: the incoming message
 * becomes a `Request`, the `Response` is written back. When a body parser (`express.json()`,
 * `express.urlencoded()`) has already read the body, its parsed value is sent on as JSON.
 *
 * @example
 * http.createServer(toNodeListener(broker)).listen(8080);
 * app.post('/api/token', toNodeListener(broker));   // Express
 */
export function toNodeListener(handler: TokenBrokerHandler): NodeListener {
  return async function listener(incoming, outgoing) {
    const response = await handler(toRequest(incoming));
    const body = Buffer.from(await response.arrayBuffer());
    outgoing.writeHead(response.status, { ...Object.fromEntries(response.headers), 'content-length': String(body.length) });
    outgoing.end(incoming.method === 'HEAD' ? undefined : body);
  };
}

function toRequest(incoming: IncomingMessage): Request {
  const secure = 'encrypted' in incoming.socket && incoming.socket.encrypted === true;
  const url = new URL(incoming.url ?? '/', `${secure ? 'https' : 'http'}://${incoming.headers.host ?? 'localhost'}`);
  const headers = new Headers();
  for (const [name, value] of Object.entries(incoming.headers)) {
    if (Array.isArray(value)) for (const item of value) headers.append(name, item);
    else if (value !== undefined) headers.set(name, value);
  }
  const method = incoming.method ?? 'GET';
  if (method === 'GET' || method === 'HEAD') return new Request(url, { method, headers });
  const parsed: unknown = (incoming as IncomingMessage & { body?: unknown }).body;
  if (incoming.readableEnded && parsed !== undefined) {
    headers.delete('content-length');
    if (typeof parsed === 'string') return new Request(url, { method, headers, body: parsed });
    headers.set('content-type', 'application/json');
    return new Request(url, { method, headers, body: JSON.stringify(parsed) });
  }
  // A streamed body needs `duplex`, which not every RequestInit typing in use here declares (examples/ sees one without).
  const streamed: RequestInit & { duplex: 'half' } = { method, headers, body: Readable.toWeb(incoming) as ReadableStream<Uint8Array>, duplex: 'half' };
  return new Request(url, streamed);
}
