/**
 * What the pages on the built dist/cdn/ entries (autoload.html, portico.html, …) share with each
 * other and with their tests: a provider and a sign-in button for the sandbox's Contoso, a click
 * that signs Ada in through MSAL's chunk, and the channel a page reports on to the test that opened it.
 */
import { sandboxInfo, type SandboxInfo } from '../sandbox.js';

/** What every page reports: its own findings, or why it could not finish. */
export type PageReport<T> = T & { readonly error?: string };

const channelOf = (page: string) => new BroadcastChannel(`portico-e2e-${page}`);

/** Runs a page's check and posts what it found (or why it failed) to the test that opened `pages/${page}.html`. */
export function report<T>(page: string, run: () => Promise<T>): void {
  const channel = channelOf(page);
  run().then(
    (found) => channel.postMessage(found),
    (error: unknown) => channel.postMessage({ error: String(error) }),
  );
}

/** For a test: opens `pages/${page}.html` in a window of its own and waits for its report; the window closes after. */
export async function reportOf<T>(page: string): Promise<PageReport<T>> {
  const { testOrigin } = await sandboxInfo();
  const channel = channelOf(page);
  const reported = new Promise<PageReport<T>>((resolve) => channel.addEventListener('message', ({ data }) => resolve(data), { once: true }));
  const opened = window.open(`${testOrigin}/test/e2e/pages/${page}.html`, page);
  try {
    return await reported;
  } finally {
    opened?.close();
    channel.close();
  }
}

/** Waits for `read` to return something, checking every 50 ms for up to 10 s. */
export async function until<T>(read: () => T | null | undefined): Promise<T> {
  for (let tries = 0; tries < 200; tries += 1) {
    const found = read();
    if (found) return found;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`gave up waiting for ${read.toString()}`);
}

/** The paths of every file the page has fetched so far. */
export function fetched(): string[] {
  return performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname);
}

function buttonText(signIn: Element): string {
  return (signIn.shadowRoot?.querySelector('[part~="button"]')?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/**
 * `<portico-auth>` and `<portico-sign-in>` for the sandbox's Contoso, prepended to the body; signing
 * out forgets the account on this page only (no sign-out window at the provider).
 */
export function addSignIn(info: SandboxInfo): void {
  const redirectUri = `${info.testOrigin}/test/e2e/pages/redirect.html`;
  document.body.insertAdjacentHTML(
    'afterbegin',
    `<portico-auth id="contoso" client-id="${info.spa.clientId}" authority="${info.origin}/contoso" label="Contoso" redirect-uri="${redirectUri}"
      login-hint="ada@contoso.test" prompt="login" scopes="openid profile" sign-out="local"></portico-auth>
    <portico-sign-in></portico-sign-in>`,
  );
}

/** Clicks the sign-in button and waits for the sign-in; what the button said before and after. */
export async function signInWithClick(): Promise<{ before: string; after: string }> {
  return clickAndWait('portico-sign-in');
}

/** Clicks the sign-out button and waits for the sign-out (MSAL clearing its cache); what the button says then. */
export async function signOutWithClick(): Promise<string> {
  return (await clickAndWait('portico-sign-out')).after;
}

/** Clicks `<portico-sign-in>`'s button and waits for `event`; what the button said before and after. */
async function clickAndWait(event: 'portico-sign-in' | 'portico-sign-out'): Promise<{ before: string; after: string }> {
  await Promise.all([customElements.whenDefined('portico-auth'), customElements.whenDefined('portico-sign-in')]);
  const auth = document.querySelector('portico-auth')!;
  const signIn = document.querySelector('portico-sign-in')!;
  await auth.controller!.ready;
  await signIn.updateComplete;
  const before = buttonText(signIn);
  const done = new Promise((resolve) => document.addEventListener(event, resolve, { once: true }));
  signIn.shadowRoot!.querySelector<HTMLButtonElement>('[part~="button"]')!.click();
  await done;
  await signIn.updateComplete;
  return { before, after: buttonText(signIn) };
}
