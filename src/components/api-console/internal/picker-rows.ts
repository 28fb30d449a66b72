import { groupByTag, searchOperations } from './openapi/search.js';
import type { ApiIndex, OperationEntry, WebhookEntry } from './openapi/types.js';

/** Up to this many operations, every group starts open; beyond it, only the selected one's. */
const OPEN_GROUPS_UP_TO = 40;
/** The webhooks' group's key among the groups' (a tag is never this, having a space before it). */
export const WEBHOOKS_GROUP = ' webhooks';

/** Where a row sits in the tree, as ARIA says it: its level, and its place among its siblings. */
interface TreePlace {
  /** Unique among the rows, stable while the description stays: what keyboard focus follows. */
  readonly key: string;
  readonly level: number;
  readonly position: number;
  readonly siblings: number;
}

export type PickerRow =
  | (TreePlace & { readonly kind: 'group'; readonly tag: string; readonly count: number; readonly open: boolean })
  | (TreePlace & { readonly kind: 'operation'; readonly entry: OperationEntry; readonly withTags: boolean })
  | (TreePlace & { readonly kind: 'webhook'; readonly entry: WebhookEntry });

export interface PickerRowsInput {
  readonly index: ApiIndex;
  readonly query: string;
  readonly selected: string;
  /** Groups the user opened or closed, by tag (or `WEBHOOKS_GROUP`); others follow the defaults. */
  readonly groupOpen: ReadonlyMap<string, boolean>;
}

export interface PickerRows {
  readonly rows: readonly PickerRow[];
  /** The operations shown (all, or a search's matches), for the count above the list. */
  readonly matches: number;
}

/**
 * The picker as the flat list of rows a windowed tree renders: without a search, a group row per
 * tag (open ones followed by their operations, one level down); with one, the matching operations
 * flat; then the webhooks' group. Only rows are built here, no DOM: a description with 10,000
 * operations costs an array, and the tree renders the few rows on screen.
 */
export function pickerRows(input: PickerRowsInput): PickerRows {
  const { index, query, selected, groupOpen } = input;
  // The tree renders again on every scroll and measurement: the rows change only with these.
  const inputs = JSON.stringify([query, selected, [...groupOpen]]);
  const cached = lastRows.get(index);
  if (cached?.inputs === inputs) return cached.rows;
  const rows = buildRows(input);
  lastRows.set(index, { inputs, rows });
  return rows;
}

/** Each index's last rows, and what they were built from. */
const lastRows = new WeakMap<ApiIndex, { readonly inputs: string; readonly rows: PickerRows }>();

function buildRows({ index, query, selected, groupOpen }: PickerRowsInput): PickerRows {
  const matches = searchOperations(index.operations, query);
  const webhooks = searchOperations(index.webhooks, query);
  const groups = query ? [] : groupByTag(index, matches);
  const topLevel = (query ? matches.length : groups.length) + (webhooks.length ? 1 : 0);
  const rows: PickerRow[] = [];
  if (query) {
    matches.forEach((entry, i) => rows.push({ kind: 'operation', key: entry.key, entry, withTags: true, level: 1, position: i + 1, siblings: topLevel }));
  }
  const small = matches.length <= OPEN_GROUPS_UP_TO;
  groups.forEach((group, i) => {
    const open = groupOpen.get(group.tag) ?? (small || group.operations.some((entry) => entry.key === selected));
    rows.push({
      kind: 'group',
      key: `group ${group.tag}`,
      tag: group.tag,
      count: group.operations.length,
      open,
      level: 1,
      position: i + 1,
      siblings: topLevel,
    });
    if (!open) return;
    group.operations.forEach((entry, j) =>
      rows.push({ kind: 'operation', key: `${group.tag} ${entry.key}`, entry, withTags: false, level: 2, position: j + 1, siblings: group.operations.length }),
    );
  });
  if (webhooks.length) {
    const open = groupOpen.get(WEBHOOKS_GROUP) ?? true;
    rows.push({
      kind: 'group',
      key: `group${WEBHOOKS_GROUP}`,
      tag: WEBHOOKS_GROUP,
      count: webhooks.length,
      open,
      level: 1,
      position: topLevel,
      siblings: topLevel,
    });
    if (open) webhooks.forEach((entry, i) => rows.push({ kind: 'webhook', key: entry.key, entry, level: 2, position: i + 1, siblings: webhooks.length }));
  }
  return { rows, matches: matches.length };
}
