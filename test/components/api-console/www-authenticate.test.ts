import { expect } from '@open-wc/testing';
import { bearerChallenge, parseChallenges } from '../../../src/components/api-console/internal/www-authenticate.js';

describe('WWW-Authenticate', () => {
  it('reads a Bearer challenge with quoted and bare parameters', () => {
    expect(parseChallenges('Bearer realm="api://sample", error=invalid_token, error_description="It \\"expired\\", sorry"')).to.deep.equal([
      { scheme: 'bearer', params: { realm: 'api://sample', error: 'invalid_token', error_description: 'It "expired", sorry' } },
    ]);
  });

  it('reads several challenges in one header, skipping a token68', () => {
    const challenges = parseChallenges('Basic realm="x", Negotiate abc==, Bearer scope="a b"');
    expect(challenges.map((challenge) => challenge.scheme)).to.deep.equal(['basic', 'negotiate', 'bearer']);
    expect(challenges[2]!.params).to.deep.equal({ scope: 'a b' });
  });

  it('finds the Bearer challenge, or none', () => {
    expect(bearerChallenge('Basic realm="x", Bearer error="insufficient_scope"')!.params['error']).to.equal('insufficient_scope');
    expect(bearerChallenge('Basic realm="x"')).to.equal(null);
    expect(bearerChallenge(null)).to.equal(null);
    expect(parseChallenges(',, =')).to.deep.equal([]);
  });
});
