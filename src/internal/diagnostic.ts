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
    ${error.attribute ? html`<span class="diagnostic-attribute">${strings.diagnosticAttribute} <code>${error.attribute}</code></span>` : null}
    <span class="diagnostic-hint">${strings.diagnosticHowToFix} ${error.hint}</span>
  </div>`;
}

export const diagnosticStyles = css`
  .diagnostic {
    display: grid;
    gap: var(--_portico-space-2);
    padding: var(--_portico-space-3) var(--_portico-space-4);
    border: 1px solid var(--_portico-danger-border);
    border-inline-start-width: 4px;
    border-radius: var(--_portico-radius);
    background: var(--_portico-danger-surface);
    color: var(--_portico-danger-text);
    font: var(--_portico-font);
    overflow-wrap: anywhere;
  }
  code {
    font-family: var(--_portico-font-mono);
  }
`;
