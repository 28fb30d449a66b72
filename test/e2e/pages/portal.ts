/**
 * A portal page for flows that leave the page (redirect sign-in, the blocked-popup fallback):
 * the test opens it in a child window, and it reports every auth change back over a
 * BroadcastChannel. Query: `tenant`, `user`, `login-mode`, `sign-in` to start signing in
 * once (no click: with the popup blocker on, the popup is blocked and sign-in falls back to redirect),
 * and `default-redirect` to leave `redirect-uri` unset (this page is then the redirect URI).
 */
import '../../../src/components/auth/portico-auth.js';
import type { PorticoAuth } from '../../../src/components/auth/portico-auth.js';
import { E2E_CHANNEL, sandboxInfo, type PortalReport } from '../sandbox.js';

const query = new URLSearchParams(location.search);
const info = await sandboxInfo();
const tenant = query.get('tenant') ?? 'contoso';
const auth = document.createElement('portico-auth') as PorticoAuth;
auth.id = tenant;
auth.setAttribute('client-id', info.spa.clientId);
auth.setAttribute('authority', `${info.origin}/${tenant}`);
if (!query.has('default-redirect')) {
  auth.setAttribute('redirect-uri', `${info.testOrigin}/test/e2e/pages/portal.html`);
  auth.setAttribute('post-logout-redirect-uri', `${info.testOrigin}/test/e2e/pages/portal.html`);
}
auth.setAttribute('login-mode', query.get('login-mode') ?? 'popup');
auth.setAttribute('login-hint', query.get('user') ?? '');
auth.setAttribute('prompt', 'login');

const channel = new BroadcastChannel(E2E_CHANNEL);
// A failure in this page must reach the test as a report, not vanish with the child window.
addEventListener('unhandledrejection', ({ reason }) => {
  channel.postMessage({ state: `page-error: ${String(reason)}`, name: null, roles: [], url: location.href, window: window.name } satisfies PortalReport);
});
auth.addEventListener('portico-auth-change', ({ detail }) => {
  channel.postMessage({
    state: detail.state,
    name: detail.account?.name ?? null,
    roles: [...(detail.account?.roles ?? [])],
    url: location.href,
    window: window.name,
  } satisfies PortalReport);
});
document.body.append(auth);

await auth.controller!.ready;
const startedKey = 'portico-e2e-started';
if (query.has('sign-in') && !sessionStorage.getItem(startedKey) && auth.controller!.state === 'signed-out') {
  sessionStorage.setItem(startedKey, '1');
  void auth.controller!.signIn();
}
