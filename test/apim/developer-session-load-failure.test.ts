/**
 * The code that talks to API Management's data API, fetched once someone signs in, does not
 * arrive (a flaky network, dist/cdn/ hosted in part): `<portico-subscriptions>` says so, and its
 * "Try again" fetches the code again (under a URL of its own, since Chromium remembers a failed
 * `import()` for the page's life) and shows the developer's subscriptions. Its own file: that code
 * must not have loaded on this page yet.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { ApimController } from '../../src/apim/apim-controller.js';
import type { ErrorDetail } from '../../src/auth/errors.js';
import '../../src/components/subscriptions/portico-subscriptions.js';
import type { PorticoSubscriptions } from '../../src/components/subscriptions/portico-subscriptions.js';
import { fakeAccount, fakeDataApi, registerFakeApim } from '../../src/testing/index.js';
import { fakeProvider, part, textOf, track, uniqueId, widgetTestBed } from '../helpers/auth-widgets.js';

describe("the data API's code, when it cannot be loaded", () => {
  widgetTestBed();
  afterEach(() => executeServerCommand('requests-release'));

  it('is named in <portico-subscriptions>, and "Try again" fetches it again and shows the subscriptions', async () => {
    await executeServerCommand('requests-fail', { pathIncludes: '/src/apim/developer-session.' });
    const { controller } = fakeProvider({ account: fakeAccount({ name: 'Ada Lovelace' }) });
    const apimId = uniqueId('apim');
    const apim = new ApimController({ developerUrl: 'https://contoso.developer.azure-api.net', auth: controller, fetch: fakeDataApi() });
    track(registerFakeApim(apimId, apim));
    const reported: string[] = [];
    const subscriptions = await fixture<PorticoSubscriptions>(
      html`<portico-subscriptions apim=${apimId} @portico-error=${(event: CustomEvent<ErrorDetail>) => reported.push(event.detail.code)}></portico-subscriptions>`,
    );

    await waitUntil(() => apim.error !== null, 'the failure never showed', { timeout: 10_000 });
    expect(apim.error!.code).to.equal('part-load-failed');
    await waitUntil(() => part(subscriptions, 'diagnostic') !== null, 'the widget never named the failure');
    expect(textOf(part(subscriptions, 'diagnostic'))).to.contain('The code that talks to API Management (a chunk of dist/cdn/) could not be loaded.');
    expect(reported).to.include('part-load-failed');

    await executeServerCommand('requests-release');
    // The button comes with the signed-in views' own code, which may still be on its way.
    const retry = () => [...subscriptions.shadowRoot!.querySelectorAll('button')].find((button) => textOf(button) === 'Try again');
    await waitUntil(() => retry() !== undefined, 'no "Try again" button', { timeout: 10_000 });
    retry()!.click();
    await waitUntil(() => apim.state === 'ready', 'the retry never reached the data API', { timeout: 10_000 });
    await waitUntil(() => (subscriptions.shadowRoot!.textContent ?? '').includes('Starter'), 'the subscriptions never showed');
    expect(part(subscriptions, 'diagnostic')).to.equal(null);
  });
});
