import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../../src/components/apim/portico-apim.js';
import '../../../src/components/subscriptions/portico-subscriptions.js';
import type { PorticoApim } from '../../../src/components/apim/portico-apim.js';
import { fakeAccount, fakeDataApi, type FakeDataApiOptions } from '../../../src/testing/index.js';
import { captureConsoleErrors, fakeProvider, part, textOf, uniqueId, widgetTestBed } from '../../helpers/auth-widgets.js';

const DEVELOPER_URL = 'https://contoso.developer.azure-api.net';

describe('<portico-apim>', () => {
  widgetTestBed();
  const original = window.fetch;
  afterEach(() => (window.fetch = original));

  /** A `<portico-apim>` on a fake data API (as `fetch`), with a `<portico-subscriptions>` showing what the developer sees. */
  async function setup(options: FakeDataApiOptions = {}, signedIn = true) {
    const { id: auth, controller } = fakeProvider({ account: signedIn ? fakeAccount({ name: 'Ada Lovelace', username: 'ada@contoso.test' }) : null });
    window.fetch = fakeDataApi(options);
    const id = uniqueId('apim');
    const root = await fixture<HTMLElement>(html`<div>
      <portico-apim id=${id} auth=${auth} developer-url=${DEVELOPER_URL}></portico-apim>
      <portico-subscriptions apim=${id}></portico-subscriptions>
    </div>`);
    return { el: root.querySelector<PorticoApim>('portico-apim')!, subscriptions: root.querySelector('portico-subscriptions')!, auth: controller };
  }

  describe('errors', () => {
    for (const [what, url] of [
      ['missing', ''],
      ['not https', 'http://contoso.developer.azure-api.net'],
    ] as const) {
      it(`explains a ${what} developer-url in the diagnostic part, logs once and fires portico-error`, async () => {
        const errors = captureConsoleErrors();
        try {
          const { id } = fakeProvider({ account: fakeAccount() });
          const el = document.createElement('portico-apim');
          el.setAttribute('auth', id);
          el.setAttribute('developer-url', url);
          const reported = oneEvent(el, 'portico-error');
          const parent = await fixture<HTMLElement>(html`<div></div>`);
          parent.append(el);
          const { detail } = await reported;
          await el.updateComplete;
          expect(detail.code).to.equal('invalid-developer-url');
          expect(part(el, 'diagnostic')!.getAttribute('role')).to.equal('alert');
          expect(textOf(part(el, 'diagnostic'))).to.contain('developer-url');
          expect(errors.messages.filter((message) => message.includes('developer-url'))).to.have.length(1);
          expect(el.controller).to.equal(null);
          await expect(el).to.be.accessible();
        } finally {
          errors.restore();
        }
      });
    }
  });

  describe('states', () => {
    it('waits for sign-in: no call to API Management, the developer is asked to sign in', async () => {
      const { el, subscriptions } = await setup({}, false);
      expect(el.controller!.state).to.equal('signed-out');
      await waitUntil(() => textOf(subscriptions.shadowRoot!.querySelector('.note')) === 'Sign in to see your API subscriptions and keys.');
      expect((window.fetch as ReturnType<typeof fakeDataApi>).requests).to.deep.equal([]);
      expect(part(el, 'diagnostic')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('signs a signed-in developer in to API Management with the ID token', async () => {
      const { el } = await setup();
      await waitUntil(() => el.controller!.state === 'ready', 'never ready');
      expect(el.controller!.developerId).to.equal('developer1');
      expect((window.fetch as ReturnType<typeof fakeDataApi>).requests[0]).to.equal('GET /identity');
      expect(part(el, 'diagnostic')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('offers an unknown developer the sign-up action, never signing up by itself', async () => {
      const { el, subscriptions } = await setup({ known: false });
      await waitUntil(() => el.controller!.state === 'unknown-developer', 'never unknown');
      await waitUntil(() => part(subscriptions, 'sign-up'), 'no sign-up action');
      expect(textOf(part(subscriptions, 'sign-up'))).to.equal('Create my developer account');
      expect((window.fetch as ReturnType<typeof fakeDataApi>).requests).not.to.include('POST /users');
      await expect(el).to.be.accessible();
    });

    it('reports a data API that is down as the controller’s error, shown by the widgets, the element itself staying quiet', async () => {
      const { el } = await setup({ mode: 'fail' });
      await waitUntil(() => el.controller!.state === 'error', 'never failed');
      expect(el.controller!.error!.message).to.contain('The fake is down.');
      expect(part(el, 'diagnostic')).to.equal(null);
      await expect(el).to.be.accessible();
    });
  });
});
