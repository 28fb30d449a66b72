import { ApimErrorCode, PorticoApimError } from './errors.js';
import { SubscriptionState, type ApimProduct, type ApimSubscription, type SubscriptionKeys } from './types.js';

/** The developer data API's answers, read defensively: what is missing becomes empty rather than `undefined` at runtime. */
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

export function toProduct(contract: Json): ApimProduct {
  return {
    id: resourceName(contract.name || contract.id),
    name: text(contract.displayName) || text(contract.name),
    description: text(contract.description),
    approvalRequired: contract.approvalRequired === true,
    subscriptionRequired: contract.subscriptionRequired !== false,
    subscriptionsLimit: typeof contract.subscriptionsLimit === 'number' ? contract.subscriptionsLimit : null,
    terms: text(contract.terms),
  };
}

const STATES: readonly string[] = Object.values(SubscriptionState);

export function toSubscription(contract: unknown): ApimSubscription {
  if (!isObject(contract)) throw invalid('a subscription');
  const scope = text(contract.scope);
  const state = text(contract.state).toLowerCase();
  const id = resourceName(contract.name || contract.id);
  return {
    id,
    name: text(contract.displayName) || id,
    scope,
    productId: /\/products\/([^/]+)$/u.exec(scope)?.[1] ?? null,
    state: (STATES.includes(state) ? state : SubscriptionState.Suspended) as SubscriptionState,
    createdDate: textOrNull(contract.createdDate),
    startDate: textOrNull(contract.startDate),
    expirationDate: textOrNull(contract.expirationDate),
  };
}

export function toKeys(body: unknown): SubscriptionKeys {
  if (!isObject(body) || typeof body.primaryKey !== 'string' || typeof body.secondaryKey !== 'string') throw invalid('keys');
  return { primaryKey: body.primaryKey, secondaryKey: body.secondaryKey };
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
