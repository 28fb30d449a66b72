import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { toPorticoAuthError } from '../src/auth/error-mapping.js';
import type { PorticoAuthError } from '../src/auth/errors.js';
import '../src/components/token-inspector/portico-token-inspector.js';
import { claimsTables } from '../src/internal/lazy-claims-table.js';
import { FakeAuthController, fakeAccount, fakeJwt } from '../src/testing/index.js';
import { elementArgs } from './support/element-args.js';
import { fakeProviders, providerIds } from './support/fake-providers.js';
import { ORDERS_API, ordersToken } from './support/jwt.js';

/** A story's fake Contoso, signed in as Ada Lovelace, whose access token is `accessToken()` (made when the story renders). */
const signedIn = (accessToken: () => string | PorticoAuthError) =>
  fakeProviders(() => ({ contoso: new FakeAuthController({ label: 'Contoso', account: fakeAccount(), accessToken: accessToken() }) }));

/** Now, in JWT time (seconds), `minutes` from now. */
const minutesFromNow = (minutes: number) => Math.floor(Date.now() / 1000) + minutes * 60;

const meta = {
  title: 'Elements/portico-token-inspector',
  component: 'portico-token-inspector',
  argTypes: {
    // The story's own provider; see fakeProviders.
    auth: { control: false },
    token: { control: 'inline-radio', options: ['', 'id', 'access'] },
  },
  args: {
    token: 'access',
    scopes: `${ORDERS_API}/Orders.Read`,
    'expected-audience': ORDERS_API,
    'required-scopes': 'Orders.Read',
    'required-roles': 'readers',
  },
  // The pasted-token stories paste in their play function: on the docs page too.
  parameters: { docs: { story: { autoplay: true } } },
  // The pasted-token stories have no provider, and need none: no `auth` then.
  render: (args, context) => html`<portico-token-inspector auth=${providerIds(context) || nothing} ${elementArgs(args)}></portico-token-inspector>`,
} satisfies Meta;

export default meta;
type Story = StoryObj;

/** Pastes `token` into the inspector's field, as a user would. */
const paste =
  (token: () => string): NonNullable<Story['play']> =>
  async ({ canvasElement }) => {
    const inspector = canvasElement.querySelector('portico-token-inspector');
    await inspector?.updateComplete;
    const field = inspector?.shadowRoot?.querySelector<HTMLTextAreaElement>('[part~="input"]');
    if (!field) throw new Error('The inspector shows no field to paste into.');
    field.value = token();
    field.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  };

/**
 * `token="access"`: the signed-in user's access token for `scopes`, from the shared controller.
 * It has the audience, scopes and roles asked for: a verdict says so, above the countdown to
 * `exp`, the header, and the claims with plain-language names and dates.
 */
export const Valid: Story = {
  beforeEach: signedIn(() => ordersToken({ roles: ['readers'] })),
};

/** Past its `exp`: a warning, and the countdown turns into the time since. */
export const Expired: Story = {
  beforeEach: signedIn(() => ordersToken({ roles: ['readers'], iat: minutesFromNow(-85), nbf: minutesFromNow(-85), exp: minutesFromNow(-25) })),
};

/**
 * A token for another API: `scopes` asked for Microsoft Graph's `User.Read`, so the token is for
 * Graph, not for `expected-audience`, and holds none of the API's scopes or roles either.
 */
export const WrongAudience: Story = {
  args: { scopes: 'User.Read' },
  beforeEach: signedIn(() => ordersToken({ aud: 'https://graph.microsoft.com', scp: 'User.Read openid profile email' })),
};

/** `required-scopes` and `required-roles` the token lacks: each warning names what is missing and what the token holds. */
export const MissingRolesAndScopes: Story = {
  args: { 'required-scopes': 'Orders.Read Orders.Write', 'required-roles': 'publishers' },
  beforeEach: signedIn(() => ordersToken({ roles: ['readers'] })),
};

/**
 * Without `token`, a field to paste any JWT into (here an Entra v1.0 access token, pasted by the
 * story). It is decoded on the page and sent nowhere; the same expectations apply.
 */
