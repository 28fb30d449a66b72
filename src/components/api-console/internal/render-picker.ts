import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { groupByTag, searchOperations } from './openapi/search.js';
import type { ApiIndex, OperationEntry } from './openapi/types.js';
import type { Strings } from '../../../internal/strings.js';

/** Up to this many operations, every group starts open; beyond it, only the selected one's. */
const OPEN_GROUPS_UP_TO = 40;

export interface PickerView {
  readonly index: ApiIndex;
  readonly query: string;
  readonly selected: string;
  /** Groups the user opened or closed, by tag; others follow the defaults above. */
  readonly groupOpen: ReadonlyMap<string, boolean>;
  readonly onSearch: (query: string) => void;
  readonly onToggleGroup: (tag: string, open: boolean) => void;
  readonly onSelect: (entry: OperationEntry) => void;
  /** The webhooks' group, after the operations (see render-webhooks.ts). */
  readonly webhooks?: TemplateResult | typeof nothing;
}

/**
 * The operation picker: a search field over every operation, then the operations grouped by tag
 * (a search lists its matches flat). A closed group renders no entries, so a description with a
 * thousand operations costs a few dozen elements until the user opens a group or searches.
 */
export function renderPicker(view: PickerView, strings: Strings): TemplateResult {
  const text = strings.apiConsole;
  const matches = searchOperations(view.index.operations, view.query);
  return html`<nav part="operations" class="operations" aria-label=${text.operations}>
    <input
      part="search"
      class="search field"
      type="search"
      aria-label=${text.searchOperations}
      placeholder=${text.searchOperations}
      .value=${view.query}
      @input=${(event: Event) => view.onSearch((event.target as HTMLInputElement).value)}
    />
    <p class="match-count" role="status">${view.query ? text.matchingOperations(matches.length) : text.operationCount(matches.length)}</p>
    ${view.query ? renderList(matches, view, true, strings) : renderGroups(matches, view, strings)} ${view.webhooks ?? nothing}
  </nav>`;
}

function renderGroups(operations: readonly OperationEntry[], view: PickerView, strings: Strings): TemplateResult {
  const small = operations.length <= OPEN_GROUPS_UP_TO;
  return html`${repeat(
    groupByTag(view.index, operations),
    (group) => group.tag,
    (group) => {
      const open = view.groupOpen.get(group.tag) ?? (small || group.operations.some((entry) => entry.key === view.selected));
      return html`<details
        part="group"
        class="group"
        ?open=${open}
        @toggle=${(event: Event) => {
          const nowOpen = (event.target as HTMLDetailsElement).open;
          if (nowOpen !== open) view.onToggleGroup(group.tag, nowOpen);
        }}
      >
        <summary class="group-name">${group.tag || strings.apiConsole.otherOperations} <span class="count">(${group.operations.length})</span></summary>
        ${open ? renderList(group.operations, view, false, strings) : nothing}
      </details>`;
    },
  )}`;
}

function renderList(operations: readonly OperationEntry[], view: PickerView, withTags: boolean, strings: Strings): TemplateResult {
  return html`<ul class="operation-list">
    ${repeat(
      operations,
      (entry) => entry.key,
      (entry) => html`<li>
        <button
          part="operation"
          class="operation"
          type="button"
          data-key=${entry.key}
          aria-current=${entry.key === view.selected ? 'true' : nothing}
          @click=${() => view.onSelect(entry)}
        >
          <span class="method" data-method=${entry.method}>${entry.method}</span>
          <span class="path ${entry.deprecated ? 'deprecated' : ''}"
            >${entry.path}${entry.deprecated ? html`<span class="visually-hidden"> (${strings.apiConsole.deprecated})</span>` : nothing}</span
          >
          ${entry.summary ? html`<span class="summary">${entry.summary}</span>` : nothing}
          ${withTags && entry.tags.length ? html`<span class="tags">${entry.tags.join(', ')}</span>` : nothing}
        </button>
      </li>`,
    )}
  </ul>`;
}
