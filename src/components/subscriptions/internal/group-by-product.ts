import type { ApimProduct, ApimSubscription } from '../../../apim/types.js';

/** The subscriptions under one heading: a product, all APIs, or one API. */
export interface SubscriptionGroup {
  readonly key: string;
  /** The product, when the scope is one. */
  readonly product: ApimProduct | null;
  /** `all` for the `/apis` scope, the API id for `/apis/{id}`, `null` for a product. */
  readonly api: 'all' | string | null;
  readonly subscriptions: readonly ApimSubscription[];
}

/** Groups subscriptions by scope: products in the order API Management lists them, then all-API and single-API scopes. */
export function groupByProduct(subscriptions: readonly ApimSubscription[], products: readonly ApimProduct[]): SubscriptionGroup[] {
  const groups = new Map<string, { product: ApimProduct | null; api: string | null; subscriptions: ApimSubscription[] }>();
  for (const product of products) groups.set(`product:${product.id}`, { product, api: null, subscriptions: [] });
  for (const subscription of subscriptions) {
    const api = subscription.productId === null ? (/\/apis\/([^/]+)$/u.exec(subscription.scope)?.[1] ?? 'all') : null;
    const key = api === null ? `product:${subscription.productId ?? ''}` : `api:${api}`;
    let group = groups.get(key);
    if (!group) {
      const product: ApimProduct | null =
        subscription.productId === null
          ? null
          : { id: subscription.productId, name: subscription.productId, description: '', approvalRequired: false, subscriptionRequired: true, subscriptionsLimit: null, terms: '' };
      group = { product, api, subscriptions: [] };
      groups.set(key, group);
    }
    group.subscriptions.push(subscription);
  }
  return [...groups].filter(([, group]) => group.subscriptions.length > 0).map(([key, group]) => ({ key, ...group }));
}
