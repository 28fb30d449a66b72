import type { Meta, StoryContext, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/api-console/portico-api-console.js';
import type { PorticoApiConsole } from '../src/components/api-console/portico-api-console.js';
import { FakeAuthController, fakeAccount } from '../src/testing/index.js';
import { elementArgs } from './support/element-args.js';
import { apimId, fakeApim } from './support/fake-apim.js';
import { fakeNetwork, json, never, refusedByCors, unreachable, type Route } from './support/fake-network.js';
import { fakeProviders, providerIds, providerSuffix } from './support/fake-providers.js';
import { ORDERS_API, ordersToken } from './support/jwt.js';
import { API, SPEC_URL, ordersApi } from './support/orders-api.js';
import { securedApi } from '../test/helpers/openapi-fixtures.js';

/** A story's fake Contoso, signed in as Ada Lovelace, whose token is `accessToken()` (a token for the Orders API by default). */
const signedIn = (accessToken = () => ordersToken({ scp: 'Orders.Read Orders.Write' })) =>
  fakeProviders(() => ({ contoso: new FakeAuthController({ label: 'Contoso', account: fakeAccount(), accessToken: accessToken() }) }));

/**
 * The console's `id`, unique to the story (the docs' code shows plain `console`). The console
 * keeps its inputs, last answers and history per tab in `sessionStorage`, shared by consoles for
 * the same API unless each has its own id.
 */
const consoleId = (context: Pick<StoryContext, 'id'>) => `console${providerSuffix(context)}`;

/** The stories whose session this visit has emptied already (`beforeEach` runs again on every re-render). */
const started = new Set<string>();

/**
 * Each visit to a story starts with an empty session, and leaving it empties it again, so a story
 * shows its state rather than what an earlier visit left. Relies on the session key naming the
 * console's id (src/components/api-console/portico-api-console.ts); no public API clears it.
 */
const freshSession = (context: StoryContext) => {
  if (started.has(context.id)) return undefined;
  const forget = () => {
    for (const key of Object.keys(sessionStorage)) if (key.startsWith(`portico-api-console ${consoleId(context)} `)) sessionStorage.removeItem(key);
  };
  forget();
  started.add(context.id);
  return () => {
    forget();
    started.delete(context.id);
  };
};

const meta = {
  title: 'Elements/portico-api-console',
  component: 'portico-api-console',
  argTypes: {
    // The story's own provider; see fakeProviders.
    auth: { control: false },
  },
  args: { 'base-url': API, 'expected-audience': ORDERS_API, scopes: `${ORDERS_API}/Orders.Read` },
  // Every story can be sent again by hand: the fake Orders API answers (see stories/support/orders-api.ts).
  beforeEach: [freshSession, fakeNetwork(() => ({ [API]: ordersApi }))],
  // Most states follow a click on Send, which each story's play function makes: on the docs page too.
  parameters: { docs: { story: { autoplay: true } } },
  render: (args, context) => html`<portico-api-console id=${consoleId(context)} auth=${providerIds(context)} ${elementArgs(args)}></portico-api-console>`,
} satisfies Meta;

export default meta;
type Story = StoryObj;
type Play = NonNullable<Story['play']>;

// --- what a user does -----------------------------------------------------------------------------

/** The story's console, rendered. */
async function consoleIn(canvasElement: HTMLElement): Promise<PorticoApiConsole> {
  const element = canvasElement.querySelector('portico-api-console');
  if (!element) throw new Error('The story has no <portico-api-console>.');
  await element.updateComplete;
  return element;
}

function part<T extends HTMLElement = HTMLElement>(element: PorticoApiConsole, name: string): T | null {
  return element.shadowRoot?.querySelector<T>(`[part~="${name}"]`) ?? null;
}

/** Waits until `ready()` holds, letting the console update meanwhile; fails after ten seconds. */
async function until(element: PorticoApiConsole, ready: () => boolean, what: string): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (!ready()) {
    if (Date.now() > deadline) throw new Error(`Waited in vain for ${what}.`);
    await new Promise((resolve) => setTimeout(resolve, 20));
    await element.updateComplete;
  }
}

