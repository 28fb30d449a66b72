import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/components/apim/portico-apim.js';
import '../../src/components/api-console/portico-api-console.js';
import '../../src/components/subscriptions/portico-subscriptions.js';
import type { PorticoApiConsole } from '../../src/components/api-console/portico-api-console.js';
import type { PorticoApim } from '../../src/components/apim/portico-apim.js';
import type { PorticoSubscriptions } from '../../src/components/subscriptions/portico-subscriptions.js';
import { openOperation, openSnippet, part, send, settle, statusOf, textOf, type, waitFor } from '../helpers/api-console.js';
import { sandboxProvider } from './helpers.js';
import { sandboxInfo } from './sandbox.js';

const APP = 'Grace’s console app';

/**
 * The demo portal's API Management part: `<portico-apim>` on the data API stand-in, "My
 * subscriptions", and the console picking its key from them (`apim`, `api-id`), for `user`.
 */
async function portal(user: string) {
  const info = await sandboxInfo();
  const { controller } = await sandboxProvider({ user });
  const root = await fixture<HTMLElement>(html`<div>
    <portico-apim id="apim-console" auth="contoso" developer-url=${info.apim.developerUrl}></portico-apim>
    <portico-subscriptions apim="apim-console"></portico-subscriptions>
    <portico-api-console
      spec-url=${`${info.origin}/api/openapi.json`}
      base-url=${`${info.origin}/api`}
      apim="apim-console"
      api-id=${info.apim.apiId}
    ></portico-api-console>
  </div>`);
  await controller.signIn();
  return {
    info,
    apim: root.querySelector<PorticoApim>('portico-apim')!,
    subscriptions: root.querySelector<PorticoSubscriptions>('portico-subscriptions')!,
    console: root.querySelector<PorticoApiConsole>('portico-api-console')!,
  };
}

const button = (el: Element, label: string) =>
  [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('button')].find((item) => textOf(item) === label || item.getAttribute('aria-label') === label);

const picker = (el: PorticoApiConsole) => part(el, 'key-picker')?.querySelector('select') ?? null;

/** Chooses the picker's option labelled `label`, once it is offered. */
async function choose(el: PorticoApiConsole, label: string): Promise<void> {
  const option = () => [...(picker(el)?.options ?? [])].find((candidate) => textOf(candidate) === label);
  await waitFor(el, () => !!option(), `the key "${label}" in the picker`, 15_000);
  picker(el)!.value = option()!.value;
  picker(el)!.dispatchEvent(new Event('change'));
  await settle(el);
}

async function callSampleApi(key: string): Promise<number> {
  const info = await sandboxInfo();
  return (await fetch(`${info.api.baseUrl}/products`, { headers: { 'Ocp-Apim-Subscription-Key': key } })).status;
}

/** Everything the page stored, as one string. */
const stored = () => [sessionStorage, localStorage].flatMap((storage) => Object.keys(storage).map((name) => `${name}=${storage.getItem(name)}`)).join('\n');

describe('the console’s key picker end to end (real MSAL, data API stand-in, sample API)', () => {
  afterEach(() => sessionStorage.clear());

  it('a developer subscribes to Starter, calls the API with the new key from the picker, and a regenerated key retires the old one', async () => {
    const { apim, subscriptions, console: el, info } = await portal('grace@contoso.test');
    await waitUntil(() => button(subscriptions, 'Subscribe to Starter'), 'Starter was never offered', { timeout: 15_000 });
    const input = subscriptions.shadowRoot!.querySelector<HTMLInputElement>('[data-product="starter"] input')!;
    input.value = APP;
    input.dispatchEvent(new Event('input'));
    const subscribed = oneEvent(subscriptions, 'portico-subscription-change');
    button(subscriptions, 'Subscribe to Starter')!.click();
    const { detail } = await subscribed;
    expect(detail.subscription.state).to.equal('active');

    await choose(el, `${APP} (Starter) · primary`);
    await openOperation(el, 'GET /products');
    await send(el, 10_000);
    expect(statusOf(el)).to.match(/^200 OK/);
    const oldKey = (await apim.controller!.keys(detail.subscription.id)).primaryKey;
    await expect(el).to.be.accessible();

    button(subscriptions, `Regenerate Primary key of ${APP}`)!.click();
    await subscriptions.updateComplete;
    const regenerated = oneEvent(subscriptions, 'portico-subscription-change');
    button(subscriptions, 'Yes, regenerate')!.click();
    await regenerated;
    const newKey = (await apim.controller!.keys(detail.subscription.id)).primaryKey;
    expect(newKey).not.to.equal(oldKey);
    expect(await callSampleApi(oldKey)).to.equal(401);
    await settle(el);
    await send(el, 10_000);
    expect(statusOf(el)).to.match(/^200 OK/);

    // The key reached only the API: not the second origin, the storage, the history or a snippet.
    await fetch(info.recorder.recordedUrl, { method: 'DELETE' });
    await type(el, part<HTMLInputElement>(el, 'url')!, `${info.recorder.origin}/collect`);
    expect(textOf(part(el, 'notice'))).to.contain(`No credential (access token, subscription key, typed key or password) is sent to ${info.recorder.origin}`);
    await send(el, 10_000);
    const recorded: { headers: Record<string, string> }[] = await (await fetch(info.recorder.recordedUrl)).json();
    expect(recorded).to.have.length(1);
    expect(recorded[0]!.headers).not.to.have.property('ocp-apim-subscription-key');
    expect(JSON.stringify(recorded)).not.to.contain(newKey);
    expect(stored()).not.to.contain(newKey).and.not.contain(oldKey);
    expect(textOf(part(el, 'history'))).not.to.contain(newKey);
    await type(el, part<HTMLInputElement>(el, 'url')!, '/products');
    const snippet = await openSnippet(el);
    expect(snippet.querySelector('pre')!.textContent).to.contain('<subscription-key>').and.not.contain(newKey);
  });

  it('tells a developer without a covering subscription what to do, and sends no key', async () => {
    // Alan is unknown to API Management until he signs up (another test file may have signed him up: then he has no subscription).
    const { console: el } = await portal('alan@contoso.test');
    await waitFor(
      el,
      () =>
        [
          'Create your developer account to get a subscription key for this API.',
          'None of your active subscriptions covers this API. Subscribe to a product that includes it.',
        ].includes(textOf(part(el, 'key-picker'))),
      'the picker’s advice',
      15_000,
    );
    await openOperation(el, 'GET /products');
    await send(el, 10_000);
    expect(statusOf(el)).to.match(/^401 Unauthorized/);
    await expect(el).to.be.accessible();
  });
});
