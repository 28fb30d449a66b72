/**
 * A sign-in page on the built dist/cdn/autoload.js (autoload.html): only `<portico-auth>` and
 * `<portico-sign-in>`. It signs in through the sandbox with a click, then adds an API console, and
 * reports to the test (over a BroadcastChannel) what the button said and which files were fetched.
 */
import { sandboxInfo } from '../sandbox.js';

export interface AutoloadReport {
  error?: string;
  before: string;
  after: string;
  /** The path autoload.js imports `<portico-api-console>` from. */
  consoleModule: string;
  fetchedBeforeConsole: string[];
  fetchedAfterConsole: string[];
}

const channel = new BroadcastChannel('portico-e2e-autoload');

function fetched(): string[] {
  return performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname);
}

function buttonText(signIn: Element): string {
  return (signIn.shadowRoot?.querySelector('[part~="button"]')?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Where autoload.js imports `tag`'s module from, read from the built file itself. */
async function moduleOf(tag: string): Promise<string> {
  const url = new URL('/dist/cdn/autoload.js', location.href);
  const text = await (await fetch(url)).text();
  const specifier = new RegExp(`["']?${tag}["']?\\s*:\\s*\\(\\)\\s*=>\\s*import\\(\\s*["']([^"']+)["']`).exec(text)?.[1];
  if (!specifier) throw new Error(`autoload.js has no module for <${tag}>`);
  return new URL(specifier, url).pathname;
}

async function run(): Promise<AutoloadReport> {
  const info = await sandboxInfo();
  const redirectUri = `${info.testOrigin}/test/e2e/pages/redirect.html`;
  document.body.innerHTML = `
    <portico-auth client-id="${info.spa.clientId}" authority="${info.origin}/contoso" label="Contoso" redirect-uri="${redirectUri}"
      login-hint="ada@contoso.test" prompt="login" scopes="openid profile"></portico-auth>
    <portico-sign-in></portico-sign-in>`;
  await Promise.all([customElements.whenDefined('portico-auth'), customElements.whenDefined('portico-sign-in')]);
  const auth = document.querySelector('portico-auth')!;
  const signIn = document.querySelector('portico-sign-in')!;
  await auth.controller!.ready;
  await signIn.updateComplete;
  const before = buttonText(signIn);
  const signedIn = new Promise((resolve) => document.addEventListener('portico-sign-in', resolve, { once: true }));
  signIn.shadowRoot!.querySelector<HTMLButtonElement>('[part~="button"]')!.click();
  await signedIn;
  await signIn.updateComplete;
  const after = buttonText(signIn);
  const consoleModule = await moduleOf('portico-api-console');
  const fetchedBeforeConsole = fetched();
  document.body.append(document.createElement('portico-api-console'));
  await customElements.whenDefined('portico-api-console');
  return { before, after, consoleModule, fetchedBeforeConsole, fetchedAfterConsole: fetched() };
}

run().then(
  (report) => channel.postMessage(report),
  (error: unknown) => channel.postMessage({ error: String(error) }),
);
