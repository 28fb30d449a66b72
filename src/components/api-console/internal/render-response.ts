import { html, nothing, type TemplateResult } from 'lit';
import { formatBytes, formatDuration } from '../../../internal/format.js';
import type { Strings } from '../../../internal/strings.js';
import type { StreamState } from './console-stream.js';
import { renderStream } from './render-stream.js';
import { DISPLAY_LIMIT, type BodyView } from './response-body.js';

/** An answer's status line and headers: what is shown of every answer, and kept of it for the session. */
export interface ResponseHead {
  readonly status: number;
  readonly statusText: string;
  readonly headers: readonly (readonly [string, string])[];
  readonly contentType: string;
  readonly size: number;
  readonly duration: number;
}

export interface ResponseView {
  readonly response: ResponseHead;
  /** From earlier in the session: the body is what was kept of it, and cannot be shown whole or downloaded. */
  readonly restored: boolean;
  /** Only the start of a restored body was kept. */
  readonly bodyCut: boolean;
  readonly body: BodyView;
  /** The highlighted JSON, built once per answer (it can be large). */
  readonly highlighted: HTMLElement | null;
  /** An object URL of the whole body, for the image preview and the download link. */
  readonly bodyUrl: string | null;
  readonly downloadName: string;
  readonly onShowAll: () => void;
  /** A streamed answer, shown event by event instead of as one body. */
  readonly stream: StreamState | null;
}

/** "200 OK (The request succeeded.) · 123 ms · 1.2 kB". */
/** `2xx`, `3xx`, `4xx` or `5xx`: what the status line is coloured by; '' for anything else. */
export function statusClass(status: number): string {
  return status >= 200 && status < 600 ? `${Math.floor(status / 100)}xx` : '';
}

export function statusLine(response: ResponseHead, strings: Strings, locale: string): string {
  const text = strings.apiConsole;
  const reason = response.statusText || text.reasonPhrases[response.status] || '';
  return text.statusLine(
    `${response.status}${reason ? ` ${reason}` : ''}`,
    text.statusMeaning(response.status),
    formatDuration(response.duration, locale),
    formatBytes(response.size, locale),
  );
}

/** The answer's headers and body. Every piece is text: a body holding HTML shows as its source. */
export function renderResponse(view: ResponseView, strings: Strings, locale: string): TemplateResult {
  const text = strings.apiConsole;
  const { response } = view;
  return html`${view.restored ? html`<p class="hint">${text.restoredResponse}</p>` : nothing}
    <details part="response-headers" class="response-headers">
      <summary>${text.responseHeaders(response.headers.length)}</summary>
      <table class="headers-table">
        <caption class="visually-hidden">
          ${text.responseHeaders(response.headers.length)}
        </caption>
        <tbody>
          ${response.headers.map(([name, value]) => html`<tr><th scope="row"><code>${name}</code></th><td>${value}</td></tr>`)}
        </tbody>
      </table>
    </details>
    <div part="response-body" class="response-body">
      ${view.stream ? renderStream(view.stream, { download: view.bodyUrl ? { url: view.bodyUrl, name: view.downloadName } : null }, strings, locale) : renderBody(view, strings, locale)}
    </div>`;
}

function renderBody(view: ResponseView, strings: Strings, locale: string): TemplateResult {
  const text = strings.apiConsole;
  const { body, response } = view;
  const download = view.bodyUrl ? html`<a part="download" class="button" href=${view.bodyUrl} download=${view.downloadName}>${text.download}</a>` : nothing;
  switch (body.kind) {
    case 'empty':
      return html`<p class="hint">${text.noBody}</p>`;
    case 'image':
      return view.bodyUrl
        ? html`<img part="image" class="image" src=${view.bodyUrl} alt=${text.imageAlt(response.contentType)} />${download}`
        : html`<p class="hint">${text.imageNotKept}</p>`;
    case 'binary':
      return html`<p class="hint">${text.binaryBody(response.contentType || text.unknownType, formatBytes(response.size, locale))}</p>
        ${download}`;
    case 'json':
      return html`${download}${code(view.highlighted ?? body.text, text.responseBody)}`;
    case 'text':
      return html`${body.invalidJson ? html`<p class="hint">${text.notValidJson}</p>` : nothing}
        ${view.bodyCut ? html`<p class="hint">${text.bodyCutInSession}</p>` : nothing}
        ${
          body.truncated
            ? html`<p class="truncated">
              ${text.truncated(formatBytes(DISPLAY_LIMIT, locale), formatBytes(response.size, locale))}
              <button part="show-all" class="button" type="button" @click=${view.onShowAll}>${text.showAll}</button> ${download}
            </p>`
            : download
        }
        ${code(body.text, text.responseBody)}`;
  }
}

/** Text is laid out in pieces of about this many characters, and only the pieces in view are. */
const CHUNK = 32 * 1024;

/**
 * A scrolling block of code, focusable so keyboard users can scroll it. A long text is split
 * into blocks the browser skips laying out until they scroll into view (`content-visibility`),
 * so a 2 MB body costs what one screenful does. Splits fall on line ends where there are any.
 */
function code(content: string | HTMLElement, label: string): TemplateResult {
  const pieces = typeof content === 'string' && content.length > CHUNK ? chunks(content) : [content];
  return html`<pre class="code-block" tabindex="0" aria-label=${label}>${pieces.length > 1 ? pieces.map((piece) => html`<span class="chunk">${piece}</span>`) : content}</pre>`;
}

function chunks(text: string): string[] {
  const pieces: string[] = [];
  for (let start = 0; start < text.length;) {
    let end = Math.min(start + CHUNK, text.length);
    const lineEnd = text.lastIndexOf('\n', end);
    if (end < text.length && lineEnd > start + CHUNK / 2) end = lineEnd + 1;
    pieces.push(text.slice(start, end));
    start = end;
  }
  return pieces;
}
