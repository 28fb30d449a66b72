import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { AuthErrorCode } from '../src/auth/errors.js';
import { AuthState } from '../src/auth/types.js';
import '../src/components/auth-gate/portico-auth-gate.js';
import { FakeAuthController, fakeAccount, fakeError, type FakeAuthControllerOptions } from '../src/testing/index.js';
import { elementArgs, slottedArgs } from './support/element-args.js';
import { fakeProviders, providerIds } from './support/fake-providers.js';

/** A story's fake Contoso, set up by `options`; signing in (from the fallback's button) signs in an admin. */
const withContoso = (options: FakeAuthControllerOptions = {}) =>
  fakeProviders(() => ({
    contoso: new FakeAuthController({ label: 'Contoso', signInAccount: fakeAccount({ roles: ['readers', 'admins'] }), ...options }),
  }));

const meta = {
  title: 'Elements/portico-auth-gate',
  component: 'portico-auth-gate',
  // The story's own provider; see fakeProviders.
  argTypes: { auth: { control: false } },
  args: { roles: 'publishers admins' },
  render: (args, context) => html`<portico-auth-gate auth=${providerIds(context)} ${elementArgs(args)}>
    <section>
      <h3>Publishing</h3>
      <p>Only publishers and admins see this. The API checks their tokens too: hiding is not security.</p>
    </section>
    ${slottedArgs('portico-auth-gate', args)}
  </portico-auth-gate>`,
} satisfies Meta;

export default meta;
type Story = StoryObj;

/** Signed in with one of the roles: the content shows. */
export const Open: Story = {
  beforeEach: withContoso({ account: fakeAccount({ roles: ['readers', 'publishers'] }) }),
};

/** Nobody signed in: the default fallback is a sign-in button. */
export const Closed: Story = {
  beforeEach: withContoso(),
};

/** Signed in without the roles: which roles are needed, and a way to sign in with another account. */
export const RoleDenied: Story = {
  beforeEach: withContoso({ account: fakeAccount({ roles: ['readers'] }) }),
};

/** The `fallback` slot replaces the default sign-in button and message. */
export const CustomFallback: Story = {
  args: { fallback: 'Sign in as a publisher to manage the catalogue.' },
  beforeEach: withContoso(),
};

/** While the provider starts up, neither the content nor the fallback shows. */
export const Checking: Story = {
  beforeEach: withContoso({ state: AuthState.Initializing }),
};

/** The provider is misconfigured: its `<portico-auth>` explains why; the gate says "Sign-in unavailable". */
export const SignInUnavailable: Story = {
  beforeEach: fakeProviders(() => ({ contoso: fakeError(AuthErrorCode.MissingClientId) })),
};
