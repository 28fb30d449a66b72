import type { ApiIndex, OperationEntry } from './types.js';

/** Operations (or webhooks) whose method, path, summary, operationId or tags contain every word of `query`. */
export function searchOperations<T extends Pick<OperationEntry, 'searchText'>>(operations: readonly T[], query: string): readonly T[] {
  const words = query.toLowerCase().split(/\s+/u).filter(Boolean);
  if (words.length === 0) return operations;
  return operations.filter((operation) => words.every((word) => operation.searchText.includes(word)));
}

export interface OperationGroup {
  /** The tag; `''` for operations without one. */
  readonly tag: string;
  readonly operations: readonly OperationEntry[];
}

/**
 * Operations grouped by tag, in the index's tag order, untagged ones last. An operation with
 * several tags appears under each, as in the description's own documentation.
 */
export function groupByTag(index: ApiIndex, operations: readonly OperationEntry[]): OperationGroup[] {
  const groups = new Map<string, OperationEntry[]>(index.tags.map((tag) => [tag.name, []]));
  const untagged: OperationEntry[] = [];
  for (const operation of operations) {
    if (operation.tags.length === 0) untagged.push(operation);
    for (const tag of operation.tags) groups.get(tag)?.push(operation);
  }
  const result = [...groups].filter(([, members]) => members.length > 0).map(([tag, members]) => ({ tag, operations: members }));
  return untagged.length ? [...result, { tag: '', operations: untagged }] : result;
}
