import { html, type TemplateResult } from 'lit';
import type { Strings } from '../../../internal/strings.js';
import type { NameValue } from './request-inputs.js';

export interface NameValueEditor {
  readonly rows: readonly NameValue[];
  readonly nameLabel: (position: number) => string;
  readonly valueLabel: (position: number) => string;
  readonly addLabel: string;
  /** Receives how to change the rows; applied to the latest rows, not those of this render. */
  readonly onChange: (update: (rows: readonly NameValue[]) => NameValue[]) => void;
  /** Replaces a row's value field (a file picker for a file field); the text field otherwise. */
  readonly valueField?: (row: NameValue, index: number) => TemplateResult | null;
}

/**
 * Rows of name and value fields with "remove" buttons and an "add" button: extra headers, and
 * the fields of a form body. Each field has its own label, numbered for screen readers.
 */
export function renderNameValues(editor: NameValueEditor, strings: Strings): TemplateResult {
  const { rows, onChange } = editor;
  const update = (index: number, change: Partial<NameValue>) => onChange((latest) => latest.map((row, at) => (at === index ? { ...row, ...change } : row)));
  return html`<div class="name-values">
    ${rows.map(
      (row, index) => html`<div class="name-value">
        <input
          class="field"
          aria-label=${editor.nameLabel(index + 1)}
          autocomplete="off"
          spellcheck="false"
          .value=${row.name}
          @input=${(event: Event) => update(index, { name: (event.target as HTMLInputElement).value })}
        />
        ${
          editor.valueField?.(row, index) ??
          html`<input
          class="field"
          aria-label=${editor.valueLabel(index + 1)}
          autocomplete="off"
          spellcheck="false"
          .value=${row.value}
          @input=${(event: Event) => update(index, { value: (event.target as HTMLInputElement).value })}
        />`
        }
        <button
          class="button quiet"
          type="button"
          aria-label=${strings.apiConsole.removeRow(row.name || editor.nameLabel(index + 1))}
          @click=${() => onChange((latest) => latest.filter((_, at) => at !== index))}
        >
          ×
        </button>
      </div>`,
    )}
    <button class="button quiet add" type="button" @click=${() => onChange((latest) => [...latest, { name: '', value: '' }])}>${editor.addLabel}</button>
  </div>`;
}
