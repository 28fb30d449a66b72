import type { ApimSubscription } from './types.js';

/**
 * Whether a subscription's scope covers an API: all APIs (`/apis`), the API itself
 * (`/apis/{apiId}`), or a product among `productIds` (the products holding the API).
 */
export function scopeCovers(subscription: ApimSubscription, apiId: string, productIds: readonly string[]): boolean {
  const { scope } = subscription;
  if (scope.endsWith('/apis') || scope.endsWith(`/apis/${apiId}`)) return true;
  return subscription.productId !== null && productIds.includes(subscription.productId);
}
