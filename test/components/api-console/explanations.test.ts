import { expect } from '@open-wc/testing';
import { fakeAccount } from '../../../src/testing/index.js';
import { fakeProvider } from '../../helpers/auth-widgets.js';
import {
  answerJson,
  consoleFixture,
  consoleTestBed,
  fakeNetwork,
  json,
  openOperation,
  part,
  parts,
  send,
  specLoaded,
  statusOf,
  textOf,
} from '../../helpers/api-console.js';
import { fakeJwt } from '../../../src/testing/fake-jwt.js';
import { accessClaims } from '../../helpers/jwt.js';

const API = 'https://api.example';
const SPEC_URL = 'https://docs.example/orders.json';
const SCOPE = 'api://portico-sample/Orders.Read';
const ADA = fakeAccount();

/** Orders need a token with a scope; products an API key in a header. */
const ORDERS_SPEC = {
  openapi: '3.1.0',
  info: { title: 'Orders', version: '1' },
  paths: {
    '/orders': {
      get: { operationId: 'listOrders', security: [{ contoso: [SCOPE] }], responses: {} },
      post: { operationId: 'createOrder', security: [{ contoso: ['api://portico-sample/Orders.Write'] }], responses: {} },
    },
    '/products': { get: { operationId: 'listProducts', security: [{ key: [] }], responses: {} } },
  },
  components: {
    securitySchemes: {
      contoso: { type: 'openIdConnect', openIdConnectUrl: 'https://login.example/.well-known/openid-configuration' },
      key: { type: 'apiKey', in: 'header', name: 'Ocp-Apim-Subscription-Key' },
    },
  },
};

const CHALLENGE_AUDIENCE =
  'Bearer realm="api://portico-sample", error="invalid_token", error_description="The token is for api://other, but this API is api://portico-sample."';

