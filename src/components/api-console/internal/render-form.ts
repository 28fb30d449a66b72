import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { ParameterLocation, type FormFieldSpec, type OperationDetails, type ParameterSpec } from './openapi/types.js';
import type { Strings } from '../../../internal/strings.js';
import { BODY_FILE } from './build-request.js';
import { renderNameValues } from './render-name-values.js';
import { AuthMode, BodyMode, METHODS, parameterKey, withBodyMode, type NameValue, type RequestInputs } from './request-inputs.js';

export type InputsChange = Partial<RequestInputs> | ((latest: RequestInputs) => Partial<RequestInputs>);

export interface FormView {
  readonly inputs: RequestInputs;
  readonly details: OperationDetails | null;
  /** Server templates to choose from (when `base-url` does not fix one); one or none shows no choice. */
  readonly servers: readonly string[];
  /** The chosen template. */
  readonly server: string;
  /** The chosen server's variables and the URL they make. */
  readonly serverFields: TemplateResult | typeof nothing;
  readonly authModes: readonly AuthMode[];
  readonly authMode: AuthMode;
  /** Who the request will be sent as, and any sign-in action. */
  readonly authStatus: TemplateResult | typeof nothing;
  /** What the user should know before sending (credentials held back, a body a GET cannot carry). */
  readonly notices: readonly string[];
  /** The token's shortcomings, found before sending. */
  readonly warnings: TemplateResult | typeof nothing;
  readonly busy: boolean;
  /** Why the JSON body does not parse; '' when it does. */
  readonly jsonError: string;
  /** A change, or how to compute one from the latest inputs (a field's handler may run before the next render). */
  readonly onChange: (change: InputsChange) => void;
  readonly onServer: (server: string) => void;
  readonly onAuthMode: (mode: AuthMode) => void;
  /** The files chosen for a form field (several for an array of files) or for the whole body; none clears it. */
  readonly onFile: (field: string, files: readonly File[]) => void;
  readonly onSend: () => void;
  readonly onCancel: () => void;
}

const SECTIONS = [ParameterLocation.Path, ParameterLocation.Query, ParameterLocation.Header, ParameterLocation.Cookie] as const;

/**
 * The request form: method and address, server, authorization, the operation's parameters
 * (required ones marked and enforced by the browser's own validation, enums as lists), extra
 * headers, the body, and the send and cancel buttons.
 */
export function renderForm(view: FormView, strings: Strings): TemplateResult {
  const text = strings.apiConsole;
  return html`<form
    part="form"
    class="form"
    aria-label=${text.request}
    @submit=${(event: SubmitEvent) => {
      event.preventDefault();
      view.onSend();
    }}
  >
    ${renderRequestLine(view, strings)} ${renderServers(view, strings)} ${view.serverFields} ${renderAuth(view, strings)}
    ${SECTIONS.map((location) => renderParameters(view, location, strings))}
    <fieldset class="section">
      <legend>${text.headers}</legend>
      ${renderNameValues(
        {
          rows: view.inputs.headers,
          nameLabel: text.headerName,
          valueLabel: text.headerValue,
          addLabel: text.addHeader,
          onChange: (update) => view.onChange((latest) => ({ headers: update(latest.headers) })),
        },
        strings,
      )}
    </fieldset>
    ${renderBody(view, strings)}
    ${view.notices.map((notice) => html`<p part="notice" class="notice">${notice}</p>`)} ${view.warnings}
    <div class="actions">
      <button part="send" class="button primary" type="submit" ?disabled=${view.busy} aria-busy=${view.busy ? 'true' : 'false'}>${text.send}</button>
      <button part="cancel" class="button" type="button" ?disabled=${!view.busy} @click=${view.onCancel}>${text.cancel}</button>
    </div>
  </form>`;
}

function renderRequestLine(view: FormView, strings: Strings): TemplateResult {
  const text = strings.apiConsole;
  const methods = METHODS.includes(view.inputs.method as (typeof METHODS)[number]) ? METHODS : [view.inputs.method, ...METHODS];
  return html`<div class="request-line">
    <select
      part="method"
      class="field method-field"
      aria-label=${text.method}
      @change=${(event: Event) => view.onChange({ method: (event.target as HTMLSelectElement).value })}
    >
      ${methods.map((method) => html`<option value=${method} ?selected=${method === view.inputs.method}>${method}</option>`)}
    </select>
    <input
      part="url"
      class="field url-field"
      aria-label=${text.address}
      autocomplete="off"
      spellcheck="false"
      required
      .value=${live(view.inputs.address)}
      @input=${(event: Event) => view.onChange({ address: (event.target as HTMLInputElement).value })}
    />
  </div>`;
}

