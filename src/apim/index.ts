/**
 * `portico-widgets/apim`: Azure API Management's developer sign-in, products and subscriptions,
 * without any element. Needs no DOM to import.
 * @module
 */
export { ApimController, type ApimControllerOptions, type IdentityProviderType, type SignUpDetails } from './apim-controller.js';
export { ApimErrorCode, PorticoApimError, toApimError } from './errors.js';
export { apimRegistry, type ApimEntry } from './registry.js';
export { scopeCovers } from './scope.js';
export { DATA_API_VERSION } from './data-api.js';
export {
  ApimState,
  SubscriptionState,
  type ApimListener,
  type ApimProduct,
  type ApimSnapshot,
  type ApimSubscription,
  type KeyName,
  type SubscriptionKeys,
} from './types.js';
