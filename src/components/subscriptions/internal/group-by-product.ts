import { scopeApi } from '../../../apim/scope.js';
import type { ApimProduct, ApimSubscription } from '../../../apim/types.js';

/** The subscriptions under one heading: those of one scope (a product, all APIs, or one API). */
export interface SubscriptionGroup {
  readonly key: string;
  /** Never empty; the first names the group (`scopeLabel`). */
  readonly subscriptions: readonly ApimSubscription[];
}

/** Groups subscriptions by scope: products in the order API Management lists them, then all-API and single-API scopes. */
export function groupByProduct(subscriptions: readonly ApimSubscription[], products: readonly ApimProduct[]): SubscriptionGroup[] {
  const groups = new Map<string, ApimSubscription[]>(products.map((product) => [`product:${product.id}`, []]));
  for (const subscription of subscriptions) {
    const api = scopeApi(subscription);
    const key = api === null ? `product:${subscription.productId ?? ''}` : `api:${api}`;
    const group = groups.get(key) ?? [];
    groups.set(key, group);
    group.push(subscription);
  }
  return [...groups].filter(([, group]) => group.length > 0).map(([key, group]) => ({ key, subscriptions: group }));
}