/** Clicks Send; unless told not to wait, waits until the answer (or why there is none) shows. */
async function send(element: PorticoApiConsole, { wait = true } = {}): Promise<void> {
  part<HTMLButtonElement>(element, 'send')?.click();
  await element.updateComplete;
  if (wait) await until(element, () => part<HTMLButtonElement>(element, 'send')?.disabled === false, 'the answer');
}

/** Opens an operation of the description by clicking it in the picker. */
async function open(element: PorticoApiConsole, key: string): Promise<void> {
  await until(element, () => part(element, 'operations') !== null, 'the API description');
  element.shadowRoot?.querySelector<HTMLButtonElement>(`[part~="operation"][data-key="${key}"]`)?.click();
  await element.updateComplete;
}

/** Types `value` into the field with this id, as a user would. */
async function type(element: PorticoApiConsole, id: string, value: string): Promise<void> {
  const field = element.shadowRoot?.getElementById(id) as HTMLInputElement | null;
  if (!field) throw new Error(`The console has no field #${id}.`);
  field.value = value;
  field.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  await element.updateComplete;
}

/** Sends the request as the story sets it up, and waits for the answer. */
const sendIt: Play = async ({ canvasElement }) => send(await consoleIn(canvasElement));

// --- stories --------------------------------------------------------------------------------------

/**
 * No description: a request typed by hand. `path` (and `method`) preset it; it is appended to
 * `base-url`, whose origin alone receives the signed-in user's token. Press Send: the stories'
 * fake Orders API answers.
 */
export const Idle: Story = {
  args: { path: '/orders/ORD-1042' },
  beforeEach: signedIn(),
};

/**
 * `spec-url` loads an OpenAPI description (here a small one, served by a stubbed `fetch`): a
 * searchable picker grouped by tag, and for the open operation (`operation="getOrder"`) its
 * summary and a form for its parameters. The token is asked for the operation's OAuth scopes
 * when `scopes` is empty.
 */
export const SpecPicker: Story = {
  args: { 'spec-url': SPEC_URL, operation: 'getOrder', scopes: '' },
  beforeEach: signedIn(),
};

/**
 * Sent, no answer yet: "Sending…" (then "Receiving…" with the bytes so far), Send disabled and
 * Cancel enabled. This API never answers; after `timeout` (30 s by default) the console says so.
 */
export const Loading: Story = {
  args: { path: '/reports/2024' },
  beforeEach: [signedIn(), fakeNetwork(() => ({ [`${API}/reports`]: never }))],
  play: async ({ canvasElement }) => send(await consoleIn(canvasElement), { wait: false }),
};

/**
 * The answer: status with its meaning, time and size; the headers the API exposed; JSON
 * pretty-printed and highlighted (as text: nothing in an answer is ever rendered as HTML). Under
 * "The token sent", the token inspector shows the token that went with it.
 */
export const JsonResponse: Story = {
  name: '200 JSON',
  args: { path: '/orders/ORD-1042' },
  beforeEach: signedIn(),
  play: sendIt,
};

/** An image answer is previewed, with a link to download it. */
export const ImageResponse: Story = {
  name: 'Image',
  args: { path: '/orders/ORD-1042/label' },
  beforeEach: signedIn(),
  play: sendIt,
};

/** A body that is neither text nor an image (here a PDF) is offered as a download. */
export const BinaryResponse: Story = {
  name: 'Binary',
  args: { path: '/orders/ORD-1042/invoice' },
  beforeEach: signedIn(),
  play: sendIt,
};

/** Over 2 MB, only the first 2 MB of a body are shown, with "Show all" and "Download". */
export const TruncatedResponse: Story = {
  name: 'Truncated',
  args: { path: '/orders/export' },
  beforeEach: signedIn(),
  play: sendIt,
};

/**
 * A 401 explained. `scopes` asks for Microsoft Graph's `User.Read`, so the token is for Graph;
 * the console warns before sending (its audience is not `expected-audience`), and after the 401
 * it puts the token's `aud`, `scp`, `roles` and `exp` beside what the API's `WWW-Authenticate`
 * asked for, with the likely cause first.
 */
export const Unauthorized: Story = {
  name: '401 explained',
  args: { path: '/orders/ORD-1042', scopes: 'User.Read' },
  beforeEach: signedIn(() => ordersToken({ aud: 'https://graph.microsoft.com', scp: 'User.Read openid profile' })),
  play: sendIt,
};

