import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { ref } from 'lit/directives/ref.js';
import { pickerRows, WEBHOOKS_GROUP, type PickerRow } from './picker-rows.js';
import type { PickerActions, PickerTree } from './picker-tree.js';
import type { ApiIndex, OperationEntry, WebhookEntry } from './openapi/types.js';
import type { Strings } from '../../../internal/strings.js';

export interface PickerView {
  readonly index: ApiIndex;
  readonly query: string;
  /** The open operation's (or webhook's) key; '' when none. */
  readonly selected: string;
  /** Groups the user opened or closed, by tag; others follow the defaults (see picker-rows.ts). */
  readonly groupOpen: ReadonlyMap<string, boolean>;
  readonly tree: PickerTree;
  readonly onSearch: (query: string) => void;
  readonly onToggleGroup: (tag: string, open: boolean) => void;
  readonly onSelect: (entry: OperationEntry) => void;
  readonly onSelectWebhook: (entry: WebhookEntry) => void;
}

const ROW_ID = 'picker-row-';

/**
 * The operation picker: a search field over every operation, then a tree of the operations
 * grouped by tag (a search lists its matches flat), the webhooks' group last. The tree is
 * windowed: whatever the description's size, only the rows on screen are in the DOM.
 */
export function renderPicker(view: PickerView, strings: Strings): TemplateResult {
  const text = strings.apiConsole;
  const { rows, matches } = pickerRows(view);
  const { first, last, rowPx, active } = view.tree.window(rows, view.selected, view.query);
  // The active row stays in the DOM wherever the list is scrolled: `aria-activedescendant` names it.
  const shown = Array.from({ length: last - first }, (_, i) => first + i);
  if (rows.length && (active < first || active >= last)) shown.unshift(active);
  const actions: PickerActions = {
    onSelect: (row) => (row.kind === 'webhook' ? view.onSelectWebhook(row.entry) : row.kind === 'operation' ? view.onSelect(row.entry) : undefined),
    onToggle: (row, open) => view.onToggleGroup(row.tag, open),
    onType: (typed, tree) => {
      view.onSearch(view.query + typed);
      (tree.getRootNode() as ShadowRoot).querySelector<HTMLElement>('.operations .search')?.focus();
    },
  };
  return html`<nav part="operations" class="operations" aria-label=${text.operations}>
    <input
      part="search"
      class="search field"
      type="search"
      aria-label=${text.searchOperations}
      aria-controls="picker-tree"
      placeholder=${text.searchOperations}
      .value=${view.query}
      @input=${(event: Event) => view.onSearch((event.target as HTMLInputElement).value)}
      @keydown=${(event: KeyboardEvent) => {
        if (event.key !== 'ArrowDown') return;
        event.preventDefault();
        ((event.target as HTMLElement).getRootNode() as ShadowRoot).getElementById('picker-tree')?.focus();
      }}
    />
    <p class="match-count" role="status">${view.query ? text.matchingOperations(matches) : text.operationCount(matches)}</p>
    ${
      rows.length
        ? html`<div
          id="picker-tree"
          class="tree"
          role="tree"
          tabindex="0"
          aria-label=${text.operations}
          aria-activedescendant=${`${ROW_ID}${active}`}
          ${styleProperty('--_tree-px', `${rows.length * rowPx}px`)}
          @scroll=${view.tree.onScroll}
          @focus=${() => view.tree.onFocus(rows)}
          @keydown=${(event: KeyboardEvent) => view.tree.onKeyDown(event, rows, actions)}
        >
          ${repeat(
            shown,
            (i) => rows[i]!.key,
            (i) => renderRow(rows[i]!, i, { rowPx, active: i === active, selected: view.selected }, () => view.tree.onClick(rows[i]!, actions), strings),
          )}
        </div>`
        : nothing
    }
  </nav>`;
}

interface RowState {
  readonly rowPx: number;
  readonly active: boolean;
  readonly selected: string;
}

function renderRow(row: PickerRow, index: number, state: RowState, onClick: () => void, strings: Strings): TemplateResult {
  const text = strings.apiConsole;
  // A treeitem's name comes from its content; its keys are the tree's, which keeps focus (aria-activedescendant).
  // eslint-disable-next-line lit-a11y/accessible-name, lit-a11y/click-events-have-key-events
  const common = (part: string, content: TemplateResult, extra: { expanded?: boolean; current?: boolean }) => html`<div
    id=${`${ROW_ID}${index}`}
    part=${part}
    class="row ${part === 'group' ? 'group-name' : 'operation'} ${state.active ? 'active' : ''}"
    role="treeitem"
    aria-level=${row.level}
    aria-posinset=${row.position}
    aria-setsize=${row.siblings}
    aria-expanded=${extra.expanded === undefined ? nothing : String(extra.expanded)}
    aria-selected=${extra.current === undefined ? nothing : String(extra.current)}
    aria-current=${extra.current ? 'true' : nothing}
    data-key=${row.kind === 'group' ? nothing : row.entry.key}
    ${styleProperty('top', `${index * state.rowPx}px`)}
    @click=${onClick}
  >
    ${content}
  </div>`;
  if (row.kind === 'group') {
    const name = row.tag === WEBHOOKS_GROUP ? text.webhooks.group : row.tag || text.otherOperations;
    return common('group', html`<span class="group-label">${name} <span class="count">(${row.count})</span></span>`, { expanded: row.open });
  }
  if (row.kind === 'webhook') {
    const { entry } = row;
    return common(
      'webhook',
      html`<span class="method webhook-badge">${text.webhooks.badge}</span>
        <span class="path ${entry.deprecated ? 'deprecated' : ''}">${entry.name}</span>
        <span class="summary">${entry.method}${entry.summary ? ` · ${entry.summary}` : ''}</span>`,
      { current: entry.key === state.selected },
    );
  }
  const { entry } = row;
  return common(
    'operation',
    html`<span class="method" data-method=${entry.method}>${entry.method}</span>
      <span class="path ${entry.deprecated ? 'deprecated' : ''}"
        >${entry.path}${entry.deprecated ? html`<span class="visually-hidden"> (${text.deprecated})</span>` : nothing}</span
      >
      ${entry.summary || row.withTags ? html`<span class="summary">${[entry.summary, row.withTags ? entry.tags.join(', ') : ''].filter(Boolean).join(' · ')}</span>` : nothing}`,
    { current: entry.key === state.selected },
  );
}

/**
 * Sets one style property through the CSSOM, which a Content-Security-Policy without
 * `style-src 'unsafe-inline'` allows (a `style` attribute, as `styleMap` writes on first render, it refuses).
 */
function styleProperty(name: string, value: string) {
  return ref((element) => (element as HTMLElement | undefined)?.style.setProperty(name, value));
}