function renderServers(view: FormView, strings: Strings): TemplateResult | typeof nothing {
  if (view.servers.length < 2) return nothing;
  return html`<label class="inline-label"
    >${strings.apiConsole.server}
    <select class="field" @change=${(event: Event) => view.onServer((event.target as HTMLSelectElement).value)}>
      ${view.servers.map((server) => html`<option value=${server} ?selected=${server === view.server}>${server}</option>`)}
    </select></label
  >`;
}

function renderAuth(view: FormView, strings: Strings): TemplateResult {
  const text = strings.apiConsole;
  const choice =
    view.authModes.length > 1
      ? html`<div class="choices" role="radiogroup" aria-label=${text.sendAs}>
          ${view.authModes.map(
            (mode) => html`<label class="choice"
              ><input type="radio" name="auth-mode" .checked=${mode === view.authMode} @change=${() => view.onAuthMode(mode)} />${text.authModes[mode]}</label
            >`,
          )}
        </div>`
      : nothing;
  return html`<fieldset class="section">
    <legend>${text.authorization}</legend>
    ${choice} ${view.authStatus}
  </fieldset>`;
}

function renderParameters(view: FormView, location: ParameterLocation, strings: Strings): TemplateResult | typeof nothing {
  const parameters = (view.details?.parameters ?? []).filter((parameter) => parameter.in === location);
  if (parameters.length === 0) return nothing;
  const text = strings.apiConsole;
  return html`<fieldset class="section">
    <legend>${text.parameterSections[location]}</legend>
    ${location === ParameterLocation.Cookie ? html`<p class="hint">${text.cookieParameters}</p>` : nothing}
    ${parameters.map((parameter) => renderParameter(view, parameter, strings))}
  </fieldset>`;
}

function renderParameter(view: FormView, parameter: ParameterSpec, strings: Strings): TemplateResult {
  const key = parameterKey(parameter);
  const id = `parameter-${parameter.in}-${parameter.name.replace(/\s+/gu, '_')}`;
  const value = view.inputs.parameters[key] ?? '';
  const cookie = parameter.in === ParameterLocation.Cookie;
  const onInput = (event: Event) => {
    const given = (event.target as HTMLInputElement).value;
    view.onChange((latest) => ({ parameters: { ...latest.parameters, [key]: given } }));
  };
  const described = parameter.description ? `${id}-description` : nothing;
  const choices = parameter.enum.length ? parameter.enum : parameter.type === 'boolean' ? ['true', 'false'] : [];
  const field = choices.length
    ? html`<select id=${id} class="field" ?required=${parameter.required} ?disabled=${cookie} aria-describedby=${described} @change=${onInput}>
        <option value="" ?selected=${value === ''}>${parameter.default ? strings.apiConsole.defaultValue(parameter.default) : '—'}</option>
        ${choices.map((choice) => html`<option value=${choice} ?selected=${choice === value}>${choice}</option>`)}
      </select>`
    : html`<input
        id=${id}
        class="field"
        autocomplete="off"
        spellcheck="false"
        inputmode=${parameter.type === 'integer' || parameter.type === 'number' ? 'decimal' : nothing}
        placeholder=${parameter.example || parameter.default}
        ?required=${parameter.required}
        ?disabled=${cookie}
        aria-describedby=${described}
        .value=${live(value)}
        @input=${onInput}
      />`;
  return html`<div class="parameter">
    <label for=${id}
      ><code>${parameter.name}</code>${parameter.required ? html`<span class="required" aria-hidden="true">*</span>` : nothing}
      ${parameter.type ? html`<span class="type">${parameter.type}</span>` : nothing}
      ${parameter.deprecated ? html`<span class="type">${strings.apiConsole.deprecated}</span>` : nothing}</label
    >
    ${field} ${parameter.description ? html`<p id="${id}-description" class="hint description">${parameter.description}</p>` : nothing}
  </div>`;
}