/**
 * The API sends no CORS headers for this page: the browser hides its answer. The console tells
 * that apart from an unreachable server (a second, `no-cors` request reaches it) and lists the
 * headers the API must send for this page, method and headers.
 */
export const CorsFailure: Story = {
  name: 'CORS failure',
  args: { 'base-url': 'https://legacy.contoso.example/api', path: '/orders', 'expected-audience': '', scopes: 'api://contoso-legacy/.default' },
  beforeEach: [signedIn(() => ordersToken({ aud: 'api://contoso-legacy' })), fakeNetwork(() => ({ 'https://legacy.contoso.example': refusedByCors }))],
  play: sendIt,
};

/** Nothing answers at all (down, wrong address, offline): not mistaken for CORS. */
export const Unreachable: Story = {
  args: { 'base-url': 'https://staging.contoso.example/v1', path: '/orders' },
  beforeEach: [signedIn(), fakeNetwork(() => ({ 'https://staging.contoso.example': unreachable }))],
  play: sendIt,
};

/** No answer within `timeout` (here 2 s): the console gives up and says what to do. */
export const Timeout: Story = {
  args: { path: '/reports/2024', timeout: '2000' },
  beforeEach: [signedIn(), fakeNetwork(() => ({ [`${API}/reports`]: never }))],
  play: sendIt,
};

/**
 * The history of this tab, newest first, with each answer's status (or why there was none);
 * choosing an entry reopens its operation. Here: four requests through the description.
 */
export const History: Story = {
  args: { 'spec-url': SPEC_URL, scopes: '' },
  beforeEach: signedIn(),
  play: async ({ canvasElement }) => {
    const element = await consoleIn(canvasElement);
    await open(element, 'GET /orders');
    await send(element);
    await open(element, 'POST /orders');
    await send(element);
    await open(element, 'GET /orders/{orderId}');
    await type(element, 'parameter-path-orderId', 'ORD-9999');
    await send(element);
    await type(element, 'parameter-path-orderId', 'ORD-1042');
    await send(element);
    const history = part<HTMLDetailsElement>(element, 'history');
    if (history) history.open = true;
  },
};

/** Nobody signed in: requests go without a token, and the console offers to sign in. */
export const SignedOut: Story = {
  args: { path: '/orders/ORD-1042' },
  beforeEach: fakeProviders(() => ({ contoso: new FakeAuthController({ label: 'Contoso' }) })),
};

/**
 * The description did not load: a diagnostic above the console says why and how to fix it, logs
 * it once with `console.error`, and fires `portico-error`; hand-typed requests still work.
 */
export const SpecLoadFailed: Story = {
  tags: ['expect-console-error'],
  args: { 'spec-url': 'https://developer.contoso.example/specs/orders.yaml', path: '/orders' },
  beforeEach: [signedIn(), fakeNetwork(() => ({ 'https://developer.contoso.example/specs': () => new Response('Not Found', { status: 404 }) }))],
};

/**
 * The open operation declares a scope (`Orders.Write`) that the token, asked for `scopes`, will not
 * hold: the console offers to ask for it. The click is an interactive request through the shared
 * controller (incremental consent); once granted, the scope is asked for from then on and the
 * request is sent again.
 */
export const AskForScope: Story = {
  name: 'Ask for a missing scope',
  args: { 'spec-url': SPEC_URL },
  beforeEach: signedIn(() => ordersToken({ scp: 'Orders.Read' })),
  play: async ({ canvasElement }) => open(await consoleIn(canvasElement), 'POST /orders'),
};

/**
 * A 403 whose RFC 9457 body names the roles the API wanted: "The API asked for" is filled in from
 * it, and every row where the token falls short is marked.
 */
export const ForbiddenRoles: Story = {
  name: '403 explained, roles',
  args: { path: '/admin/stats' },
  beforeEach: [
    signedIn(() => ordersToken({ scp: 'Orders.Read', roles: ['readers'] })),
    fakeNetwork(() => ({
      [`${API}/admin`]: () =>
        json(
          { type: 'about:blank', title: 'Insufficient permissions', status: 403, expected: { audience: ORDERS_API, roles: ['admins'] } },
          {
            status: 403,
            headers: {
              'content-type': 'application/problem+json',
              'www-authenticate': 'Bearer error="insufficient_scope", error_description="The signed-in user does not have the app role admins."',
            },
          },
        ),
    })),
  ],
  play: sendIt,
};

