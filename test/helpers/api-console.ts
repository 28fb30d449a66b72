import { fixture, html } from '@open-wc/testing';
import '../../src/components/api-console/portico-api-console.js';
import type { PorticoApiConsole } from '../../src/components/api-console/portico-api-console.js';
import { securityPanels } from '../../src/components/api-console/internal/console-security.js';
import { part, parts, settle, textOf, widgetTestBed } from './auth-widgets.js';

/** One request the page made, as the fake network saw it. */
export interface SeenRequest {
  readonly url: string;
  readonly method: string;
  readonly headers: Headers;
  readonly body: BodyInit | null | undefined;
  readonly mode: RequestMode | undefined;
  readonly redirect: RequestRedirect | undefined;
  readonly signal: AbortSignal | null | undefined;
}

export type Route = (request: SeenRequest) => Response | Promise<Response> | 'network-error';

/**
 * Replaces `fetch` for one test: each request goes to the first route whose key its URL starts
 * with (`no-cors` probes included), and is recorded. An unmatched URL fails like an unreachable
 * server; `blob:` URLs are read for real.
 */
export function fakeNetwork(routes: Record<string, Route>) {
  const original = window.fetch;
  const seen: SeenRequest[] = [];
  window.fetch = async (input: RequestInfo | URL, init: RequestInit = {}) => {
    // Object URLs (downloads, previews) are the page's own: read them for real.
    if (String(input).startsWith('blob:')) return original(input, init);
    const request: SeenRequest = {
      url: String(input),
      method: init.method ?? 'GET',
      headers: new Headers(init.headers),
      body: init.body,
      mode: init.mode,
      redirect: init.redirect,
      signal: init.signal,
    };
    seen.push(request);
    const signal = init.signal;
    signal?.throwIfAborted();
    const route = Object.entries(routes).find(([prefix]) => request.url.startsWith(prefix))?.[1];
    const answer = route ? await route(request) : 'network-error';
    if (answer === 'network-error') throw new TypeError('Failed to fetch');
    return answer;
  };
  return {
    /** Requests other than CORS probes, oldest first. */
    get requests() {
      return seen.filter((request) => request.mode !== 'no-cors');
    },
    get all() {
      return seen;
    },
    restore: () => (window.fetch = original),
  };
}

export const json = (value: unknown, init: ResponseInit = {}) =>
  new Response(JSON.stringify(value), { status: 200, ...init, headers: { 'content-type': 'application/json', ...(init.headers as Record<string, string>) } });

/** A route that answers `value` as JSON, whatever the request. */
export const answerJson =
  (value: unknown, init: ResponseInit = {}): Route =>
  () =>
    json(value, init);

/** A route that never answers, until the request is aborted. */
export const hang: Route = (request) =>
  new Promise((_, reject) => request.signal?.addEventListener('abort', () => reject(new DOMException('The operation was aborted.', 'AbortError'))));

/** A `<portico-api-console>` with these attributes, on the page and rendered. */
export async function consoleFixture(attributes: Record<string, string>): Promise<PorticoApiConsole> {
  const parent = await fixture<HTMLDivElement>(html`<div></div>`);
  const el = document.createElement('portico-api-console');
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  parent.append(el);
  await settle(el);
  return el;
}

/** Waits until `condition` holds, letting the element update in between; fails after `timeout` ms. */
export async function waitFor(el: PorticoApiConsole, condition: () => boolean, what = 'the condition', timeout = 10_000): Promise<void> {
  const deadline = Date.now() + timeout;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
    await el.updateComplete;
  }
}

/** Waits until the description's operations are listed (or its failure explained). */
export async function specLoaded(el: PorticoApiConsole, timeout?: number): Promise<void> {
  await waitFor(el, () => part(el, 'operations') !== null || part(el, 'diagnostic') !== null, 'the description', timeout);
}

/**
 * Opens an operation by clicking it in the picker (searching for it first), and waits for the
 * security panel's code, fetched the first time an operation declares security.
 */
export async function openOperation(el: PorticoApiConsole, key: string): Promise<void> {
  const search = part<HTMLInputElement>(el, 'search')!;
  search.value = key.split(' ')[1]!;
  search.dispatchEvent(new InputEvent('input'));
  await settle(el);
  const button = parts<HTMLButtonElement>(el, 'operation').find((candidate) => candidate.dataset['key'] === key);
  if (!button) throw new Error(`No operation ${key} in the picker`);
  button.click();
  await settle(el);
  await securityPanels.load();
  await settle(el);
}

/** Clicks Send and waits until the console is no longer busy. */
export async function send(el: PorticoApiConsole, timeout?: number): Promise<void> {
  part<HTMLButtonElement>(el, 'send')!.click();
  await settle(el);
  await waitFor(el, () => !part<HTMLButtonElement>(el, 'send')!.disabled, 'the request to finish', timeout);
}

/** Types into a field the way a user does (value, then an input event). */
/** Opens the "copy as" panel and waits for its code (fetched when the panel first opens); returns the panel. */
export async function openSnippet(el: PorticoApiConsole): Promise<HTMLDetailsElement> {
  const panel = part<HTMLDetailsElement>(el, 'snippet')!;
  panel.open = true;
  await waitFor(el, () => panel.querySelector('pre') !== null, 'the snippet');
  return panel;
}

export async function type(el: PorticoApiConsole, field: HTMLInputElement | HTMLTextAreaElement, value: string): Promise<void> {
  field.value = value;
  field.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  await settle(el);
}

/** The field labelled by a parameter's name. */
export function parameterField<T extends HTMLElement = HTMLInputElement>(el: PorticoApiConsole, location: string, name: string): T {
  return el.shadowRoot!.getElementById(`parameter-${location}-${name}`) as T;
}

export function statusOf(el: PorticoApiConsole): string {
  return textOf(part(el, 'status'));
}

export { part, parts, settle, textOf };

/**
 * `widgetTestBed()` plus what console tests need: no session storage left over, and the fake
 * network restored. Set `bed.network` to the fake network a test installs.
 */
export function consoleTestBed(): ReturnType<typeof widgetTestBed> & { network: ReturnType<typeof fakeNetwork> } {
  const bed = Object.assign(widgetTestBed(), { network: undefined as unknown as ReturnType<typeof fakeNetwork> });
  beforeEach(() => sessionStorage.clear());
  afterEach(() => {
    bed.network?.restore();
    sessionStorage.clear();
  });
  return bed;
}
