import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { UNKNOWN_PROVIDER_GRACE_MS } from '../../../src/internal/provider-lookup.js';
import { AuthErrorCode } from '../../../src/auth/errors.js';
import '../../../src/components/token-inspector/portico-token-inspector.js';
import type { PorticoTokenInspector } from '../../../src/components/token-inspector/portico-token-inspector.js';
import { fakeAccount, fakeError } from '../../../src/testing/index.js';
import { fakeProvider, part, parts, settle, textOf, uniqueId, widgetTestBed } from '../../helpers/auth-widgets.js';
import { claimsTables } from '../../../src/internal/lazy-claims-table.js';
import { tokenWarningLists } from '../../../src/internal/lazy-token-warnings.js';
import { fakeJwt } from '../../../src/testing/fake-jwt.js';
import { accessClaims } from '../../helpers/jwt.js';

const ADA = fakeAccount({ roles: ['admins'] });

async function setup(attributes: Record<string, string> = {}) {
  const parent = await fixture<HTMLDivElement>(html`<div></div>`);
  const el = document.createElement('portico-token-inspector');
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  parent.append(el);
  await settle(el);
  return { el, input: () => part<HTMLTextAreaElement>(el, 'input'), claims: () => part<HTMLTableElement>(el, 'claims') };
}

async function paste(el: PorticoTokenInspector, text: string): Promise<void> {
  const input = part<HTMLTextAreaElement>(el, 'input')!;
  input.value = text;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  await settle(el);
}

function claimRow(el: PorticoTokenInspector, table: string, claim: string): HTMLTableRowElement | null {
  return part(el, table)?.querySelector<HTMLTableRowElement>(`tr[data-claim="${claim}"]`) ?? null;
}

/** A claim's row as [name, plain-language name, value]. */
function claimCells(el: PorticoTokenInspector, table: string, claim: string): string[] {
  const row = claimRow(el, table, claim)!;
  return [textOf(row.querySelector('code')), textOf(row.querySelector('.claim-name')), textOf(row.querySelector('td'))];
}

function warningKinds(el: PorticoTokenInspector): string[] {
  return parts(el, 'warning').map((warning) => warning.dataset['kind'] ?? '');
}

/** Records every network request the page makes while a test runs. */
function watchFetch() {
  const original = window.fetch;
  const urls: string[] = [];
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    urls.push(String(input));
    return original(input, init);
  };
  return { urls, restore: () => (window.fetch = original) };
}

