import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/apim/portico-apim.js';
import { FakeAuthController, fakeAccount } from '../src/testing/index.js';
import { fakeProviders, providerIds } from './support/fake-providers.js';

/**
 * `<portico-apim>` renders nothing while it works (its states show in `<portico-subscriptions>` and
 * the console's key picker); a misconfiguration renders its diagnostic.
 */
const meta = {
  title: 'Elements/portico-apim',
  component: 'portico-apim',
  beforeEach: fakeProviders(() => ({ contoso: new FakeAuthController({ label: 'Contoso', account: fakeAccount() }) })),
  render: (args, context) =>
    html`<portico-apim auth=${providerIds(context)} developer-url=${String(args['developer-url'] ?? '')}>Content beside it shows as is.</portico-apim>`,
} satisfies Meta;

export default meta;
type Story = StoryObj;

export const Configured: Story = { args: { 'developer-url': 'https://contoso.developer.azure-api.net' } };
/** Diagnostics log their one `console.error` on purpose. */
export const MissingDeveloperUrl: Story = { args: { 'developer-url': '' }, tags: ['expect-console-error'] };
export const NotHttps: Story = { args: { 'developer-url': 'http://contoso.developer.azure-api.net' }, tags: ['expect-console-error'] };
