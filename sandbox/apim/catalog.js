// @ts-check
/**
 * What the API Management stand-in starts with: its APIs, its products (which APIs each covers,
 * whether subscribing needs approval), which demo users are already developers, and their
 * subscriptions. Plain data, shaped like the developer data API's contracts.
 */
import { SAMPLE_API } from '../directory.js';

/** The data API version the stand-in answers, the one the API Management developer portal sends. */
export const DATA_API_VERSION = '2022-04-01-preview';

/** The API Management API id of the sample API (`<portico-api-console api-id>`). */
export const SAMPLE_API_ID = 'sample';

/**
 * @typedef {object} ProductRecord
 * @property {string} id the product's name in API Management (`/products/{id}` in a scope)
 * @property {string} name display name
 * @property {string} description
 * @property {boolean} approvalRequired a new subscription waits for an administrator (`submitted`)
 * @property {boolean} subscriptionRequired
 * @property {number | null} subscriptionsLimit
 * @property {string | null} terms
 * @property {readonly string[]} apis the API ids it covers
 */

/** @type {readonly ProductRecord[]} */
export const PRODUCTS = Object.freeze([
  {
    id: 'starter',
    name: 'Starter',
    description: 'Try the sample API: subscriptions are approved at once.',
    approvalRequired: false,
    subscriptionRequired: true,
    subscriptionsLimit: null,
    terms: null,
    apis: [SAMPLE_API_ID],
  },
  {
    id: 'unlimited',
    name: 'Unlimited',
    description: 'The sample API and the inventory API without limits; an administrator approves each subscription.',
    approvalRequired: true,
    subscriptionRequired: true,
    subscriptionsLimit: null,
    terms: null,
    apis: [SAMPLE_API_ID, 'inventory'],
  },
]);

/**
 * @typedef {'active' | 'submitted' | 'suspended' | 'cancelled' | 'expired' | 'rejected'} SubscriptionState
 *
 * @typedef {object} SeedSubscription
 * @property {string} id
 * @property {string} name
 * @property {string} scope `/products/{id}`, `/apis` (all APIs) or `/apis/{id}`
 * @property {SubscriptionState} state
 * @property {string} [primaryKey] a fixed key; random otherwise
 */

/**
 * The demo users API Management already knows, by username, with their subscriptions. Everyone
 * else (alan@contoso.test, margaret@fabrikam.test) is an unknown developer until they sign up.
 * @type {Readonly<Record<string, readonly SeedSubscription[]>>}
 */
export const DEVELOPERS = Object.freeze({
  'ada@contoso.test': [
    { id: 'ada-starter', name: 'Ada’s prototype', scope: '/products/starter', state: 'active' },
    { id: 'ada-unlimited', name: 'Ada’s production app', scope: '/products/unlimited', state: 'active' },
    { id: 'ada-old', name: 'Old experiment', scope: '/products/starter', state: 'cancelled' },
  ],
  'grace@contoso.test': [
    { id: 'grace-unlimited', name: 'Grace’s compiler', scope: '/products/unlimited', state: 'submitted' },
    { id: 'grace-starter', name: 'Grace’s trial', scope: '/products/starter', state: 'suspended' },
  ],
  'katherine@fabrikam.test': [
    // The key the sandbox's docs, demo and older tests use as "the demo key".
    { id: 'katherine-demo', name: 'Demo portal', scope: '/products/unlimited', state: 'active', primaryKey: SAMPLE_API.subscriptionKey },
  ],
  'edsger@fabrikam.test': [
    { id: 'edsger-all', name: 'Every API', scope: '/apis', state: 'active' },
    { id: 'edsger-inventory', name: 'Inventory only', scope: '/apis/inventory', state: 'active' },
    { id: 'edsger-expired', name: 'Last year’s trial', scope: '/products/starter', state: 'expired' },
  ],
});
