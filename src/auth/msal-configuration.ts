import type { Configuration, PopupRequest, RedirectRequest } from '@azure/msal-browser';
import { ProviderKind, type ProviderConfig, type SignInOptions } from './types.js';

/** The current page without its query and fragment: MSAL's default redirect URI. */
export function currentPageUri(): string {
  return window.location.origin + window.location.pathname;
}

/** Resolves a configured URI (absolute or a path of this site) against the page. */
export function resolveUri(uri: string | undefined): string {
  return uri ? new URL(uri, window.location.href).href : currentPageUri();
}

/** MSAL's configuration for one provider. */
export function toMsalConfiguration(config: ProviderConfig): Configuration {
  const microsoft = config.kind !== ProviderKind.Oidc;
  return {
    auth: {
      clientId: config.clientId,
      authority: config.authority,
      knownAuthorities: [...config.knownAuthorities],
      redirectUri: resolveUri(config.redirectUri),
      postLogoutRedirectUri: resolveUri(config.postLogoutRedirectUri),
      ...(microsoft ? {} : { OIDCOptions: { defaultScopes: ['openid', 'profile'] } }),
    },
    cache: {
      cacheLocation: config.cacheLocation === 'memory' ? 'memoryStorage' : config.cacheLocation,
    },
    system: {
      popupBridgeTimeout: config.popupTimeout,
      ...(microsoft ? {} : { protocolMode: 'OIDC' as const }),
    },
  };
}

/** The interactive sign-in request, provider settings overridden by the caller's options. */
export function toSignInRequest(config: ProviderConfig, options: SignInOptions): PopupRequest & RedirectRequest {
  const loginHint = options.loginHint ?? config.loginHint;
  const domainHint = options.domainHint ?? config.domainHint;
  const prompt = options.prompt ?? config.prompt;
  return {
    scopes: [...(options.scopes ?? config.scopes)],
    ...(loginHint ? { loginHint } : {}),
    ...(domainHint ? { domainHint } : {}),
    ...(prompt ? { prompt } : {}),
  };
}
