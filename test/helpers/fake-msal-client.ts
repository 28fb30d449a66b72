import type { AccountInfo, AuthenticationResult } from '@azure/msal-browser';
import type { MsalClient } from '../../src/auth/msal-client.js';

/** A stand-in for MSAL's client that records calls and answers as configured. */
export class FakeMsalClient implements MsalClient {
  accounts: AccountInfo[] = [];
  calls: string[] = [];
  /** The request of every sign-in and token call, in order. */
  requests: unknown[] = [];
  silentCalls = 0;
  /** What the next `loginPopup` does; default: sign the given account in. */
  popupOutcome: () => Promise<AuthenticationResult> = async () => result(this.nextAccount);
  silentOutcome: () => Promise<AuthenticationResult> = async () => result(this.accounts[0]!);
  nextAccount: AccountInfo = fakeAccount();
  #activePopups = 0;
  maxConcurrentPopups = 0;

  handleRedirectPromise = async () => {
    this.calls.push('handleRedirectPromise');
    return null;
  };
  loginPopup = async (request: unknown) => {
    this.calls.push('loginPopup');
    this.requests.push(request);
    this.#activePopups += 1;
    this.maxConcurrentPopups = Math.max(this.maxConcurrentPopups, this.#activePopups);
    const popup = window.open('about:blank', '');
    try {
      const outcome = await this.popupOutcome();
      this.accounts = [outcome.account];
      return outcome;
    } finally {
      popup?.close();
      this.#activePopups -= 1;
    }
  };
  loginRedirect = async (request: unknown) => {
    this.calls.push('loginRedirect');
    this.requests.push(request);
  };
  acquireTokenSilent = async (request: unknown) => {
    this.calls.push('acquireTokenSilent');
    this.requests.push(request);
    this.silentCalls += 1;
    await new Promise((resolve) => setTimeout(resolve, 10));
    return this.silentOutcome();
  };
  ssoSilent = async (request: unknown) => {
    this.calls.push('ssoSilent');
    this.requests.push(request);
    return result(this.nextAccount);
  };
  logoutPopup = async () => {
    this.calls.push('logoutPopup');
    window.open('about:blank', '')?.close();
    this.accounts = [];
  };
  logoutRedirect = async () => {
    this.calls.push('logoutRedirect');
  };
  clearCache = async () => {
    this.calls.push('clearCache');
    this.accounts = [];
  };
  getAllAccounts = () => this.accounts;
  setActiveAccount = () => {};
}

export function fakeAccount(claims: Record<string, unknown> = {}): AccountInfo {
  const idTokenClaims = {
    name: 'Ada Lovelace',
    preferred_username: 'ada@contoso.test',
    tid: '11111111-1111-1111-1111-111111111111',
    iss: 'https://login.microsoftonline.com/11111111-1111-1111-1111-111111111111/v2.0',
    roles: ['readers', 'admins'],
    groups: ['g1'],
    ...claims,
  };
  return {
    homeAccountId: `${String(idTokenClaims.preferred_username)}.home`,
    environment: 'login.microsoftonline.com',
    tenantId: idTokenClaims.tid,
    username: String(idTokenClaims.preferred_username),
    localAccountId: 'local',
    name: String(idTokenClaims.name),
    idToken: 'id-token',
    idTokenClaims,
  } as AccountInfo;
}

function result(account: AccountInfo): AuthenticationResult {
  const payload = btoa(JSON.stringify({ aud: 'api://sample', scp: 'Orders.Read' })).replace(/=+$/, '');
  return {
    account,
    accessToken: `header.${payload}.signature`,
    expiresOn: new Date(Date.now() + 3600_000),
    scopes: ['api://sample/Orders.Read'],
    idToken: 'id-token',
    idTokenClaims: account.idTokenClaims ?? {},
    authority: 'https://login.microsoftonline.com/common',
    uniqueId: 'u',
    tenantId: account.tenantId,
    fromCache: false,
    tokenType: 'Bearer',
    correlationId: 'c',
  } as AuthenticationResult;
}

/** An MSAL-shaped error, as MSAL's `AuthError` subclasses look to the mapping. */
export function msalError(errorCode: string, errorMessage = '', name = 'BrowserAuthError'): Error {
  return Object.assign(new Error(`${errorCode}: ${errorMessage}`), { name, errorCode, errorMessage, subError: '' });
}
