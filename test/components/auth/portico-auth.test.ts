import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../../src/components/auth/portico-auth.js';
import type { PorticoAuth } from '../../../src/components/auth/portico-auth.js';
import { providerRegistry } from '../../../src/auth/registry.js';
import { captureConsoleErrors } from '../../helpers/auth-widgets.js';

async function setup(template: ReturnType<typeof html>) {
  const el = await fixture<PorticoAuth>(template);
  await el.updateComplete;
  const diagnostic = () => el.shadowRoot!.querySelector<HTMLElement>('[part="diagnostic"]');
  return { el, diagnostic };
}

describe('<portico-auth>', () => {
  let consoleErrors: ReturnType<typeof captureConsoleErrors>;
  beforeEach(() => (consoleErrors = captureConsoleErrors()));
  afterEach(() => consoleErrors.restore());

  describe('rendering', () => {
    it('renders no diagnostic and exposes a controller when configured', async () => {
      const { el, diagnostic } = await setup(
        html`<portico-auth id="ok" client-id="app" authority="https://login.microsoftonline.com/contoso.onmicrosoft.com" label="Contoso"></portico-auth>`,
      );
      expect(diagnostic()).to.equal(null);
      expect(el.controller?.config).to.include({ clientId: 'app', kind: 'entra', label: 'Contoso' });
      expect(providerRegistry().get('ok')?.controller).to.equal(el.controller);
      expect(consoleErrors.messages).to.deep.equal([]);
      await expect(el).to.be.accessible();
    });

    it('has its controller as soon as it is in the page', () => {
      const el = document.createElement('portico-auth');
      el.setAttribute('client-id', 'app');
      document.body.append(el);
      expect(el.controller?.config.clientId).to.equal('app');
      el.remove();
    });

    it('registers under "default" without an id and leaves the registry when removed', async () => {
      const { el } = await setup(html`<portico-auth client-id="app"></portico-auth>`);
      expect(providerRegistry().get('default')?.controller).to.equal(el.controller);
      el.remove();
      expect(providerRegistry().get('default')).to.equal(undefined);
    });

    it('stops following other tabs once taken off the page, keeps its controller when only moved, and gets a new one when put back', async () => {
      const { el } = await setup(html`<portico-auth client-id="app"></portico-auth>`);
      const first = el.controller;
      const closed: BroadcastChannel[] = [];
      const close = BroadcastChannel.prototype.close;
      BroadcastChannel.prototype.close = function (this: BroadcastChannel) {
        closed.push(this);
        close.call(this);
      };
      try {
        const section = document.createElement('section');
        document.body.append(section);
        section.append(el);
        await Promise.resolve();
        // By identity: chai's failure message for a controller would walk the whole of MSAL.
        expect(el.controller === first, 'the same controller after a move').to.equal(true);
        expect(closed).to.have.length(0);
        el.remove();
        await Promise.resolve();
        expect(el.controller === null, 'no controller off the page').to.equal(true);
        expect(closed).to.have.length(1);
        section.append(el);
        expect(el.controller?.config.clientId).to.equal('app');
        expect(el.controller === first, 'a new controller when put back').to.equal(false);
        section.remove();
      } finally {
        BroadcastChannel.prototype.close = close;
      }
    });
  });

  describe('errors', () => {
    it('explains a missing client-id in an alert, logs it once and fires portico-auth-error', async () => {
      const el = document.createElement('portico-auth');
      el.id = 'missing';
      const event = oneEvent(el, 'portico-auth-error');
      document.body.append(el);
      const { detail } = await event;
      await el.updateComplete;
      const panel = el.shadowRoot!.querySelector<HTMLElement>('[part="diagnostic"]')!;
      expect(panel.getAttribute('role')).to.equal('alert');
      expect(panel.textContent).to.contain('client-id');
      expect(panel.textContent).to.contain('How to fix');
      expect(detail.code).to.equal('missing-client-id');
      expect(detail.hint).to.contain('application (client) ID');
      el.requestUpdate();
      await el.updateComplete;
      expect(consoleErrors.messages).to.have.length(1);
      expect(consoleErrors.messages[0]).to.contain(detail.hint);
      expect(el.controller).to.equal(null);
      expect(providerRegistry().get('missing')?.error?.code).to.equal('missing-client-id');
      await expect(el).to.be.accessible();
      el.remove();
    });

    it('explains a malformed authority and recovers when it is fixed', async () => {
      const { el, diagnostic } = await setup(html`<portico-auth id="fixme" client-id="app" authority="http://login.example.com"></portico-auth>`);
      expect(diagnostic()?.dataset['code']).to.equal('invalid-authority');
      el.setAttribute('authority', 'https://login.example.com/realm');
      await el.updateComplete;
      expect(diagnostic()).to.equal(null);
      expect(el.controller?.config.kind).to.equal('oidc');
      expect(providerRegistry().get('fixme')?.controller).to.equal(el.controller);
    });

    for (const [attribute, value] of [
      ['login-mode', 'iframe'],
      ['cache-location', 'cookies'],
    ]) {
      it(`explains an unknown ${attribute}`, async () => {
        const el = document.createElement('portico-auth');
        el.setAttribute('client-id', 'app');
        el.setAttribute(attribute!, value!);
        const event = oneEvent(el, 'portico-auth-error');
        document.body.append(el);
        const { detail } = await event;
        expect(detail.code).to.equal('invalid-attribute');
        expect(detail.message).to.contain(attribute);
        expect(detail.message).to.contain(value);
        el.remove();
      });
    }

    it('refuses a second provider with the same id', async () => {
      const first = await fixture<PorticoAuth>(html`<portico-auth id="twin" client-id="a"></portico-auth>`);
      const second = document.createElement('portico-auth');
      second.id = 'twin';
      second.setAttribute('client-id', 'b');
      const event = oneEvent(second, 'portico-auth-error');
      first.after(second);
      expect((await event).detail.code).to.equal('duplicate-provider');
      expect(providerRegistry().get('twin')?.controller).to.equal(first.controller);
      second.id = 'twin-2';
      await second.updateComplete;
      expect(second.shadowRoot!.querySelector('[part="diagnostic"]')).to.equal(null);
      expect(providerRegistry().get('twin-2')?.controller).to.equal(second.controller);
      second.remove();
    });
  });

  describe('events', () => {
    it('fires portico-auth-change once the controller knows the state', async () => {
      const el = document.createElement('portico-auth');
      el.setAttribute('client-id', 'app');
      el.id = 'events';
      const change = oneEvent(el, 'portico-auth-change');
      document.body.append(el);
      const { detail } = await change;
      expect(detail).to.deep.equal({ state: 'signed-out', account: null });
      el.remove();
    });
  });
});
