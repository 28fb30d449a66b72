import { css, html, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { stringsFor } from './strings.js';
import type { ErrorDetail } from '../auth/errors.js';

/**
 * What a diagnostic shows: a `PorticoAuthError`, or a widget's own problem (such as
 * `unknown-provider`), whose code is not one of the auth controller's.
 */
export interface Problem extends ErrorDetail {
  /** The attribute at fault, for configuration errors. */
  readonly attribute?: string | undefined;
}

/** The plain-text form of a diagnostic: what the panel shows and what is logged, word for word. */
export function diagnosticText(error: Problem, tag: string): string {
  const attribute = error.attribute ? ` (attribute "${error.attribute}")` : '';
  return `<${tag}>${attribute}: ${error.message} How to fix: ${error.hint}`;
}

/** The visible, accessible panel a misconfigured widget shows in place of its content. */
export function renderDiagnostic(error: Problem, host: ReactiveControllerHost & Element): TemplateResult {
  const strings = stringsFor(host);
  return html`<div part="diagnostic" role="alert" class="diagnostic" data-code=${error.code}>
    <strong class="diagnostic-title">&lt;${host.localName}&gt; ${error.message}</strong>
    ${error.attribute
      ? html`<span class="diagnostic-attribute">${strings.diagnosticAttribute} <code>${error.attribute}</code></span>`
      : null}
    <span class="diagnostic-hint">${strings.diagnosticHowToFix} ${error.hint}</span>
  </div>`;
}

export const diagnosticStyles = css`
  .diagnostic {
    display: grid;
    gap: var(--portico-space-2, 0.25rem);
    padding: var(--portico-space-3, 0.75rem) var(--portico-space-4, 1rem);
    border: 1px solid var(--portico-color-danger-border, #d13438);
    border-inline-start-width: 4px;
    border-radius: var(--portico-radius, 6px);
    background: var(--portico-color-danger-surface, #fdf3f4);
    color: var(--portico-color-danger-text, #751d1f);
    font: var(--portico-font, 14px/1.45 system-ui, sans-serif);
    overflow-wrap: anywhere;
  }
  code {
    font-family: var(--portico-font-mono, ui-monospace, monospace);
  }
`;
