import { expect } from '@open-wc/testing';
import { DISPLAY_LIMIT } from '../../../src/components/api-console/internal/response-body.js';
import { fakeAccount } from '../../../src/testing/index.js';
import { fakeProvider } from '../../helpers/auth-widgets.js';
import {
  answerJson,
  consoleFixture,
  consoleTestBed,
  fakeNetwork,
  hang,
  json,
  openOperation,
  part,
  send,
  settle,
  specLoaded,
  waitFor,
} from '../../helpers/api-console.js';
import { fakeJwt } from '../../../src/testing/fake-jwt.js';
import { accessClaims } from '../../helpers/jwt.js';
import { PETSTORE_30 } from '../../helpers/openapi-fixtures.js';

const API = 'https://api.example';
const SPEC_URL = 'https://docs.example/petstore.json';
const PNG = Uint8Array.from(atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=='), (c) => c.charCodeAt(0));

describe('<portico-api-console> accessibility', () => {
  const bed = consoleTestBed();

  /** Opens every disclosure, so axe checks what a user can reveal too. */
  async function openAll(el: HTMLElement & { updateComplete: Promise<boolean> }) {
    for (const details of el.shadowRoot!.querySelectorAll('details')) details.open = true;
    await settle(el);
  }

  for (const theme of ['light', 'dark']) {
    it(`passes axe with the picker, a form with every kind of field, and a highlighted answer (theme="${theme}")`, async () => {
      const { id } = fakeProvider({ account: fakeAccount(), accessToken: fakeJwt(accessClaims()) });
      bed.network = fakeNetwork({ [SPEC_URL]: answerJson(PETSTORE_30), [API]: answerJson({ id: 'pet-1', name: 'Rex', age: 3, good: true, owner: null }) });
      const el = await consoleFixture({
        theme,
        'spec-url': SPEC_URL,
        'base-url': API,
        auth: id,
        scopes: 'pets:read',
        'token-broker-url': 'https://portal.example/broker',
        'subscription-key': 'k',
      });
      await specLoaded(el);
      await openOperation(el, 'GET /pets');
      await expect(el).to.be.accessible();
      await openOperation(el, 'POST /pets');
      el.shadowRoot!.querySelector<HTMLButtonElement>('.name-values .add')!.click();
      await send(el);
      await openAll(el);
      await expect(el).to.be.accessible();
    });

    it(`passes axe explaining a 401 beside the token, and with a warning (theme="${theme}")`, async () => {
      const { id } = fakeProvider({ account: fakeAccount(), accessToken: fakeJwt(accessClaims({ aud: 'api://other' })) });
      bed.network = fakeNetwork({
        [SPEC_URL]: answerJson(PETSTORE_30),
        [API]: () =>
          json({ title: 'no' }, { status: 401, headers: { 'www-authenticate': 'Bearer error="invalid_token", error_description="wrong audience"' } }),
      });
      const el = await consoleFixture({ theme, 'spec-url': SPEC_URL, 'base-url': API, auth: id, scopes: 'pets:read', 'expected-audience': 'api://pets' });
      await specLoaded(el);
      await openOperation(el, 'GET /pets/{petId}');
      await send(el);
      expect(part(el, 'warnings')).to.not.equal(null);
      expect(part(el, 'explanation')!.querySelector('.comparison')).to.not.equal(null);
      await openAll(el);
      await expect(el).to.be.accessible();
    });
  }

  it('passes axe while sending, and after a cancel', async () => {
    bed.network = fakeNetwork({ [API]: hang });
    const el = await consoleFixture({ 'base-url': API, path: '/slow' });
    part<HTMLButtonElement>(el, 'send')!.click();
    await waitFor(el, () => bed.network.requests.length === 1, 'the request');
    await settle(el);
    await expect(el).to.be.accessible();
    part<HTMLButtonElement>(el, 'cancel')!.click();
    await waitFor(el, () => part(el, 'explanation') !== null, 'the cancel');
    await expect(el).to.be.accessible();
  });

  it('passes axe explaining CORS, and a request that was not sent', async () => {
    bed.network = fakeNetwork({ [API]: (request) => (request.mode === 'no-cors' ? new Response(null) : 'network-error') });
    const el = await consoleFixture({ 'base-url': API, path: '/no-cors' });
    await send(el);
    expect(part(el, 'explanation')!.dataset['kind']).to.equal('cors');
    await expect(el).to.be.accessible();
    el.addEventListener('portico-before-send', (event) => event.preventDefault());
    await send(el);
    expect(part(el, 'explanation')!.dataset['kind']).to.equal('not-sent');
    await expect(el).to.be.accessible();
  });

  it('passes axe with a truncated text, an image and a binary answer', async () => {
    const answers = [
      () => new Response('<p>x</p>'.repeat(DISPLAY_LIMIT / 8 + 1), { headers: { 'content-type': 'text/html' } }),
      () => new Response(PNG, { headers: { 'content-type': 'image/png' } }),
      () => new Response(new Uint8Array([1, 2, 3]), { headers: { 'content-type': 'application/pdf' } }),
    ];
    let next = 0;
    bed.network = fakeNetwork({ [API]: () => answers[next++]!() });
    const el = await consoleFixture({ 'base-url': API, path: '/things' });
    for (const _ of answers) {
      await send(el);
      await openAll(el);
      await expect(el).to.be.accessible();
    }
  });

  it('passes axe with a description that failed and with a misconfiguration', async () => {
    bed.network = fakeNetwork({ [SPEC_URL]: () => new Response('nope', { status: 500 }) });
    const el = await consoleFixture({ 'spec-url': SPEC_URL });
    await specLoaded(el);
    expect(part(el, 'diagnostic')).to.not.equal(null);
    await expect(el).to.be.accessible();
    el.setAttribute('base-url', 'http://[broken');
    await settle(el);
    expect(part(el, 'form')).to.equal(null);
    await expect(el).to.be.accessible();
  });
});
