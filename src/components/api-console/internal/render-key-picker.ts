import { html, nothing, type TemplateResult } from 'lit';
import type { Strings } from '../../../internal/strings.js';
import type { KeyPickerView } from './apim-key-picker.js';

export interface KeyPickerHandlers {
  readonly onChoose: (value: string) => void;
  readonly onRetry: () => void;
}

/** The developer's keys for this API as a `<select>` (values name a subscription and a key, never the key), or why there are none. */
export function renderKeyPicker(view: KeyPickerView, handlers: KeyPickerHandlers, strings: Strings): TemplateResult | typeof nothing {
  const text = strings.keyPicker;
  if (view.kind === 'off') return nothing;
  if (view.kind === 'message') {
    return html`<p part="key-picker" class="hint" role="status" aria-busy=${view.busy ? 'true' : 'false'}>${view.message}</p>`;
  }
  return html`<div part="key-picker" class="key-picker">
    <label class="inline-label"
      >${text.label}
      <select class="field" @change=${(event: Event) => handlers.onChoose((event.target as HTMLSelectElement).value)}>
        ${view.options.map((option) => html`<option value=${option.value} ?selected=${option.value === view.chosen}>${option.label}</option>`)}
      </select></label
    >
    ${view.loading ? html`<p class="hint" role="status" aria-busy="true">${strings.keyPicker.loading}</p>` : nothing}
    ${
      view.failed
        ? html`<p class="hint" role="alert">${text.keyFailed}</p>
          <button class="button quiet" type="button" @click=${handlers.onRetry}>${text.retry}</button>`
        : nothing
    }
  </div>`;
}
