import { expect } from '@open-wc/testing';
import { toPorticoAuthError } from '../../src/auth/error-mapping.js';
import { msalError } from '../helpers/fake-msal-client.js';

const context = {
  clientId: 'app-123',
  authority: 'https://login.microsoftonline.com/contoso.onmicrosoft.com',
  redirectUri: 'https://portal.contoso.com/',
  seconds: 60,
};

describe('toPorticoAuthError', () => {
  const cases: [string, Error, string, string][] = [
    [
      'AADSTS50011',
      msalError('invalid_request', 'AADSTS50011: The redirect URI does not match', 'ServerError'),
      'redirect-uri-mismatch',
      'https://portal.contoso.com/',
    ],
    ['AADSTS65001', msalError('invalid_grant', 'AADSTS65001: The user or administrator has not consented', 'ServerError'), 'consent-required', 'consent'],
    [
      'AADSTS50020',
      msalError('invalid_request', 'AADSTS50020: User account from identity provider does not exist in tenant', 'ServerError'),
      'user-not-in-tenant',
      'guest',
    ],
    [
      'AADSTS700054',
      msalError('unsupported_response_type', 'AADSTS700054: response_type id_token is not enabled', 'ServerError'),
      'unsupported-response-type',
      'Single-page application',
    ],
    [
      'AADSTS700016',
      msalError('unauthorized_client', 'AADSTS700016: Application with identifier app-123 was not found', 'ServerError'),
      'invalid-client',
      'client-id="app-123"',
    ],
    ['a blocked popup', msalError('popup_window_error'), 'popup-blocked', 'login-mode="redirect"'],
    ['a closed popup', msalError('user_cancelled'), 'user-cancelled', 'Sign in'],
    ['a popup that never came back', msalError('timed_out'), 'sign-in-timeout', 'AADSTS50011'],
    ['interaction in progress', msalError('interaction_in_progress'), 'interaction-in-progress', 'close the open sign-in window'],
    ['an unreachable IdP', msalError('endpoints_resolution_error', 'Failed to fetch', 'ClientAuthError'), 'network-error', '/.well-known/openid-configuration'],
    ['login_required', msalError('login_required', '', 'InteractionRequiredAuthError'), 'login-required', 'Sign in'],
    ['invalid_grant', msalError('invalid_grant', 'refresh token expired', 'ServerError'), 'invalid-grant', 'Sign in again'],
    ['interaction_required', msalError('interaction_required', 'AADSTS50076: MFA', 'InteractionRequiredAuthError'), 'interaction-required', 'Sign in again'],
  ];

  for (const [name, error, code, hintPart] of cases) {
    it(`maps ${name} to ${code} with a hint`, () => {
      const mapped = toPorticoAuthError(error, context);
      expect(mapped.code).to.equal(code);
      expect(mapped.hint).to.contain(hintPart);
      expect(mapped.cause).to.equal(error);
    });
  }

  it('keeps the original message for errors it does not know', () => {
    const original = new Error('something odd');
    const mapped = toPorticoAuthError(original, context);
    expect(mapped.code).to.equal('unknown');
    expect(mapped.message).to.contain('something odd');
    expect(mapped.cause).to.equal(original);
  });
});
