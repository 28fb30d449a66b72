import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { Strings } from '../../../internal/strings.js';
import type { ServerSpec, ServerVariable } from './openapi/servers.js';

export interface ServerVariablesView {
  /** The chosen server; null when `base-url` fixes where requests go. */
  readonly server: ServerSpec | null;
  /** The variables' current values. */
  readonly values: Readonly<Record<string, string>>;
  /** The server's URL with those values. */
  readonly resolved: string;
  readonly onChange: (name: string, value: string) => void;
}

/**
 * The chosen server's variables (a list for an enum, else a text field, each starting at its
 * default), and the URL they make, which is what the origin rules are checked against.
 */
export function renderServerVariables(view: ServerVariablesView, strings: Strings): TemplateResult | typeof nothing {
  const { server } = view;
  if (!server?.variables.length) return nothing;
  const text = strings.apiConsole;
  return html`<fieldset part="server-variables" class="section">
    <legend>${text.serverVariables}</legend>
    ${server.variables.map((variable) => renderVariable(variable, view))}
    <p class="hint">${text.serverUrl}<code class="resolved-server">${view.resolved}</code></p>
  </fieldset>`;
}

function renderVariable(variable: ServerVariable, view: ServerVariablesView): TemplateResult {
  const id = `server-variable-${variable.name.replace(/\s+/gu, '_')}`;
  const value = view.values[variable.name] ?? variable.default;
  const onInput = (event: Event) => view.onChange(variable.name, (event.target as HTMLInputElement | HTMLSelectElement).value);
  const described = variable.description ? `${id}-description` : nothing;
  const field = variable.enum.length
    ? html`<select id=${id} class="field" aria-describedby=${described} @change=${onInput}>
        ${variable.enum.map((choice) => html`<option value=${choice} ?selected=${choice === value}>${choice}</option>`)}
      </select>`
    : html`<input id=${id} class="field" autocomplete="off" spellcheck="false" required aria-describedby=${described} .value=${live(value)} @input=${onInput} />`;
  return html`<div class="parameter">
    <label for=${id}><code>${variable.name}</code></label>
    ${field} ${variable.description ? html`<p id=${`${id}-description`} class="hint description">${variable.description}</p>` : nothing}
  </div>`;
}