describe('<portico-api-console> explanations', () => {
  const bed = consoleTestBed();

  async function orders(attributes: Record<string, string>, api: Record<string, Parameters<typeof fakeNetwork>[0][string]>) {
    bed.network = fakeNetwork({ [SPEC_URL]: answerJson(ORDERS_SPEC), ...api });
    const el = await consoleFixture({ 'spec-url': SPEC_URL, 'base-url': API, ...attributes });
    await specLoaded(el);
    return el;
  }

  const causes = (el: HTMLElement) => [...part(el, 'explanation')!.querySelectorAll('[data-cause]')].map((cause) => cause.getAttribute('data-cause'));
  const mismatched = (el: HTMLElement) => [...part(el, 'explanation')!.querySelectorAll('.comparison tbody tr.mismatch th')].map((row) => textOf(row));
  const problem = (body: unknown, status = 403, challenge = 'Bearer error="insufficient_scope"') =>
    answerJson(body, { status, headers: { 'content-type': 'application/problem+json', 'www-authenticate': challenge } });
  const comparison = (el: HTMLElement) =>
    [...part(el, 'explanation')!.querySelectorAll('.comparison tbody tr')].map((row) => [...row.children].map((cell) => textOf(cell)));

  describe('401 and 403', () => {
    it('a missing token: says none was sent, beside what the API and the description ask for', async () => {
      const el = await orders({}, { [API]: answerJson({}, { status: 401, headers: { 'www-authenticate': `Bearer realm="api", scope="${SCOPE}"` } }) });
      await openOperation(el, 'GET /orders');
      await send(el);
      expect(part(el, 'explanation')!.dataset['kind']).to.equal('auth');
      expect(textOf(part(el, 'explanation')!.querySelector('.explanation-title'))).to.equal('The API did not accept the credentials (401).');
      expect(causes(el)).to.deep.equal(['anonymous']);
      expect(comparison(el)[1]).to.deep.equal(['Scopes (scp)', 'none', SCOPE]);
      expect(textOf(part(el, 'explanation'))).to.contain(`The API description asks for a token from contoso with ${SCOPE}.`);
    });

    it('a token for another audience: flagged before sending, then compared with the challenge', async () => {
      const { id } = fakeProvider({ account: ADA, accessToken: fakeJwt(accessClaims({ aud: 'api://other' })) });
      const el = await orders(
        { auth: id, scopes: SCOPE, 'expected-audience': 'api://portico-sample' },
        { [API]: answerJson({}, { status: 401, headers: { 'www-authenticate': CHALLENGE_AUDIENCE } }) },
      );
      await openOperation(el, 'GET /orders');
      let warningsWhenSent: string[] = [];
      el.addEventListener(
        'portico-before-send',
        () => (warningsWhenSent = [...el.shadowRoot!.querySelectorAll('[part~="warning"]')].map((warning) => warning.getAttribute('data-kind')!)),
      );
      await send(el);
      // A token for another API holds none of this API's scopes either.
      expect(warningsWhenSent).to.deep.equal(['audience', 'missing-scopes']);
      expect(textOf(part(el, 'warning'))).to.equal('The token is for api://other, but the API expects api://portico-sample.');
      expect(causes(el)).to.deep.equal(['audience']);
      expect(comparison(el)[0]).to.deep.equal(['Audience (aud)', 'api://other (does not match)', 'api://portico-sample']);
      expect(textOf(part(el, 'explanation')!.querySelector('.challenge'))).to.equal(
        'The API said: invalid_token: The token is for api://other, but this API is api://portico-sample.',
      );
    });

    it('an expired token: flagged before sending and named as the cause', async () => {
      const expired = fakeJwt(accessClaims({ exp: Math.floor(Date.now() / 1000) - 60 }));
      const { id } = fakeProvider({ account: ADA, accessToken: expired });
      const el = await orders({ auth: id, scopes: SCOPE }, { [API]: answerJson({}, { status: 401 }) });
      await openOperation(el, 'GET /orders');
      await send(el);
      expect(parts(el, 'warning').map((warning) => warning.dataset['kind'])).to.deep.equal(['expired']);
      expect(causes(el)).to.deep.equal(['token-expired', 'retried']);
      expect(comparison(el)[3]![1]).to.contain('(expired)');
    });

    it('a missing scope: flagged before sending and named after a 403', async () => {
      const { id } = fakeProvider({ account: ADA, accessToken: fakeJwt(accessClaims({ scp: 'Orders.Read' })) });
      const challenge = 'Bearer error="insufficient_scope", scope="api://portico-sample/Orders.Write"';
      const el = await orders({ auth: id, scopes: SCOPE }, { [API]: answerJson({}, { status: 403, headers: { 'www-authenticate': challenge } }) });
      await openOperation(el, 'POST /orders');
      await send(el);
      expect(parts(el, 'warning').map((warning) => warning.dataset['kind'])).to.deep.equal(['missing-scopes']);
      expect(textOf(part(el, 'explanation')!.querySelector('.explanation-title'))).to.equal('The API refused this operation to these credentials (403).');
      expect(causes(el)).to.deep.equal(['missing-scopes']);
      expect(comparison(el)[1]).to.deep.equal(['Scopes (scp)', 'Orders.Read (does not match)', 'api://portico-sample/Orders.Write']);
      expect(mismatched(el)).to.deep.equal(['Scopes (scp)']);
    });

    it('roles named by an RFC 9457 body: the asked-for roles filled in, and every row that falls short marked', async () => {
      const token = fakeJwt(accessClaims({ aud: 'api://other', roles: ['readers'], exp: Math.floor(Date.now() / 1000) + 3600 }));
      const { id } = fakeProvider({ account: ADA, accessToken: token });
      const body = {
        type: 'about:blank',
        title: 'Insufficient permissions',
        status: 403,
        expected: { audience: 'api://portico-sample', roles: ['admins', 'publishers'] },
      };
      const el = await orders({ auth: id, scopes: SCOPE, 'expected-audience': 'api://portico-sample' }, { [API]: problem(body) });
      await openOperation(el, 'GET /orders');
      await send(el);
      expect(comparison(el)[2]).to.deep.equal(['Roles (roles)', 'readers (does not match)', 'admins or publishers']);
      expect(mismatched(el)).to.deep.equal(['Audience (aud)', 'Scopes (scp)', 'Roles (roles)']);
      await expect(el).to.be.accessible();
    });

    it('a role the body names and the user lacks: the cause says so', async () => {
      const { id } = fakeProvider({ account: ADA, accessToken: fakeJwt(accessClaims({ roles: ['readers'] })) });
      const el = await orders({ auth: id, scopes: SCOPE }, { [API]: problem({ title: 'Insufficient permissions', requiredRoles: 'admins' }) });
      await openOperation(el, 'GET /orders');
      await send(el);
      expect(causes(el)).to.deep.equal(['missing-roles']);
      expect(mismatched(el)).to.deep.equal(['Roles (roles)']);
    });

    it('a missing role: the token is valid but lacks the permission, in the API’s own words', async () => {
      const { id } = fakeProvider({ account: ADA, accessToken: fakeJwt(accessClaims({ roles: ['readers'] })) });
      const challenge = 'Bearer error="insufficient_scope", error_description="The signed-in user does not have the app role admins."';
      const el = await orders({ auth: id, scopes: SCOPE }, { [API]: answerJson({}, { status: 403, headers: { 'www-authenticate': challenge } }) });
      await openOperation(el, 'GET /orders');
      await send(el);
      expect(causes(el)).to.deep.equal(['permission']);
      expect(comparison(el)[2]).to.deep.equal(['Roles (roles)', 'readers', 'not said']);
      expect(textOf(part(el, 'explanation')!.querySelector('.challenge'))).to.contain('does not have the app role admins');
    });

    it('an app-only token: judged by its roles, not by the scopes users need', async () => {
      const appToken = fakeJwt(accessClaims({ idtyp: 'app', scp: undefined, scope: 'api://portico-sample/.default', roles: ['Orders.Read.All'] }));
      const el = await orders(
        { 'token-broker-url': 'https://portal.example/broker' },
        {
          'https://portal.example/broker': answerJson({ access_token: appToken, expires_in: 3600 }),
          [API]: answerJson({}, { status: 403, headers: { 'www-authenticate': 'Bearer error="insufficient_scope"' } }),
        },
      );
      await openOperation(el, 'POST /orders');
      await send(el);
      expect(part(el, 'warnings')).to.equal(null);
      expect(causes(el)).to.deep.equal(['permission']);
    });

    it('an app-only token: its roles shown as application permissions, beside those the body asks for, and no scopes row', async () => {
      const appToken = fakeJwt(accessClaims({ idtyp: 'app', scp: undefined, scope: 'api://portico-sample/.default', roles: ['Orders.Read.All'] }));
      const body = { title: 'Insufficient permissions', expected: { scopes: ['Orders.Write'], appRoles: ['Orders.ReadWrite.All'] } };
      const el = await orders(
        { 'token-broker-url': 'https://portal.example/broker' },
        { 'https://portal.example/broker': answerJson({ access_token: appToken, expires_in: 3600 }), [API]: problem(body) },
      );
      await openOperation(el, 'POST /orders');
      await send(el);
      expect(comparison(el).map(([label]) => label)).to.deep.equal(['Audience (aud)', 'Application permissions (roles)', 'Expires (exp)']);
      expect(comparison(el)[1]).to.deep.equal(['Application permissions (roles)', 'Orders.Read.All (does not match)', 'Orders.ReadWrite.All']);
      expect(causes(el)).to.deep.equal(['missing-roles']);
    });

    it('a missing subscription key', async () => {
      const el = await orders({}, { [API]: answerJson({ statusCode: 401, message: 'Access denied due to missing subscription key.' }, { status: 401 }) });
      await openOperation(el, 'GET /products');
      await send(el);
      expect(causes(el)).to.deep.equal(['key-missing']);
      expect(textOf(part(el, 'explanation'))).to.contain('an API key in the Ocp-Apim-Subscription-Key header');
    });

    it('a key held back from another origin', async () => {
      const el = await orders({ 'subscription-key': 'key-1' }, { 'https://other.example': answerJson({}, { status: 401 }) });
      await openOperation(el, 'GET /products');
      const address = part<HTMLInputElement>(el, 'url')!;
      address.value = 'https://other.example/products';
      address.dispatchEvent(new InputEvent('input'));
      await send(el);
      expect(bed.network.requests.at(-1)!.headers.has('ocp-apim-subscription-key')).to.equal(false);
      expect(causes(el)).to.deep.equal(['key-withheld']);
    });
  });

  describe('failures without an answer', () => {
    it('tells a CORS refusal from a network failure, and says what the API must send', async () => {
      const { id } = fakeProvider({ account: ADA });
      bed.network = fakeNetwork({ [API]: (request) => (request.mode === 'no-cors' ? new Response(null, { status: 200 }) : 'network-error') });
      const el = await consoleFixture({ auth: id, scopes: SCOPE, 'base-url': API, path: '/orders', method: 'POST', 'subscription-key': 'k' });
      await send(el);
      expect(statusOf(el)).to.equal('No answer.');
      expect(part(el, 'explanation')!.dataset['kind']).to.equal('cors');
      expect(bed.network.all.filter((request) => request.mode === 'no-cors').map((request) => request.method)).to.deep.equal(['HEAD']);
      const headers = part(el, 'explanation')!.querySelector('pre')!.textContent!;
      expect(headers).to.contain(`Access-Control-Allow-Origin: ${location.origin}`);
      expect(headers).to.contain('Access-Control-Allow-Methods: POST');
      expect(headers).to.contain('Access-Control-Allow-Headers: Authorization, Ocp-Apim-Subscription-Key');
      expect(textOf(part(el, 'explanation'))).to.contain('cors-proxy');
    });

    it('calls an unreachable server unreachable', async () => {
      bed.network = fakeNetwork({});
      const el = await consoleFixture({ 'base-url': API, path: '/orders' });
      await send(el);
      expect(part(el, 'explanation')!.dataset['kind']).to.equal('network');
      expect(textOf(part(el, 'explanation'))).to.contain(`Nothing answered at ${API}`);
    });

    it('names mixed content when an https page calls plain http', async () => {
      bed.network = fakeNetwork({});
      const el = await consoleFixture({ 'base-url': 'http://api.example', path: '/orders' });
      await send(el);
      expect(textOf(part(el, 'explanation'))).to.contain('mixed content');
    });
  });

  describe('other answers', () => {
    it('puts a 500 on the API’s side', async () => {
      bed.network = fakeNetwork({ [API]: () => json({ title: 'boom' }, { status: 500 }) });
      const el = await consoleFixture({ 'base-url': API, path: '/fail' });
      await send(el);
      expect(part(el, 'explanation')!.dataset['kind']).to.equal('server');
      expect(textOf(part(el, 'explanation'))).to.contain('an error on the API’s side');
      expect(part(el, 'response-body')!.textContent).to.contain('boom');
    });

    it('suggests checking the address after a 404', async () => {
      bed.network = fakeNetwork({ [API]: () => json({}, { status: 404 }) });
      const el = await consoleFixture({ 'base-url': API, path: '/nothing' });
      await send(el);
      expect(part(el, 'explanation')!.dataset['kind']).to.equal('not-found');
    });

    it('explains nothing when all went well', async () => {
      bed.network = fakeNetwork({ [API]: answerJson({}) });
      const el = await consoleFixture({ 'base-url': API, path: '/health' });
      await send(el);
      expect(part(el, 'explanation')).to.equal(null);
    });
  });
});
