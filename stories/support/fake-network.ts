import type { StoryContext } from '@storybook/web-components-vite';

/** What a stubbed address answers. Called once per request: a `Response` body can be read only once. */
export type Route = (request: Request) => Response | Promise<Response>;

/** The routes of every story on the page now, each set by the URL prefix it answers for. */
const active = new Set<ReadonlyMap<string, Route>>();
/** The page's own `fetch`, kept from when the stub first stood in for it. */
let pageFetch: typeof fetch | undefined;

/**
 * A story's `beforeEach`: while the story is shown, a `fetch` under one of `create()`'s URLs (the
 * URL itself, or a path below it; relative ones resolve against the page) gets the answer of the
 * longest such URL's route instead of going out; every other request goes out as usual. The
 * cleanup it returns puts the page's `fetch` back once no story needs the stub. A docs page
 * renders many stories in one document, so the stub is shared and each story adds its routes;
 * stories that give one URL different answers would clash there, so a story with a special
 * answer gives it a URL of its own. Like `fakeProviders`, routes are made once per story, not on
 * every re-render.
 *
 * @example
 * beforeEach: fakeNetwork(() => ({ 'https://api.contoso.example/v1/orders': () => json([]) })),
 */
export function fakeNetwork(create: () => Readonly<Record<string, Route>>) {
  const byStory = new Map<string, ReadonlyMap<string, Route>>();
  return (context: Pick<StoryContext, 'id'>): (() => void) | undefined => {
    if (byStory.has(context.id)) return undefined;
    const routes = new Map(Object.entries(create()).map(([url, route]) => [withoutQuery(url), route]));
    byStory.set(context.id, routes);
    active.add(routes);
    if (window.fetch !== stubbedFetch) {
      pageFetch = window.fetch;
      window.fetch = stubbedFetch;
    }
    return () => {
      active.delete(routes);
      byStory.delete(context.id);
      if (active.size === 0 && pageFetch) window.fetch = pageFetch;
    };
  };
}

async function stubbedFetch(input: RequestInfo | URL, init?: RequestInit): Promise<Response> {
  const url = withoutQuery(input instanceof Request ? input.url : String(input));
  let found: { prefix: string; route: Route } | undefined;
  for (const routes of active) {
    for (const [prefix, route] of routes) {
      const matches = url === prefix || url.startsWith(prefix.endsWith('/') ? prefix : `${prefix}/`);
      if (matches && prefix.length > (found?.prefix.length ?? -1)) found = { prefix, route };
    }
  }
  if (!found) return pageFetch!(input, init);
  const request = new Request(input, init);
  request.signal.throwIfAborted();
  return found.route(request);
}

/** A URL without its query and fragment, resolved against the page. */
function withoutQuery(url: string): string {
  const parsed = new URL(url, document.baseURI);
  return `${parsed.origin}${parsed.pathname}`;
}

/** A JSON answer (status 200 unless `init` says otherwise). */
export function json(value: unknown, init: ResponseInit = {}): Response {
  const headers = new Headers(init.headers);
  if (!headers.has('content-type')) headers.set('content-type', 'application/json; charset=utf-8');
  return new Response(JSON.stringify(value), { status: 200, ...init, headers });
}

/** Never answers: the request stays pending until it is aborted (cancelled, or timed out). */
export const never: Route = ({ signal }) =>
  new Promise((_, reject) => signal.addEventListener('abort', () => reject(new DOMException('The operation was aborted.', 'AbortError')), { once: true }));

/**
 * Fails the way a CORS refusal does: the request rejects with the browser's bare `TypeError`
 * (which an unreachable server gives too), but the server is there, so a `no-cors` request to it
 * (the console's follow-up check) gets an answer, an opaque one in a real browser.
 */
export const refusedByCors: Route = ({ mode }) => (mode === 'no-cors' ? new Response(null) : Promise.reject(new TypeError('Failed to fetch')));

/** Fails the way an unreachable server does: every request rejects, the `no-cors` check too. */
export const unreachable: Route = () => Promise.reject(new TypeError('Failed to fetch'));
