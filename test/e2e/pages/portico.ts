/**
 * A page on the built dist/cdn/portico.js (portico.html), which runs before this module: it
 * reports which elements were defined by then and what the module exports, then signs in through
 * the sandbox with a click and sends a request with the user's token from an API console, whose
 * description the bundle's worker reads; then signs out.
 */
import { sandboxInfo } from '../sandbox.js';
import { addSignIn, signInWithClick, signOutWithClick } from './cdn-page.js';

export interface PorticoReport {
  error?: string;
  defined: string[];
  exports: string[];
  before: string;
  after: string;
  /** The console's status line after Send. */
  status: string;
  body: string;
  /** The sign-in button once signed out again. */
  signedOut: string;
}

const channel = new BroadcastChannel('portico-e2e-portico');

const TAGS = [
  'portico-auth',
  'portico-sign-in',
  'portico-user-profile',
  'portico-auth-gate',
  'portico-token-inspector',
  'portico-api-console',
  'portico-apim',
  'portico-subscriptions',
];

/** Waits for `read` to return something, checking every 50 ms for up to 10 s. */
async function until<T>(read: () => T | null | undefined): Promise<T> {
  for (let tries = 0; tries < 200; tries += 1) {
    const found = read();
    if (found) return found;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`gave up waiting for ${read.toString()}`);
}

async function run(): Promise<PorticoReport> {
  const defined = TAGS.filter((tag) => customElements.get(tag));
  const bundle = (await import(/* @vite-ignore */ new URL('/dist/cdn/portico.js', location.href).href)) as Record<string, unknown>;
  const info = await sandboxInfo();
  addSignIn(info);
  const { before, after } = await signInWithClick();
  document.body.insertAdjacentHTML(
    'beforeend',
    `<portico-api-console auth="contoso" scopes="api://portico-sample/Orders.Read" base-url="${info.origin}/api"
      spec-url="${info.origin}/api/openapi.json" operation="listOrders"></portico-api-console>`,
  );
  const shadow = document.querySelector('portico-api-console')!.shadowRoot!;
  // The description is read (by the worker) once the picker shows its operation open.
  await until(() => shadow.querySelector('[part~="operation"][aria-current="true"]'));
  shadow.querySelector<HTMLButtonElement>('[part~="send"]')!.click();
  const status = await until(() => /^\d{3}.*/.exec(shadow.querySelector('[part~="status"]')?.textContent?.trim() ?? '')?.[0]);
  const body = shadow.querySelector('[part~="response-body"]')?.textContent ?? '';
  return { defined, exports: Object.keys(bundle).sort(), before, after, status, body, signedOut: await signOutWithClick() };
}

run().then(
  (report) => channel.postMessage(report),
  (error: unknown) => channel.postMessage({ error: String(error) }),
);
