import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { ApimController } from '../../../src/apim/apim-controller.js';
import '../../../src/components/subscriptions/portico-subscriptions.js';
import type { PorticoSubscriptions } from '../../../src/components/subscriptions/portico-subscriptions.js';
import { fakeAccount, fakeDataApi, registerFakeApim, type FakeDataApiOptions } from '../../../src/testing/index.js';
import { fakeProvider, part, parts, textOf, track, uniqueId, widgetTestBed } from '../../helpers/auth-widgets.js';

const ADA = [
  { id: 'ada-starter', name: 'Prototype', scope: '/products/starter', state: 'active' },
  { id: 'ada-unlimited', name: 'Production', scope: '/products/unlimited', state: 'submitted' },
  { id: 'ada-all', name: 'Everything', scope: '/apis', state: 'suspended' },
] as const;

async function setup(options: FakeDataApiOptions = { subscriptions: ADA }) {
  const { controller: auth } = fakeProvider({ account: fakeAccount({ name: 'Ada Lovelace', username: 'ada@contoso.test' }) });
  const fetch = fakeDataApi(options);
  const apim = new ApimController({ developerUrl: 'https://contoso.developer.azure-api.net', auth, fetch });
  const id = uniqueId('apim');
  track(registerFakeApim(id, apim));
  const el = await fixture<PorticoSubscriptions>(html`<portico-subscriptions apim=${id}></portico-subscriptions>`);
  return { el, apim, auth, fetch };
}

const button = (root: Element, label: string) =>
  [...root.shadowRoot!.querySelectorAll<HTMLButtonElement>('button')].find((item) => textOf(item) === label || item.getAttribute('aria-label') === label);

