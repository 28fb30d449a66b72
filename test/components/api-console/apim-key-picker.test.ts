import { expect } from '@open-wc/testing';
import { ApimController } from '../../../src/apim/apim-controller.js';
import type { PorticoApiConsole } from '../../../src/components/api-console/portico-api-console.js';
import { PorticoSubscriptionChangeEvent } from '../../../src/events/portico-subscription-change-event.js';
import { fakeAccount, fakeDataApi, registerFakeApim, type FakeDataApiOptions, type FakeSubscription } from '../../../src/testing/index.js';
import { fakeProvider, track, uniqueId } from '../../helpers/auth-widgets.js';
import { answerJson, consoleFixture, consoleTestBed, fakeNetwork, part, send, settle, textOf, type, waitFor } from '../../helpers/api-console.js';

const API = 'https://conference.example';
const OTHER = 'https://other.example';
/** Ada's subscriptions: Starter and Unlimited hold the API `conference` in the fake data API; `inventory` is another API. */
const ADA: readonly FakeSubscription[] = [
  { id: 'ada-starter', name: 'Prototype', scope: '/products/starter', state: 'active' },
  { id: 'ada-unlimited', name: 'Production', scope: '/products/unlimited', state: 'submitted' },
  { id: 'ada-all', name: 'Everything', scope: '/apis', state: 'active' },
  { id: 'ada-inventory', name: 'Stock', scope: '/apis/inventory', state: 'active' },
  { id: 'ada-conference', name: 'Talks', scope: '/apis/conference', state: 'active' },
  { id: 'ada-old', name: 'Old', scope: '/products/starter', state: 'cancelled' },
];

async function setup(options: FakeDataApiOptions = { subscriptions: ADA }, attributes: Record<string, string> = {}) {
  const { controller: auth } = fakeProvider({ account: fakeAccount({ name: 'Ada Lovelace', username: 'ada@contoso.test' }) });
  const dataApi = fakeDataApi(options);
  const apim = new ApimController({ developerUrl: 'https://contoso.developer.azure-api.net', auth, fetch: dataApi });
  const id = uniqueId('apim');
  track(registerFakeApim(id, apim));
  const network = fakeNetwork({ [API]: answerJson({ ok: true }), [OTHER]: answerJson({ ok: true }) });
  const el = await consoleFixture({ apim: id, 'api-id': 'conference', 'base-url': API, path: '/sessions', ...attributes });
  return { el, apim, auth, dataApi, network };
}

const picker = (el: PorticoApiConsole) => part(el, 'key-picker');
const select = (el: PorticoApiConsole) => picker(el)?.querySelector('select') ?? null;
const optionLabels = (el: PorticoApiConsole) => [...(select(el)?.options ?? [])].map((option) => textOf(option));

async function choose(el: PorticoApiConsole, label: string): Promise<void> {
  const field = select(el)!;
  const option = [...field.options].find((candidate) => textOf(candidate) === label);
  if (!option) throw new Error(`No key "${label}" in the picker`);
  field.value = option.value;
  field.dispatchEvent(new Event('change'));
  await settle(el);
}

/** Waits until the picker offers keys and the chosen one has arrived (the hint says where it goes). */
async function keysReady(el: PorticoApiConsole): Promise<void> {
  await waitFor(el, () => select(el) !== null && textOf(el.shadowRoot!.querySelector('.section')).includes('Ocp-Apim-Subscription-Key'), 'the picked key');
}

