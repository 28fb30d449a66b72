import { css, html, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { ErrorCode } from '../auth/errors.js';
import type { ConsumerStatus } from './provider-lookup.js';
import { diagnosticStyles, renderDiagnostic, type Problem } from './diagnostic.js';
import type { Strings } from './strings.js';

/** `auth` names a provider that is still not on the page after the grace period (or the page has none). */
export function unknownProviderProblem(strings: Strings, id: string): Problem {
  const text = strings.unknownProvider;
  return id
    ? { code: ErrorCode.UnknownProvider, message: text.namedMessage(id), hint: text.namedHint(id), attribute: 'auth' }
    : { code: ErrorCode.UnknownProvider, message: text.noneMessage, hint: text.noneHint };
}

/** An enumerated attribute holds a value outside `allowed` (empty always means "the default"). */
export function checkChoice(strings: Strings, attribute: string, value: string, allowed: readonly string[]): Problem | null {
  if (value === '' || allowed.includes(value)) return null;
  return {
    code: ErrorCode.InvalidAttribute,
    message: strings.invalidAttribute.message(attribute, value),
    hint: strings.invalidAttribute.hint(attribute, allowed),
    attribute,
  };
}

/**
 * What a widget shows instead of its content when its provider cannot be used: the diagnostic
 * for an unknown provider, a short "sign-in unavailable" for a misconfigured one (whose own
 * `<portico-auth>` already explains and logs the problem), nothing otherwise.
 */
export function renderProviderProblem(status: ConsumerStatus, id: string, strings: Strings, host: ReactiveControllerHost & Element): TemplateResult | null {
  if (status === 'unknown') return renderDiagnostic(unknownProviderProblem(strings, id), host);
  if (status === 'unavailable') return renderUnavailable(strings);
  return null;
}

export function renderUnavailable(strings: Strings): TemplateResult {
  return html`<p part="unavailable" class="unavailable themed">${strings.signInUnavailable}</p>`;
}

export const providerStatusStyles = [
  diagnosticStyles,
  css`
    .unavailable {
      display: inline-block;
      margin: 0;
      padding: var(--_portico-space-2) var(--_portico-space-3);
      border: 1px dashed var(--_portico-border, #d1d1d6);
      border-radius: var(--_portico-radius);
      background: var(--_portico-surface, #ffffff);
      color: var(--_portico-muted, #5c5c66);
    }
  `,
];

/** The ids in a space-separated `auth` attribute, without duplicates. */
export function parseIds(value: string): string[] {
  return [...new Set(value.split(/\s+/u).filter(Boolean))];
}
