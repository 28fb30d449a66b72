/**
 * Every widget, signed in and used, under the strict policy of strict-csp.html. Reports to the
 * test (over a BroadcastChannel) the policy violations seen and what the widgets showed.
 */
import '../../../src/index.js';
import type { PorticoAuth } from '../../../src/components/auth/portico-auth.js';
import { sandboxInfo } from '../sandbox.js';

export interface CspReport {
  violations: string[];
  signedInAs: string;
  responseStatus: string;
  /** The operations the console's picker listed, its description read by a module worker. */
  operations: number;
  /** The messages the description's worker sent: it ran under the policy. */
  workerAnswers: string[];
}

const workerAnswers: string[] = [];
const PageWorker = window.Worker;
window.Worker = class extends PageWorker {
  constructor(url: string | URL, options?: WorkerOptions) {
    super(url, options);
    this.addEventListener('message', (event: MessageEvent<{ kind: string }>) => workerAnswers.push(event.data.kind));
  }
};

const violations: string[] = [];
document.addEventListener('securitypolicyviolation', (event) => {
  violations.push(`${event.effectiveDirective}: ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`);
});

const info = await sandboxInfo();
const redirectUri = `${info.testOrigin}/test/e2e/pages/redirect.html`;
document.body.innerHTML = `
  <portico-auth id="contoso" client-id="${info.spa.clientId}" authority="${info.origin}/contoso" label="Contoso"
    redirect-uri="${redirectUri}" post-logout-redirect-uri="${redirectUri}" login-hint="ada@contoso.test" prompt="login"
    scopes="openid profile offline_access api://portico-sample/Orders.Read"></portico-auth>
  <portico-sign-in></portico-sign-in>
  <portico-user-profile show-claims></portico-user-profile>
  <portico-user-profile variant="compact"></portico-user-profile>
  <portico-auth-gate roles="admins"><p>Admins only</p></portico-auth-gate>
  <portico-token-inspector token="access" scopes="api://portico-sample/Orders.Read"></portico-token-inspector>
  <portico-api-console auth="contoso" base-url="${info.origin}/api" spec-url="${info.origin}/api/openapi.json" method="GET" path="/orders"
    scopes="api://portico-sample/Orders.Read"></portico-api-console>`;

const auth = document.querySelector<PorticoAuth>('portico-auth')!;
await auth.controller!.ready;
const account = await auth.controller!.signIn();
const apiConsole = document.querySelector('portico-api-console')!;
await apiConsole.updateComplete;
const deadline = Date.now() + 10_000;
while (!apiConsole.shadowRoot!.querySelector('[part~="operation"]') && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
const operations = apiConsole.shadowRoot!.querySelectorAll('[part~="operation"]').length;
apiConsole.shadowRoot!.querySelector<HTMLButtonElement>('[part~="send"]')!.click();
const status = await new Promise<string>((resolve) => {
  apiConsole.addEventListener('portico-response', (event) => resolve(String(event.detail.response?.status ?? event.detail.failure)), { once: true });
});
// Let every widget finish drawing the signed-in state before reporting.
await new Promise((resolve) => setTimeout(resolve, 500));
new BroadcastChannel('portico-e2e-csp').postMessage({
  violations,
  signedInAs: account.name,
  responseStatus: status,
  operations,
  workerAnswers,
} satisfies CspReport);
