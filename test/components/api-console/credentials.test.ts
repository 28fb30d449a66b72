import { expect, oneEvent } from '@open-wc/testing';
import { AuthErrorCode } from '../../../src/auth/errors.js';
import { AuthState } from '../../../src/auth/types.js';
import { fakeAccount, fakeError } from '../../../src/testing/index.js';
import { UNKNOWN_PROVIDER_GRACE_MS } from '../../../src/internal/provider-lookup.js';
import { fakeProvider, uniqueId } from '../../helpers/auth-widgets.js';
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
  settle,
  specLoaded,
  statusOf,
  textOf,
  type,
  waitFor,
} from '../../helpers/api-console.js';
import { fakeJwt } from '../../../src/testing/fake-jwt.js';
import { accessClaims } from '../../helpers/jwt.js';
import { PETSTORE_30 } from '../../helpers/openapi-fixtures.js';

const API = 'https://api.example';
const OTHER = 'https://other.example';
const SPEC = 'https://docs.example/petstore.json';
const SCOPE = 'api://portico-sample/Orders.Read';
const ADA = fakeAccount();
const now = () => Math.floor(Date.now() / 1000);

describe('<portico-api-console> credentials', () => {
  const bed = consoleTestBed();

  const lastRequest = () => bed.network.requests.at(-1)!;

  describe('the signed-in user’s token', () => {
    it('is asked for the console’s scopes and sent to base-url’s origin', async () => {
      const token = fakeJwt(accessClaims());
      const { id, controller } = fakeProvider({ account: ADA, accessToken: token });
      bed.network = fakeNetwork({ [API]: answerJson({}) });
      const el = await consoleFixture({ auth: id, scopes: SCOPE, 'base-url': `${API}/v1`, path: '/orders' });
      expect(textOf(el.shadowRoot!.querySelector('.section .hint'))).to.equal(`Sent as Ada Lovelace, with a token for ${SCOPE}.`);
      await send(el);
      expect(controller.tokenRequests.map(({ scopes, forceRefresh }) => ({ scopes, forceRefresh }))).to.deep.equal([{ scopes: [SCOPE], forceRefresh: false }]);
      expect(lastRequest().headers.get('authorization')).to.equal(`Bearer ${token}`);
    });

    it('is never sent to an origin typed by the user, and the console says so before sending', async () => {
      const { id } = fakeProvider({ account: ADA });
      bed.network = fakeNetwork({ [OTHER]: answerJson({}) });
      const el = await consoleFixture({ auth: id, scopes: SCOPE, 'base-url': API, 'subscription-key': 'key-1' });
      await type(el, part<HTMLInputElement>(el, 'url')!, `${OTHER}/collect`);
      expect(textOf(part(el, 'notice'))).to.equal(
        `No credential (access token, subscription key, typed key or password) is sent to ${OTHER}: only base-url’s origin and the origins in allowed-origins receive them.`,
      );
      await send(el);
      expect(lastRequest().url).to.equal(`${OTHER}/collect`);
      expect(lastRequest().headers.has('authorization')).to.equal(false);
      expect(lastRequest().headers.has('ocp-apim-subscription-key')).to.equal(false);
      expect(part(el, 'token')).to.equal(null);
    });

    it('is held back when a portico-before-send listener points the request elsewhere', async () => {
      const { id } = fakeProvider({ account: ADA });
      bed.network = fakeNetwork({ [OTHER]: answerJson({}) });
      const el = await consoleFixture({ auth: id, scopes: SCOPE, 'base-url': API, path: '/orders' });
      el.addEventListener('portico-before-send', (event) => (event.detail.request.url = `${OTHER}/orders`));
      await send(el);
      expect(lastRequest().url).to.equal(`${OTHER}/orders`);
      expect(lastRequest().headers.has('authorization')).to.equal(false);
    });

    it('is never carried through a redirect: a request with credentials does not follow one, a request without does', async () => {
      const { id } = fakeProvider({ account: ADA });
      bed.network = fakeNetwork({ [API]: answerJson({}), [OTHER]: answerJson({}) });
      const el = await consoleFixture({ auth: id, scopes: SCOPE, 'base-url': API, 'subscription-key': 'key-1', path: '/orders' });
      await send(el);
      expect(lastRequest().headers.get('authorization')).to.equal('Bearer fake-access-token');
      expect(lastRequest().redirect).to.equal('manual');
      await type(el, part<HTMLInputElement>(el, 'url')!, `${OTHER}/orders`);
      await send(el);
      expect(lastRequest().headers.has('authorization')).to.equal(false);
      expect(lastRequest().redirect).to.equal('follow');
    });

    it('lacking a scope the operation declares: "ask for" it interactively, then asks for it from then on and sends again', async () => {
      const { id, controller } = fakeProvider({ account: ADA });
      bed.network = fakeNetwork({ [SPEC]: answerJson(PETSTORE_30), [API]: answerJson({}) });
      const el = await consoleFixture({ auth: id, scopes: SCOPE, 'base-url': API, 'spec-url': SPEC });
      await specLoaded(el);
      await openOperation(el, 'GET /pets/{petId}');
      const askFor = el.shadowRoot!.querySelector<HTMLButtonElement>('button[data-action="ask-for"]');
      expect(textOf(askFor)).to.equal('Ask for pets:read');
      askFor!.click();
      await waitFor(el, () => bed.network.requests.some((request) => request.url === `${API}/pets/pet-1`), 'the request sent again');
      expect(controller.signInCalls.at(-1)).to.deep.equal({ scopes: [SCOPE, 'pets:read'], loginHint: ADA.username });
      expect(controller.tokenRequests.at(-1)).to.deep.equal({ scopes: [SCOPE, 'pets:read'], forceRefresh: false });
      expect(el.shadowRoot!.querySelectorAll('button[data-action="ask-for"]')).to.have.length(0);
    });

    it('is sent to the origins in allowed-origins', async () => {
      const { id } = fakeProvider({ account: ADA });
      bed.network = fakeNetwork({ [OTHER]: answerJson({}) });
      const el = await consoleFixture({ auth: id, scopes: SCOPE, 'base-url': API, 'allowed-origins': `https://third.example ${OTHER}` });
      await type(el, part<HTMLInputElement>(el, 'url')!, `${OTHER}/orders`);
      expect(part(el, 'notice')).to.equal(null);
      await send(el);
      expect(lastRequest().headers.get('authorization')).to.equal('Bearer fake-access-token');
    });

    it('is not sent to a server the description names, without base-url or allowed-origins', async () => {
      const { id } = fakeProvider({ account: ADA });
      bed.network = fakeNetwork({ 'https://docs.example/spec.json': answerJson(PETSTORE_30), 'https://eu.pets.example': answerJson([]) });
      const el = await consoleFixture({ auth: id, scopes: SCOPE, 'spec-url': 'https://docs.example/spec.json' });
      await specLoaded(el);
      await openOperation(el, 'GET /health');
      await send(el);
      expect(lastRequest().url).to.equal('https://eu.pets.example/v1/health');
      expect(lastRequest().headers.has('authorization')).to.equal(false);
    });

    it('asks for the operation’s OAuth scopes when the console names none', async () => {
      const { id, controller } = fakeProvider({ account: ADA });
      bed.network = fakeNetwork({ 'https://docs.example/spec.json': answerJson(PETSTORE_30), 'https://eu.pets.example': answerJson({}) });
      const el = await consoleFixture({ auth: id, 'spec-url': 'https://docs.example/spec.json', 'base-url': 'https://eu.pets.example/v1' });
      await specLoaded(el);
      await openOperation(el, 'GET /pets/{petId}');
      await send(el);
      expect(controller.tokenRequests[0]!.scopes).to.deep.equal(['pets:read']);
    });

    it('is renewed once, and the request retried, after a 401 for an expired token', async () => {
      const expired = fakeJwt(accessClaims({ exp: now() - 10 }));
      const fresh = fakeJwt(accessClaims({ exp: now() + 3600 }));
      const { id, controller } = fakeProvider({ account: ADA, accessToken: expired });
      bed.network = fakeNetwork({
        [API]: (request) => {
          if (request.headers.get('authorization') === `Bearer ${expired}`) {
            controller.accessToken = fresh;
            return json({ title: 'expired' }, { status: 401, headers: { 'www-authenticate': 'Bearer error="invalid_token"' } });
          }
          return json({ ok: true });
        },
      });
      const el = await consoleFixture({ auth: id, scopes: SCOPE, 'base-url': API, path: '/orders' });
      await send(el);
      expect(controller.tokenRequests.map((request) => request.forceRefresh)).to.deep.equal([false, true]);
      expect(bed.network.requests.map((request) => request.headers.get('authorization'))).to.deep.equal([`Bearer ${expired}`, `Bearer ${fresh}`]);
      expect(statusOf(el)).to.match(/^200 OK/);
    });

    it('retries only once, and says so', async () => {
      const expired = fakeJwt(accessClaims({ exp: now() - 10 }));
      const { id, controller } = fakeProvider({ account: ADA, accessToken: expired });
      bed.network = fakeNetwork({ [API]: answerJson({}, { status: 401 }) });
      const el = await consoleFixture({ auth: id, scopes: SCOPE, 'base-url': API, path: '/orders' });
      await send(el);
      expect(bed.network.requests).to.have.length(2);
      expect(controller.tokenRequests).to.have.length(2);
      expect(part(el, 'explanation')!.querySelector('[data-cause="retried"]')).to.not.equal(null);
    });

    it('does not retry a 401 when the token had not expired', async () => {
      const { id } = fakeProvider({ account: ADA, accessToken: fakeJwt(accessClaims()) });
      bed.network = fakeNetwork({ [API]: answerJson({}, { status: 401 }) });
      const el = await consoleFixture({ auth: id, scopes: SCOPE, 'base-url': API, path: '/orders' });
      await send(el);
      expect(bed.network.requests).to.have.length(1);
    });

    it('sends nothing when the token needs the user again, and offers to sign in', async () => {
      const { id } = fakeProvider({ account: ADA, accessToken: fakeError(AuthErrorCode.InteractionRequired) });
      bed.network = fakeNetwork({ [API]: answerJson({}) });
      const el = await consoleFixture({ auth: id, scopes: SCOPE, 'base-url': API, path: '/orders' });
      await send(el);
      expect(bed.network.requests).to.deep.equal([]);
      expect(statusOf(el)).to.equal('Not sent.');
      const button = part(el, 'explanation')!.querySelector<HTMLButtonElement>('button')!;
      expect(textOf(button)).to.equal('Sign in again');
      const request = oneEvent(el, 'portico-sign-in-request');
      button.click();
      expect((await request).detail).to.deep.equal({ provider: id, action: 'sign-in' });
    });

    it('goes without a token when nobody is signed in, and offers a sign-in', async () => {
      const { id, controller } = fakeProvider({});
      bed.network = fakeNetwork({ [API]: answerJson({}) });
      const el = await consoleFixture({ auth: id, scopes: SCOPE, 'base-url': API, path: '/orders' });
      expect(textOf(el.shadowRoot!.querySelector('.section .hint'))).to.equal('Nobody is signed in: the request goes without a token.');
      await send(el);
      expect(lastRequest().headers.has('authorization')).to.equal(false);
      expect(controller.tokenRequests).to.deep.equal([]);
      const signIn = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.section button')].find((button) => textOf(button) === 'Sign in')!;
      signIn.click();
      await settle(el);
      expect(controller.signInCalls).to.deep.equal([{ scopes: [SCOPE] }]);
    });

    it('waits for a provider still checking sign-in, then sends with the user’s token, never without', async () => {
      const token = fakeJwt(accessClaims());
      const { id, controller } = fakeProvider({ state: AuthState.Initializing, accessToken: token });
      bed.network = fakeNetwork({ [API]: answerJson({}) });
      const el = await consoleFixture({ auth: id, scopes: SCOPE, 'base-url': API, path: '/orders' });
      expect(textOf(el.shadowRoot!.querySelector('.section .hint'))).to.equal('Checking sign-in…');
      part<HTMLButtonElement>(el, 'send')!.click();
      await settle(el);
      expect(bed.network.requests).to.deep.equal([]);
      expect(statusOf(el)).to.equal('Checking sign-in…');
      controller.signInAs(ADA);
      await waitFor(el, () => !part<HTMLButtonElement>(el, 'send')!.disabled, 'the request to finish');
      expect(bed.network.requests).to.have.length(1);
      expect(lastRequest().headers.get('authorization')).to.equal(`Bearer ${token}`);
    });

    it('can cancel while the provider checks sign-in, and sends nothing', async () => {
      const { id } = fakeProvider({ state: AuthState.Initializing });
      bed.network = fakeNetwork({ [API]: answerJson({}) });
      const el = await consoleFixture({ auth: id, scopes: SCOPE, 'base-url': API, path: '/orders' });
      part<HTMLButtonElement>(el, 'send')!.click();
      await settle(el);
      part<HTMLButtonElement>(el, 'cancel')!.click();
      await waitFor(el, () => !part<HTMLButtonElement>(el, 'send')!.disabled, 'the request to finish');
      expect(bed.network.requests).to.deep.equal([]);
      expect(textOf(part(el, 'explanation'))).to.contain('You cancelled the request.');
    });

    it('passes its abort signal to the token request, so Cancel reaches the provider', async () => {
      const { id, controller } = fakeProvider({ account: ADA });
      bed.network = fakeNetwork({ [API]: answerJson({}) });
      // The fake records requests without their signal: watch what reaches it.
      const signals: (AbortSignal | undefined)[] = [];
      const getAccessToken = controller.getAccessToken.bind(controller);
      controller.getAccessToken = (request) => {
        signals.push(request.signal);
        return getAccessToken(request);
      };
      const el = await consoleFixture({ auth: id, scopes: SCOPE, 'base-url': API, path: '/orders' });
      await send(el);
      expect(signals[0]).to.be.instanceOf(AbortSignal);
    });

    it('sends anonymously when the user chooses so', async () => {
      const { id } = fakeProvider({ account: ADA });
      bed.network = fakeNetwork({ [API]: answerJson({}) });
      const el = await consoleFixture({ auth: id, scopes: SCOPE, 'base-url': API, path: '/health' });
      const [anonymous] = el.shadowRoot!.querySelectorAll<HTMLInputElement>('input[name="auth-mode"]');
      anonymous!.click();
      await settle(el);
      await send(el);
      expect(lastRequest().headers.has('authorization')).to.equal(false);
    });
  });

  describe('a provider that is not on the page', () => {
    it('is reported after the grace period, and the console recovers when it appears', async function () {
      this.timeout(UNKNOWN_PROVIDER_GRACE_MS + 5000);
      bed.network = fakeNetwork({ [API]: answerJson({}) });
      const id = uniqueId();
      const reported = oneEvent(document, 'portico-error');
      const el = await consoleFixture({ auth: id, scopes: SCOPE, 'base-url': API, path: '/orders' });
      expect((await reported).detail.code).to.equal('unknown-provider');
      await settle(el);
      expect(parts(el, 'diagnostic').map((diagnostic) => diagnostic.dataset['code'])).to.deep.equal(['unknown-provider']);
      expect(textOf(part(el, 'unavailable'))).to.equal('Sign-in unavailable');
      expect(part(el, 'form')).to.not.equal(null);
      fakeProvider({ id, account: ADA });
      await settle(el);
      expect(part(el, 'diagnostic')).to.equal(null);
      await send(el);
      expect(lastRequest().headers.get('authorization')).to.equal('Bearer fake-access-token');
    });
  });

  describe('the subscription key', () => {
    it('goes in the Ocp-Apim-Subscription-Key header by default', async () => {
      bed.network = fakeNetwork({ [API]: answerJson({}) });
      const el = await consoleFixture({ 'base-url': API, path: '/products', 'subscription-key': 'key-1' });
      await send(el);
      expect(lastRequest().headers.get('ocp-apim-subscription-key')).to.equal('key-1');
      expect(lastRequest().headers.has('authorization')).to.equal(false);
    });

    it('goes in another header, or in a query parameter', async () => {
      bed.network = fakeNetwork({ [API]: answerJson({}) });
      const el = await consoleFixture({ 'base-url': API, path: '/products', 'subscription-key': 'key-1', 'subscription-key-header': 'X-Api-Key' });
      await send(el);
      expect(lastRequest().headers.get('x-api-key')).to.equal('key-1');
      el.setAttribute('subscription-key-query', 'subscription-key');
      await settle(el);
      await send(el);
      expect(lastRequest().url).to.equal(`${API}/products?subscription-key=key-1`);
      expect(lastRequest().headers.has('x-api-key')).to.equal(false);
    });
  });

  describe('client credentials through a token broker', () => {
    it('POSTs to the broker and sends its token, reusing it until it expires', async () => {
      const appToken = fakeJwt(accessClaims({ idtyp: 'app', roles: ['Orders.Read.All'], scp: undefined }));
      bed.network = fakeNetwork({ 'https://portal.example/broker': answerJson({ access_token: appToken, expires_in: 3600 }), [API]: answerJson({}) });
      const el = await consoleFixture({ 'token-broker-url': 'https://portal.example/broker', 'base-url': API, path: '/orders' });
      expect(textOf(el.shadowRoot!.querySelector('.section .hint'))).to.equal(
        'Sent with an app-only token from the token broker at https://portal.example/broker.',
      );
      await send(el);
      await send(el);
      const broker = bed.network.requests.filter((request) => request.url.startsWith('https://portal.example'));
      expect(broker.map((request) => request.method)).to.deep.equal(['POST']);
      expect(bed.network.requests.filter((request) => request.url.startsWith(API)).map((request) => request.headers.get('authorization'))).to.deep.equal([
        `Bearer ${appToken}`,
        `Bearer ${appToken}`,
      ]);
      expect(textOf(part(el, 'token')!.querySelector('summary'))).to.equal('The token sent (app)');
    });

    it('explains a broker that gives no token, and reports token-broker-failed', async () => {
      bed.network = fakeNetwork({
        'https://portal.example/broker': answerJson({ title: 'nope', detail: 'the IdP refused' }, { status: 502 }),
        [API]: answerJson({}),
      });
      const el = await consoleFixture({ 'token-broker-url': 'https://portal.example/broker', 'base-url': API, path: '/orders' });
      const reported = oneEvent(el, 'portico-error');
      await send(el);
      expect((await reported).detail.code).to.equal('token-broker-failed');
      expect(bed.network.requests.filter((request) => request.url.startsWith(API))).to.deep.equal([]);
      expect(textOf(part(el, 'explanation'))).to.contain('The token broker gave no token: it answered 502: the IdP refused');
      expect(parts(el, 'diagnostic').map((diagnostic) => diagnostic.dataset['code'])).to.deep.equal(['token-broker-failed']);
    });

    describe('with auth and token-broker-scopes (portico-widgets/broker)', () => {
      const BROKER = 'https://portal.example/broker';
      const BROKER_SCOPE = 'api://portico-broker/access_as_user';
      const problem = (code: string, status: number, detail: string) =>
        answerJson(
          { type: `tag:portico-widgets,2026:broker:${code}`, title: 'refused', status, detail, code },
          { status, headers: { 'content-type': 'application/problem+json' } },
        );
      /** Chooses "This app (client credentials)", the last of the modes: the signed-in user is the default. */
      async function sendAsApp(el: Awaited<ReturnType<typeof consoleFixture>>): Promise<void> {
        [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('input[name="auth-mode"]')].at(-1)!.click();
        await settle(el);
      }

      it('presents the signed-in user’s token for those scopes to the broker, and sends the app token to the API', async () => {
        const userToken = fakeJwt(accessClaims({ aud: 'api://portico-broker' }));
        const appToken = fakeJwt(accessClaims({ idtyp: 'app', roles: ['Orders.Read.All'], scp: undefined }));
        const { id, controller } = fakeProvider({ account: ADA, accessToken: userToken });
        bed.network = fakeNetwork({ [BROKER]: answerJson({ access_token: appToken, expires_in: 3600 }), [API]: answerJson({}) });
        const el = await consoleFixture({ auth: id, 'token-broker-url': BROKER, 'token-broker-scopes': BROKER_SCOPE, 'base-url': API, path: '/orders' });
        await sendAsApp(el);
        await send(el);
        expect(controller.tokenRequests).to.deep.equal([{ scopes: [BROKER_SCOPE] }]);
        const [toBroker, toApi] = bed.network.requests;
        expect(toBroker?.url).to.equal(BROKER);
        expect(toBroker?.headers.get('authorization')).to.equal(`Bearer ${userToken}`);
        expect(toApi?.headers.get('authorization')).to.equal(`Bearer ${appToken}`);
      });

      it('explains a refusal of the caller in plain words, without blaming the author', async () => {
        const { id } = fakeProvider({ account: ADA });
        bed.network = fakeNetwork({
          [BROKER]: problem('caller-lacks-role', 403, 'A token for api://x/.default needs one of these app roles: publishers.'),
          [API]: answerJson({}),
        });
        const el = await consoleFixture({ auth: id, 'token-broker-url': BROKER, 'token-broker-scopes': BROKER_SCOPE, 'base-url': API, path: '/orders' });
        await sendAsApp(el);
        await send(el);
        expect(textOf(part(el, 'explanation'))).to.contain(
          'The token broker gave no token: this account lacks the app role it requires for this API. Sign in with another account, or ask for the role. It said: it answered 403: A token for api://x/.default needs one of these app roles: publishers.',
        );
        expect(parts(el, 'diagnostic')).to.deep.equal([]);
        expect(bed.network.requests.filter((request) => request.url.startsWith(API))).to.deep.equal([]);
        await expect(el).to.be.accessible();
      });

      it('offers to sign in when the broker wants a signed-in caller', async () => {
        const { id } = fakeProvider({});
        bed.network = fakeNetwork({ [BROKER]: problem('unauthenticated', 401, 'Send the signed-in user’s access token.'), [API]: answerJson({}) });
        const el = await consoleFixture({ auth: id, 'token-broker-url': BROKER, 'token-broker-scopes': BROKER_SCOPE, 'base-url': API, path: '/orders' });
        await sendAsApp(el);
        await send(el);
        expect(bed.network.requests[0]?.headers.has('authorization')).to.equal(false);
        expect(textOf(part(el, 'explanation'))).to.contain('it accepts signed-in callers only');
        expect(textOf(part(el, 'explanation')!.querySelector('button'))).to.equal('Sign in');
      });

      it('reports a refusal of the broker’s own set-up to the author as token-broker-failed', async () => {
        const { id } = fakeProvider({ account: ADA });
        bed.network = fakeNetwork({ [BROKER]: problem('origin-not-allowed', 403, 'The origin is not allowed.'), [API]: answerJson({}) });
        const el = await consoleFixture({ auth: id, 'token-broker-url': BROKER, 'token-broker-scopes': BROKER_SCOPE, 'base-url': API, path: '/orders' });
        await sendAsApp(el);
        const reported = oneEvent(el, 'portico-error');
        await send(el);
        expect((await reported).detail.message).to.contain('this page’s origin is not among its allowed origins.');
      });

      it('token-broker-scopes without auth is a misconfiguration', async () => {
        const el = await consoleFixture({ 'token-broker-url': BROKER, 'token-broker-scopes': BROKER_SCOPE, 'base-url': API, path: '/orders' });
        expect(parts(el, 'diagnostic').map((diagnostic) => diagnostic.dataset['code'])).to.deep.equal(['invalid-attribute']);
        expect(textOf(parts(el, 'diagnostic')[0])).to.contain('token-broker-scopes is set, but no auth names whose token to present');
      });
    });
  });

  describe('a CORS proxy', () => {
    it('routes requests through it, with credentials only when the proxy is allowed too', async () => {
      const { id } = fakeProvider({ account: ADA });
      bed.network = fakeNetwork({ 'https://proxy.example/': answerJson({}) });
      const el = await consoleFixture({ auth: id, scopes: SCOPE, 'base-url': API, path: '/orders', 'cors-proxy': 'https://proxy.example/' });
      await send(el);
      expect(lastRequest().url).to.equal(`https://proxy.example/${API}/orders`);
      expect(lastRequest().headers.has('authorization')).to.equal(false);
      el.setAttribute('allowed-origins', 'https://proxy.example');
      await settle(el);
      await send(el);
      expect(lastRequest().headers.get('authorization')).to.equal('Bearer fake-access-token');
    });
  });
});
