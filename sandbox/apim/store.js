// @ts-check
/**
 * The API Management stand-in's state, in memory: developers (by the object id of their identity
 * provider account), their subscriptions and those subscriptions' current keys. The sample API
 * asks it whether a key may call an API.
 */
import { randomBytes } from 'node:crypto';
import { TENANTS } from '../directory.js';
import { DEVELOPERS, PRODUCTS } from './catalog.js';

/**
 * @typedef {import('./catalog.js').SubscriptionState} SubscriptionState
 *
 * @typedef {object} Developer
 * @property {string} id
 * @property {string} firstName
 * @property {string} lastName
 * @property {string} email
 * @property {{ id: string, provider: string }[]} identities
 * @property {string} registrationDate
 *
 * @typedef {object} Subscription
 * @property {string} id
 * @property {string} ownerId the developer's id
 * @property {string} displayName
 * @property {string} scope
 * @property {SubscriptionState} state
 * @property {string} primaryKey
 * @property {string} secondaryKey
 * @property {string} createdDate
 * @property {string | null} startDate
 */

/** A developer's id from their account's object id: stable, 24 hex digits like API Management's. */
export function developerId(/** @type {string} */ oid) {
  return oid.replace(/-/g, '').slice(0, 24);
}

const newKey = () => randomBytes(16).toString('hex');

export function createApimStore() {
  /** @type {Map<string, Developer>} */
  const developers = new Map();
  /** @type {Map<string, Subscription>} */
  const subscriptions = new Map();
  const created = new Date().toISOString();

  for (const user of TENANTS.flatMap((tenant) => tenant.users)) {
    const seeds = DEVELOPERS[user.username];
    if (!seeds) continue;
    const id = developerId(user.oid);
    developers.set(id, {
      id,
      firstName: user.givenName,
      lastName: user.familyName,
      email: user.username,
      identities: [{ id: user.oid, provider: 'Aad' }],
      registrationDate: created,
    });
    for (const seed of seeds) {
      subscriptions.set(seed.id, {
        id: seed.id,
        ownerId: id,
        displayName: seed.name,
        scope: seed.scope,
        state: seed.state,
        primaryKey: seed.primaryKey ?? newKey(),
        secondaryKey: newKey(),
        createdDate: created,
        startDate: seed.state === 'active' ? created : null,
      });
    }
  }

  return {
    /** @param {string} oid */
    developerByObjectId(oid) {
      return [...developers.values()].find((developer) => developer.identities.some((identity) => identity.id === oid));
    },
    /** @param {string} id */
    developer(id) {
      return developers.get(id);
    },
    /** @param {Omit<Developer, 'id' | 'registrationDate'>} fields */
    addDeveloper(fields) {
      const oid = fields.identities[0]?.id ?? '';
      const developer = { ...fields, id: developerId(oid || newKey()), registrationDate: new Date().toISOString() };
      developers.set(developer.id, developer);
      return developer;
    },
    /** @param {string} ownerId */
    subscriptionsOf(ownerId) {
      return [...subscriptions.values()].filter((subscription) => subscription.ownerId === ownerId);
    },
    /** @param {string} ownerId @param {string} id */
    subscription(ownerId, id) {
      const found = subscriptions.get(id);
      return found?.ownerId === ownerId ? found : undefined;
    },
    /** @param {string} id */
    exists(id) {
      return subscriptions.has(id);
    },
    /**
     * @param {string} ownerId @param {string} id @param {string} productId @param {string} displayName
     * @returns {Subscription}
     */
    subscribe(ownerId, id, productId, displayName) {
      const product = PRODUCTS.find((item) => item.id === productId);
      const now = new Date().toISOString();
      const state = product?.approvalRequired ? 'submitted' : 'active';
      const subscription = {
        id,
        ownerId,
        displayName,
        scope: `/products/${productId}`,
        state: /** @type {SubscriptionState} */ (state),
        primaryKey: newKey(),
        secondaryKey: newKey(),
        createdDate: now,
        startDate: state === 'active' ? now : null,
      };
      subscriptions.set(id, subscription);
      return subscription;
    },
    /** @param {Subscription} subscription @param {'primary' | 'secondary'} which */
    regenerate(subscription, which) {
      if (which === 'primary') subscription.primaryKey = newKey();
      else subscription.secondaryKey = newKey();
    },
    /**
     * Whether `key` is a current key of an active subscription whose scope covers `apiId`.
     * @param {string} key @param {string} apiId
     */
    keyAllows(key, apiId) {
      return [...subscriptions.values()].some(
        (subscription) =>
          subscription.state === 'active' && (subscription.primaryKey === key || subscription.secondaryKey === key) && scopeCovers(subscription.scope, apiId),
      );
    },
  };
}

/** @typedef {ReturnType<typeof createApimStore>} ApimStore */

/**
 * All APIs, a product holding the API, or the API itself.
 * @param {string} scope @param {string} apiId
 */
export function scopeCovers(scope, apiId) {
  if (scope === '/apis' || scope === `/apis/${apiId}`) return true;
  const product = PRODUCTS.find(({ id }) => scope === `/products/${id}`);
  return !!product?.apis.includes(apiId);
}
