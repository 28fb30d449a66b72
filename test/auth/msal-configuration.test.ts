import { expect } from '@open-wc/testing';
import { parseProviderConfig } from '../../src/auth/provider-config.js';
import { toMsalConfiguration } from '../../src/auth/msal-configuration.js';

describe('toMsalConfiguration', () => {
  const authorities = {
    entra: 'https://login.microsoftonline.com/contoso.onmicrosoft.com',
    'external-id': 'https://contoso.ciamlogin.com/',
    b2c: 'https://contoso.b2clogin.com/contoso.onmicrosoft.com/B2C_1_signin',
    oidc: 'https://accounts.example.org/realms/dev',
  };

  for (const [kind, authority] of Object.entries(authorities)) {
    // The CDN build ships MSAL without its platform broker (scripts/rollup-msal-without-unused-features.js):
    // that is sound only while no provider asks MSAL to look for one.
    it(`never asks MSAL for the platform broker (${kind})`, () => {
      const { system, experimental } = toMsalConfiguration(parseProviderConfig({ clientId: 'app', authority }));
      expect(system?.allowPlatformBroker ?? false).to.equal(false);
      expect(experimental?.allowPlatformBrokerWithDOM ?? false).to.equal(false);
    });
  }

  it('speaks plain OpenID Connect to an issuer that is not Microsoft, and resolves redirect URIs against the page', () => {
    const { auth, system } = toMsalConfiguration(parseProviderConfig({ clientId: 'app', authority: authorities.oidc, redirectUri: '/signed-in' }));
    expect(system?.protocolMode).to.equal('OIDC');
    expect(auth.redirectUri).to.equal(new URL('/signed-in', location.href).href);
  });
});
