import { scopeApi } from '../apim/scope.js';
import type { ApimProduct, ApimSubscription } from '../apim/types.js';
import { addEnglish, type Strings } from './strings.js';
import { subscriptions } from './strings/en/subscriptions.js';

addEnglish(subscriptions);

/** What a subscription's scope covers, as a reader names it: its product ("Starter"; the id when unlisted), "All APIs" or "API {id}". */
export function scopeLabel(subscription: ApimSubscription, products: readonly ApimProduct[], strings: Strings): string {
  const api = scopeApi(subscription);
  if (api === null) return products.find(({ id }) => id === subscription.productId)?.name ?? subscription.productId ?? '';
  return api === 'all' ? strings.subscriptions.allApis : strings.subscriptions.singleApi(api);
}
