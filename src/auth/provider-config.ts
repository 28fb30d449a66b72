import { AuthErrorCode, PorticoAuthError } from './errors.js';
import { CacheLocation, LoginMode, ProviderKind, SignOutScope, type ProviderConfig } from './types.js';

/** The raw settings of one provider, as attributes or options spell them. */
export interface ProviderSettings {
  clientId?: string | null;
  authority?: string | null;
  kind?: string | null;
  label?: string | null;
  scopes?: string | readonly string[] | null;
  redirectUri?: string | null;
  postLogoutRedirectUri?: string | null;
  loginMode?: string | null;
  cacheLocation?: string | null;
  signOut?: string | null;
  knownAuthorities?: string | readonly string[] | null;
  domainHint?: string | null;
  loginHint?: string | null;
  prompt?: string | null;
  popupTimeout?: string | number | null;
}

export const DEFAULT_AUTHORITY = 'https://login.microsoftonline.com/common';
const DEFAULT_POPUP_TIMEOUT_MS = 60_000;
const MICROSOFT_SCOPES = ['openid', 'profile', 'offline_access'];
/** Generic OIDC providers drop `offline_access` unless consent is prompted; they issue refresh tokens by policy. */
const OIDC_SCOPES = ['openid', 'profile'];
const PROMPTS = ['login', 'none', 'consent', 'select_account', 'create'];
const ENTRA_HOSTS = ['login.microsoftonline.com', 'login.microsoftonline.us', 'login.chinacloudapi.cn', 'login.partner.microsoftonline.cn'];
const GENERIC_TENANTS: Record<string, string> = {
  common: 'Microsoft',
  organizations: 'Microsoft',
  consumers: 'Microsoft account',
};

/** Which kind of provider an authority belongs to, from its host. */
export function inferProviderKind(authority: URL): ProviderKind {
  const host = authority.hostname.toLowerCase();
  if (ENTRA_HOSTS.includes(host)) return ProviderKind.Entra;
  if (host.endsWith('.ciamlogin.com')) return ProviderKind.ExternalId;
  if (host.endsWith('.b2clogin.com')) return ProviderKind.B2C;
  return ProviderKind.Oidc;
}

/** A readable name for a provider when the author gave none. */
export function deriveLabel(authority: URL, kind: ProviderKind): string {
  const segments = authority.pathname.split('/').filter(Boolean);
  const subdomain = authority.hostname.split('.')[0] ?? authority.hostname;
  switch (kind) {
    case ProviderKind.Entra: {
      const tenant = segments[0] ?? 'common';
      if (GENERIC_TENANTS[tenant]) return GENERIC_TENANTS[tenant];
      return /^[0-9a-f-]{36}$/i.test(tenant) ? 'Microsoft Entra ID' : tenant.split('.')[0]!;
    }
    case ProviderKind.ExternalId:
    case ProviderKind.B2C:
      return subdomain;
    case ProviderKind.Oidc:
      return segments.at(-1) ?? authority.hostname;
  }
}

/**
 * Validates raw provider settings and fills in every default.
 * @throws {PorticoAuthError} `missing-client-id`, `invalid-authority` or `invalid-attribute`, each with a hint.
 */
