import { fixture, html } from '@open-wc/testing';
import '../../src/components/auth/portico-auth.js';
import '../../src/components/sign-in/portico-sign-in.js';
import type { PorticoAuth } from '../../src/components/auth/portico-auth.js';
import type { PorticoSignIn } from '../../src/components/sign-in/portico-sign-in.js';
import type { AuthController } from '../../src/auth/types.js';
import { E2E_CHANNEL, sandboxInfo, type PortalReport } from './sandbox.js';

export interface ProviderOptions {
  tenant?: string;
  user?: string;
  clientId?: string;
  authority?: string;
  redirectUri?: string;
  popupTimeout?: number;
  /** Scopes asked at sign-in; by default including the sample API's read scope. */
  scopes?: string;
}

/** A `<portico-auth>` for a sandbox tenant, signing in as `user` without a login page. */
export async function sandboxProvider(options: ProviderOptions = {}): Promise<{ el: PorticoAuth; controller: AuthController }> {
  const info = await sandboxInfo();
  const tenant = options.tenant ?? 'contoso';
  const el = await fixture<PorticoAuth>(html`<portico-auth
    id=${tenant}
    client-id=${options.clientId ?? info.spa.clientId}
    authority=${options.authority ?? `${info.origin}/${tenant}`}
    redirect-uri=${options.redirectUri ?? `${info.testOrigin}/test/e2e/pages/redirect.html`}
    post-logout-redirect-uri=${`${info.testOrigin}/test/e2e/pages/redirect.html`}
    scopes=${options.scopes ?? 'openid profile offline_access api://portico-sample/Orders.Read'}
    login-hint=${options.user ?? 'ada@contoso.test'}
    prompt="login"
    popup-timeout=${String(options.popupTimeout ?? 60_000)}
  ></portico-auth>`);
  await el.controller!.ready;
  return { el, controller: el.controller! };
}

/**
 * Contoso's `<portico-auth>`, whose login page `user` signs in on, beside a `<portico-sign-in>`;
 * not waiting for MSAL, for tests that hold its code back or fail it.
 */
export async function sandboxSignInWidgets(user: string): Promise<{ auth: PorticoAuth; signIn: PorticoSignIn }> {
  const info = await sandboxInfo();
  const redirectUri = `${info.testOrigin}/test/e2e/pages/redirect.html`;
  const root = await fixture<HTMLElement>(html`<div>
    <portico-auth
      id="contoso"
      label="Contoso"
      client-id=${info.spa.clientId}
      authority=${`${info.origin}/contoso`}
      redirect-uri=${redirectUri}
      post-logout-redirect-uri=${redirectUri}
      login-hint=${user}
      prompt="login"
    ></portico-auth>
    <portico-sign-in></portico-sign-in>
  </div>`);
  return { auth: root.querySelector<PorticoAuth>('portico-auth')!, signIn: root.querySelector<PorticoSignIn>('portico-sign-in')! };
}

/** Calls the sandbox's sample API as a portal page would. */
export async function callApi(path: string, accessToken?: string): Promise<Response> {
  const { origin } = await sandboxInfo();
  return fetch(`${origin}/api${path}`, { headers: accessToken ? { Authorization: `Bearer ${accessToken}` } : {} });
}

/**
 * Waits for a child portal window (pages/portal.html) to report a state; on timeout, rejects
 * with every report it heard, so a failure says where the flow stopped.
 * @param open opens the child window; called after the listener is in place.
 */
export function portalReport(open: () => void, predicate: (report: PortalReport) => boolean, timeout = 15_000): Promise<PortalReport> {
  const channel = new BroadcastChannel(E2E_CHANNEL);
  const heard: PortalReport[] = [];
  const report = new Promise<PortalReport>((resolve, reject) => {
    setTimeout(() => reject(new Error(`No matching report from the portal window; heard: ${JSON.stringify(heard)}`)), timeout);
    channel.addEventListener('message', ({ data }: MessageEvent<PortalReport>) => {
      heard.push(data);
      if (predicate(data)) resolve(data);
    });
  });
  open();
  return report.finally(() => channel.close());
}

export async function portalUrl(query: Record<string, string>): Promise<string> {
  const { testOrigin } = await sandboxInfo();
  return `${testOrigin}/test/e2e/pages/portal.html?${new URLSearchParams(query)}`;
}
