import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { formatDuration } from '../../../internal/format.js';
import type { Strings } from '../../../internal/strings.js';
import type { StreamState } from './console-stream.js';
import type { StreamEvent } from './stream-events.js';

export interface StreamActions {
  /** Stops an open stream (aborts its request); absent once it ended. */
  readonly onStop?: () => void;
  /** The raw stream, once it ended. */
  readonly download: { readonly url: string; readonly name: string } | null;
}

/**
 * A streamed answer, event by event as it arrives: how many, for how long, whether it is still
 * open (with Stop) or how it ended (with the raw stream to download), then the events, newest
 * last. Every event is shown as text.
 */
export function renderStream(state: StreamState, actions: StreamActions, strings: Strings, locale: string): TemplateResult {
  const text = strings.apiConsole.stream;
  const open = state.end === null;
  const summary = [text.events(state.count), formatDuration(state.elapsed, locale), text.ends[state.end ?? 'open']].join(' · ');
  return html`<section part="stream" class="stream" aria-label=${text.label} data-end=${state.end ?? 'open'}>
    <div class="stream-summary">
      <p part="stream-summary">${summary}</p>
      ${open && actions.onStop ? html`<button part="stop" class="button" type="button" @click=${actions.onStop}>${text.stop}</button>` : nothing}
      ${actions.download ? html`<a part="download" class="button" href=${actions.download.url} download=${actions.download.name}>${text.download}</a>` : nothing}
    </div>
    ${state.shape ? html`<p class="hint">${text.eachEvent(state.shape)}</p>` : nothing}
    ${state.count > state.events.length ? html`<p class="hint">${text.latestOnly(state.events.length, state.count)}</p>` : nothing}
    ${
      state.count === 0
        ? html`<p class="hint">${open ? text.waiting : text.none}</p>`
        : html`<ol class="events" tabindex="0" aria-label=${text.events(state.count)}>
          ${repeat(
            state.events,
            (event) => event.index,
            (event) => renderEvent(event, strings),
          )}
        </ol>`
    }
  </section>`;
}

function renderEvent(event: StreamEvent, strings: Strings): TemplateResult {
  const text = strings.apiConsole.stream;
  return html`<li part="event" class="event" data-index=${event.index}>
    <p class="event-meta">
      <span class="event-number">#${event.index}</span>
      ${event.type !== 'line' ? html`<code class="event-type">${event.type}</code>` : nothing}
      ${event.id ? html`<span>${text.eventId(event.id)}</span>` : nothing}
    </p>
    <pre class="event-data">${event.data}</pre>
  </li>`;
}
