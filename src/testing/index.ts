/**
 * `portico-widgets/testing`: a fake auth controller for component tests and stories. Defines no
 * element and touches no `window` or `document` at import.
 * @module
 */
export { FakeAuthController, fakeError, type FakeAuthControllerOptions, type FakeCall, type FakeOutcome } from './fake-auth-controller.js';
export { fakeAccount } from './fake-account.js';
export { fakeJwt } from './fake-jwt.js';
export { registerFakeApim, registerFakeProvider, type FakeProviderOptions } from './register-fake-provider.js';
export { fakeDataApi, type FakeDataApiOptions, type FakeSubscription } from './fake-data-api.js';
