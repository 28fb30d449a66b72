import type { Fetch } from '../apim/data-api.js';

/** A subscription the fake data API starts with. */
export interface FakeSubscription {
  readonly id: string;
  readonly name: string;
  /** `/products/{id}`, `/apis` or `/apis/{id}`. */
  readonly scope: string;
  readonly state: 'active' | 'submitted' | 'suspended' | 'cancelled' | 'expired';
}

export interface FakeDataApiOptions {
  /** `false` answers `GET /identity` with 401: an unknown developer until `POST /users`. Default `true`. */
  readonly known?: boolean;
  readonly subscriptions?: readonly FakeSubscription[];
  /** `hang` never answers `GET /identity` (a loading state); `fail` answers everything with 500. */
  readonly mode?: 'normal' | 'hang' | 'fail';
}

/** The data API's flat contracts: `id` is the resource's name, `name` its display name. */
const PRODUCTS = [
  { id: 'starter', name: 'Starter', description: 'Approved at once.', approvalRequired: false, subscriptionRequired: true, apis: ['conference'] },
  { id: 'unlimited', name: 'Unlimited', description: 'Needs approval.', approvalRequired: true, subscriptionRequired: true, apis: ['conference', 'inventory'] },
];

/**
 * A `fetch` answering like API Management's developer data API, in memory, for `ApimController`
 * in component tests and stories: products Starter (auto-approved; holds the API `conference`)
 * and Unlimited (approval required; `conference` and `inventory`), the given subscriptions, keys
 * that change when regenerated. `requests` lists what it was asked.
 */
export function fakeDataApi(options: FakeDataApiOptions = {}): Fetch & { requests: string[] } {
  let known = options.known ?? true;
  const subscriptions = new Map((options.subscriptions ?? []).map((item) => [item.id, { ...item, keys: [key(), key()] }]));
  const requests: string[] = [];
  const expiry = new Date(Date.now() + 3_600_000).toISOString().slice(0, 16).replace(/[-T:]/gu, '');
  const sas = { 'Ocp-Apim-Sas-Token': `SharedAccessSignature token="developer1&${expiry}&ZmFrZQ==",refresh="true"` };

  const fake = async (input: RequestInfo | URL, init: RequestInit = {}): Promise<Response> => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    const method = init.method ?? 'GET';
    const path = url.pathname.replace(/^\/developer/u, '');
    requests.push(`${method} ${path}`);
    if (options.mode === 'hang') return new Promise<Response>(() => undefined);
    if (options.mode === 'fail') return json(500, { error: { code: 'ServerError', message: 'The fake is down.' } });
    const body = typeof init.body === 'string' ? (JSON.parse(init.body) as Record<string, string>) : {};
    if (path === '/identity') return known ? json(200, { id: 'developer1' }, sas) : json(401, { error: { code: 'Unauthorized', message: 'Unknown.' } });
    if (path === '/users' && method === 'POST') {
      known = true;
      return json(201, { id: '/users/developer1' }, sas);
    }
    const rest = path.replace(/^\/users\/developer1/u, '');
    if (rest === '/products') return json(200, { value: PRODUCTS.map(product), count: PRODUCTS.length });
    const forApi = /^\/apis\/([\w-]+)\/products$/u.exec(rest)?.[1];
    if (forApi) {
      const holding = PRODUCTS.filter(({ apis }) => apis.includes(forApi)).map(product);
      return json(200, { value: holding, count: holding.length });
    }
    if (rest === '/subscriptions') return json(200, { value: [...subscriptions.values()].map(contract), count: subscriptions.size });
    const match = /^\/subscriptions\/([\w-]+)(?:\/(\w+))?$/u.exec(rest);
    const id = match?.[1] ?? '';
    const action = match?.[2];
    if (method === 'POST' && !action) {
      const productId = body.scope?.split('/').pop() ?? '';
      const item: FakeSubscription = { id, name: body.name ?? '', scope: body.scope ?? '', state: productId === 'unlimited' ? 'submitted' : 'active' };
      const created = { ...item, keys: [key(), key()] };
      subscriptions.set(id, created);
      return json(201, contract(created));
    }
    const item = subscriptions.get(id);
    if (!item) return json(404, { error: { code: 'ResourceNotFound', message: 'Not found.' } });
    if (method === 'GET' && !action) return json(200, contract(item));
    if (action === 'listSecrets') return json(200, { primaryKey: item.keys[0], secondaryKey: item.keys[1] });
    if (action === 'regeneratePrimaryKey' || action === 'regenerateSecondaryKey') {
      item.keys[action === 'regeneratePrimaryKey' ? 0 : 1] = key();
      return new Response(null, { status: 204 });
    }
    if (method === 'PATCH') {
      const next = { ...item, ...(body.name ? { name: body.name } : {}), ...(body.state ? { state: 'cancelled' as const } : {}) };
      subscriptions.set(id, next);
      return json(200, contract(next));
    }
    return json(404, { error: { code: 'ResourceNotFound', message: 'Not found.' } });
  };
  return Object.assign(fake, { requests });
}

/** A subscription as the data API answers it: its keys inline, its scope a full resource path. */
function contract(item: FakeSubscription & { keys: string[] }): Record<string, unknown> {
  return {
    id: item.id,
    name: item.name,
    scope: `/subscriptions/sid/resourceGroups/rg/providers/Microsoft.ApiManagement/service/contoso${item.scope}`,
    state: item.state,
    createdDate: '2026-01-15T10:00:00Z',
    primaryKey: item.keys[0],
    secondaryKey: item.keys[1],
  };
}

function product({ id, name, description, approvalRequired, subscriptionRequired }: (typeof PRODUCTS)[number]): Record<string, unknown> {
  return { id, name, description, approvalRequired, subscriptionRequired };
}

function key(): string {
  return [...crypto.getRandomValues(new Uint8Array(16))].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}

function json(status: number, value: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(value), { status, headers: { 'content-type': 'application/json', ...headers } });
}
