import { html, nothing, type TemplateResult } from 'lit';
import type { Strings } from '../../../internal/strings.js';
import type { WebhookDetails } from './openapi/types.js';

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