export const PastedToken: Story = {
  args: { token: '', scopes: '' },
  play: paste(() => {
    const { tenantId, homeAccountId } = fakeAccount();
    return fakeJwt(
      {
        aud: ORDERS_API,
        iss: `https://sts.windows.net/${tenantId}/`,
        iat: minutesFromNow(-10),
        nbf: minutesFromNow(-10),
        exp: minutesFromNow(65),
        acr: '1',
        amr: ['pwd', 'mfa'],
        appid: '0b7f3c1e-5d2a-4e8b-9f6a-3c2d1e0f9a8b',
        idp: 'https://sts.windows.net/9188040d-6c67-4c5b-b112-36a304b66dad/',
        name: 'Ada Lovelace',
        oid: homeAccountId.split('.')[0],
        roles: ['readers', 'publishers'],
        scp: 'Orders.Read',
        tid: tenantId,
        unique_name: 'ada@contoso.example',
        upn: 'ada@contoso.example',
        ver: '1.0',
      },
      { typ: 'JWT', alg: 'RS256', x5t: 'nOo3ZDrODXEK1jKWhXslHR_KXEg', kid: 'nOo3ZDrODXEK1jKWhXslHR_KXEg' },
    );
  }),
};

/** Pasted text that is not a JWT (here an opaque refresh token) gets a plain explanation of what a JWT looks like. */
export const NotAJwt: Story = {
  name: 'Not a JWT',
  args: { token: '', scopes: '' },
  play: paste(() => '0.AXoAv4j5cvGGr0GRqy180BHbR1kA8Cd-3GdNo2Wx0p1mR9l6AAA.AgABAAEAAAD--DLA3VO7QrddgJg7WevrAgDs_wUA9P8'),
};

/** `token="id"`: the header and claims of the signed-in account's ID token, as the controller keeps them. */
export const IdToken: Story = {
  name: 'ID token',
  args: { token: 'id', scopes: '', 'expected-audience': '', 'required-scopes': '', 'required-roles': '' },
  beforeEach: signedIn(() => ordersToken()),
};

/** Nobody signed in: nothing to inspect. */
export const SignedOut: Story = {
  beforeEach: fakeProviders(() => ({ contoso: new FakeAuthController({ label: 'Contoso' }) })),
};

/** The token could not be had without the user (Entra wants another factor): "Sign in again". */
export const SignInAgain: Story = {
  beforeEach: signedIn(() =>
    toPorticoAuthError(
      {
        name: 'InteractionRequiredAuthError',
        errorCode: 'interaction_required',
        errorMessage:
          'AADSTS50076: Due to a configuration change made by your administrator, you must use multi-factor authentication to access this resource.',
      },
      {
        clientId: '0b7f3c1e-5d2a-4e8b-9f6a-3c2d1e0f9a8b',
        authority: 'https://login.microsoftonline.com/contoso.onmicrosoft.com',
        redirectUri: 'https://developer.contoso.com/',
        seconds: 60,
      },
    ),
  ),
};

/** `token="access"` without `scopes`: a diagnostic in place of the inspector, logged once. */
export const InvalidAttribute: Story = {
  tags: ['expect-console-error'],
  args: { scopes: '' },
  beforeEach: signedIn(() => ordersToken()),
};

/** The same diagnostic in the dark theme: its own dark danger colours. */
export const InvalidAttributeDark: Story = {
  name: 'Invalid attribute (dark)',
  tags: ['expect-console-error'],
  args: { scopes: '', theme: 'dark' },
  beforeEach: signedIn(() => ordersToken()),
};

/**
 * The claims table's code did not arrive (a portal hosting dist/cdn/ only in part, a flaky
 * network): the rest of the token shows, and in the table's place a diagnostic says what could not
 * be loaded and what to check; it is logged once and fired as `portico-error` (`part-load-failed`).
 * The story points the table's chunk at a file that is not there, so it leaves the docs page,
 * whose other stories show the table.
 */
export const ClaimsTableNotLoaded: Story = {
  tags: ['expect-console-error', '!autodocs'],
  beforeEach: (context) => {
    const notHosted = new URL('./claims-table-not-hosted.js', location.href);
    if (!claimsTables.loaded) Object.assign(claimsTables, { loader: () => import(/* @vite-ignore */ notHosted.href), url: notHosted });
    return signedIn(() => ordersToken({ roles: ['readers'] }))(context);
  },
};
