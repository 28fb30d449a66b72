/**
 * A sign-in page on the built dist/cdn/autoload.js (autoload.html): only `<portico-auth>` and
 * `<portico-sign-in>`. It signs in through the sandbox with a click, then adds an API console, and
 * reports to the test (over a BroadcastChannel) what the button said and which files were fetched.
 */
import { sandboxInfo } from '../sandbox.js';
import { addSignIn, fetched, report, signInWithClick } from './cdn-page.js';

export interface AutoloadReport {
  before: string;
  after: string;
  /** The path autoload.js imports `<portico-api-console>` from. */
  consoleModule: string;
  fetchedBeforeConsole: string[];
  fetchedAfterConsole: string[];
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
  addSignIn(await sandboxInfo());
  const { before, after } = await signInWithClick();
  const consoleModule = await moduleOf('portico-api-console');
  const fetchedBeforeConsole = fetched();
  document.body.append(document.createElement('portico-api-console'));
  await customElements.whenDefined('portico-api-console');
  return { before, after, consoleModule, fetchedBeforeConsole, fetchedAfterConsole: fetched() };
}

report('autoload', run);
