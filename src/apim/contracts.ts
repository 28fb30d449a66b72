import { ApimErrorCode, PorticoApimError } from './errors.js';
import { SubscriptionState, type ApimProduct, type ApimSubscription, type SubscriptionKeys } from './types.js';

/**
 * The developer data API's answers, read defensively: what is missing becomes empty rather than
 * `undefined` at runtime. Its contracts are flat (`{ id: 'starter', name: 'Starter', … }`: `id` is
 * the resource's name, `name` its display name, a subscription's keys inline); older answers are
 * shaped like the management API's (`{ id: '/…/products/starter', name: 'starter', properties: {
 * displayName: 'Starter', … } }`), and both are read.
 */
type Json = Readonly<Record<string, unknown>>;

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const text = (value: unknown): string => (typeof value === 'string' ? value : '');
const textOrNull = (value: unknown): string | null => (typeof value === 'string' && value ? value : null);
/** The last segment of `/products/starter`, or the value itself when it has none. */
const resourceName = (value: unknown): string => text(value).split('/').pop() ?? '';

function invalid(what: string): PorticoApimError {
  return new PorticoApimError(
    ApimErrorCode.InvalidResponse,
    `API Management sent ${what} Portico cannot read.`,
    'Check that developer-url is the developer portal’s URL (https://{service}.developer.azure-api.net) and not the gateway’s or the management API’s.',
  );
}

/** `{ value: [...] }`, the data API's page. */
export function pageItems(body: unknown): readonly Json[] {
  if (!isObject(body) || !Array.isArray(body.value)) throw invalid('a list');
  return body.value.filter(isObject);
}

/** A contract with its management-API-style `properties` (if any) lifted beside `id` and `name`. */
function flat(contract: Json): Json {
  return isObject(contract.properties) ? { ...contract, ...contract.properties } : contract;
}

/** The display name: `displayName` where the contract has one (management API shape), else `name`. */
const displayName = (contract: Json): string => text(contract.displayName) || text(contract.name);

export function toProduct(body: Json): ApimProduct {
  const contract = flat(body);
  const id = resourceName(contract.id || contract.name);
  return {
    id,
    name: displayName(contract) || id,
    description: text(contract.description),
    approvalRequired: contract.approvalRequired === true,
    subscriptionRequired: contract.subscriptionRequired !== false,
    subscriptionsLimit: typeof contract.subscriptionsLimit === 'number' ? contract.subscriptionsLimit : null,
    terms: text(contract.terms),
  };
}

const STATES: readonly string[] = Object.values(SubscriptionState);

export function toSubscription(body: unknown): ApimSubscription {
  if (!isObject(body)) throw invalid('a subscription');
  const contract = flat(body);
  const scope = text(contract.scope);
  const state = text(contract.state).toLowerCase();
  const id = resourceName(contract.id || contract.name);
  return {
    id,
    name: displayName(contract) || id,
    scope,
    productId: /\/products\/([^/]+)$/u.exec(scope)?.[1] ?? null,
    state: (STATES.includes(state) ? state : SubscriptionState.Suspended) as SubscriptionState,
    createdDate: textOrNull(contract.createdDate),
    startDate: textOrNull(contract.startDate),
    expirationDate: textOrNull(contract.expirationDate),
  };
}

/** The keys of a `listSecrets` answer. */
export function toKeys(body: unknown): SubscriptionKeys {
  const keys = keysIn(body);
  if (!keys) throw invalid('keys');
  return keys;
}

/** The keys a subscription contract carries inline (as the data API's do), or `null`. */
export function keysIn(body: unknown): SubscriptionKeys | null {
  if (!isObject(body)) return null;
  const contract = flat(body);
  const { primaryKey, secondaryKey } = contract;
  return typeof primaryKey === 'string' && typeof secondaryKey === 'string' && primaryKey && secondaryKey ? { primaryKey, secondaryKey } : null;
}

/** The `id` of `GET /identity`'s answer. */
export function toDeveloperId(body: unknown): string {
  if (!isObject(body) || !text(body.id)) throw invalid('an identity');
  return resourceName(body.id);
}

/** A subscription id like the developer portal's (a BSON object id: 24 hex digits). */
export function newSubscriptionId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(12));
  return [...bytes].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}
