import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { toPorticoAuthError } from '../src/auth/error-mapping.js';
import { AuthErrorCode } from '../src/auth/errors.js';
import { AuthState } from '../src/auth/types.js';
import '../src/components/sign-in/portico-sign-in.js';
import { FakeAuthController, fakeAccount, fakeError, type FakeAuthControllerOptions } from '../src/testing/index.js';
import { elementArgs, slottedArgs } from './support/element-args.js';
import { fakeProviders, providerIds } from './support/fake-providers.js';

/** A fake Contoso: signed out unless `options` say otherwise; signing in signs in Ada Lovelace. */
const contoso = (options: FakeAuthControllerOptions = {}) => new FakeAuthController({ label: 'Contoso', ...options });

const meta = {
  title: 'Elements/portico-sign-in',
  component: 'portico-sign-in',
  // The story's own providers; see fakeProviders.
  argTypes: { auth: { control: false } },
  render: (args, context) => html`<portico-sign-in auth=${providerIds(context)} ${elementArgs(args)}>${slottedArgs('portico-sign-in', args)}</portico-sign-in>`,
} satisfies Meta;

export default meta;
type Story = StoryObj;

/** One button per provider; click it to sign in (the fake controller signs in as Ada Lovelace). */
export const SignedOut: Story = {
  beforeEach: fakeProviders(() => ({ contoso: contoso() })),
};

/** An interactive sign-in is running: the button is disabled, `aria-busy`, and shows a spinner. */
export const Busy: Story = {
  beforeEach: fakeProviders(() => ({ contoso: contoso({ state: AuthState.SigningIn, signInOutcome: 'hang' }) })),
};

/** Signed in: a sign-out button naming the account (`signed-in="hide"` shows nothing instead). */
export const SignedIn: Story = {
  beforeEach: fakeProviders(() => ({ contoso: contoso({ account: fakeAccount() }) })),
};

/**
 * A failed sign-in explains itself inline, with the hint Portico maps from the identity
 * provider's error (here Entra's AADSTS50011), and a retry button.
 */
export const ErrorWithHint: Story = {
  beforeEach: fakeProviders(() => {
    const controller = contoso();
    controller.fail(
      toPorticoAuthError(
        {
          errorCode: 'invalid_request',
          errorMessage: 'AADSTS50011: The redirect URI specified in the request does not match the redirect URIs configured for the application.',
        },
        {
          clientId: '6731de76-14a6-49ae-97bc-6eba6914391e',
          authority: 'https://login.microsoftonline.com/contoso.onmicrosoft.com',
          redirectUri: 'https://developer.contoso.com/',
          seconds: 60,
        },
      ),
    );
    return { contoso: controller };
  }),
};

/** Signed in, but a token needs the user again (`interaction-required`): "Sign in again" appears. */
export const SignInAgain: Story = {
  beforeEach: fakeProviders(() => {
    const controller = contoso({ account: fakeAccount() });
    controller.fail(AuthErrorCode.InteractionRequired);
    return { contoso: controller };
  }),
};

/** Two tenants on one page: a button each. Signing in to one hides the other until sign-out. */
export const TwoTenants: Story = {
  beforeEach: fakeProviders(() => ({
    contoso: contoso(),
    fabrikam: new FakeAuthController({ label: 'Fabrikam', signInAccount: fakeAccount({ name: 'Katherine Johnson', username: 'katherine@fabrikam.example' }) }),
  })),
};

/** The `icon` slot puts the tenant's logo on its button. */
export const WithIcon: Story = {
  beforeEach: fakeProviders(() => ({ contoso: contoso() })),
  render: (args, context) => html`<portico-sign-in auth=${providerIds(context)} ${elementArgs(args)}>
    <svg slot="icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true">
      <path d="M8 1 15 8 8 15 1 8Z" fill="currentColor" />
    </svg>
  </portico-sign-in>`,
};

/** The provider is misconfigured: its `<portico-auth>` shows the diagnostic; this widget only says so. */
export const SignInUnavailable: Story = {
  beforeEach: fakeProviders(() => ({ contoso: fakeError(AuthErrorCode.MissingClientId) })),
};

/** A bad attribute value renders a diagnostic in place of the button and logs it once. */
export const InvalidAttribute: Story = {
  tags: ['expect-console-error'],
  args: { 'login-mode': 'dialog' },
  beforeEach: fakeProviders(() => ({ contoso: contoso() })),
};
