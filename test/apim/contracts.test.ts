import { expect } from '@open-wc/testing';
import { keysIn, toProduct, toSubscription } from '../../src/apim/contracts.js';
import { scopeCovers } from '../../src/apim/scope.js';

/** Shapes as the API Management developer portal reads them from the data API (its src/contracts and tests/mocks). */
const DATA_API_PRODUCT = {
  id: 'starter',
  name: 'Starter',
  description: 'Five calls a minute.',
  approvalRequired: false,
  subscriptionRequired: true,
  subscriptionsLimit: 1,
  terms: '',
};
const DATA_API_SUBSCRIPTION = {
  id: '61fd37461359a02500aad62f',
  name: 'My app',
  ownerId: '6189460d4634612164e10999',
  scope: '/subscriptions/sid/resourceGroups/rgid/providers/Microsoft.ApiManagement/service/sid/products/starter',
  state: 'active',
  createdDate: '2026-02-04T14:25:11.157Z',
  primaryKey: 'primary-test',
  secondaryKey: 'secondary-test',
};
/** The management-API shape older answers had (`properties`, `name` the resource's name). */
const MANAGEMENT_SHAPED_SUBSCRIPTION = {
  id: '/subscriptions/sid/resourceGroups/rgid/providers/Microsoft.ApiManagement/service/sid/users/u1/subscriptions/61fd37461359a02500aad62f',
  name: '61fd37461359a02500aad62f',
  properties: { scope: '/subscriptions/sid/resourceGroups/rgid/providers/Microsoft.ApiManagement/service/sid/apis', displayName: 'test', state: 'submitted' },
};

describe('data API contracts', () => {
  it('reads a product: id is its resource name, name its display name', () => {
    const product = toProduct(DATA_API_PRODUCT);
    expect([product.id, product.name, product.approvalRequired, product.subscriptionsLimit]).to.deep.equal(['starter', 'Starter', false, 1]);
  });

  it('reads a subscription: its id, display name, product (from a full scope path) and inline keys', () => {
    const subscription = toSubscription(DATA_API_SUBSCRIPTION);
    expect([subscription.id, subscription.name, subscription.productId, subscription.state]).to.deep.equal([
      '61fd37461359a02500aad62f',
      'My app',
      'starter',
      'active',
    ]);
    expect(keysIn(DATA_API_SUBSCRIPTION)).to.deep.equal({ primaryKey: 'primary-test', secondaryKey: 'secondary-test' });
  });

  it('still reads the management-API shape', () => {
    const subscription = toSubscription(MANAGEMENT_SHAPED_SUBSCRIPTION);
    expect([subscription.id, subscription.name, subscription.state]).to.deep.equal(['61fd37461359a02500aad62f', 'test', 'submitted']);
    expect(keysIn(MANAGEMENT_SHAPED_SUBSCRIPTION)).to.equal(null);
  });

  it('knows which subscriptions cover an API, with scopes as full resource paths', () => {
    expect(scopeCovers(toSubscription(MANAGEMENT_SHAPED_SUBSCRIPTION), 'conference', [])).to.equal(true);
    expect(scopeCovers(toSubscription(DATA_API_SUBSCRIPTION), 'conference', ['starter'])).to.equal(true);
    expect(scopeCovers(toSubscription(DATA_API_SUBSCRIPTION), 'conference', ['unlimited'])).to.equal(false);
    expect(scopeCovers(toSubscription({ ...DATA_API_SUBSCRIPTION, scope: '/apis/inventory' }), 'conference', ['starter'])).to.equal(false);
    const service = '/subscriptions/sid/resourceGroups/rgid/providers/Microsoft.ApiManagement/service/sid';
    expect(scopeCovers(toSubscription({ ...DATA_API_SUBSCRIPTION, scope: `${service}/apis` }), 'conference', [])).to.equal(true);
    expect(scopeCovers(toSubscription({ ...DATA_API_SUBSCRIPTION, scope: `${service}/apis/conference` }), 'conference', [])).to.equal(true);
    expect(scopeCovers(toSubscription({ ...DATA_API_SUBSCRIPTION, scope: `${service}/apis/inventory` }), 'conference', [])).to.equal(false);
  });
});
