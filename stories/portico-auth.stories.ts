import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/auth/portico-auth.js';
import '../src/components/sign-in/portico-sign-in.js';
import { elementArgs } from './support/element-args.js';
import { providerId } from './support/fake-providers.js';

// Real <portico-auth> elements, each with a <portico-sign-in> that uses it.
const meta = {
  title: 'Elements/portico-auth',
  component: 'portico-auth',
  // Real providers register page-wide under their id, and a docs page shows its first story twice:
  // each story there gets a frame of its own.
  parameters: { docs: { story: { inline: false, height: '180px' } } },
  // Unique per story (see providerId).
  argTypes: { id: { control: false } },
  args: {
    'client-id': '6731de76-14a6-49ae-97bc-6eba6914391e',
    authority: 'https://login.microsoftonline.com/contoso.onmicrosoft.com',
    label: 'Contoso',
  },
  render: (args, context) => html`<portico-auth id=${providerId(context, 'contoso')} ${elementArgs(args)}></portico-auth>
    <portico-sign-in auth=${providerId(context, 'contoso')}></portico-sign-in>`,
} satisfies Meta;

export default meta;
type Story = StoryObj;

/**
 * Configured: renders nothing itself; the sign-in button uses it. The client ID is made up:
 * signing in opens Microsoft's page, which refuses it (AADSTS700016), and Portico explains that as
 * `invalid-client`. The Live stories sign in for real, against the sandbox.
 */
export const Configured: Story = {};

/**
 * Misconfigured elements show what is wrong, which attribute, and how to fix it, log the same
 * text once with `console.error`, and fire `portico-auth-error`; widgets using them say
 * "Sign-in unavailable". Fix the attribute in the controls and both recover.
 */
export const MissingClientId: Story = {
  tags: ['expect-console-error'],
  args: { 'client-id': '' },
};

/** An authority must be an https URL without query or fragment. */
export const InvalidAuthority: Story = {
  tags: ['expect-console-error'],
  args: { authority: 'http://login.contoso.com/contoso.onmicrosoft.com' },
};

/** An enumerated attribute with a value Portico does not know. */
export const InvalidAttribute: Story = {
  tags: ['expect-console-error'],
  args: { 'login-mode': 'dialog' },
};

/** Two providers with the same id: the second one explains the clash. */
export const DuplicateId: Story = {
  tags: ['expect-console-error'],
  render: (args, context) => html`<portico-auth id=${providerId(context, 'contoso')} ${elementArgs(args)}></portico-auth>
    <portico-auth id=${providerId(context, 'contoso')} ${elementArgs(args)}></portico-auth>`,
};