describe('<portico-subscriptions>', () => {
  const bed = widgetTestBed();

  describe('rendering', () => {
    it('groups the developer’s subscriptions by product, with their state, and masks the active one’s keys', async () => {
      const { el } = await setup();
      await waitUntil(() => parts(el, 'subscription').length === 3, 'subscriptions never showed');
      const groups = parts(el, 'product').filter((node) => node.tagName === 'SECTION');
      expect(groups.map((group) => textOf(group.querySelector('h3')))).to.deep.equal(['Starter', 'Unlimited', 'All APIs']);
      expect(parts(el, 'subscription').map((item) => textOf(item.querySelector('.state')))).to.deep.equal(['Active', 'Awaiting approval', 'Suspended']);
      const keys = parts(el, 'key');
      expect(keys).to.have.length(2);
      expect(textOf(keys[0]!.querySelector('code'))).to.match(/^•+$/);
      await expect(el).to.be.accessible();
    });

    it('shows a key on request, the one the data API’s subscription list carried (no further request)', async () => {
      const { el, fetch } = await setup();
      await waitUntil(() => parts(el, 'key').length === 2);
      const asked = fetch.requests.length;
      button(el, 'Show Primary key of Prototype')!.click();
      await waitUntil(() => !/^•+$/.test(textOf(part(el, 'key')!.querySelector('code'))), 'the key never showed');
      expect(textOf(part(el, 'key')!.querySelector('code'))).to.match(/^[0-9a-f]{32}$/);
      expect(fetch.requests.slice(asked)).to.deep.equal([]);
      await expect(el).to.be.accessible();
    });

    it('offers an unknown developer the sign-up button, and creates the account only when it is clicked', async () => {
      const { el, fetch } = await setup({ known: false });
      await waitUntil(() => part(el, 'sign-up'), 'no sign-up action');
      expect(textOf(part(el, 'sign-up'))).to.equal('Create my developer account');
      expect(fetch.requests.filter((request) => request.startsWith('POST /users'))).to.deep.equal([]);
      await expect(el).to.be.accessible();
      part<HTMLButtonElement>(el, 'sign-up')!.click();
      await waitUntil(() => textOf(el.shadowRoot!.querySelector('h2')) === 'My subscriptions', 'never signed up');
      expect(fetch.requests).to.include('POST /users');
    });

    it('says "loading" while API Management has not answered', async () => {
      const { el } = await setup({ mode: 'hang' });
      await waitUntil(() => textOf(part(el, 'status')) === 'Loading your subscriptions…');
      await expect(el).to.be.accessible();
    });

    it('asks a signed-out visitor to sign in', async () => {
      const { el, auth } = await setup();
      auth.signOutNow();
      await waitUntil(() => textOf(el.shadowRoot!.querySelector('.note')) === 'Sign in to see your API subscriptions and keys.');
      await expect(el).to.be.accessible();
    });
  });

  describe('events', () => {
    it('regenerates a key only after a confirmation, and fires portico-subscription-change', async () => {
      const { el, fetch } = await setup();
      await waitUntil(() => parts(el, 'key').length === 2);
      button(el, 'Regenerate Primary key of Prototype')!.click();
      await el.updateComplete;
      expect(fetch.requests.some((request) => request.includes('regenerate'))).to.equal(false);
      expect(textOf(el.shadowRoot!.querySelector('.confirm p'))).to.contain('The current key stops working at once.');
      await expect(el).to.be.accessible();
      const change = oneEvent(el, 'portico-subscription-change');
      button(el, 'Yes, regenerate')!.click();
      const { detail } = await change;
      expect(detail.action).to.equal('regenerate-primary');
      expect(detail.subscription.id).to.equal('ada-starter');
      expect(JSON.stringify(detail)).not.to.match(/[0-9a-f]{32}/);
      expect(fetch.requests).to.include('POST /users/developer1/subscriptions/ada-starter/regeneratePrimaryKey');
    });

    it('subscribes to a product that needs approval, leaving the subscription submitted', async () => {
      const { el } = await setup({ subscriptions: [] });
      await waitUntil(() => button(el, 'Subscribe to Unlimited'), 'no products offered');
      const change = oneEvent(el, 'portico-subscription-change');
      button(el, 'Subscribe to Unlimited')!.click();
      const { detail } = await change;
      expect(detail).to.deep.include({ action: 'subscribe' });
      expect(detail.subscription.state).to.equal('submitted');
      await waitUntil(() => textOf(part(el, 'status')).includes('was submitted for approval'));
    });

    it('renames and cancels', async () => {
      const { el, apim } = await setup();
      await waitUntil(() => parts(el, 'subscription').length === 3);
      button(el, 'Rename Prototype')!.click();
      await el.updateComplete;
      const input = el.shadowRoot!.querySelector<HTMLInputElement>('.rename input')!;
      input.value = 'Renamed';
      input.dispatchEvent(new Event('input'));
      const renamed = oneEvent(el, 'portico-subscription-change');
      button(el, 'Save')!.click();
      expect((await renamed).detail.subscription.name).to.equal('Renamed');
      button(el, 'Cancel subscription Renamed')!.click();
      await el.updateComplete;
      const cancelled = oneEvent(el, 'portico-subscription-change');
      button(el, 'Yes, cancel the subscription')!.click();
      expect((await cancelled).detail.subscription.state).to.equal('cancelled');
      expect(apim.subscriptions.find((item) => item.id === 'ada-starter')?.state).to.equal('cancelled');
    });
  });

  describe('errors', () => {
    it('explains a failing API Management in the diagnostic part, logs once and fires portico-error', async () => {
      const { el } = await setup({ mode: 'fail' });
      await waitUntil(() => part(el, 'diagnostic'), 'no diagnostic');
      expect(part(el, 'diagnostic')!.getAttribute('role')).to.equal('alert');
      expect(textOf(part(el, 'diagnostic'))).to.contain('The fake is down.');
      expect(bed.consoleErrors.messages.filter((message) => message.includes('portico-subscriptions'))).to.have.length(1);
      await expect(el).to.be.accessible();
    });
  });
});