export function parseProviderConfig(settings: ProviderSettings): ProviderConfig {
  const clientId = settings.clientId?.trim();
  if (!clientId) {
    throw new PorticoAuthError(
      AuthErrorCode.MissingClientId,
      'The client-id attribute is missing.',
      'Set client-id to the application (client) ID of your app registration, e.g. client-id="00000000-0000-0000-0000-000000000000".',
      { attribute: 'client-id' },
    );
  }
  const authority = parseAuthority(settings.authority?.trim() || DEFAULT_AUTHORITY);
  const kind = parseEnum('kind', settings.kind, Object.values(ProviderKind), inferProviderKind(authority));
  const authorityString = authority.href.replace(/\/$/, '');
  return {
    clientId,
    authority: authorityString,
    kind,
    label: settings.label?.trim() || deriveLabel(authority, kind),
    scopes: parseList(settings.scopes) ?? (kind === ProviderKind.Oidc ? OIDC_SCOPES : MICROSOFT_SCOPES),
    redirectUri: parseUrl('redirect-uri', settings.redirectUri),
    postLogoutRedirectUri: parseUrl('post-logout-redirect-uri', settings.postLogoutRedirectUri),
    loginMode: parseEnum('login-mode', settings.loginMode, Object.values(LoginMode), LoginMode.Popup),
    cacheLocation: parseEnum('cache-location', settings.cacheLocation, Object.values(CacheLocation), CacheLocation.SessionStorage),
    signOut: parseEnum('sign-out', settings.signOut, Object.values(SignOutScope), SignOutScope.Global),
    knownAuthorities: knownAuthoritiesFor(authority, kind, parseList(settings.knownAuthorities) ?? []),
    domainHint: settings.domainHint?.trim() || undefined,
    loginHint: settings.loginHint?.trim() || undefined,
    prompt: settings.prompt ? parseEnum('prompt', settings.prompt, PROMPTS, '') : undefined,
    popupTimeout: parsePositiveInteger('popup-timeout', settings.popupTimeout, DEFAULT_POPUP_TIMEOUT_MS),
  };
}

function parseAuthority(value: string): URL {
  let url: URL;
  try {
    url = new URL(value);
  } catch (cause) {
    throw invalidAuthority(value, cause);
  }
  if (url.protocol !== 'https:' || url.search || url.hash) throw invalidAuthority(value);
  return url;
}

function invalidAuthority(value: string, cause?: unknown): PorticoAuthError {
  return new PorticoAuthError(
    AuthErrorCode.InvalidAuthority,
    `The authority "${value}" is not an https URL of an identity provider.`,
    'Use https://login.microsoftonline.com/{tenant} (Entra ID), https://{subdomain}.ciamlogin.com/ (External ID), https://{name}.b2clogin.com/{tenant}/{policy} (B2C) or your OpenID Connect issuer URL, without query or fragment.',
    { cause, attribute: 'authority' },
  );
}

function parseEnum<T extends string>(attribute: string, value: string | null | undefined, allowed: readonly T[], fallback: T): T {
  const trimmed = value?.trim();
  if (!trimmed) return fallback;
  if ((allowed as readonly string[]).includes(trimmed)) return trimmed as T;
  throw invalidAttribute(attribute, trimmed, `Use one of: ${allowed.join(', ')}.`);
}

function parseUrl(attribute: string, value: string | null | undefined): string | undefined {
  const trimmed = value?.trim();
  if (!trimmed) return undefined;
  try {
    // Relative URLs are fine; they resolve against the page when MSAL starts.
    new URL(trimmed, 'https://portico.invalid/');
    return trimmed;
  } catch (cause) {
    throw invalidAttribute(attribute, trimmed, 'Use an absolute URL or a path of this site.', cause);
  }
}

function parsePositiveInteger(attribute: string, value: string | number | null | undefined, fallback: number): number {
  if (value === null || value === undefined || value === '') return fallback;
  const number = Number(value);
  if (Number.isInteger(number) && number > 0) return number;
  throw invalidAttribute(attribute, String(value), 'Use a whole number of milliseconds, e.g. 60000.');
}

function parseList(value: string | readonly string[] | null | undefined): readonly string[] | undefined {
  const list = typeof value === 'string' ? value.split(/\s+/) : value;
  const items = list?.map((item) => item.trim()).filter(Boolean);
  return items?.length ? items : undefined;
}

/** MSAL trusts Microsoft's clouds by itself; every other host must be listed (host:port, as MSAL compares). */
function knownAuthoritiesFor(authority: URL, kind: ProviderKind, extra: readonly string[]): readonly string[] {
  const own = kind === ProviderKind.Entra ? [] : [authority.host];
  return [...new Set([...own, ...extra])];
}

function invalidAttribute(attribute: string, value: string, hint: string, cause?: unknown): PorticoAuthError {
  return new PorticoAuthError(AuthErrorCode.InvalidAttribute, `The ${attribute} attribute has an invalid value "${value}".`, hint, { cause, attribute });
}