/**
 * The API answered with a redirect while the request carried the token: the console does not follow
 * it (the browser would hand the token and key to wherever it leads, and does not say where) and
 * says what to do instead.
 */
export const RedirectNotFollowed: Story = {
  name: 'Redirect not followed',
  args: { path: '/orders/moved' },
  beforeEach: [
    signedIn(),
    fakeNetwork(() => ({ [`${API}/orders/moved`]: () => Object.defineProperty(new Response(null), 'type', { value: 'opaqueredirect' }) })),
  ],
  play: sendIt,
};

/** `base-url` without its scheme: a diagnostic in place of the console says how to write it. */
export const BaseUrlWithoutScheme: Story = {
  tags: ['expect-console-error'],
  args: { 'base-url': 'localhost:7071/api', path: '/orders' },
};

/** `apim` + `api-id`: the developer's own keys for the API, from `<portico-apim>` (stories below use a fake data API). */
const withKeyPicker = (options: Parameters<typeof fakeApim>[0] = {}): Story => ({
  beforeEach: [fakeApim(options)],
  render: (args, context) =>
    html`<portico-api-console id=${consoleId(context)} apim=${apimId(context)} api-id="conference" ${elementArgs(args)}></portico-api-console>`,
});
export const KeyPicker: Story = withKeyPicker();
export const KeyPickerSignedOut: Story = withKeyPicker({ signedIn: false });
export const KeyPickerLoading: Story = withKeyPicker({ mode: 'hang' });
export const KeyPickerUnknownDeveloper: Story = withKeyPicker({ known: false });
export const KeyPickerNoCoveringSubscription: Story = withKeyPicker({
  subscriptions: [{ id: 'ada-inventory', name: 'Stock', scope: '/apis/inventory', state: 'active' }],
});
export const KeyPickerApiManagementDown: Story = withKeyPicker({ mode: 'fail' });

// --- streams, bodies and webhooks -------------------------------------------------------------------

const STREAMS_SPEC_URL = 'https://docs.example/streams.json';
/** A description with a streamed operation (OpenAPI 3.2 `itemSchema`), a multipart upload and a webhook. */
const STREAMS_SPEC = {
  openapi: '3.2.0',
  info: { title: 'Streams', version: '1' },
  servers: [{ url: API }],
  paths: {
    '/events': {
      get: {
        operationId: 'streamEvents',
        summary: 'Order events, as they happen',
        responses: { 200: { description: 'Events.', content: { 'text/event-stream': { itemSchema: { $ref: '#/components/schemas/OrderEvent' } } } } },
      },
    },
    '/uploads': {
      post: {
        operationId: 'uploadFiles',
        summary: 'Upload files',
        requestBody: {
          content: {
            'multipart/form-data': {
              schema: {
                type: 'object',
                properties: { title: { type: 'string' }, attachments: { type: 'array', items: { type: 'string', format: 'binary' } } },
              },
            },
          },
        },
        responses: { 200: { description: 'ok' } },
      },
    },
  },
  webhooks: {
    orderShipped: {
      post: {
        summary: 'An order shipped',
        requestBody: {
          content: { 'application/json': { schema: { $ref: '#/components/schemas/OrderEvent' }, example: { id: 4, order: 'ORD-1042', status: 'shipped' } } },
        },
        responses: { 204: { description: 'received' } },
      },
    },
  },
  components: {
    schemas: {
      OrderEvent: {
        type: 'object',
        required: ['id', 'status'],
        properties: { id: { type: 'integer' }, order: { type: 'string' }, status: { type: 'string' } },
      },
    },
  },
};

/** Three order events, then a stream that stays open until the request is aborted. */
const openStream: Route = (request) => {
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      for (const [id, status] of [
        [1, 'placed'],
        [2, 'paid'],
        [3, 'packed'],
      ] as const) {
        controller.enqueue(new TextEncoder().encode(`id: ${id}\nevent: order-status\ndata: {"id":${id},"order":"ORD-1042","status":"${status}"}\n\n`));
      }
      request.signal.addEventListener('abort', () => controller.error(new DOMException('Aborted', 'AbortError')));
    },
  });
  return new Response(body, { headers: { 'content-type': 'text/event-stream' } });
};

