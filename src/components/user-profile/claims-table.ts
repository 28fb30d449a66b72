import { html, nothing, type TemplateResult } from 'lit';
import type { Strings } from '../../internal/strings.js';

/** Claims holding seconds since the epoch (RFC 7519), shown as dates. */
const TIME_CLAIMS = new Set(['exp', 'iat', 'nbf', 'auth_time', 'updated_at', 'pwd_exp']);

/**
 * A table of ID-token claims. Every value goes through Lit's text bindings, so a claim holding
 * markup is shown as text, never parsed.
 */
export function renderClaimsTable(claims: Readonly<Record<string, unknown>>, strings: Strings, locale: string): TemplateResult {
  return html`<table part="claims" class="claims">
    <caption>
      ${strings.claimsCaption}
    </caption>
    <thead>
      <tr>
        <th scope="col">${strings.claim}</th>
        <th scope="col">${strings.value}</th>
      </tr>
    </thead>
    <tbody>
      ${Object.entries(claims).map(
        ([name, value]) => html`<tr data-claim=${name}>
          <th scope="row">
            <code>${name}</code>${strings.claimNames[name] ? html`<span class="claim-name">${strings.claimNames[name]}</span>` : nothing}
          </th>
          <td>${renderValue(name, value, locale)}</td>
        </tr>`,
      )}
    </tbody>
  </table>`;
}

function renderValue(name: string, value: unknown, locale: string): TemplateResult | string {
  if (TIME_CLAIMS.has(name) && typeof value === 'number' && Number.isFinite(value)) {
    const date = new Date(value * 1000);
    if (!Number.isNaN(date.getTime())) {
      return html`<time datetime=${date.toISOString()}>${formatDate(date, locale)}</time>`;
    }
  }
  return claimText(value);
}

/** A claim value as plain text: lists comma-separated, objects as JSON. */
export function claimText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return value.map(claimText).join(', ');
  if (value !== null && typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

function formatDate(date: Date, locale: string): string {
  try {
    return new Intl.DateTimeFormat(locale || undefined, { dateStyle: 'medium', timeStyle: 'long' }).format(date);
  } catch {
    return date.toISOString();
  }
}
