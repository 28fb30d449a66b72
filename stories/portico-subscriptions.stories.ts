import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/subscriptions/portico-subscriptions.js';
import { apimId, fakeApim } from './support/fake-apim.js';

const meta = {
  title: 'Elements/portico-subscriptions',
  component: 'portico-subscriptions',
  render: (_args, context) => html`<portico-subscriptions apim=${apimId(context)}></portico-subscriptions>`,
} satisfies Meta;

export default meta;
type Story = StoryObj;

/** Grouped by product, with states, masked keys and the products on offer. */
export const Subscriptions: Story = { beforeEach: fakeApim() };
export const NoSubscriptionsYet: Story = { beforeEach: fakeApim({ subscriptions: [] }) };
export const SignedOut: Story = { beforeEach: fakeApim({ signedIn: false }) };
export const Loading: Story = { beforeEach: fakeApim({ mode: 'hang' }) };
/** API Management knows no developer for this account: the sign-up action. */
export const UnknownDeveloper: Story = { beforeEach: fakeApim({ known: false }) };
/** Its diagnostic logs one `console.error` on purpose. */
export const ApiManagementDown: Story = { beforeEach: fakeApim({ mode: 'fail' }), tags: ['expect-console-error'] };
