import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { Strings } from '../../../internal/strings.js';
import { CredentialKind } from './security-schemes.js';
import type { PlannedScheme, SecurityPlan, TypedCredential } from './security-plan.js';

export interface SecurityView {
  readonly plan: SecurityPlan;
  /** The scopes a token is asked for. */
  readonly tokenScopes: readonly string[];
  /** The schemes the user may type a credential for. */
  readonly typable: readonly PlannedScheme[];
  readonly typed: ReadonlyMap<string, TypedCredential>;
  /** Where the subscription key goes, in words ('' without a key). */
  readonly keyPlace: string;
  readonly onType: (scheme: string, value: TypedCredential) => void;
}

type SecurityText = Strings['apiConsole']['security'];

/**
 * What the open operation's security asks for, before anything is sent: the credentials this
 * request will carry (the alternative it meets), what is missing, a cookie the browser cannot
 * send, and fields for the API keys and passwords the user types. Nothing when the description
 * names no scheme.
 */
export function renderSecurity(view: SecurityView, strings: Strings): TemplateResult | typeof nothing {
  const { plan } = view;
  if (!plan.declared) return nothing;
  const text = strings.apiConsole.security;
  const missing = new Set(plan.missing);
  const present = plan.requirement.filter((scheme) => !missing.has(scheme));
  const items = (schemes: readonly PlannedScheme[]) => schemes.map((scheme) => schemeText(scheme, view.tokenScopes, text));
  // The subscription key goes even where the description does not name it (for the gateway in front).
  const undeclaredKey = plan.sendsKey && !present.some(({ kind }) => kind === CredentialKind.SubscriptionKey) ? [text.subscriptionKey(view.keyPlace)] : [];
  const sends = [...items(present), ...undeclaredKey];
  const cookies = present.filter(({ use }) => use.in === 'cookie' && use.type === 'apiKey');
  return html`<div part="security" class="security" data-met=${plan.met ? 'true' : 'false'}>
    <p class="security-sends">${sends.length ? text.willSend(sends.join(text.and)) : plan.met ? text.sendsNothing : text.sendsNone}</p>
    ${plan.missing.length ? html`<p class="security-missing">${text.missing(items(plan.missing).join(text.and))}</p>` : nothing}
    ${cookies.map(({ use }) => html`<p class="hint" data-cookie=${use.parameterName}>${text.cookieNotSent(use.parameterName)}</p>`)}
    ${
      view.typable.length
        ? html`<div class="typed-credentials">
          ${view.typable.map((scheme) => renderField(scheme, view, text))}
          <p class="hint">${text.typedHint}</p>
        </div>`
        : nothing
    }
  </div>`;
}

function schemeText({ use, kind }: PlannedScheme, tokenScopes: readonly string[], text: SecurityText): string {
  switch (kind) {
    case CredentialKind.Token:
      return text.token(tokenScopes.join(' '));
    case CredentialKind.SubscriptionKey:
      return text.subscriptionKey(placeText(use.in, use.parameterName, text));
    case CredentialKind.ApiKey:
      return text.apiKey(placeText(use.in, use.parameterName, text));
    case CredentialKind.Basic:
      return text.basic;
    default:
      return text.unsupported(use.name);
  }
}

function placeText(location: string, name: string, text: SecurityText): string {
  return location === 'query' ? text.inQuery(name) : location === 'cookie' ? text.inCookie(name) : text.inHeader(name);
}

function renderField({ use, kind }: PlannedScheme, view: SecurityView, text: SecurityText): TemplateResult {
  const id = `credential-${use.name.replace(/\s+/gu, '_')}`;
  if (kind === CredentialKind.Basic) {
    // Read when the user types: the other field may have changed since this render.
    const login = () => {
      const latest = view.typed.get(use.name);
      return latest && 'username' in latest ? latest : { username: '', password: '' };
    };
    return html`<div class="parameter" data-scheme=${use.name}>
      <label for=${`${id}-username`}>${text.username(use.name)}</label>
      <input
        id=${`${id}-username`}
        class="field"
        autocomplete="off"
        spellcheck="false"
        .value=${live(login().username)}
        @input=${(event: Event) => view.onType(use.name, { ...login(), username: (event.target as HTMLInputElement).value })}
      />
      <label for=${`${id}-password`}>${text.password(use.name)}</label>
      <input
        id=${`${id}-password`}
        class="field"
        type="password"
        autocomplete="off"
        .value=${live(login().password)}
        @input=${(event: Event) => view.onType(use.name, { ...login(), password: (event.target as HTMLInputElement).value })}
      />
    </div>`;
  }
  const typed = view.typed.get(use.name);
  const key = typed && 'key' in typed ? typed.key : '';
  return html`<div class="parameter" data-scheme=${use.name}>
    <label for=${id}>${text.keyField(use.name, placeText(use.in, use.parameterName, text))}</label>
    <input
      id=${id}
      class="field"
      type="password"
      autocomplete="off"
      spellcheck="false"
      .value=${live(key)}
      @input=${(event: Event) => view.onType(use.name, { key: (event.target as HTMLInputElement).value })}
    />
  </div>`;
}
