import { expect } from '@open-wc/testing';
import { PorticoAuthError } from '../../src/auth/errors.js';
import { inferProviderKind, parseProviderConfig } from '../../src/auth/provider-config.js';

const parseError = (settings: Parameters<typeof parseProviderConfig>[0]): PorticoAuthError => {
  try {
    parseProviderConfig(settings);
  } catch (error) {
    if (error instanceof PorticoAuthError) return error;
  }
  throw new Error('expected a PorticoAuthError');
};

describe('parseProviderConfig', () => {
  describe('provider kind', () => {
    const cases: [string, string][] = [
      ['https://login.microsoftonline.com/contoso.onmicrosoft.com', 'entra'],
      ['https://contoso.ciamlogin.com/', 'external-id'],
      ['https://contoso.b2clogin.com/contoso.onmicrosoft.com/B2C_1_signin', 'b2c'],
      ['https://accounts.example.org/realms/dev', 'oidc'],
    ];
    for (const [authority, kind] of cases) {
      it(`infers ${kind} from ${new URL(authority).host}`, () => {
        expect(inferProviderKind(new URL(authority))).to.equal(kind);
        expect(parseProviderConfig({ clientId: 'app', authority }).kind).to.equal(kind);
      });
    }

    it('lets an explicit kind win over inference', () => {
      expect(parseProviderConfig({ clientId: 'app', authority: 'https://login.contoso.com/tenant', kind: 'b2c' }).kind).to.equal('b2c');
    });
  });

  describe('defaults', () => {
    it('fills in the documented defaults', () => {
      const config = parseProviderConfig({ clientId: 'app' });
      expect(config.authority).to.equal('https://login.microsoftonline.com/common');
      expect(config.kind).to.equal('entra');
      expect(config.loginMode).to.equal('popup');
      expect(config.cacheLocation).to.equal('sessionStorage');
      expect(config.signOut).to.equal('global');
      expect(config.scopes).to.deep.equal(['openid', 'profile', 'offline_access']);
      expect(config.knownAuthorities).to.deep.equal([]);
      expect(config.label).to.equal('Microsoft');
    });

    it('derives labels a person recognises', () => {
      expect(parseProviderConfig({ clientId: 'a', authority: 'https://login.microsoftonline.com/contoso.onmicrosoft.com' }).label).to.equal('contoso');
      expect(parseProviderConfig({ clientId: 'a', authority: 'https://fabrikam.b2clogin.com/fabrikam.onmicrosoft.com/B2C_1_susi' }).label).to.equal('fabrikam');
      expect(parseProviderConfig({ clientId: 'a', authority: 'https://localhost:8443/contoso' }).label).to.equal('contoso');
      expect(parseProviderConfig({ clientId: 'a', label: 'Contoso Ltd' }).label).to.equal('Contoso Ltd');
    });

    it('trusts non-Microsoft hosts (with port) and extra known authorities', () => {
      const oidc = parseProviderConfig({ clientId: 'a', authority: 'https://localhost:8443/contoso', knownAuthorities: 'login.contoso.com' });
      expect(oidc.knownAuthorities).to.deep.equal(['localhost:8443', 'login.contoso.com']);
      expect(oidc.scopes).to.deep.equal(['openid', 'profile']);
      const b2c = parseProviderConfig({ clientId: 'a', authority: 'https://fabrikam.b2clogin.com/fabrikam.onmicrosoft.com/B2C_1_susi' });
      expect(b2c.knownAuthorities).to.deep.equal(['fabrikam.b2clogin.com']);
    });

    it('splits space-separated scopes', () => {
      expect(parseProviderConfig({ clientId: 'a', scopes: ' openid  api://x/Read ' }).scopes).to.deep.equal(['openid', 'api://x/Read']);
    });
  });

  describe('errors', () => {
    it('reports a missing client-id with what to set', () => {
      const error = parseError({ clientId: '  ' });
      expect(error.code).to.equal('missing-client-id');
      expect(error.attribute).to.equal('client-id');
      expect(error.hint).to.contain('application (client) ID');
    });

    for (const authority of ['not a url', 'http://login.microsoftonline.com/common', 'https://login.example.com/x?p=1']) {
      it(`rejects the authority "${authority}"`, () => {
        const error = parseError({ clientId: 'a', authority });
        expect(error.code).to.equal('invalid-authority');
        expect(error.message).to.contain(authority);
        expect(error.hint).to.contain('https://login.microsoftonline.com/{tenant}');
      });
    }

    for (const [key, attribute] of [
      ['loginMode', 'login-mode'],
      ['cacheLocation', 'cache-location'],
      ['kind', 'kind'],
      ['signOut', 'sign-out'],
      ['prompt', 'prompt'],
      ['popupTimeout', 'popup-timeout'],
    ] as const) {
      it(`rejects an unknown ${attribute} and names the allowed values`, () => {
        const error = parseError({ clientId: 'a', [key]: 'sideways' });
        expect(error.code).to.equal('invalid-attribute');
        expect(error.attribute).to.equal(attribute);
        expect(error.message).to.contain('sideways');
      });
    }
  });
});
