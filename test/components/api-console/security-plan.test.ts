import { expect } from '@open-wc/testing';
import { describeOperation } from '../../../src/components/api-console/internal/openapi/describe-operation.js';
import { indexOperations } from '../../../src/components/api-console/internal/openapi/index-operations.js';
import { parseSpec } from '../../../src/components/api-console/internal/openapi/parse.js';
import type { SecurityRequirement, SecuritySchemeUse } from '../../../src/components/api-console/internal/openapi/types.js';
import { planSecurity, TokenAvailability, typedSchemes, type SecurityHoldings } from '../../../src/components/api-console/internal/security-plan.js';

const use = (name: string, fields: Partial<SecuritySchemeUse>): SecuritySchemeUse => ({
  name,
  type: 'apiKey',
  scheme: '',
  in: '',
  parameterName: '',
  scopes: [],
  ...fields,
});
const OIDC = use('contoso', { type: 'openIdConnect', scopes: ['api://orders/Orders.Read'] });
const BEARER = use('bearer', { type: 'http', scheme: 'bearer' });
const BASIC = use('basic', { type: 'http', scheme: 'basic' });
const SUBSCRIPTION = use('apim', { in: 'header', parameterName: 'Ocp-Apim-Subscription-Key' });
const QUERY_KEY = use('queryKey', { in: 'query', parameterName: 'api_key' });
const COOKIE_KEY = use('session', { in: 'cookie', parameterName: 'sid' });
const MTLS = use('mtls', { type: 'mutualTLS' });

const holdings = (overrides: Partial<SecurityHoldings> = {}): SecurityHoldings => ({
  token: TokenAvailability.Available,
  key: '',
  keyPlace: { header: 'Ocp-Apim-Subscription-Key', query: '' },
  typed: new Map(),
  ...overrides,
});
const plan = (security: readonly SecurityRequirement[], overrides: Partial<SecurityHoldings> = {}) => planSecurity(security, holdings(overrides));
const names = (schemes: readonly { use: SecuritySchemeUse }[]) => schemes.map(({ use: scheme }) => scheme.name);

describe('planSecurity', () => {
  it('without declared schemes sends what the console has', () => {
    expect(plan([], { key: 'k' })).to.include({ declared: false, met: true, sendsToken: true, sendsKey: true });
    expect(plan([[]], { token: TokenAvailability.None })).to.include({ declared: false, sendsToken: false });
  });

  it('OAuth 2 / OpenID Connect: a token for exactly the scopes listed', () => {
    const result = plan([[OIDC]]);
    expect(result).to.include({ declared: true, met: true, sendsToken: true });
    expect(result.scopes).to.deep.equal(['api://orders/Orders.Read']);
  });

  it('a token scheme is missing while nobody is signed in', () => {
    const result = plan([[OIDC]], { token: TokenAvailability.SignIn });
    expect(result).to.include({ met: false, sendsToken: false });
    expect(names(result.missing)).to.deep.equal(['contoso']);
  });

  it('HTTP bearer is a token scheme', () => {
    expect(plan([[BEARER]])).to.include({ met: true, sendsToken: true });
  });

  it('HTTP basic: the typed username and password in Authorization, UTF-8', () => {
    const result = plan([[BASIC]], { typed: new Map([['basic', { username: 'zoë', password: 'pa:ss' }]]) });
    expect(result.met).to.equal(true);
    expect(result.placements).to.deep.equal([{ in: 'header', name: 'Authorization', value: 'Basic em/DqzpwYTpzcw==', scheme: 'basic' }]);
    expect(plan([[BASIC]]).missing.map(({ kind }) => kind)).to.deep.equal(['basic']);
  });

  it('API keys in a query and a cookie: placed where the scheme says', () => {
    const typed = new Map([
      ['queryKey', { key: 'q1' }],
      ['session', { key: 's1' }],
    ]);
    expect(plan([[QUERY_KEY, COOKIE_KEY]], { typed }).placements.map(({ in: place, name, value }) => [place, name, value])).to.deep.equal([
      ['query', 'api_key', 'q1'],
      ['cookie', 'sid', 's1'],
    ]);
  });

  it('the subscription key meets the scheme where it goes; typed when the console has none', () => {
    expect(plan([[SUBSCRIPTION]], { key: 'k' })).to.include({ met: true, sendsKey: true });
    expect(plan([[SUBSCRIPTION]], { key: 'k' }).placements).to.deep.equal([]);
    const typed = plan([[SUBSCRIPTION]], { typed: new Map([['apim', { key: 't' }]]) });
    expect(typed.placements.map(({ name, value }) => [name, value])).to.deep.equal([['Ocp-Apim-Subscription-Key', 't']]);
    expect(names(typedSchemes([[SUBSCRIPTION]], holdings({ key: 'k' })))).to.deep.equal([]);
    expect(
      names(
        typedSchemes(
          [
            [SUBSCRIPTION, BASIC],
            [QUERY_KEY, BASIC],
          ],
          holdings(),
        ),
      ),
    ).to.deep.equal(['apim', 'basic', 'queryKey']);
  });

  it('alternatives: the first the console can meet', () => {
    const result = plan([[BASIC], [OIDC]]);
    expect(result.met).to.equal(true);
    expect(names(result.requirement)).to.deep.equal(['contoso']);
  });

  it('combinations: all of them, or what is missing of the closest', () => {
    expect(names(plan([[OIDC, SUBSCRIPTION]], { key: 'k' }).requirement)).to.deep.equal(['contoso', 'apim']);
    const withoutKey = plan([
      [OIDC, SUBSCRIPTION],
      [BASIC, QUERY_KEY],
    ]);
    expect(withoutKey).to.include({ met: false, sendsToken: true });
    expect(names(withoutKey.missing)).to.deep.equal(['apim']);
  });

  it('the empty requirement: anonymous allowed, a token still goes when there is one', () => {
    expect(plan([[], [OIDC]])).to.include({ met: true, sendsToken: true, anonymousAllowed: true });
    const anonymous = plan([[], [OIDC]], { token: TokenAvailability.None });
    expect(anonymous).to.include({ met: true, sendsToken: false });
    expect(anonymous.missing).to.deep.equal([]);
  });

  it('what a browser cannot provide stays missing', () => {
    expect(names(plan([[MTLS]]).missing)).to.deep.equal(['mtls']);
  });

  it('reads Swagger 2.0 securityDefinitions: basic, and an apiKey in the query', async () => {
    const parsed = await parseSpec(
      JSON.stringify({
        swagger: '2.0',
        info: { title: 'Legacy', version: '1' },
        securityDefinitions: { basic: { type: 'basic' }, key: { type: 'apiKey', in: 'query', name: 'api_key' } },
        security: [{ basic: [] }],
        paths: { '/a': { get: { responses: {} } }, '/b': { get: { security: [{ key: [] }], responses: {} } } },
      }),
    );
    const index = indexOperations(parsed);
    const [a, b] = index.operations.map((entry) => describeOperation(index, entry).security);
    expect(plan(a!).missing.map(({ kind }) => kind)).to.deep.equal(['basic']);
    expect(plan(b!, { typed: new Map([['key', { key: 'x' }]]) }).placements.map(({ in: place, name }) => [place, name])).to.deep.equal([['query', 'api_key']]);
  });
});
