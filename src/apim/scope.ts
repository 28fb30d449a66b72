import type { ApimSubscription } from './types.js';

/**
 * The API a subscription's scope names: the API's id for `/apis/{apiId}`, `'all'` for all APIs
 * (`/apis`), `null` for a product (`/products/{productId}`).
 */
export function scopeApi(subscription: ApimSubscription): string | null {
  if (subscription.productId !== null) return null;
  return /\/apis\/([^/]+)$/u.exec(subscription.scope)?.[1] ?? 'all';
}

/**
 * Whether a subscription's scope covers an API: all APIs (`/apis`), the API itself
 * (`/apis/{apiId}`), or a product among `productIds` (the products holding the API).
 */
export function scopeCovers(subscription: ApimSubscription, apiId: string, productIds: readonly string[]): boolean {
  const api = scopeApi(subscription);
  if (api === null) return productIds.includes(subscription.productId ?? '');
  return api === 'all' || api === apiId;
}
