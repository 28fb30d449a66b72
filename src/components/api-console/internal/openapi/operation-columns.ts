import { operationEntry } from './index-operations.js';
import type { OperationEntry } from './types.js';

/**
 * An index's operations as columns, for the trip from the worker to the page: a few flat arrays
 * of strings, not an object (and a tags array) per operation. Received by the page, 10,000
 * operations as objects cost it about 30 ms of deserializing and as much again in garbage
 * collection; as columns, a tenth of that (`npm run bench`, and a trace of its 10,000-operation row).
 * An entry's key, which is its method and path, is built again on the page; its search text is
 * sent, lower-cased once in the worker.
 */
export interface OperationColumns {
  readonly method: readonly string[];
  readonly path: readonly string[];
  readonly summary: readonly string[];
  readonly operationId: readonly string[];
  /** How many tags each operation has; the tags themselves follow one another in `tags`. */
  readonly tagCount: readonly number[];
  readonly tags: readonly string[];
  /** The positions of the deprecated operations. */
  readonly deprecated: readonly number[];
  readonly searchText: readonly string[];
}

export function fromColumns(columns: OperationColumns): OperationEntry[] {
  const deprecated = new Set(columns.deprecated);
  const operations: OperationEntry[] = [];
  let tag = 0;
  for (let i = 0; i < columns.method.length; i += 1) {
    const tags = columns.tags.slice(tag, (tag += columns.tagCount[i]!));
    operations.push(
      operationEntry(
        {
          method: columns.method[i]!,
          path: columns.path[i]!,
          summary: columns.summary[i]!,
          operationId: columns.operationId[i]!,
          tags,
          deprecated: deprecated.has(i),
        },
        columns.searchText[i],
      ),
    );
  }
  return operations;
}
