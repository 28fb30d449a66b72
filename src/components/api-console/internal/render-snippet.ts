import { html, type TemplateResult } from 'lit';
import type { Strings } from '../../../internal/strings.js';
import { SnippetKind } from './snippets.js';

export interface SnippetView {
  readonly kind: SnippetKind;
  readonly code: string;
  readonly includeSecrets: boolean;
  /** Whether there is a secret to include at all (a token already fetched, or a key). */
  readonly hasSecrets: boolean;
  /** What the last copy did, for the live region; '' before any. */
  readonly copyStatus: string;
  readonly onKind: (kind: SnippetKind) => void;
  readonly onIncludeSecrets: (include: boolean) => void;
  readonly onCopy: () => void;
}

/**
 * The open "copy as" panel: the request the form describes, with the token and key
 * shown as placeholders unless the user ticks "include secrets".
 */
export function renderSnippet(view: SnippetView, strings: Strings): TemplateResult {
  const text = strings.apiConsole;
  return html`<div class="snippet-options">
      <div class="choices" role="radiogroup" aria-label=${text.snippetLanguage}>
        ${Object.values(SnippetKind).map(
          (kind) => html`<label class="choice"
            ><input type="radio" name="snippet-kind" .checked=${kind === view.kind} @change=${() => view.onKind(kind)} />${text.snippetKinds[kind]}</label
          >`,
        )}
      </div>
      <label class="choice"
        ><input
          type="checkbox"
          .checked=${view.includeSecrets}
          ?disabled=${!view.hasSecrets}
          @change=${(event: Event) => view.onIncludeSecrets((event.target as HTMLInputElement).checked)}
        />${text.includeSecrets}</label
      >
      <button class="button" type="button" @click=${view.onCopy}>${text.copy(text.snippetKinds[view.kind])}</button>
      <span class="hint" role="status">${view.copyStatus}</span>
    </div>
    <pre class="code-block" tabindex="0" aria-label=${text.snippetKinds[view.kind]}><code>${view.code}</code></pre>`;
}