describe('<portico-token-inspector>', () => {
  // The claims table's and the warnings' code is fetched the first time they are shown
  // (test/internal/lazy-claims-table.test.ts checks that they appear once it arrives); here it is at
  // hand, so every test sees them at once.
  before(() => Promise.all([claimsTables.load(), tokenWarningLists.load()]));

  const bed = widgetTestBed();

  describe('a pasted JWT', () => {
    it('shows its header and claims with plain-language names, and times as dates', async () => {
      const { el, input, claims } = await setup();
      expect(input()!.getAttribute('spellcheck')).to.equal('false');
      await paste(el, fakeJwt(accessClaims({ exp: 1_900_000_000 })));
      expect(claimCells(el, 'header', 'alg')).to.deep.equal(['alg', 'Signing algorithm', 'RS256']);
      expect(textOf(claims()!.querySelector('caption'))).to.equal('Claims');
      expect(claimCells(el, 'claims', 'aud')).to.deep.equal(['aud', 'Audience (the app the token is for)', 'api://portico-sample']);
      expect(claimCells(el, 'claims', 'scp')).to.deep.equal(['scp', 'Scopes (delegated permissions)', 'Orders.Read']);
      expect(claimRow(el, 'claims', 'exp')!.querySelector('time')!.getAttribute('datetime')).to.equal(new Date(1_900_000_000_000).toISOString());
    });

    it('keeps the same field (and focus) while the user types', async () => {
      const { el, input } = await setup();
      const field = input()!;
      field.focus();
      await sendKeys({ type: 'abc' });
      await settle(el);
      expect(input()).to.equal(field);
      expect(el.shadowRoot!.activeElement).to.equal(field);
    });

    it('reads a whole Authorization header value, "Bearer" and all', async () => {
      const { el } = await setup();
      await paste(el, `Bearer ${fakeJwt(accessClaims())}`);
      expect(claimCells(el, 'claims', 'aud')).to.deep.equal(['aud', 'Audience (the app the token is for)', 'api://portico-sample']);
    });

    it('says plainly when the text is not a JWT', async () => {
      const { el } = await setup();
      await paste(el, 'not.a-token');
      const message = part(el, 'message')!;
      expect(message.getAttribute('role')).to.equal('alert');
      expect(textOf(message)).to.contain('This is not a JWT');
      expect(part(el, 'claims')).to.equal(null);
    });

    it('shows claims holding markup as text', async () => {
      const { el } = await setup();
      await paste(el, fakeJwt({ name: '<img src=x onerror="window.__inspectorPwned = true">' }));
      expect(textOf(claimRow(el, 'claims', 'name'))).to.contain('<img src=x onerror="window.__inspectorPwned = true">');
      expect(el.shadowRoot!.querySelector('img')).to.equal(null);
      expect((window as { __inspectorPwned?: boolean }).__inspectorPwned).to.equal(undefined);
    });

    it('sends nothing anywhere while decoding', async () => {
      const watch = watchFetch();
      try {
        const { el } = await setup({ 'expected-audience': 'api://other' });
        await paste(el, fakeJwt(accessClaims()));
        expect(part(el, 'claims')).to.not.equal(null);
      } finally {
        watch.restore();
      }
      expect(watch.urls).to.deep.equal([]);
    });
  });

  describe('a token set by script', () => {
    it('decodes the jwt property without a paste field', async () => {
      const { el } = await setup();
      el.jwt = fakeJwt(accessClaims({ aud: 'api://set-by-script' }));
      await settle(el);
      expect(part(el, 'input')).to.equal(null);
      expect(textOf(claimRow(el, 'claims', 'aud'))).to.contain('api://set-by-script');
      expect(el.hasAttribute('jwt')).to.equal(false);
    });

    it('calls an opaque token opaque, not a mistake', async () => {
      const { el } = await setup();
      el.jwt = 'opaque-reference-token';
      await settle(el);
      expect(textOf(part(el, 'message'))).to.contain('not a JWT, so there is nothing to decode');
      expect(part(el, 'message')!.hasAttribute('role')).to.equal(false);
    });
  });

  describe('lifetime', () => {
    it('counts down to expiry, and says when it has expired', async () => {
      const { el } = await setup();
      el.jwt = fakeJwt(accessClaims({ exp: Math.floor(Date.now() / 1000) + 2 }));
      await settle(el);
      expect(textOf(part(el, 'countdown'))).to.match(/^Expires in \d/);
      await new Promise((resolve) => setTimeout(resolve, 3100));
      await settle(el);
      expect(textOf(part(el, 'countdown'))).to.match(/^Expired \d.* ago$/);
      expect(warningKinds(el)).to.deep.equal(['expired']);
    });

    it('says when a token has no expiry', async () => {
      const { el } = await setup();
      el.jwt = fakeJwt({ sub: 'forever' });
      await settle(el);
      expect(textOf(part(el, 'countdown'))).to.equal('This token has no expiry time (exp).');
    });
  });

  describe('warnings', () => {
    it('flags an audience other than the expected one', async () => {
      const { el } = await setup({ 'expected-audience': 'api://orders' });
      el.jwt = fakeJwt(accessClaims({ aud: 'api://portico-sample' }));
      await settle(el);
      expect(warningKinds(el)).to.deep.equal(['audience']);
      expect(textOf(part(el, 'warning'))).to.equal('The token is for api://portico-sample, but the API expects api://orders.');
    });

    it('flags missing scopes (short or qualified by the audience) and roles', async () => {
      const { el } = await setup({
        'required-scopes': 'api://portico-sample/Orders.Read Orders.Write',
        'required-roles': 'readers admins',
      });
      el.jwt = fakeJwt(accessClaims({ scp: 'Orders.Read', roles: ['readers'] }));
      await settle(el);
      expect(warningKinds(el)).to.deep.equal(['missing-scopes', 'missing-roles']);
      expect(textOf(parts(el, 'warning')[0])).to.equal('The token lacks the scope Orders.Write; it holds Orders.Read.');
      expect(textOf(parts(el, 'warning')[1])).to.equal('The token lacks the role admins; it holds readers.');
    });

    it('says so when the token meets every expectation', async () => {
      const { el } = await setup({ 'expected-audience': 'api://portico-sample', 'required-scopes': 'Orders.Read' });
      el.jwt = fakeJwt(accessClaims());
      await settle(el);
      expect(part(el, 'warnings')).to.equal(null);
      expect(textOf(part(el, 'verdict'))).to.equal('The token has the audience, scopes and roles asked for.');
    });

    it('flags a token that is not valid yet', async () => {
      const { el } = await setup();
      el.jwt = fakeJwt(accessClaims({ nbf: Math.floor(Date.now() / 1000) + 600 }));
      await settle(el);
      expect(warningKinds(el)).to.deep.equal(['not-yet-valid']);
    });
  });

  describe('the signed-in account’s tokens', () => {
    it('shows the ID token’s header and claims (token="id")', async () => {
      const account = fakeAccount({ idTokenHeader: { alg: 'RS256', kid: 'id-key-7', typ: 'JWT' } });
      const { id } = fakeProvider({ account });
      const { el } = await setup({ token: 'id', auth: id });
      expect(textOf(part(el, 'header')!.querySelector('caption'))).to.equal('Header');
      expect(claimCells(el, 'header', 'alg')).to.deep.equal(['alg', 'Signing algorithm', 'RS256']);
      expect(claimCells(el, 'header', 'kid')[2]).to.equal('id-key-7');
      expect(claimCells(el, 'header', 'typ')[2]).to.equal('JWT');
      expect(textOf(part(el, 'claims')!.querySelector('caption'))).to.equal('ID token claims');
      expect(textOf(claimRow(el, 'claims', 'name'))).to.contain('Ada Lovelace');
      expect(part(el, 'input')).to.equal(null);
    });

    it('puts aud and exp first, names login_hint plainly, and gives the header and claims tables the same columns', async () => {
      const account = fakeAccount({ idTokenClaims: { login_hint: 'O.CiQ…', ...ADA.idTokenClaims } });
      const { id } = fakeProvider({ account });
      const { el } = await setup({ token: 'id', auth: id });
      const rows = [...part(el, 'claims')!.querySelectorAll<HTMLTableRowElement>('tbody tr')].map((row) => row.dataset['claim']);
      expect(rows.slice(0, 2)).to.deep.equal(['aud', 'exp']);
      expect(claimCells(el, 'claims', 'login_hint')[1]).to.equal('Sign-in hint (the account to sign in again with)');
      const firstColumn = (table: string) => part(el, table)!.querySelector('thead th')!.getBoundingClientRect().width;
      expect(firstColumn('header')).to.equal(firstColumn('claims'));
    });

    it('shows no header for an account whose ID token header is unknown', async () => {
      const { id } = fakeProvider({ account: { ...ADA, idTokenHeader: {} } });
      const { el } = await setup({ token: 'id', auth: id });
      expect(part(el, 'header')).to.equal(null);
      expect(textOf(claimRow(el, 'claims', 'name'))).to.contain('Ada Lovelace');
    });

    it('fetches and shows the access token for its scopes (token="access")', async () => {
      const { id, controller } = fakeProvider({ account: ADA, accessToken: fakeJwt(accessClaims()) });
      const { el } = await setup({ token: 'access', auth: id, scopes: 'api://portico-sample/Orders.Read' });
      await settle(el);
      expect(controller.tokenRequests).to.deep.equal([{ scopes: ['api://portico-sample/Orders.Read'], forceRefresh: false }]);
      expect(textOf(part(el, 'claims')!.querySelector('caption'))).to.equal('Access token claims');
      expect(textOf(claimRow(el, 'header', 'kid'))).to.contain('portico-fake');
    });

    it('stops waiting for the token of the old scopes when the scopes change', async () => {
      const { id, controller } = fakeProvider({ account: ADA, accessToken: fakeJwt(accessClaims()) });
      const signals: Array<AbortSignal | undefined> = [];
      const answer = controller.getAccessToken.bind(controller);
      controller.getAccessToken = (request) => {
        signals.push(request.signal);
        return signals.length === 1 ? new Promise(() => {}) : answer(request);
      };
      const { el } = await setup({ token: 'access', auth: id, scopes: 'api://portico-sample/Orders.Read' });
      expect(textOf(part(el, 'message'))).to.equal('Fetching the token…');
      el.setAttribute('scopes', 'api://portico-sample/Orders.Write');
      await settle(el);
      expect(signals.map((signal) => signal?.aborted)).to.deep.equal([true, false]);
      expect(textOf(part(el, 'claims')!.querySelector('caption'))).to.equal('Access token claims');
    });

    it('asks a signed-out visitor to sign in, and follows the account', async () => {
      const { id, controller } = fakeProvider({ accessToken: fakeJwt(accessClaims()) });
      const { el } = await setup({ token: 'access', auth: id, scopes: 'api://portico-sample/Orders.Read' });
      expect(textOf(part(el, 'message'))).to.equal('Sign in to see your token.');
      controller.signInAs(ADA);
      await settle(el);
      await settle(el);
      expect(part(el, 'claims')).to.not.equal(null);
    });

    it('explains a token that could not be fetched, with a way to try again', async () => {
      const { id, controller } = fakeProvider({ account: ADA, accessToken: fakeError(AuthErrorCode.NetworkError) });
      const { el } = await setup({ token: 'access', auth: id, scopes: 'api://portico-sample/Orders.Read' });
      await settle(el);
      expect(textOf(part(el, 'message'))).to.equal(
        'The token could not be fetched: The identity provider at https://login.example.com/fake could not be reached.',
      );
      controller.accessToken = fakeJwt(accessClaims());
      part<HTMLButtonElement>(el, 'button')!.click();
      await settle(el);
      await settle(el);
      expect(controller.tokenRequests.at(-1)!.forceRefresh).to.equal(true);
      expect(part(el, 'claims')).to.not.equal(null);
    });

    it('offers to sign in again when the token needs the user', async () => {
      const { id } = fakeProvider({ account: ADA, accessToken: fakeError(AuthErrorCode.InteractionRequired) });
      const { el } = await setup({ token: 'access', auth: id, scopes: 'api://portico-sample/Orders.Read' });
      await settle(el);
      const button = part<HTMLButtonElement>(el, 'button')!;
      expect(textOf(button)).to.equal('Sign in again');
      const request = oneEvent(el, 'portico-sign-in-request');
      button.click();
      expect((await request).detail).to.deep.equal({ provider: id, action: 'sign-in' });
    });
  });

  describe('errors', () => {
    it('explains an unknown token kind, once', async () => {
      const el = document.createElement('portico-token-inspector');
      el.setAttribute('token', 'refresh');
      const reported = oneEvent(el, 'portico-error');
      (await fixture<HTMLDivElement>(html`<div></div>`)).append(el);
      expect((await reported).detail.code).to.equal('invalid-attribute');
      await settle(el);
      expect(textOf(part(el, 'diagnostic'))).to.contain('token');
      el.requestUpdate();
      await settle(el);
      expect(bed.consoleErrors.messages).to.have.length(1);
    });

    it('asks for scopes with token="access"', async () => {
      const { id } = fakeProvider({ account: ADA });
      const { el } = await setup({ token: 'access', auth: id });
      expect(textOf(part(el, 'diagnostic'))).to.contain('needs the scopes');
      el.setAttribute('scopes', 'api://portico-sample/Orders.Read');
      await settle(el);
      expect(part(el, 'diagnostic')).to.equal(null);
    });

    it('reports a provider that never appears', async function () {
      this.timeout(UNKNOWN_PROVIDER_GRACE_MS + 5000);
      const el = document.createElement('portico-token-inspector');
      el.setAttribute('token', 'id');
      el.setAttribute('auth', uniqueId());
      const reported = oneEvent(el, 'portico-error');
      (await fixture<HTMLDivElement>(html`<div></div>`)).append(el);
      expect((await reported).detail.code).to.equal('unknown-provider');
    });
  });

  describe('accessibility', () => {
    for (const theme of ['light', 'dark']) {
      it(`passes axe empty, decoded with warnings, and with a text that is no JWT (theme="${theme}")`, async () => {
        const { el } = await setup({ theme, 'expected-audience': 'api://other', 'required-roles': 'admins' });
        await expect(el).to.be.accessible();
        await paste(el, fakeJwt(accessClaims({ exp: Math.floor(Date.now() / 1000) - 60 })));
        expect(part(el, 'warnings')).to.not.equal(null);
        await expect(el).to.be.accessible();
        await paste(el, 'nope');
        await expect(el).to.be.accessible();
      });
    }

    it('passes axe showing the ID token, signed out, and misconfigured', async () => {
      const { id, controller } = fakeProvider({ account: ADA });
      const { el } = await setup({ token: 'id', auth: id, 'expected-audience': 'fake-client-id' });
      await expect(el).to.be.accessible();
      controller.signOutNow();
      await settle(el);
      await expect(el).to.be.accessible();
      el.setAttribute('token', 'bogus');
      await settle(el);
      await expect(el).to.be.accessible();
    });

    it('shows the diagnostic in dark colours under theme="dark", axe-clean', async () => {
      const { el } = await setup({ token: 'bogus', theme: 'dark' });
      const diagnostic = part(el, 'diagnostic')!;
      const [red = 255, green = 255, blue = 255] = (getComputedStyle(diagnostic).backgroundColor.match(/\d+/g) ?? []).map(Number);
      expect(red + green + blue).to.be.below(3 * 128);
      await expect(el).to.be.accessible();
    });
  });
});