const streamsNetwork = fakeNetwork(() => ({ [STREAMS_SPEC_URL]: () => json(STREAMS_SPEC), [`${API}/events`]: openStream }));

/**
 * A `text/event-stream` answer (NDJSON and JSON Lines alike) shows event by event as it
 * arrives: the count, the time since it was sent, Stop, and the shape `itemSchema` names.
 */
export const StreamOpen: Story = {
  name: 'Stream, open',
  args: { 'spec-url': STREAMS_SPEC_URL, operation: 'streamEvents', scopes: '' },
  beforeEach: streamsNetwork,
  play: async ({ canvasElement }) => {
    const element = await consoleIn(canvasElement);
    await until(element, () => part(element, 'send') !== null, 'the form');
    await send(element, { wait: false });
    await until(element, () => part(element, 'event') !== null, 'the first event');
  },
};

/** Stopped: the events that came stay, with the raw stream to download. */
export const StreamStopped: Story = {
  name: 'Stream, stopped',
  args: StreamOpen.args,
  beforeEach: streamsNetwork,
  play: async (context) => {
    await StreamOpen.play!(context);
    const element = await consoleIn(context.canvasElement);
    part<HTMLButtonElement>(element, 'stop')?.click();
    await until(element, () => part<HTMLButtonElement>(element, 'send')?.disabled === false, 'the stop');
  },
};

/** A multipart form built from the schema: an array of files takes several files, sent as one part each. */
export const MultipartForm: Story = {
  name: 'Multipart form with files',
  args: { 'spec-url': STREAMS_SPEC_URL, operation: 'uploadFiles', scopes: '' },
  beforeEach: streamsNetwork,
};

/** A webhook (OpenAPI 3.1 `webhooks`), read-only: its payload schema and example, and no Send. */
export const Webhook: Story = {
  args: { 'spec-url': STREAMS_SPEC_URL, scopes: '' },
  beforeEach: streamsNetwork,
  play: async ({ canvasElement }) => {
    const element = await consoleIn(canvasElement);
    await until(element, () => part(element, 'webhook') !== null, 'the webhooks');
    part<HTMLButtonElement>(element, 'webhook')?.click();
    await element.updateComplete;
  },
};

// --- security from the description, and server variables -------------------------------------------

const SECURED_SPEC_URL = 'https://docs.example/secured.json';
const REGIONAL_SPEC_URL = 'https://docs.example/regional.json';
const REGIONAL_SERVER = {
  url: 'https://{region}.api.contoso.example/{version}',
  variables: { region: { default: 'eu', description: 'Where the data lives.' }, version: { default: 'v2', enum: ['v1', 'v2'] } },
};
const securedNetwork = fakeNetwork(() => ({
  [SECURED_SPEC_URL]: () => json(securedApi()),
  [REGIONAL_SPEC_URL]: () => json(securedApi([REGIONAL_SERVER])),
  [API]: () => json({ ok: true }),
}));
const signedOut = fakeProviders(() => ({ contoso: new FakeAuthController({ label: 'Contoso' }) }));

/** A story of the secured description's operation `operation`, with what the user typed (field id → value). */
const secured = (operation: string, typed: Record<string, string> = {}, args: Story['args'] = {}, provider = signedIn()): Story => ({
  args: { 'spec-url': SECURED_SPEC_URL, operation, scopes: '', ...args },
  beforeEach: [securedNetwork, provider],
  play: async ({ canvasElement }) => {
    const element = await consoleIn(canvasElement);
    await until(element, () => part(element, 'security') !== null, 'the security panel');
    for (const [id, value] of Object.entries(typed)) await type(element, id, value);
  },
});

