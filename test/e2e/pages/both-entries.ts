/**
 * A page that loads both CDN entries (both-entries.html), which SPEC and README say a page should
 * not: the second copy's definitions are ignored with a warning, nothing throws, and sign-in works.
 * Reports the warnings and errors the page saw once autoload.js's own copy has arrived.
 */
import { sandboxInfo } from '../sandbox.js';
import { addSignIn, report, signInWithClick, until } from './cdn-page.js';

export interface BothEntriesReport {
  warnings: string[];
  errors: string[];
  before: string;
  after: string;
}

declare global {
  interface Window {
    porticoWarnings: string[];
    porticoErrors: string[];
  }
}

async function run(): Promise<BothEntriesReport> {
  // portico.js defined every element at once; autoload.js's copy of the two on the page comes later.
  await until(() => window.porticoWarnings.length >= 2 || null);
  addSignIn(await sandboxInfo());
  const { before, after } = await signInWithClick();
  return { warnings: window.porticoWarnings, errors: window.porticoErrors, before, after };
}

report('both-entries', run);
