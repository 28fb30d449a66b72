import { html, nothing, type TemplateResult } from 'lit';
import type { Strings } from '../../../internal/strings.js';
import type { OperationDetails } from './openapi/types.js';

/** The open operation: method, path, summary, description, and what is wrong with its description. All text. */
export function renderOperationHeading(details: OperationDetails | null, strings: Strings): TemplateResult | typeof nothing {
  if (!details) return nothing;
  const { entry } = details;
  return html`<div class="operation-heading">
    <p class="operation-title">
      <span class="method" data-method=${entry.method}>${entry.method}</span> <span class="path">${entry.path}</span>
      ${entry.deprecated ? html`<span class="type">${strings.apiConsole.deprecated}</span>` : nothing}
    </p>
    ${entry.summary ? html`<p class="operation-summary">${entry.summary}</p>` : nothing}
    ${details.description ? html`<p class="operation-description">${details.description}</p>` : nothing}
    ${
      details.problems.length
        ? html`<ul class="spec-problems" aria-label=${strings.apiConsole.specProblems}>
          ${details.problems.map((problem) => html`<li>${problem}</li>`)}
        </ul>`
        : nothing
    }
  </div>`;
}