/** Satisfied: the signed-in user's token, asked for exactly the scopes the operation lists. */
export const SecuritySatisfied: Story = { name: 'Security: satisfied', ...secured('listOrders') };
/** Missing: the operation needs a token and nobody is signed in; the request would go without one. */
export const SecurityMissingToken: Story = { name: 'Security: token missing', ...secured('listOrders', {}, {}, signedOut) };
/** Alternatives (a token, or a partner's API key): without a token, the key the user typed meets the second. */
export const SecurityAlternatives: Story = { name: 'Security: alternatives', ...secured('getEither', { 'credential-partner': 'partner-key' }, {}, signedOut) };
/** A combination: the subscription key and a token, both sent. */
export const SecurityKeyAndToken: Story = { name: 'Security: subscription key and token', ...secured('getReport', {}, { 'subscription-key': 'demo-key' }) };
/** Anonymous allowed (an empty requirement among the alternatives): nothing is missing without a token. */
export const SecurityAnonymousAllowed: Story = { name: 'Security: anonymous allowed', ...secured('getPublic', {}, {}, signedOut) };
/** An API key in a header, not typed yet: missing, with its field. */
export const SecurityApiKeyHeader: Story = { name: 'Security: API key in a header', ...secured('getPartner') };
/** An API key in the query, typed: sent as that parameter, hidden in the snippet. */
export const SecurityApiKeyQuery: Story = { name: 'Security: API key in the query', ...secured('getQuery', { 'credential-queryKey': 'query-key' }) };
/** An API key in a cookie: a browser cannot send it, the console says so; the snippets include it. */
export const SecurityApiKeyCookie: Story = { name: 'Security: API key in a cookie', ...secured('getCookie', { 'credential-session': 'cookie-key' }) };
/** HTTP basic: a username and a password, typed; never stored. */
export const SecurityBasic: Story = {
  name: 'Security: HTTP basic',
  ...secured('getBasic', { 'credential-basic-username': 'ada', 'credential-basic-password': 'secret' }),
};
/** The scopes attribute wins over the operation's: the token is asked for those. */
export const SecurityScopesAttribute: Story = { name: 'Security: scopes attribute wins', ...secured('listOrders', {}, { scopes: `${ORDERS_API}/.default` }) };

/** A server with variables: a text field (default `eu`), a list for the enum, and the URL they make; the origin rules apply to it. */
export const ServerVariables: Story = {
  args: { 'spec-url': REGIONAL_SPEC_URL, operation: 'getOpen', 'base-url': '', 'allowed-origins': 'https://eu.api.contoso.example', scopes: '' },
  beforeEach: securedNetwork,
};

/** A variable changed to an origin not allowed: the console says the credentials stay home. */
export const ServerVariablesElsewhere: Story = {
  name: 'Server variables, another origin',
  args: { ...ServerVariables.args, 'subscription-key': 'demo-key' },
  beforeEach: securedNetwork,
  play: async ({ canvasElement }) => {
    const element = await consoleIn(canvasElement);
    await until(element, () => part(element, 'server-variables') !== null, 'the server variables');
    await type(element, 'server-variable-region', 'us');
  },
};

const HUGE_SPEC_URL = 'https://developer.contoso.example/specs/huge.json';

/** A description of `count` operations in tags of a hundred, as large APIs publish them. */
function hugeDescription(count: number) {
  const paths: Record<string, object> = {};
  for (let i = 0; i < count; i += 1) {
    const group = Math.floor(i / 100);
    paths[`/area${group}/resource${i}`] = {
      [i % 2 ? 'post' : 'get']: {
        operationId: `operation${i}`,
        summary: `Operation ${i} of area ${group}`,
        tags: [`area ${group}`],
        responses: { 200: { description: 'OK' } },
      },
    };
  }
  return { openapi: '3.0.3', info: { title: `${count} operations`, version: '1' }, paths };
}

/**
 * A description with 10,000 operations: the picker is a windowed tree, so only the rows on
 * screen are in the page, whatever the count. Its groups start closed; the open operation's is
 * open and scrolled to. The keyboard walks it as a tree: arrows, Home and End, right and left to
 * open and close a group, Enter to open an operation, and any letter searches.
 */
export const HugeDescription: Story = {
  name: 'Huge description (10,000 operations)',
  args: { 'spec-url': HUGE_SPEC_URL, operation: 'operation4217', scopes: '' },
  beforeEach: fakeNetwork(() => ({ [HUGE_SPEC_URL]: () => json(hugeDescription(10_000)) })),
};