function renderBody(view: FormView, strings: Strings): TemplateResult | typeof nothing {
  const { inputs } = view;
  if (inputs.method === 'GET' || inputs.method === 'HEAD') return nothing;
  const text = strings.apiConsole;
  const body = view.details?.body ?? null;
  const examples = (body?.examples ?? []).filter((example) => example.mediaType === inputs.contentType || body?.mediaTypes.length === 1);
  return html`<fieldset class="section">
    <legend>${text.body}${body?.required ? html`<span class="required" aria-hidden="true">*</span>` : nothing}</legend>
    <div class="body-options">
      <label class="inline-label"
        >${text.bodyModeLabel}
        <select
          class="field"
          @change=${(event: Event) => {
            const mode = (event.target as HTMLSelectElement).value as BodyMode;
            view.onChange((latest) => withBodyMode(latest, mode, body));
          }}
        >
          ${Object.values(BodyMode).map((mode) => html`<option value=${mode} ?selected=${mode === inputs.bodyMode}>${text.bodyModes[mode]}</option>`)}
        </select></label
      >
      ${
        inputs.bodyMode === BodyMode.None
          ? nothing
          : html`<label class="inline-label"
            >${text.contentType}
            <input
              class="field"
              list="media-types"
              autocomplete="off"
              spellcheck="false"
              .value=${live(inputs.contentType)}
              @input=${(event: Event) => view.onChange({ contentType: (event.target as HTMLInputElement).value })} /></label
          ><datalist id="media-types">${(body?.mediaTypes ?? []).map((type) => html`<option value=${type}></option>`)}</datalist>`
      }
      ${
        examples.length > 1 && (inputs.bodyMode === BodyMode.Json || inputs.bodyMode === BodyMode.Text)
          ? html`<label class="inline-label"
            >${text.example}
            <select
              class="field"
              @change=${(event: Event) => view.onChange({ bodyText: examples[Number((event.target as HTMLSelectElement).value)]?.text ?? inputs.bodyText })}
            >
              ${examples.map((example, index) => html`<option value=${index} ?selected=${example.text === inputs.bodyText}>${example.name || text.example}</option>`)}
            </select></label
          >`
          : nothing
      }
    </div>
    ${body?.description ? html`<p class="hint">${body.description}</p>` : nothing} ${renderBodyEditor(view, strings)}
  </fieldset>`;
}

function renderBodyEditor(view: FormView, strings: Strings): TemplateResult | typeof nothing {
  const text = strings.apiConsole;
  const { inputs } = view;
  switch (inputs.bodyMode) {
    case BodyMode.Json:
    case BodyMode.Text: {
      const invalid = inputs.bodyMode === BodyMode.Json && view.jsonError !== '';
      return html`<textarea
          part="body"
          class="field code"
          rows="10"
          spellcheck="false"
          aria-label=${text.bodyText}
          aria-invalid=${invalid ? 'true' : 'false'}
          aria-describedby=${invalid ? 'json-error' : nothing}
          .value=${live(inputs.bodyText)}
          @input=${(event: Event) => view.onChange({ bodyText: (event.target as HTMLTextAreaElement).value })}
        ></textarea>
        ${invalid ? html`<p id="json-error" class="field-error">${text.invalidJson(view.jsonError)}</p>` : nothing}`;
    }
    case BodyMode.Form:
      return renderNameValues(
        {
          rows: inputs.form,
          nameLabel: text.fieldName,
          valueLabel: text.fieldValue,
          addLabel: text.addField,
          onChange: (update) => view.onChange((latest) => ({ form: update(latest.form) })),
          valueField: (row, index) => {
            const field = fileField(view, row);
            return field ? filePicker(view, row.name, text.fieldValue(index + 1), field.multiple) : null;
          },
        },
        strings,
      );
    case BodyMode.File:
      return filePicker(view, BODY_FILE, text.bodyFile);
    default:
      return nothing;
  }
}

function fileField(view: FormView, row: NameValue): FormFieldSpec | undefined {
  return (view.details?.body?.formFields ?? []).find((field) => field.file && field.name === row.name);
}

function filePicker(view: FormView, field: string, label: string, multiple = false): TemplateResult {
  return html`<input
    class="field"
    type="file"
    aria-label=${label}
    ?multiple=${multiple}
    data-field=${field}
    @change=${(event: Event) => view.onFile(field, [...((event.target as HTMLInputElement).files ?? [])])}
  />`;
}
