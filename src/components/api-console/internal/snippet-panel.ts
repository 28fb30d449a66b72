import type { ReactiveControllerHost, TemplateResult } from 'lit';
import type { ConsoleRequest } from '../../../events/portico-before-send-event.js';
import { addPartStyles } from '../../../internal/part-styles.js';
import { addEnglish, type Strings } from '../../../internal/strings.js';
import { apiConsoleSnippets } from '../../../internal/strings/en/api-console-snippets.js';
import { answerStyles } from './answer.styles.js';
import type { CredentialSettings } from './credential-settings.js';
import { authorizeRequest } from './credentials.js';
import { plannedCredentials } from './planned-credentials.js';
import { renderSnippet } from './render-snippet.js';
import { redactRequest, requestSecrets, TOKEN_PLACEHOLDER, typedSecrets } from './secrets.js';
import type { SecurityPlan } from './security-plan.js';
import { SnippetKind, snippet } from './snippets.js';

addEnglish(apiConsoleSnippets);

/**
 * The open "copy as" panel: which language, whether secrets are included, and what the last copy
 * did. Fetched when the panel is first opened (`ConsoleSnippet`).
 */
export class SnippetPanel {
  #kind: SnippetKind = SnippetKind.Curl;
  #includeSecrets = false;
  #copyStatus = '';

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    addPartStyles(host, [answerStyles]);
  }

  /**
   * The snippet of the request the form describes, with its credentials as they would be sent:
   * `token` is the last one fetched, or a placeholder (null when the request goes anonymously);
   * `attach` says which credentials go, cookies included (a snippet can send them, a page cannot).
   */
  render(draft: () => ConsoleRequest, token: string | null, settings: CredentialSettings, attach: SecurityPlan, strings: Strings): TemplateResult {
    let code: string;
    let hasSecrets = false;
    try {
      const { request } = authorizeRequest(draft(), plannedCredentials(attach, settings, token, true), settings.policy);
      const secrets = [...typedSecrets(attach.placements), ...requestSecrets(request, settings.keyHeader, settings.keyQuery)].filter(
        ({ value }) => value !== TOKEN_PLACEHOLDER,
      );
      hasSecrets = secrets.length > 0;
      code = snippet(this.#kind, this.#includeSecrets ? request : redactRequest(request, secrets));
    } catch {
      code = strings.apiConsole.invalidAddress;
    }
    return renderSnippet(
      {
        kind: this.#kind,
        code,
        includeSecrets: this.#includeSecrets,
        hasSecrets,
        copyStatus: this.#copyStatus,
        onKind: (kind) => this.#update(() => (this.#kind = kind)),
        onIncludeSecrets: (include) => this.#update(() => (this.#includeSecrets = include)),
        onCopy: () => void this.#copy(code, strings),
      },
      strings,
    );
  }

  async #copy(code: string, strings: Strings): Promise<void> {
    let status: string;
    try {
      await navigator.clipboard.writeText(code);
      status = strings.apiConsole.copied;
    } catch {
      status = strings.apiConsole.copyFailed;
    }
    this.#update(() => (this.#copyStatus = status));
  }

  #update(change: () => void): void {
    change();
    this.host.requestUpdate();
  }
}
