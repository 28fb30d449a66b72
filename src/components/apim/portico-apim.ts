import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { ApimController } from '../../apim/apim-controller.js';
import { dataApiBase } from '../../apim/data-api.js';
import { PorticoApimError } from '../../apim/errors.js';
import { apimRegistry, type ApimEntry } from '../../apim/registry.js';
import { AuthConsumer } from '../../internal/auth-consumer.js';
import { AuthErrorCode } from '../../auth/errors.js';
import { DEFAULT_PROVIDER_ID } from '../../auth/registry.js';
import { define } from '../../internal/define.js';
import { renderDiagnostic, type Problem } from '../../internal/diagnostic.js';
import { PorticoElement } from '../../internal/portico-element.js';
import { ProblemLog } from '../../internal/problem-log.js';
import { renderProviderProblem, unknownProviderProblem } from '../../internal/provider-status.js';
import { addEnglish, type Strings } from '../../internal/strings.js';
import { styles } from './portico-apim.styles.js';
import { apim } from '../../internal/strings/en/apim.js';

addEnglish(apim);

/**
 * Renders nothing of its own when configured correctly; a misconfiguration renders a diagnostic
 * panel. Once the provider named by `auth` is signed in, its controller signs the developer in to
 * API Management by exchanging the provider's ID token for API Management's shared access
 * signature (`Aad`, or `AadB2C` for a B2C provider), keeps it fresh, and forgets it on sign-out.
 * Widgets find it by their `apim` attribute (this element's `id`), or as the page's only or
 * `default` one.
 *
 * @summary Declares an Azure API Management developer portal back end and owns its `ApimController`.
 * @tag portico-apim
 * @csspart diagnostic - The panel explaining a misconfiguration.
 * @csspart unavailable - "Sign-in unavailable", shown when the provider is misconfigured.
 * @attr id - The back end's id, which widgets name in their `apim` attribute; `default` when absent.
 * @slot - Content shown as is.
 * @fires {PorticoErrorEvent} portico-error - Misconfiguration (`invalid-developer-url`, `unknown-provider`, `duplicate-provider`); `detail: { code, message, hint }`.
 */
export class PorticoApim extends PorticoElement {
  static override styles = styles;

  /** The developer portal's URL, e.g. `https://contoso.developer.azure-api.net`; its data API is `{developer-url}/developer`. Required. */
  @property({ attribute: 'developer-url' }) developerUrl = '';
  /** Which provider's sign-in to use, by id; the page's only or `default` one when empty. */
  @property() auth = '';

  readonly #auth = new AuthConsumer(this, () => this.auth);
  readonly #problems = new ProblemLog(this);
  #controller: ApimController | null = null;
  #key = '';
  #problem: PorticoApimError | null = null;
  #registeredId = '';
  #duplicate = false;

  /** The back end's controller; `null` while misconfigured or while its provider is missing. */
  get controller(): ApimController | null {
    return this.#problem || this.#duplicate ? null : this.#controller;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#configure();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    apimRegistry().delete(this, this.#registeredId);
    this.#registeredId = '';
    this.#replace(null, '');
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'id' && this.isConnected) this.#configure();
  }

  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'id'];
  }

  protected override willUpdate(): void {
    this.#configure();
  }

  protected override renderContent(strings: Strings): TemplateResult {
    return html`${this.#ownProblems(strings).map((problem) => renderDiagnostic(problem, this))}
      ${this.#problem || this.#duplicate ? nothing : (renderProviderProblem(this.#auth.status, this.#auth.requestedId, strings, this) ?? nothing)}
      <slot></slot>`;
  }

  protected override afterRender(strings: Strings): void {
    const problems = this.#ownProblems(strings);
    if (!problems.length && this.#auth.status === 'unknown') problems.push(unknownProviderProblem(strings, this.#auth.requestedId));
    this.#problems.update(problems);
  }

  #ownProblems(strings: Strings): Problem[] {
    if (this.#problem) return [this.#problem];
    if (this.#duplicate) {
      const id = this.id || DEFAULT_PROVIDER_ID;
      return [
        {
          code: AuthErrorCode.DuplicateProvider,
          message: strings.apim.duplicateMessage(id),
          hint: strings.apim.duplicateHint,
          attribute: 'id',
        },
      ];
    }
    return [];
  }

  /** (Re)builds the controller when the URL or the provider changed, and (re)registers it. */
  #configure(): void {
    // An update still pending when the element left the page must not register it again.
    if (!this.isConnected) return;
    const auth = this.#auth.controller;
    const key = `${this.developerUrl}\n${auth ? (this.#auth.entry?.id ?? '') : ''}`;
    if (key !== this.#key || (auth && this.#controller?.auth !== auth)) {
      try {
        this.#problem = null;
        this.#replace(auth ? new ApimController({ developerUrl: this.developerUrl, auth }) : null, key);
      } catch (error) {
        this.#replace(null, key);
        this.#problem = error instanceof PorticoApimError ? error : null;
      }
      if (!auth && !this.#problem) this.#checkUrl();
    }
    this.#register();
  }

  /** Reports a bad URL even while the provider is still missing. */
  #checkUrl(): void {
    try {
      dataApiBase(this.developerUrl);
    } catch (error) {
      this.#problem = error instanceof PorticoApimError ? error : null;
    }
  }

  #replace(controller: ApimController | null, key: string): void {
    this.#controller?.dispose();
    this.#controller = controller;
    this.#key = key;
  }

  #register(): void {
    const registry = apimRegistry();
    const id = this.id || DEFAULT_PROVIDER_ID;
    if (id !== this.#registeredId) {
      registry.delete(this, this.#registeredId);
      this.#registeredId = '';
    }
    const entry: ApimEntry = { id, controller: this.controller, error: this.#problem };
    const registered = registry.set(this, entry);
    if (registered) this.#registeredId = id;
    if (this.#duplicate === registered) {
      this.#duplicate = !registered;
      this.requestUpdate();
    }
  }
}

define('portico-apim', PorticoApim);

declare global {
  interface HTMLElementTagNameMap {
    'portico-apim': PorticoApim;
  }
}
