import { html, type TemplateResult } from 'lit';
import { formatDuration } from '../../../internal/format.js';
import type { Strings } from '../../../internal/strings.js';
import type { HistoryEntry } from './console-session.js';

export interface HistoryView {
  readonly entries: readonly HistoryEntry[];
  readonly onOpen: (entry: HistoryEntry) => void;
  readonly onClear: () => void;
}

/** The requests sent in this tab, newest first; choosing one reopens its operation with its inputs. */
export function renderHistory({ entries, onOpen, onClear }: HistoryView, strings: Strings, locale: string): TemplateResult {
  const text = strings.apiConsole;
  return html`<details part="history" class="history">
    <summary>${text.history(entries.length)}</summary>
    ${
      entries.length === 0
        ? html`<p class="hint">${text.historyEmpty}</p>`
        : html`<ol class="history-list">
            ${entries.map(
              (entry) => html`<li>
                <button class="history-entry" type="button" @click=${() => onOpen(entry)}>
                  <span class="method" data-method=${entry.method}>${entry.method}</span>
                  <span class="path">${entry.url}</span>
                  <span class="result" data-ok=${typeof entry.result === 'number' && entry.result < 400 ? 'true' : 'false'}
                    >${typeof entry.result === 'number' ? entry.result : text.failures[entry.result]}</span
                  >
                  <span class="hint">${formatDuration(entry.duration, locale)} · <time datetime=${entry.at}>${timeOf(entry.at, locale)}</time></span>
                </button>
              </li>`,
            )}
          </ol>
          <button class="button quiet" type="button" @click=${onClear}>${text.clearHistory}</button>`
    }
  </details>`;
}

function timeOf(iso: string, locale: string): string {
  try {
    return new Intl.DateTimeFormat(locale || undefined, { timeStyle: 'medium' }).format(new Date(iso));
  } catch {
    return iso;
  }
}
