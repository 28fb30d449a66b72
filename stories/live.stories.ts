import type { Args, Meta, StoryContext, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/auth/portico-auth.js';
import '../src/components/auth-gate/portico-auth-gate.js';
import '../src/components/sign-in/portico-sign-in.js';
import '../src/components/user-profile/portico-user-profile.js';
import { elementArgs } from './support/element-args.js';
import { providerId } from './support/fake-providers.js';
import { SANDBOX_CLIENT_ID, SANDBOX_ORIGIN, whenSandboxAnswers } from './support/sandbox.js';

/** The sandbox's tenants, by the path of their authority. */
const TENANTS = { contoso: 'Contoso', fabrikam: 'Fabrikam' } as const;
type Tenant = keyof typeof TENANTS;

/** Real `<portico-auth>` elements for `tenants`; their redirect URI is this page, the default. */
const providers = (args: Args, context: StoryContext, ...tenants: Tenant[]) =>
  tenants.map(
    (tenant) => html`<portico-auth
      id=${providerId(context, tenant)}
      client-id=${SANDBOX_CLIENT_ID}
      authority="${args['sandbox']}/${tenant}"
      label=${TENANTS[tenant]}
    ></portico-auth>`,
  );

/**
 * Real sign-in with MSAL against the local sandbox (`npm start`): two OpenID Connect tenants,
 * Contoso and Fabrikam, whose demo users have the password `portico` (ada@contoso.test is an
 * admin; alan@contoso.test only a reader). When the sandbox is not running, the stories say so.
 */
const meta = {
  title: 'Live/Sandbox',
  // Real providers register page-wide under their id, and a docs page shows its first story twice:
  // each story there gets a frame of its own.
  parameters: { docs: { story: { inline: false, height: '420px' } } },
  argTypes: {
    sandbox: { control: 'text', description: 'Origin of the sandbox that `npm start` runs.' },
    theme: { control: 'inline-radio', options: ['light', 'dark'], description: "The widgets' `theme`." },
  },
  args: { sandbox: SANDBOX_ORIGIN },
} satisfies Meta;

export default meta;
type Story = StoryObj;

/** A sign-in button per tenant, and who is signed in to each. */
export const TwoTenants: Story = {
  render: (args, context) =>
    whenSandboxAnswers(
      args['sandbox'],
      () => html`${providers(args, context, 'contoso', 'fabrikam')}
        <portico-sign-in auth="${providerId(context, 'contoso')} ${providerId(context, 'fabrikam')}" ${elementArgs(args)}></portico-sign-in>
        ${(['contoso', 'fabrikam'] as const).map(
          (tenant) => html`<portico-user-profile auth=${providerId(context, tenant)} show-claims ${elementArgs(args)}>
            <p slot="signed-out">Nobody is signed in to ${TENANTS[tenant]}.</p>
          </portico-user-profile>`,
        )}`,
    ),
};

/** Contoso's admins see the content; sign in as alan@contoso.test to see the gate refuse. */
export const AdminsOnly: Story = {
  render: (args, context) =>
    whenSandboxAnswers(
      args['sandbox'],
      () => html`${providers(args, context, 'contoso')}
        <portico-user-profile auth=${providerId(context, 'contoso')} variant="compact" ${elementArgs(args)}></portico-user-profile>
        <portico-auth-gate auth=${providerId(context, 'contoso')} roles="admins" ${elementArgs(args)}>
          <p>Welcome, admin: this part of the portal is only shown to accounts holding the <code>admins</code> app role.</p>
        </portico-auth-gate>`,
    ),
};
