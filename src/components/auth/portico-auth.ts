import { ContextProvider } from '@lit/context';
import { LitElement, html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { authContext } from '../../internal/auth-context.js';
import { AuthErrorCode, PorticoAuthError } from '../../auth/errors.js';
import { MsalAuthController } from '../../auth/msal-auth-controller.js';
import { parseProviderConfig, type ProviderSettings } from '../../auth/provider-config.js';
import { DEFAULT_PROVIDER_ID, providerRegistry, type ProviderEntry } from '../../auth/registry.js';
import type { AuthController, AuthSnapshot } from '../../auth/types.js';
import { PorticoAuthChangeEvent } from '../../events/portico-auth-change-event.js';
import { PorticoAuthErrorEvent } from '../../events/portico-auth-error-event.js';
import { define } from '../../internal/define.js';
import { renderDiagnostic } from '../../internal/diagnostic.js';
import { ProblemLog } from '../../internal/problem-log.js';
import { styles } from './portico-auth.styles.js';

/**
 * Renders nothing of its own when configured correctly; a misconfiguration renders a diagnostic panel
 * before its content (widgets inside then say "Sign-in unavailable"). Widgets find it by their `auth` attribute (this element's `id`), by being nested inside it, or as the page's only or `default` provider.
 *
 * @summary Declares one identity provider (Entra ID, External ID, B2C or any OpenID Connect issuer) and owns its auth controller.
 * @tag portico-auth
 * @csspart diagnostic - The panel explaining a misconfiguration.
 * @cssprop --portico-color-danger-border - Border colour of the diagnostic panel.
 * @cssprop --portico-color-danger-surface - Background of the diagnostic panel.
 * @cssprop --portico-color-danger-text - Text colour of the diagnostic panel.
 * @attr id - The provider's id, which widgets name in their `auth` attribute; `default` when absent.
 * @slot - Widgets placed inside use this provider unless they name another.
 * @fires {PorticoAuthChangeEvent} portico-auth-change - The state or account changed; `detail: { state, account }`.
 * @fires {PorticoAuthErrorEvent} portico-auth-error - Misconfiguration or a failed sign-in, sign-out or token request, or MSAL's code did not arrive (`part-load-failed`: the next sign-in fetches it again); `detail: { code, message, hint }`.
 */
export class PorticoAuth extends LitElement {
  static override styles = styles;

  /** Application (client) ID of the app registration. Required. */
  @property({ attribute: 'client-id' }) clientId = '';
  /**
   * The identity provider's authority URL.
   * @default 'https://login.microsoftonline.com/common'
   */
  @property() authority = '';
  /** `entra`, `external-id`, `b2c` or `oidc`; inferred from the authority's host when empty. */
  @property() kind = '';
  /** Name shown on this provider's sign-in button, e.g. the tenant's name. Derived from the authority when empty. */
  @property() label = '';
  /**
   * Space-separated scopes asked at sign-in.
   * @default 'openid profile offline_access' ('openid profile' for OpenID Connect providers)
   */
  @property() scopes = '';
  /** Where the identity provider returns; the current page when empty. */
  @property({ attribute: 'redirect-uri' }) redirectUri = '';
  /** Where sign-out returns; the current page when empty. */
  @property({ attribute: 'post-logout-redirect-uri' }) postLogoutRedirectUri = '';
  /** `popup` (default) or `redirect`. A blocked popup falls back to redirect. */
  @property({ attribute: 'login-mode' }) loginMode = '';
  /** `sessionStorage` (default), `localStorage` or `memory`. */
  @property({ attribute: 'cache-location' }) cacheLocation = '';
  /** `global` (default) ends the identity provider's session too; `local` only forgets the account here. */
  @property({ attribute: 'sign-out' }) signOut = '';
  /** Extra trusted authority hosts (B2C custom domains, OpenID Connect providers), space-separated. */
  @property({ attribute: 'known-authorities' }) knownAuthorities = '';
  /** Passed to the identity provider, e.g. `google.com` to go straight to a federated provider. */
  @property({ attribute: 'domain-hint' }) domainHint = '';
  /** Passed to the identity provider: `login`, `none`, `consent`, `select_account` or `create`. */
  @property() prompt = '';
  /** Passed to the identity provider to prefill the account name. */
  @property({ attribute: 'login-hint' }) loginHint = '';
  /** How long a sign-in popup may take before sign-in gives up, in milliseconds (default 60000). */
  @property({ attribute: 'popup-timeout' }) popupTimeout = '';

  #controller: MsalAuthController | null = null;
  #configKey = '';
  #problem: PorticoAuthError | null = null;
  #registeredId = '';
  #unsubscribe: (() => void) | undefined;
  readonly #provider = new ContextProvider(this, { context: authContext });
  readonly #problems = new ProblemLog(this, (detail) => new PorticoAuthErrorEvent(detail));

  /** This provider's controller; `null` while the element is misconfigured or off the page. */
  get controller(): AuthController | null {
    return this.#problem ? null : this.#controller;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#register();
    // Configure now rather than at the first render, so `controller` is there as soon as the
    // element is in the page (scripts often read it right after the element is defined).
    this.#configure();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    providerRegistry().delete(this, this.#registeredId);
    this.#registeredId = '';
    // A provider taken off the page stops following other tabs (a leftover one would sign in behind
    // the page's back); one only moved within the page is back before the microtask and keeps its state.
    queueMicrotask(() => {
      if (this.isConnected) return;
      this.#configKey = '';
      this.#replaceController(null);
    });
  }

  protected override willUpdate(): void {
    if (this.isConnected) this.#configure();
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'id' && this.isConnected) this.#register();
  }

  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'id'];
  }

  protected override render() {
    return html`${this.#problem ? renderDiagnostic(this.#problem, this) : nothing}<slot></slot>`;
  }

  /** Builds (or rebuilds, after an attribute change) the controller from the attributes. */
  #configure(): void {
    let settings: ProviderSettings;
    try {
      settings = this.#settings();
      const key = JSON.stringify(parseProviderConfig(settings));
      if (key !== this.#configKey) {
        this.#configKey = key;
        this.#replaceController(new MsalAuthController(settings));
      }
      this.#setProblem(this.#registeredId ? null : this.#duplicateProblem());
    } catch (error) {
      this.#configKey = '';
      this.#replaceController(null);
      this.#setProblem(error instanceof PorticoAuthError ? error : null);
    }
    this.#publish();
  }

  #settings(): ProviderSettings {
    return {
      clientId: this.clientId,
      authority: this.authority,
      kind: this.kind,
      label: this.label,
      scopes: this.scopes,
      redirectUri: this.redirectUri,
      postLogoutRedirectUri: this.postLogoutRedirectUri,
      loginMode: this.loginMode,
      cacheLocation: this.cacheLocation,
      signOut: this.signOut,
      knownAuthorities: this.knownAuthorities,
      domainHint: this.domainHint,
      prompt: this.prompt,
      loginHint: this.loginHint,
      popupTimeout: this.popupTimeout,
    };
  }

  #replaceController(controller: MsalAuthController | null): void {
    this.#unsubscribe?.();
    this.#controller?.dispose();
    this.#controller = controller;
    this.#unsubscribe = controller?.subscribe((snapshot) => this.#onChange(snapshot));
  }

  #onChange(snapshot: AuthSnapshot): void {
    this.dispatchEvent(new PorticoAuthChangeEvent({ state: snapshot.state, account: snapshot.account }));
    if (snapshot.error) this.#problems.update([snapshot.error]);
    else if (!this.#problem) this.#problems.update([]);
  }

  #register(): void {
    const registry = providerRegistry();
    const id = this.id || DEFAULT_PROVIDER_ID;
    if (id === this.#registeredId) return;
    registry.delete(this, this.#registeredId);
    this.#registeredId = registry.set(this, this.#entry(id)) ? id : '';
    this.requestUpdate();
  }

  #duplicateProblem(): PorticoAuthError {
    const id = this.id || DEFAULT_PROVIDER_ID;
    return new PorticoAuthError(
      AuthErrorCode.DuplicateProvider,
      `Another <portico-auth> on this page already uses the id "${id}".`,
      'Give each <portico-auth> its own id (e.g. id="contoso" and id="fabrikam") and point widgets at one with auth="contoso".',
      { attribute: 'id' },
    );
  }

  #setProblem(problem: PorticoAuthError | null): void {
    this.#problem = problem;
    this.#problems.update(problem ? [problem] : []);
  }

  #entry(id: string): ProviderEntry {
    return {
      id,
      label: this.#controller?.config.label ?? this.label,
      controller: this.controller,
      error: this.#problem,
    };
  }

  /** Tells the registry and nested widgets about the current controller or problem. */
  #publish(): void {
    if (!this.#registeredId) {
      this.#register();
      if (!this.#registeredId) return;
    }
    const entry = this.#entry(this.#registeredId);
    providerRegistry().set(this, entry);
    this.#provider.setValue(entry);
  }
}

define('portico-auth', PorticoAuth);

declare global {
  interface HTMLElementTagNameMap {
    'portico-auth': PorticoAuth;
  }
}
