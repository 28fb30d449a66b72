/**
 * The module worker that reads a description off the page's thread: decodes the body as it
 * streams in, parses it (JSON, else YAML) and indexes its operations, then sends the index and
 * the document, cut for a cheap trip (see openapi/packed-value.ts). Framework-free; started by
 * description-reader.ts, one per description.
 * @module
 */
import { indexOperations } from './openapi/index-operations.js';
import { packValue } from './openapi/packed-value.js';
import { parseSpec } from './openapi/parse.js';
import { SpecError } from './openapi/types.js';
import type { WorkerAnswer, WorkerRequest } from './description-reader.js';

interface WorkerScope {
  onmessage: ((event: MessageEvent<WorkerRequest>) => void) | null;
  postMessage(message: WorkerAnswer, transfer?: Transferable[]): void;
}

const scope = globalThis as unknown as WorkerScope;

scope.onmessage = ({ data }) => void read(data);

async function read(data: WorkerRequest): Promise<void> {
  try {
    const { document, ...index } = indexOperations(await parseSpec(await new Response(data.body).text()));
    const packed = packValue(document);
    scope.postMessage({ kind: 'index', index, document: packed }, [packed.bytes.buffer]);
  } catch (error) {
    if (error instanceof SpecError) scope.postMessage({ kind: 'invalid', reason: error.reason, detail: error.detail });
    else scope.postMessage({ kind: 'failed', message: String(error) });
  }
}

scope.postMessage({ kind: 'ready' });
