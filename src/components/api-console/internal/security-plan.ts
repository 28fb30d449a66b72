import type { SecurityRequirement, SecuritySchemeUse } from './openapi/types.js';
import { CredentialKind, credentialKind, requirementScopes, type KeyPlace } from './security-schemes.js';

/** Whether the request will have an access token: yes (signed in, or from the broker), after a sign-in, or never (anonymous). */
export const TokenAvailability = { Available: 'available', SignIn: 'sign-in', None: 'none' } as const;
export type TokenAvailability = (typeof TokenAvailability)[keyof typeof TokenAvailability];

/** A credential the user typed for one scheme: an API key, or a username and password. */
export type TypedCredential = { readonly key: string } | { readonly username: string; readonly password: string };

/** What the console has to meet a description's security with. */
export interface SecurityHoldings {
  readonly token: TokenAvailability;
  /** The subscription key (attribute or API Management), '' for none, and where it goes. */
  readonly key: string;
  readonly keyPlace: KeyPlace;
  /** What the user typed, by scheme name. */
  readonly typed: ReadonlyMap<string, TypedCredential>;
}

/** A credential placed in a request by hand: a typed API key, or HTTP basic's `Authorization`. */
export interface Placement {
  readonly in: 'header' | 'query' | 'cookie';
  readonly name: string;
  readonly value: string;
  /** The scheme it meets. */
  readonly scheme: string;
}

/** One scheme of the plan, with what kind of credential meets it. */
export interface PlannedScheme {
  readonly use: SecuritySchemeUse;
  readonly kind: CredentialKind;
}

export interface SecurityPlan {
  /** Whether the description names any scheme for the operation; without one, the console sends what it has. */
  readonly declared: boolean;
  /** Whether one alternative is the empty requirement: anonymous requests are allowed. */
  readonly anonymousAllowed: boolean;
  /** Whether the request will meet an alternative (the empty one included). */
  readonly met: boolean;
  /** The alternative the request goes by: the one met, else the closest. Empty when none is declared, or the empty one is met. */
  readonly requirement: readonly PlannedScheme[];
  /** The schemes of that alternative the console cannot meet with what it has. */
  readonly missing: readonly PlannedScheme[];
  /** The scopes a token is asked for: the chosen alternative's. */
  readonly scopes: readonly string[];
  readonly sendsToken: boolean;
  readonly sendsKey: boolean;
  /** Typed credentials to place, cookies included (a browser cannot send those: snippets can). */
  readonly placements: readonly Placement[];
}

/**
 * Which alternative of an operation's security the console can meet with what it has, and what
 * is missing. Alternatives are tried in the document's order; the first met wins, an alternative
 * with schemes before the empty one (a token goes when there is one, even where anonymous calls
 * are allowed). When none is met, the request goes by the closest alternative (fewest schemes
 * missing), carrying what it has of it, so that the API's refusal can be seen and explained.
 * Without declared schemes, the console sends every credential it has, as the author configured.
 */
export function planSecurity(security: readonly SecurityRequirement[], holdings: SecurityHoldings): SecurityPlan {
  const declared = security.some((requirement) => requirement.length > 0);
  const anonymousAllowed = !declared || security.some((requirement) => requirement.length === 0);
  if (!declared) {
    return {
      declared,
      anonymousAllowed,
      met: true,
      requirement: [],
      missing: [],
      scopes: [],
      sendsToken: holdings.token !== TokenAvailability.None,
      sendsKey: !!holdings.key,
      placements: [],
    };
  }
  const alternatives = security
    .filter((requirement) => requirement.length > 0)
    .map((requirement) => {
      const planned = requirement.map((use) => ({ use, kind: credentialKind(use, holdings.keyPlace) }));
      return { requirement, planned, missing: planned.filter((scheme) => !canMeet(scheme, holdings)) };
    });
  const met = alternatives.find((alternative) => alternative.missing.length === 0);
  if (!met && anonymousAllowed) {
    return { declared, anonymousAllowed, met: true, requirement: [], missing: [], scopes: [], sendsToken: false, sendsKey: !!holdings.key, placements: [] };
  }
  const chosen = met ?? alternatives.reduce((best, next) => (next.missing.length < best.missing.length ? next : best));
  const present = chosen.planned.filter((scheme) => canMeet(scheme, holdings));
  return {
    declared,
    anonymousAllowed,
    met: !!met,
    requirement: chosen.planned,
    missing: chosen.missing,
    scopes: requirementScopes(chosen.requirement),
    sendsToken: present.some((scheme) => scheme.kind === CredentialKind.Token),
    // The author's subscription key always goes: the gateway in front of the API checks it, whatever the description says.
    sendsKey: !!holdings.key,
    placements: present.flatMap((scheme) => placementOf(scheme, holdings)),
  };
}

function canMeet({ use, kind }: PlannedScheme, holdings: SecurityHoldings): boolean {
  switch (kind) {
    case CredentialKind.Token:
      return holdings.token === TokenAvailability.Available;
    case CredentialKind.SubscriptionKey:
      return !!holdings.key || typedKey(holdings, use) !== '';
    case CredentialKind.ApiKey:
      return typedKey(holdings, use) !== '';
    case CredentialKind.Basic:
      return typedLogin(holdings, use) !== null;
    default:
      return false;
  }
}

/** Where a typed credential goes; the subscription key itself is the console's to place. */
function placementOf({ use, kind }: PlannedScheme, holdings: SecurityHoldings): Placement[] {
  if (kind === CredentialKind.ApiKey || (kind === CredentialKind.SubscriptionKey && !holdings.key)) {
    return [{ in: use.in as Placement['in'], name: use.parameterName, value: typedKey(holdings, use), scheme: use.name }];
  }
  const login = kind === CredentialKind.Basic ? typedLogin(holdings, use) : null;
  return login ? [{ in: 'header', name: 'Authorization', value: `Basic ${base64(`${login.username}:${login.password}`)}`, scheme: use.name }] : [];
}

function typedKey(holdings: SecurityHoldings, use: SecuritySchemeUse): string {
  const typed = holdings.typed.get(use.name);
  return typed && 'key' in typed ? typed.key : '';
}

function typedLogin(holdings: SecurityHoldings, use: SecuritySchemeUse): { username: string; password: string } | null {
  const typed = holdings.typed.get(use.name);
  return typed && 'username' in typed && typed.username !== '' ? typed : null;
}

/** Base64 of the UTF-8 bytes (RFC 7617's charset="UTF-8"). */
function base64(text: string): string {
  return btoa(String.fromCharCode(...new TextEncoder().encode(text)));
}

/**
 * The schemes of any alternative the user can type a credential for, once each: API keys, HTTP
 * basic, and the subscription key's own scheme when the console has no key.
 */
export function typedSchemes(security: readonly SecurityRequirement[], holdings: Pick<SecurityHoldings, 'key' | 'keyPlace'>): PlannedScheme[] {
  const schemes = new Map<string, PlannedScheme>();
  for (const use of security.flat()) {
    const kind = credentialKind(use, holdings.keyPlace);
    const typable = kind === CredentialKind.ApiKey || kind === CredentialKind.Basic || (kind === CredentialKind.SubscriptionKey && !holdings.key);
    if (typable && !schemes.has(use.name)) schemes.set(use.name, { use, kind });
  }
  return [...schemes.values()];
}