describe('<portico-api-console apim api-id> key picker', () => {
  const bed = consoleTestBed();

  describe('rendering', () => {
    it('offers both keys of each active subscription covering the API: all APIs, a product holding it, the API itself', async () => {
      const { el, network } = await setup();
      bed.network = network;
      await keysReady(el);
      expect(textOf(picker(el)!.querySelector('label'))).to.contain('Subscription key');
      expect(optionLabels(el)).to.deep.equal([
        'Prototype (Starter) · primary',
        'Prototype (Starter) · secondary',
        'Everything (All APIs) · primary',
        'Everything (All APIs) · secondary',
        'Talks (API conference) · primary',
        'Talks (API conference) · secondary',
      ]);
      expect([...select(el)!.options].map((option) => option.value).join(' ')).not.to.match(/[0-9a-f]{32}/);
      await expect(el).to.be.accessible();
    });

    it('asks a signed-out visitor to sign in', async () => {
      const { el, auth, network } = await setup();
      bed.network = network;
      auth.signOutNow();
      await waitFor(el, () => textOf(picker(el)) === 'Sign in to use one of your subscription keys.', 'the signed-out message');
      await expect(el).to.be.accessible();
    });

    it('says so while the subscriptions load', async () => {
      const { el, network } = await setup({ mode: 'hang' });
      bed.network = network;
      await waitFor(el, () => textOf(picker(el)) === 'Loading your subscriptions…', 'the loading message');
      expect(picker(el)!.getAttribute('aria-busy')).to.equal('true');
      await expect(el).to.be.accessible();
    });

    it('points an unknown developer to creating their account', async () => {
      const { el, network } = await setup({ known: false });
      bed.network = network;
      await waitFor(el, () => textOf(picker(el)) === 'Create your developer account to get a subscription key for this API.', 'the sign-up message');
      await expect(el).to.be.accessible();
    });

    it('says when no active subscription covers the API', async () => {
      const { el, network } = await setup({ subscriptions: [ADA[1]!, ADA[3]!, ADA[5]!] });
      bed.network = network;
      await waitFor(
        el,
        () => textOf(picker(el)) === 'None of your active subscriptions covers this API. Subscribe to a product that includes it.',
        'the none message',
      );
      await expect(el).to.be.accessible();
    });

    it('explains a failing API Management, and the console still sends without a key', async () => {
      const { el, network } = await setup({ mode: 'fail' });
      bed.network = network;
      await waitFor(el, () => textOf(picker(el)).startsWith('Your subscriptions could not be loaded.'), 'the failure');
      await expect(el).to.be.accessible();
      await send(el);
      expect(network.requests.at(-1)!.headers.has('ocp-apim-subscription-key')).to.equal(false);
    });

    it('reports apim without api-id in the diagnostic part, the console still usable', async () => {
      const { el, network } = await setup(undefined, { 'api-id': '' });
      bed.network = network;
      await waitFor(el, () => textOf(part(el, 'diagnostic')).includes('api-id'), 'the diagnostic');
      expect(picker(el)).to.equal(null);
      expect(part(el, 'send')).not.to.equal(null);
      await expect(el).to.be.accessible();
    });
  });

  describe('the chosen key', () => {
    it('is sent to base-url’s origin: the first one by default, the one chosen after that', async () => {
      const { el, apim, network } = await setup();
      bed.network = network;
      await keysReady(el);
      await send(el);
      const { primaryKey, secondaryKey } = await apim.keys('ada-all');
      expect(network.requests.at(-1)!.headers.get('ocp-apim-subscription-key')).to.equal((await apim.keys('ada-starter')).primaryKey);
      await choose(el, 'Everything (All APIs) · secondary');
      await keysReady(el);
      await send(el);
      expect(network.requests.at(-1)!.headers.get('ocp-apim-subscription-key')).to.equal(secondaryKey);
      expect(secondaryKey).not.to.equal(primaryKey);
    });

    it('never goes to another origin, into the session, the history, or a snippet unless asked', async () => {
      const { el, apim, network } = await setup();
      bed.network = network;
      await keysReady(el);
      const { primaryKey } = await apim.keys('ada-starter');
      await send(el);
      await type(el, part<HTMLInputElement>(el, 'url')!, `${OTHER}/collect`);
      expect(textOf(part(el, 'notice'))).to.contain(OTHER);
      await send(el);
      expect(network.requests.at(-1)!.url).to.equal(`${OTHER}/collect`);
      expect(network.requests.at(-1)!.headers.has('ocp-apim-subscription-key')).to.equal(false);
      const stored = [sessionStorage, localStorage].flatMap((storage) => Object.keys(storage).map((name) => `${name}=${storage.getItem(name)}`)).join('\n');
      expect(stored).not.to.contain(primaryKey);
      expect(textOf(part(el, 'history'))).not.to.contain(primaryKey);
      await type(el, part<HTMLInputElement>(el, 'url')!, '/sessions');
      const snippet = part<HTMLDetailsElement>(el, 'snippet')!;
      snippet.open = true;
      expect(snippet.querySelector('pre')!.textContent).to.contain('<subscription-key>').and.not.contain(primaryKey);
      snippet.querySelector<HTMLInputElement>('input[type="checkbox"]')!.click();
      await settle(el);
      expect(snippet.querySelector('pre')!.textContent).to.contain(primaryKey);
    });

    it('gives way to a subscription-key attribute', async () => {
      const { el, network } = await setup(undefined, { 'subscription-key': 'the-attribute-key' });
      bed.network = network;
      await settle(el);
      expect(picker(el)).to.equal(null);
      await send(el);
      expect(network.requests.at(-1)!.headers.get('ocp-apim-subscription-key')).to.equal('the-attribute-key');
    });

    it('follows a regenerated key (portico-subscription-change)', async () => {
      const { el, apim, network } = await setup();
      bed.network = network;
      await keysReady(el);
      const old = (await apim.keys('ada-starter')).primaryKey;
      const { primaryKey } = await apim.regenerateKey('ada-starter', 'primary');
      const subscription = apim.subscriptions.find(({ id }) => id === 'ada-starter')!;
      document.body.dispatchEvent(new PorticoSubscriptionChangeEvent({ subscription, action: 'regenerate-primary' }));
      await waitFor(el, () => el.shadowRoot!.querySelector('.section') !== null && !!select(el), 'the picker');
      await settle(el);
      await send(el);
      expect(primaryKey).not.to.equal(old);
      expect(network.requests.at(-1)!.headers.get('ocp-apim-subscription-key')).to.equal(primaryKey);
    });

    it('offers a new subscription’s keys at once', async () => {
      const { el, apim, network } = await setup({ subscriptions: [] });
      bed.network = network;
      await waitFor(el, () => textOf(picker(el)).startsWith('None of your active subscriptions'), 'the none message');
      await apim.subscribeTo('starter', 'Fresh app');
      await keysReady(el);
      expect(optionLabels(el)).to.deep.equal(['Fresh app (Starter) · primary', 'Fresh app (Starter) · secondary']);
    });
  });
});
