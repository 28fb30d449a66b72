/**
 * A page on the built dist/cdn/portico.js (portico.html), which runs before this module: it
 * reports the tag of every element class the module exports (null for one not defined by then)
 * and what else it exports, then signs in through
 * the sandbox with a click and sends a request with the user's token from an API console, whose
 * description the bundle's worker reads; then signs out.
 */
import { sandboxInfo } from '../sandbox.js';
import { addSignIn, report, signInWithClick, signOutWithClick, until } from './cdn-page.js';

export interface PorticoReport {
  /** The tag each exported element class is defined as, null where it is not. */
  tags: (string | null)[];
  exports: string[];
  before: string;
  after: string;
  /** The console's status line after Send. */
  status: string;
  body: string;
  /** The sign-in button once signed out again. */
  signedOut: string;
}

async function run(): Promise<PorticoReport> {
  const bundle = (await import(/* @vite-ignore */ new URL('/dist/cdn/portico.js', location.href).href)) as Record<string, unknown>;
  const elementClasses = Object.values(bundle).filter(
    (value): value is CustomElementConstructor => typeof value === 'function' && value.prototype instanceof HTMLElement,
  );
  const tags = elementClasses.map((element) => customElements.getName(element));
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
  return { tags, exports: Object.keys(bundle).sort(), before, after, status, body, signedOut: await signOutWithClick() };
}

report('portico', run);
