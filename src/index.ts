/**
 * `portico-widgets`: every element, defined on import, and the shared auth API.
 * @module
 */
export * from './auth/index.js';
export { PorticoAuth } from './components/auth/portico-auth.js';
export { PorticoAuthChangeEvent, type AuthChangeDetail } from './events/portico-auth-change-event.js';
export { PorticoAuthErrorEvent } from './events/portico-auth-error-event.js';
