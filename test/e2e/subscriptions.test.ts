import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/components/apim/portico-apim.js';
import '../../src/components/subscriptions/portico-subscriptions.js';
import type { PorticoApim } from '../../src/components/apim/portico-apim.js';
import type { PorticoSubscriptions } from '../../src/components/subscriptions/portico-subscriptions.js';
import { part, parts, textOf } from '../helpers/auth-widgets.js';
import { sandboxProvider } from './helpers.js';
import { sandboxInfo } from './sandbox.js';

/** A portal page for `user`: the provider, `<portico-apim>` on the sandbox's data API stand-in, and `<portico-subscriptions>`. */
async function portal(user: string, tenant = 'contoso') {
  const info = await sandboxInfo();
  const { controller } = await sandboxProvider({ user, tenant });
  const root = await fixture<HTMLElement>(html`<div>
    <portico-apim id=${`apim-${tenant}`} auth=${tenant} developer-url=${info.apim.developerUrl}></portico-apim>
    <portico-subscriptions apim=${`apim-${tenant}`}></portico-subscriptions>
  </div>`);
  await controller.signIn();
  const apim = root.querySelector<PorticoApim>('portico-apim')!;
  const el = root.querySelector<PorticoSubscriptions>('portico-subscriptions')!;
  return { info, controller, apim, el };
}

const button = (el: Element, label: string) =>
  [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('button')].find((item) => textOf(item) === label || item.getAttribute('aria-label') === label);
const subscriptionNames = (el: Element) => parts(el, 'subscription').map((item) => textOf(item.querySelector('.name')));

/** The key a user sees after pressing "Show". */
async function shownKey(el: PorticoSubscriptions, subscription: string, key: 'Primary key' | 'Secondary key' = 'Primary key'): Promise<string> {
  const row = () => parts(el, 'subscription').find((item) => textOf(item.querySelector('.name')) === subscription);
  const toggle = button(el, `Show ${key} of ${subscription}`)!;
  if (toggle.getAttribute('aria-pressed') !== 'true') toggle.click();
  const index = key === 'Primary key' ? 0 : 1;
  const code = () => row()?.querySelectorAll('[part~="key"] code')[index];
  await waitUntil(() => /^[0-9a-f]{32}$/.test(textOf(code() ?? null)), `${key} of ${subscription} never showed`);
  return textOf(code() ?? null);
}

async function callSampleApi(key: string): Promise<number> {
  const info = await sandboxInfo();
  return (await fetch(`${info.api.baseUrl}/products`, { headers: { 'Ocp-Apim-Subscription-Key': key } })).status;
}

describe('API Management subscriptions end to end (real MSAL, data API stand-in)', () => {
  afterEach(() => sessionStorage.clear());

  it('shows a signed-in developer their subscriptions grouped by product; a regenerated key stops working at the API', async () => {
    const { el } = await portal('ada@contoso.test');
    await waitUntil(() => subscriptionNames(el).includes('Ada’s prototype'), 'Ada’s subscriptions never showed', { timeout: 15_000 });
    expect(subscriptionNames(el)).to.include.members(['Ada’s prototype', 'Ada’s production app', 'Old experiment']);
    const oldKey = await shownKey(el, 'Ada’s prototype');
    expect(await callSampleApi(oldKey)).to.equal(200);

    button(el, 'Regenerate Primary key of Ada’s prototype')!.click();
    await el.updateComplete;
    const change = oneEvent(el, 'portico-subscription-change');
    button(el, 'Yes, regenerate')!.click();
    const { detail } = await change;
    expect(detail.action).to.equal('regenerate-primary');
    const newKey = await shownKey(el, 'Ada’s prototype');
    expect(newKey).not.to.equal(oldKey);
    expect(await callSampleApi(oldKey)).to.equal(401);
    expect(await callSampleApi(newKey)).to.equal(200);
    await expect(el).to.be.accessible();
  });

  it('subscribes to Starter and calls the API with the new subscription’s key', async () => {
    const { el } = await portal('grace@contoso.test');
    await waitUntil(() => button(el, 'Subscribe to Starter'), 'Starter was never offered', { timeout: 15_000 });
    const input = el.shadowRoot!.querySelector<HTMLInputElement>('[data-product="starter"] input')!;
    input.value = 'Grace’s e2e app';
    input.dispatchEvent(new Event('input'));
    const change = oneEvent(el, 'portico-subscription-change');
    button(el, 'Subscribe to Starter')!.click();
    const { detail } = await change;
    expect(detail.subscription.state).to.equal('active');
    await waitUntil(() => subscriptionNames(el).includes('Grace’s e2e app'));
    expect(await callSampleApi(await shownKey(el, 'Grace’s e2e app'))).to.equal(200);
  });

  it('offers a developer API Management does not know the sign-up action, and creates the account only on that click', async () => {
    const { el } = await portal('alan@contoso.test');
    await waitUntil(() => part(el, 'sign-up'), 'no sign-up action', { timeout: 15_000 });
    expect(textOf(part(el, 'sign-up'))).to.equal('Create my developer account');
    await expect(el).to.be.accessible();
    part<HTMLButtonElement>(el, 'sign-up')!.click();
    await waitUntil(() => button(el, 'Subscribe to Starter'), 'the new developer never got the products', { timeout: 15_000 });
    expect(textOf(el.shadowRoot!.querySelector('.mine .note'))).to.equal('You have no subscriptions yet.');
  });

  it('renews an expired shared access signature without the user seeing it', async () => {
    const { el, apim } = await portal('katherine@fabrikam.test', 'fabrikam');
    await waitUntil(() => subscriptionNames(el).includes('Demo portal'), 'Katherine’s subscriptions never showed', { timeout: 15_000 });
    // The sandbox's signatures last 5 seconds here (web-test-runner.config.js): wait until this one has expired.
    await new Promise((resolve) => setTimeout(resolve, 5_500));
    await apim.controller!.refresh();
    const key = await shownKey(el, 'Demo portal', 'Secondary key');
    expect(await callSampleApi(key)).to.equal(200);
    expect(part(el, 'diagnostic')).to.equal(null);
    expect(apim.controller!.state).to.equal('ready');
  });

  it('keeps keys out of storage, events and URLs', async () => {
    const { el, info } = await portal('edsger@fabrikam.test', 'fabrikam');
    const requested: string[] = [];
    const observer = new PerformanceObserver((list) => requested.push(...list.getEntries().map((entry) => entry.name)));
    observer.observe({ type: 'resource', buffered: false });
    await waitUntil(() => subscriptionNames(el).includes('Every API'), 'Edsger’s subscriptions never showed', { timeout: 15_000 });
    const key = await shownKey(el, 'Every API');
    button(el, 'Rename Every API')!.click();
    await el.updateComplete;
    const change = oneEvent(el, 'portico-subscription-change');
    button(el, 'Save')!.click();
    const { detail } = await change;
    observer.disconnect();
    expect(JSON.stringify(detail)).not.to.contain(key);
    const stored = [sessionStorage, localStorage].flatMap((storage) => Object.keys(storage).map((name) => storage.getItem(name) ?? ''));
    expect(stored.some((value) => value.includes(key))).to.equal(false);
    expect(requested.some((url) => url.includes(key))).to.equal(false);
    expect(requested.filter((url) => url.includes('/apim/')).every((url) => url.startsWith(info.apim.developerUrl))).to.equal(true);
  });
});
