import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { LazyModule } from '../../../internal/lazy-module.js';
import type { LazyPartFailures } from '../../../internal/lazy-part-failures.js';
import type { Strings } from '../../../internal/strings.js';
import type { CredentialSettings } from './credential-settings.js';
import type { SecurityRequirement } from './openapi/types.js';
import {
  planSecurity,
  typedSchemes,
  type PlannedScheme,
  type SecurityHoldings,
  type SecurityPlan,
  type TokenAvailability,
  type TypedCredential,
} from './security-plan.js';

/** The security panel's code (`renderSecurity`): fetched the first time an open operation declares security. */
export const securityPanels = new LazyModule(() => import('./render-security.js'), new URL('./render-security.js', import.meta.url));

/** What the console has for the open operation's security, read each time it is needed. */
export interface SecuritySource {
  /** The open operation's security requirements (alternatives); none for the hand-typed request. */
  readonly security: readonly SecurityRequirement[];
  readonly token: TokenAvailability;
  /** The `scopes` attribute, which wins over the operation's scopes for the user's token; empty: the operation's. */
  readonly tokenScopes: readonly string[];
  readonly credentials: CredentialSettings;
}

/**
 * The open operation's security: the plan of what a request carries, and the credentials the user
 * types for the description's schemes (API keys, HTTP basic), by scheme name, shared by every
 * operation naming the scheme. Typed credentials live in this object only: never in the session,
 * the history or any storage, so a reload forgets them.
 */
export class ConsoleSecurity {
  readonly #typed = new Map<string, TypedCredential>();

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly source: () => SecuritySource,
    private readonly failures: LazyPartFailures,
  ) {}

  /** Which alternative the request will meet, with what, and what is missing. */
  plan(): SecurityPlan {
    return planSecurity(this.source().security, { ...this.#holdings(), typed: this.#typed });
  }

  /** The header, query and cookie names of the keys the user may type: their values are never stored. */
  typedNames(): string[] {
    return this.#typable().map(({ use }) => use.parameterName);
  }

  /**
   * Where the subscription key goes; what the request will send and what is missing, with fields for
   * typed keys and passwords (once the panel's code has arrived, for an operation that declares security).
   */
  render(strings: Strings): TemplateResult {
    const { credentials, tokenScopes } = this.source();
    const text = strings.apiConsole.security;
    const plan = this.plan();
    const keyPlace = credentials.keyQuery ? strings.apiConsole.keyInQuery(credentials.keyQuery) : strings.apiConsole.keyInHeader(credentials.keyHeader);
    const panel = plan.declared ? securityPanels.for(this.host) : undefined;
    return html`${credentials.key ? html`<p class="hint">${keyPlace}</p>` : nothing}${
      panel
        ? panel.renderSecurity(
            {
              plan,
              tokenScopes: tokenScopes.length ? tokenScopes : plan.scopes,
              typable: this.#typable(),
              typed: this.#typed,
              keyPlace: credentials.keyQuery ? text.inQuery(credentials.keyQuery) : text.inHeader(credentials.keyHeader),
              onType: (scheme, value) => {
                this.#typed.set(scheme, value);
                this.host.requestUpdate();
              },
            },
            strings,
          )
        : plan.declared
          ? this.failures.render(securityPanels, strings.apiConsole.parts.security, strings)
          : nothing
    }`;
  }

  #holdings(): Omit<SecurityHoldings, 'typed'> {
    const { token, credentials } = this.source();
    return { token, key: credentials.key, keyPlace: { header: credentials.keyHeader, query: credentials.keyQuery } };
  }

  #typable(): PlannedScheme[] {
    return typedSchemes(this.source().security, this.#holdings());
  }
}
