import { html, nothing, type TemplateResult } from 'lit';
import { formatDateTime } from './format.js';
import { addEnglish, type Strings } from './strings.js';
import { claimNames } from './strings/en/claim-names.js';

addEnglish(claimNames);

/** Claims holding seconds since the epoch (RFC 7519), shown as dates. */
const TIME_CLAIMS = new Set(['exp', 'iat', 'nbf', 'auth_time', 'updated_at', 'pwd_exp']);

/** The claims a reader checks first (who the token is for, until when, what it allows), shown first. */
const LEADING_CLAIMS = ['aud', 'exp', 'scp', 'roles'];

export interface ClaimsTableOptions {
  readonly caption: string;
  /** The table's part name; `claims` unless the widget shows several tables (a JWT's header). */
  readonly part?: string;
}

/**
 * A table of a token's claims (or a JWT's header), each with its plain-language name when it has
 * one. Fetched the first time a table is shown (see `lazy-claims-table.ts`); its styles are in
 * `token-parts.styles.ts`, which the elements load up front. Every value goes through Lit's text
 * bindings, so a claim holding markup is shown as text, never parsed.
 */
export function renderClaimsTable(
  claims: Readonly<Record<string, unknown>>,
  { caption, part = 'claims' }: ClaimsTableOptions,
  strings: Strings,
  locale: string,
): TemplateResult {
  return html`<table part=${part} class="claims">
    <caption>
      ${caption}
    </caption>
    <colgroup>
      <col class="name-column" />
      <col />
    </colgroup>
    <thead>
      <tr>
        <th scope="col">${strings.claim}</th>
        <th scope="col">${strings.value}</th>
      </tr>
    </thead>
    <tbody>
      ${leadingFirst(Object.entries(claims)).map(
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

function leadingFirst(entries: Array<[string, unknown]>): Array<[string, unknown]> {
  const rank = (name: string) => {
    const index = LEADING_CLAIMS.indexOf(name);
    return index === -1 ? LEADING_CLAIMS.length : index;
  };
  return entries
    .map((entry, index) => ({ entry, index }))
    .sort((a, b) => rank(a.entry[0]) - rank(b.entry[0]) || a.index - b.index)
    .map(({ entry }) => entry);
}

function renderValue(name: string, value: unknown, locale: string): TemplateResult | string {
  if (TIME_CLAIMS.has(name) && typeof value === 'number' && Number.isFinite(value)) {
    const date = new Date(value * 1000);
    if (!Number.isNaN(date.getTime())) {
      return html`<time datetime=${date.toISOString()}>${formatDateTime(date, locale)}</time>`;
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
