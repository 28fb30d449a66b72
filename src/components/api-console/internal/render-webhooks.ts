import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { Strings } from '../../../internal/strings.js';
import { searchOperations } from './openapi/search.js';
import type { WebhookDetails, WebhookEntry } from './openapi/types.js';

export interface WebhookListView {
  readonly webhooks: readonly WebhookEntry[];
  readonly query: string;
  /** The open webhook's key; '' when none is open. */
  readonly selected: string;
  readonly onSelect: (entry: WebhookEntry) => void;
}

/** The picker's group of webhooks, after the operations, each marked as one; filtered by the search. */
export function renderWebhookList(view: WebhookListView, strings: Strings): TemplateResult | typeof nothing {
  const text = strings.apiConsole.webhooks;
  const webhooks = searchOperations(view.webhooks, view.query);
  if (webhooks.length === 0) return nothing;
  return html`<details part="group" class="group" open>
    <summary class="group-name">${text.group} <span class="count">(${webhooks.length})</span></summary>
    <ul class="operation-list">
      ${repeat(
        webhooks,
        (entry) => entry.key,
        (entry) => html`<li>
          <button
            part="webhook"
            class="operation"
            type="button"
            data-key=${entry.key}
            aria-current=${entry.key === view.selected ? 'true' : nothing}
            @click=${() => view.onSelect(entry)}
          >
            <span class="method webhook-badge">${text.badge}</span>
            <span class="path ${entry.deprecated ? 'deprecated' : ''}">${entry.name}</span>
            <span class="summary">${entry.method}${entry.summary ? ` · ${entry.summary}` : ''}</span>
          </button>
        </li>`,
      )}
    </ul>
  </details>`;
}

/** An open webhook: what it is, the headers it carries, and each payload's schema and example. Nothing to send. */
export function renderWebhook(details: WebhookDetails, strings: Strings): TemplateResult {
  const text = strings.apiConsole.webhooks;
  const { entry } = details;
  return html`<section part="webhook-details" class="operation-heading" aria-label=${`${text.badge} ${entry.name}`}>
    <p class="operation-title">
      <span class="method webhook-badge">${text.badge}</span> <span class="method" data-method=${entry.method}>${entry.method}</span>
      <span class="path">${entry.name}</span>
      ${entry.deprecated ? html`<span class="type">${strings.apiConsole.deprecated}</span>` : nothing}
    </p>
    ${entry.summary ? html`<p class="operation-summary">${entry.summary}</p>` : nothing}
    ${details.description ? html`<p class="operation-description">${details.description}</p>` : nothing}
    <p part="notice" class="notice">${text.readOnly}</p>
    ${
      details.parameters.length
        ? html`<table class="headers-table">
          <caption>
            ${strings.apiConsole.headers}
          </caption>
          <tbody>
            ${details.parameters.map(
              (parameter) =>
                html`<tr>
                  <th scope="row"><code>${parameter.name}</code>${parameter.required ? html`<span class="required" aria-hidden="true">*</span>` : nothing}</th>
                  <td>${[parameter.type, parameter.description].filter(Boolean).join(' · ')}</td>
                </tr>`,
            )}
          </tbody>
        </table>`
        : nothing
    }
    ${details.payloads.length ? details.payloads.map((payload) => renderPayload(payload, strings)) : html`<p class="hint">${text.noPayload}</p>`}
    ${
      details.problems.length
        ? html`<ul class="spec-problems" aria-label=${strings.apiConsole.specProblems}>
          ${details.problems.map((problem) => html`<li>${problem}</li>`)}
        </ul>`
        : nothing
    }
  </section>`;
}

function renderPayload(payload: WebhookDetails['payloads'][number], strings: Strings): TemplateResult {
  const text = strings.apiConsole.webhooks;
  return html`<div class="payload" data-media-type=${payload.mediaType}>
    <p class="payload-title">${text.payload(payload.mediaType)}</p>
    ${
      payload.schema
        ? html`<p class="hint">${text.schema}</p>
          <pre class="code-block payload-schema" tabindex="0" aria-label=${text.schema}>${payload.schema}</pre>`
        : nothing
    }
    ${
      payload.example
        ? html`<p class="hint">${text.example}</p>
          <pre class="code-block payload-example" tabindex="0" aria-label=${text.example}>${payload.example}</pre>`
        : nothing
    }
  </div>`;
}
