import type { StoryContext } from '@storybook/web-components-vite';
import { ApimController } from '../../src/apim/apim-controller.js';
import { FakeAuthController, fakeAccount, fakeDataApi, registerFakeApim, registerFakeProvider, type FakeDataApiOptions } from '../../src/testing/index.js';
import { providerId } from './fake-providers.js';

/** Subscriptions for the stories: Starter and Unlimited hold the API `conference` in the fake data API. */
export const ADA_SUBSCRIPTIONS: FakeDataApiOptions['subscriptions'] = [
  { id: 'ada-starter', name: 'Prototype', scope: '/products/starter', state: 'active' },
  { id: 'ada-unlimited', name: 'Production', scope: '/products/unlimited', state: 'submitted' },
  { id: 'ada-all', name: 'Everything', scope: '/apis', state: 'active' },
  { id: 'ada-old', name: 'Old experiment', scope: '/products/starter', state: 'cancelled' },
];

/**
 * A story's `beforeEach`: a fake Contoso (signed in as Ada unless `signedIn` is false) and an
 * `ApimController` on the fake data API, registered as `apimId(context)`; removed at teardown.
 */
export function fakeApim(options: FakeDataApiOptions & { signedIn?: boolean } = {}) {
  return (context: StoryContext): (() => void) => {
    const auth = new FakeAuthController({ label: 'Contoso', account: options.signedIn === false ? null : fakeAccount() });
    const unregisterProvider = registerFakeProvider({ id: providerId(context, 'contoso'), controller: auth });
    const apim = new ApimController({
      developerUrl: 'https://contoso.developer.azure-api.net',
      auth,
      fetch: fakeDataApi({ subscriptions: ADA_SUBSCRIPTIONS, ...options }),
    });
    const unregisterApim = registerFakeApim(apimId(context), apim);
    return () => {
      unregisterApim();
      apim.dispose();
      unregisterProvider();
    };
  };
}

/** The story's `<portico-apim>` id (an `apim` value). */
export function apimId(context: Pick<StoryContext, 'id'>): string {
  return providerId(context, 'apim');
}
