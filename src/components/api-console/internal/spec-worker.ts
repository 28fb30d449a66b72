/**
 * The module worker that reads a description off the page's thread: decodes its bytes, parses it (JSON, else YAML) and indexes its operations, then sends the index and
 * the document, cut for a cheap trip (see openapi/packed-value.ts). Framework-free; started by
 * description-reader.ts, one per description.
 * @module
 */
import { indexOperations } from './openapi/index-operations.js';
import { packJson, packValue, toColumns } from './openapi/pack-for-page.js';
import { isJsonText, parseSpec } from './openapi/parse.js';
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
    const text = new TextDecoder().decode(data.bytes);
    const { document, operations, ...index } = indexOperations(await parseSpec(text));
    // A JSON description goes back as the bytes it came in, cut where they lie; a YAML one as JSON.
    const packed = isJsonText(text) ? packJson(new Uint8Array(data.bytes)) : packValue(document);
    scope.postMessage({ kind: 'index', index: { ...index, operations: toColumns(operations) }, document: packed }, [packed.bytes.buffer]);
  } catch (error) {
    if (error instanceof SpecError) scope.postMessage({ kind: 'invalid', reason: error.reason, detail: error.detail });
    else scope.postMessage({ kind: 'failed', message: String(error) });
  }
}

scope.postMessage({ kind: 'ready' });
