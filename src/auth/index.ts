/**
 * `portico-widgets/auth`: the shared auth controller without any element. Needs no DOM to import.
 * @module
 */
export { MsalAuthController, type MsalAuthControllerOptions } from './msal-auth-controller.js';
export { PorticoAuthError, AuthErrorCode, ErrorCode, type ErrorDetail } from './errors.js';
export { parseProviderConfig, inferProviderKind, type ProviderSettings } from './provider-config.js';
export { providerRegistry, ProviderRegistry, DEFAULT_PROVIDER_ID, type ProviderEntry } from './registry.js';
export { decodeJwtPayload } from './jwt.js';
export { createMsalClient, type MsalClient, type MsalClientFactory } from './msal-client.js';
export {
  AuthState,
  ProviderKind,
  LoginMode,
  CacheLocation,
  SignOutScope,
  type Account,
  type AccessToken,
  type AuthController,
  type AuthListener,
  type AuthSnapshot,
  type ProviderConfig,
  type SignInOptions,
  type TokenRequest,
} from './types.js';
