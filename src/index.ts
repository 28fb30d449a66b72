/**
 * `portico-widgets`: every element, defined on import, and the shared auth API.
 * @module
 */
export * from './auth/index.js';
export { LOCALES, loadStrings, resetStrings, setStrings, type Locale, type StringOverrides, type Strings } from './internal/strings.js';
export { PorticoAuth } from './components/auth/portico-auth.js';
export { PorticoSignIn } from './components/sign-in/portico-sign-in.js';
export { PorticoUserProfile } from './components/user-profile/portico-user-profile.js';
export { PorticoAuthGate } from './components/auth-gate/portico-auth-gate.js';
export { PorticoApiConsole } from './components/api-console/portico-api-console.js';
export { PorticoTokenInspector } from './components/token-inspector/portico-token-inspector.js';
export * from './apim/index.js';
export { PorticoApim } from './components/apim/portico-apim.js';
export { PorticoSubscriptions } from './components/subscriptions/portico-subscriptions.js';
export { PorticoSubscriptionChangeEvent, type SubscriptionAction, type SubscriptionChangeDetail } from './events/portico-subscription-change-event.js';
export { PorticoAuthChangeEvent, type AuthChangeDetail } from './events/portico-auth-change-event.js';
export { PorticoAuthErrorEvent } from './events/portico-auth-error-event.js';
export { PorticoErrorEvent } from './events/portico-error-event.js';
export { PorticoSignInRequestEvent, type SignInRequestDetail } from './events/portico-sign-in-request-event.js';
export { PorticoSignInEvent, type SignInDetail } from './events/portico-sign-in-event.js';
export { PorticoSignOutEvent, type SignOutDetail } from './events/portico-sign-out-event.js';
export { PorticoBeforeSendEvent, type BeforeSendDetail, type ConsoleRequest } from './events/portico-before-send-event.js';
export { PorticoResponseEvent, type ResponseDetail, type ResponseSummary, type RequestFailure } from './events/portico-response-event.js';
