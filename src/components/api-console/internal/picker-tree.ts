import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { PickerRow } from './picker-rows.js';

/** Rows rendered beyond each edge of the visible ones, so a quick scroll rarely shows a gap. */
const OVERSCAN = 8;
/** Until the first rows are measured. */
const ESTIMATED_ROW_PX = 52;
const ESTIMATED_VIEWPORT_PX = 600;

/** What the tree's keys do to its rows. */
export interface PickerActions {
  readonly onSelect: (row: PickerRow) => void;
  readonly onToggle: (row: PickerRow & { kind: 'group' }, open: boolean) => void;
  /** A printable key typed in the tree goes on in the search field. */
  readonly onType: (text: string, tree: HTMLElement) => void;
}

/** The rows to render: `first` to `last` (exclusive) of them, and the active one wherever it is. */
export interface PickerWindow {
  readonly first: number;
  readonly last: number;
  readonly rowPx: number;
  readonly active: number;
}

/**
 * The picker's windowed tree: which rows are on screen (only those, and a few beyond, are
 * rendered), which row keyboard focus is on (`aria-activedescendant` of the tree, which keeps DOM
 * focus, so rows can come and go as it scrolls), and the keys of a tree (WAI-ARIA APG): arrows,
 * Home/End, Page Up/Down, left and right to close and open groups, Enter or Space to choose.
 */
export class PickerTree implements ReactiveController {
  #scrollTop = 0;
  #viewportPx = ESTIMATED_VIEWPORT_PX;
  #rowPx = ESTIMATED_ROW_PX;
  #activeKey = '';
  /** A row to scroll into view after the next render. */
  #reveal: number | null = null;
  /** The open operation and search the tree last scrolled for, so it scrolls once each, not on every render. */
  #revealed = '';

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  /** The rows to render; scrolls to `selected` (an operation's key) once it is among them, after each new search. */
  window(rows: readonly PickerRow[], selected: string, query: string): PickerWindow {
    const reveal = `${query}\n${selected}`;
    if (reveal !== this.#revealed) {
      const at = rows.findIndex((row) => row.kind !== 'group' && row.entry.key === selected);
      if (at >= 0 || !selected) this.#revealed = reveal;
      if (at >= 0) {
        this.#activeKey = rows[at]!.key;
        this.#scrollToShow(at);
      }
    }
    const first = Math.max(0, Math.floor(this.#scrollTop / this.#rowPx) - OVERSCAN);
    const last = Math.min(rows.length, Math.ceil((this.#scrollTop + this.#viewportPx) / this.#rowPx) + OVERSCAN);
    return { first, last, rowPx: this.#rowPx, active: this.#activeIndex(rows) };
  }

  readonly onScroll = (event: Event): void => {
    this.#scrollTop = (event.currentTarget as HTMLElement).scrollTop;
    this.host.requestUpdate();
  };

  /** Focus entering the tree lands on the open operation, else on the first row. */
  onFocus(rows: readonly PickerRow[]): void {
    if (rows.some((row) => row.key === this.#activeKey) || rows.length === 0) return;
    this.#activeKey = rows[0]!.key;
    this.host.requestUpdate();
  }

  /** A click chooses the row, and keyboard focus follows it. */
  onClick(row: PickerRow, actions: PickerActions): void {
    this.#activeKey = row.key;
    this.#choose(row, actions);
  }

  onKeyDown(event: KeyboardEvent, rows: readonly PickerRow[], actions: PickerActions): void {
    if (rows.length === 0) return;
    const active = this.#activeIndex(rows);
    const row = rows[active]!;
    const rtl = getComputedStyle(event.currentTarget as Element).direction === 'rtl';
    const key = rtl ? (({ ArrowLeft: 'ArrowRight', ArrowRight: 'ArrowLeft' } as Record<string, string>)[event.key] ?? event.key) : event.key;
    const page = Math.max(1, Math.floor(this.#viewportPx / this.#rowPx) - 1);
    let target: number | null = null;
    switch (key) {
      case 'ArrowDown':
        target = active + 1;
        break;
      case 'ArrowUp':
        target = active - 1;
        break;
      case 'PageDown':
        target = active + page;
        break;
      case 'PageUp':
        target = active - page;
        break;
      case 'Home':
        target = 0;
        break;
      case 'End':
        target = rows.length - 1;
        break;
      case 'ArrowRight':
        if (row.kind === 'group' && !row.open) actions.onToggle(row, true);
        else if (row.kind === 'group') target = active + 1;
        break;
      case 'ArrowLeft':
        if (row.kind === 'group' && row.open) actions.onToggle(row, false);
        else if (row.level > 1) target = parentOf(rows, active);
        break;
      case 'Enter':
      case ' ':
        this.#choose(row, actions);
        break;
      default:
        if (event.key.length !== 1 || event.ctrlKey || event.metaKey || event.altKey) return;
        actions.onType(event.key, event.currentTarget as HTMLElement);
    }
    event.preventDefault();
    if (target === null) return;
    const index = Math.min(rows.length - 1, Math.max(0, target));
    this.#activeKey = rows[index]!.key;
    this.#scrollToShow(index);
    this.host.requestUpdate();
  }

  /** Measures the tree once it is on screen, and scrolls it where the keyboard went. */
  hostUpdated(): void {
    const tree = this.host.shadowRoot?.querySelector<HTMLElement>('[role="tree"]');
    if (!tree) return;
    const rowPx = tree.querySelector('[role="treeitem"]')?.getBoundingClientRect().height || this.#rowPx;
    const viewportPx = tree.clientHeight || this.#viewportPx;
    if (this.#reveal !== null) {
      const top = this.#reveal * rowPx;
      if (top < tree.scrollTop) tree.scrollTop = top;
      else if (top + rowPx > tree.scrollTop + viewportPx) tree.scrollTop = top + rowPx - viewportPx;
      this.#reveal = null;
    }
    if (rowPx !== this.#rowPx || viewportPx !== this.#viewportPx || tree.scrollTop !== this.#scrollTop) {
      this.#rowPx = rowPx;
      this.#viewportPx = viewportPx;
      this.#scrollTop = tree.scrollTop;
      // The next frame, not this update: the window follows what was just measured.
      requestAnimationFrame(() => this.host.requestUpdate());
    }
  }

  #choose(row: PickerRow, actions: PickerActions): void {
    if (row.kind === 'group') actions.onToggle(row, !row.open);
    else actions.onSelect(row);
  }

  #activeIndex(rows: readonly PickerRow[]): number {
    return Math.max(
      0,
      rows.findIndex((row) => row.key === this.#activeKey),
    );
  }

  /** Scrolls (now, in the window's reckoning, and after the render, on screen) so row `index` shows. */
  #scrollToShow(index: number): void {
    const top = index * this.#rowPx;
    if (top < this.#scrollTop) this.#scrollTop = top;
    else if (top + this.#rowPx > this.#scrollTop + this.#viewportPx) this.#scrollTop = top + this.#rowPx - this.#viewportPx;
    this.#reveal = index;
  }
}

/** The index of the group a row sits in. */
function parentOf(rows: readonly PickerRow[], index: number): number {
  let parent = index;
  while (parent > 0 && rows[parent]!.level >= rows[index]!.level) parent -= 1;
  return parent;
}
