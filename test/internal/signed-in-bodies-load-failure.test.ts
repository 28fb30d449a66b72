/**
 * The profile's card and the subscriptions' signed-in views, whose code is fetched once someone
 * signs in, when that code cannot be loaded (dist/cdn/ hosted in part, a flaky network): the test
 * server answers their chunks 503. Its own file: their code must not have loaded on this page yet.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { ApimController } from '../../src/apim/apim-controller.js';
import type { ErrorDetail } from '../../src/auth/errors.js';
import '../../src/components/subscriptions/portico-subscriptions.js';
import '../../src/components/user-profile/portico-user-profile.js';
import type { PorticoSubscriptions } from '../../src/components/subscriptions/portico-subscriptions.js';
import type { PorticoUserProfile } from '../../src/components/user-profile/portico-user-profile.js';
import { fakeAccount, fakeDataApi, registerFakeApim } from '../../src/testing/index.js';
import { fakeProvider, part, textOf, track, uniqueId, widgetTestBed } from '../helpers/auth-widgets.js';

describe('the signed-in views of the profile and the subscriptions, when their code cannot be loaded', () => {
  const bed = widgetTestBed();
  afterEach(() => executeServerCommand('requests-release'));

  it('each says what could not be loaded and what to check, instead of loading forever, and reports it once', async () => {
    await executeServerCommand('requests-fail', { pathIncludes: '-body' });
    const { id: auth, controller } = fakeProvider({ account: fakeAccount({ name: 'Ada Lovelace' }) });
    const apimId = uniqueId('apim');
    track(registerFakeApim(apimId, new ApimController({ developerUrl: 'https://contoso.developer.azure-api.net', auth: controller, fetch: fakeDataApi() })));
    const reported: string[] = [];
    const onError = (event: CustomEvent<ErrorDetail>) => reported.push(`${(event.target as Element).localName} ${event.detail.code}`);
    const parent = await fixture<HTMLDivElement>(html`<div @portico-error=${onError}>
      <portico-user-profile auth=${auth}></portico-user-profile>
      <portico-subscriptions apim=${apimId}></portico-subscriptions>
    </div>`);
    const profile = parent.querySelector<PorticoUserProfile>('portico-user-profile')!;
    const subscriptions = parent.querySelector<PorticoSubscriptions>('portico-subscriptions')!;

    await waitUntil(() => part(profile, 'diagnostic') !== null && part(subscriptions, 'diagnostic') !== null, 'both failures to show', { timeout: 10_000 });
    expect(textOf(part(profile, 'diagnostic'))).to.contain('A part of this widget could not be loaded: the signed-in profile.');
    expect(textOf(part(subscriptions, 'diagnostic'))).to.contain('A part of this widget could not be loaded: your subscriptions and keys.');
    expect(textOf(part(subscriptions, 'diagnostic'))).to.contain('dist/cdn/');
    expect(textOf(part(subscriptions, 'status')), 'no longer says it is loading').to.not.contain('Loading');
    expect(reported.sort()).to.deep.equal(['portico-subscriptions part-load-failed', 'portico-user-profile part-load-failed']);
    expect(bed.consoleErrors.messages.filter((message) => message.includes('could not be loaded'))).to.have.length(2);
    await expect(profile).to.be.accessible();
    await expect(subscriptions).to.be.accessible();
  });
});
