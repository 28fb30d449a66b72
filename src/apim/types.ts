import type { PorticoApimError } from './errors.js';

/**
 * `signed-out`: the identity provider has no account; `connecting`: exchanging its ID token;
 * `unknown-developer`: API Management knows no developer for the account (offer `signUp()`);
 * `signing-up`: creating the developer account; `ready`: signed in to API Management;
 * `error`: the last attempt failed (see `error`).
 */
export const ApimState = {
  SignedOut: 'signed-out',
  Connecting: 'connecting',
  UnknownDeveloper: 'unknown-developer',
  SigningUp: 'signing-up',
  Ready: 'ready',
  Error: 'error',
} as const;
export type ApimState = (typeof ApimState)[keyof typeof ApimState];

/** A subscription's state, as the data API spells it. */
export const SubscriptionState = {
  Active: 'active',
  Submitted: 'submitted',
  Suspended: 'suspended',
  Cancelled: 'cancelled',
  Expired: 'expired',
  Rejected: 'rejected',
} as const;
export type SubscriptionState = (typeof SubscriptionState)[keyof typeof SubscriptionState];

/** A product the developer may subscribe to. */
export interface ApimProduct {
  /** The product's name in API Management, e.g. `starter` (its scope is `/products/starter`). */
  readonly id: string;
  /** Display name, e.g. `Starter`. */
  readonly name: string;
  readonly description: string;
  /** A new subscription waits for an administrator (`submitted`). */
  readonly approvalRequired: boolean;
  readonly subscriptionRequired: boolean;
  readonly subscriptionsLimit: number | null;
  readonly terms: string;
}

/** One of the developer's subscriptions (its keys come separately, from `keys()`). */
export interface ApimSubscription {
  /** The subscription's name in API Management, used in its URL. */
  readonly id: string;
  /** Display name, which the developer may change. */
  readonly name: string;
  /** `/apis` (all APIs), `/apis/{apiId}` or `/products/{productId}`. */
  readonly scope: string;
  /** The product id when the scope is a product, else `null`. */
  readonly productId: string | null;
  readonly state: SubscriptionState;
  readonly createdDate: string | null;
  readonly startDate: string | null;
  readonly expirationDate: string | null;
}

/** A subscription's two keys: either works; regenerating one leaves the other working meanwhile. */
export interface SubscriptionKeys {
  readonly primaryKey: string;
  readonly secondaryKey: string;
}

export type KeyName = 'primary' | 'secondary';

/** What subscribers receive on every change. */
export interface ApimSnapshot {
  readonly state: ApimState;
  /** API Management's id of the developer, once known. */
  readonly developerId: string | null;
  readonly products: readonly ApimProduct[];
  readonly subscriptions: readonly ApimSubscription[];
  /** The last problem; set in the `error` state, and after a failed action while `ready`. */
  readonly error: PorticoApimError | null;
}

export type ApimListener = (snapshot: ApimSnapshot) => void;
