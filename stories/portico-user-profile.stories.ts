import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { AuthErrorCode } from '../src/auth/errors.js';
import '../src/components/user-profile/portico-user-profile.js';
import { FakeAuthController, fakeAccount, fakeError } from '../src/testing/index.js';
import { elementArgs, slottedArgs } from './support/element-args.js';
import { fakeProviders, providerIds } from './support/fake-providers.js';

const ada = fakeAccount();
const grace = fakeAccount({ name: 'Grace Hopper', username: 'grace@contoso.example', roles: ['readers', 'publishers', 'admins'] });

/** A story's fake Contoso, signed in as `account`. */
const signedInAs = (account = ada) => fakeProviders(() => ({ contoso: new FakeAuthController({ label: 'Contoso', account }) }));

const meta = {
  title: 'Elements/portico-user-profile',
  component: 'portico-user-profile',
  argTypes: {
    // The story's own provider; see fakeProviders.
    auth: { control: false },
    variant: { control: 'inline-radio', options: ['card', 'compact'] },
  },
  render: (args, context) =>
    html`<portico-user-profile auth=${providerIds(context)} ${elementArgs(args)}>${slottedArgs('portico-user-profile', args)}</portico-user-profile>`,
} satisfies Meta;

export default meta;
type Story = StoryObj;

/** The card: initials avatar, name, username and tenant (the provider's label). */
export const Card: Story = {
  beforeEach: signedInAs(),
};

/** A button with the avatar and name that opens a menu with the details and "Sign out". */
export const Compact: Story = {
  args: { variant: 'compact' },
  beforeEach: signedInAs(grace),
};

/** App roles from the ID token's `roles` claim, as chips. */
export const Roles: Story = {
  beforeEach: signedInAs(grace),
};

/** `show-claims`: every ID-token claim, with plain-language names and dates for times. */
export const Claims: Story = {
  args: { 'show-claims': true },
  beforeEach: signedInAs(grace),
};

/**
 * `photo="graph"` asks for a `User.Read` token to fetch the Microsoft Graph photo; when that
 * fails (here: no consent), the initials stay.
 */
export const PhotoFallback: Story = {
  args: { photo: 'graph' },
  beforeEach: fakeProviders(() => ({
    contoso: new FakeAuthController({ label: 'Contoso', account: ada, accessToken: fakeError(AuthErrorCode.ConsentRequired) }),
  })),
};

/** Nobody is signed in: only the `signed-out` slot shows (nothing by default). */
export const SignedOut: Story = {
  args: { 'signed-out': 'Nobody is signed in to Contoso.' },
  beforeEach: fakeProviders(() => ({ contoso: new FakeAuthController({ label: 'Contoso' }) })),
};

/** The provider is misconfigured: its `<portico-auth>` explains why; the profile says "Sign-in unavailable". */
export const SignInUnavailable: Story = {
  beforeEach: fakeProviders(() => ({ contoso: fakeError(AuthErrorCode.InvalidAuthority) })),
};
