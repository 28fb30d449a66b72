import type { PorticoAuthError } from './errors.js';

/** Where an `AuthController` is in its life; one value at a time. */
export const AuthState = {
  Initializing: 'initializing',
  SignedOut: 'signed-out',
  SigningIn: 'signing-in',
  SignedIn: 'signed-in',
  Error: 'error',
} as const;
export type AuthState = (typeof AuthState)[keyof typeof AuthState];

/** The kinds of identity provider Portico knows how to talk to. */
export const ProviderKind = {
  Entra: 'entra',
  ExternalId: 'external-id',
  B2C: 'b2c',
  Oidc: 'oidc',
} as const;
export type ProviderKind = (typeof ProviderKind)[keyof typeof ProviderKind];

export const LoginMode = { Popup: 'popup', Redirect: 'redirect' } as const;
export type LoginMode = (typeof LoginMode)[keyof typeof LoginMode];

export const CacheLocation = {
  SessionStorage: 'sessionStorage',
  LocalStorage: 'localStorage',
  Memory: 'memory',
} as const;
export type CacheLocation = (typeof CacheLocation)[keyof typeof CacheLocation];

/** `global` ends the identity provider's session too; `local` only forgets the account here. */
export const SignOutScope = { Global: 'global', Local: 'local' } as const;
export type SignOutScope = (typeof SignOutScope)[keyof typeof SignOutScope];

/** The signed-in account, built from the ID token's claims. */
export interface Account {
  /** Display name (`name` claim). */
  readonly name: string;
  /** Sign-in name, usually an email (`preferred_username`, `email`, or `upn`). */
  readonly username: string;
  /** Directory (tenant) id (`tid` claim), or the issuer for providers without one. */
  readonly tenantId: string;
  /** MSAL's stable key for this account in this provider. */
  readonly homeAccountId: string;
  /** App roles (`roles` claim). */
  readonly roles: readonly string[];
  /** Group ids (`groups` claim), when the provider emits them. */
  readonly groups: readonly string[];
  /** Every claim of the ID token, for display. */
  readonly idTokenClaims: Readonly<Record<string, unknown>>;
  /** The ID token's header (`alg`, `kid`, `typ`), for display; empty or absent when unknown. */
  readonly idTokenHeader?: Readonly<Record<string, unknown>>;
}

/** An access token and what it says about itself. */
export interface AccessToken {
  readonly accessToken: string;
  readonly expiresOn: Date | null;
  readonly scopes: readonly string[];
  /** The token's payload when it is a JWT; empty for opaque tokens. */
  readonly claims: Readonly<Record<string, unknown>>;
}

/** A fully validated provider configuration; see `parseProviderConfig` for the defaults. */
export interface ProviderConfig {
  readonly clientId: string;
  readonly authority: string;
  readonly kind: ProviderKind;
  readonly label: string;
  readonly scopes: readonly string[];
  /** `undefined` means "the current page", resolved when MSAL starts. */
  readonly redirectUri: string | undefined;
  readonly postLogoutRedirectUri: string | undefined;
  readonly loginMode: LoginMode;
  readonly cacheLocation: CacheLocation;
  readonly signOut: SignOutScope;
  readonly knownAuthorities: readonly string[];
  readonly domainHint: string | undefined;
  readonly loginHint: string | undefined;
  readonly prompt: string | undefined;
  /** How long a popup may take before sign-in gives up, in ms. */
  readonly popupTimeout: number;
}

export interface SignInOptions {
  loginMode?: LoginMode;
  scopes?: readonly string[];
  loginHint?: string;
  domainHint?: string;
  prompt?: string;
}

export interface TokenRequest {
  scopes: readonly string[];
  forceRefresh?: boolean;
  /**
   * Gives up waiting when it aborts: the call rejects with `signal.reason` (an `AbortError`), while
   * other callers sharing the same request still get the token.
   */
  signal?: AbortSignal;
}

/** What subscribers receive on every change. */
export interface AuthSnapshot {
  readonly state: AuthState;
  readonly account: Account | null;
  /**
   * The last problem: set in the `error` state, and also while signed in when a token
   * needs the user again (`interaction-required`), so widgets can offer "sign in again".
   */
  readonly error: PorticoAuthError | null;
}

export type AuthListener = (snapshot: AuthSnapshot) => void;

/** The shared auth controller every widget talks to. Framework-free; no DOM needed to import it. */
export interface AuthController extends AuthSnapshot {
  readonly config: ProviderConfig;
  /** Settles once the page's redirect response (if any) has been handled and the cache read. */
  readonly ready: Promise<void>;
  signIn(options?: SignInOptions): Promise<Account>;
  signOut(): Promise<void>;
  getAccessToken(request: TokenRequest): Promise<AccessToken>;
  /**
   * The signed-in account's raw ID token, renewed silently when it has expired, for back ends that
   * sign the user in with it (API Management's developer data API). Never send it anywhere else.
   */
  getIdToken(): Promise<string>;
  /** Calls `listener` on every change; returns the unsubscribe function. */
  subscribe(listener: AuthListener): () => void;
}
