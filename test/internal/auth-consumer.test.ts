import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { LitElement } from 'lit';
import { AuthConsumer } from '../../src/internal/auth-consumer.js';
import { UNKNOWN_PROVIDER_GRACE_MS } from '../../src/internal/provider-lookup.js';
import type { PorticoAuth } from '../../src/components/auth/portico-auth.js';

/** The smallest widget: shows which provider it found and its status. */
class ConsumerProbe extends LitElement {
  static override properties = { auth: {} };
  auth = '';
  readonly consumer = new AuthConsumer(this, () => this.auth);
  override render() {
    return html`${this.consumer.status}:${this.consumer.entry?.id ?? ''}`;
  }
}
customElements.define('consumer-probe', ConsumerProbe);

/** The same for a widget covering several providers. */
class ManyConsumerProbe extends LitElement {
  static override properties = { auth: {} };
  auth = '';
  readonly consumer = new AuthConsumer(this, () => this.auth, { many: true });
  override render() {
    return html`${this.consumer.providers.map(({ id, status }) => `${status}:${id}`).join(' ')}`;
  }
}
customElements.define('many-consumer-probe', ManyConsumerProbe);

const text = (probe: ConsumerProbe) => probe.shadowRoot!.textContent!.replace(/<!--[^]*?-->/g, '').trim();

describe('AuthConsumer', () => {
  it('finds a provider by the id in its auth attribute', async () => {
    const root = await fixture(html`<div>
      <portico-auth id="alpha" client-id="a"></portico-auth>
      <portico-auth id="beta" client-id="b"></portico-auth>
      <consumer-probe auth="beta"></consumer-probe>
    </div>`);
    await import('../../src/components/auth/portico-auth.js');
    const probe = root.querySelector<ConsumerProbe>('consumer-probe')!;
    await waitUntil(() => text(probe) === 'ready:beta');
    expect(probe.consumer.controller?.config.clientId).to.equal('b');
  });

  it('uses the enclosing provider, even when it is defined after the widget', async () => {
    const root = await fixture(html`<div>
      <portico-auth id="outer-1" client-id="x"></portico-auth>
      <portico-auth-late id="nested" client-id="n"><consumer-probe></consumer-probe></portico-auth-late>
    </div>`);
    const probe = root.querySelector<ConsumerProbe>('consumer-probe')!;
    // Until its enclosing provider is defined, the widget uses the page's only registered one.
    await waitUntil(() => text(probe) === 'ready:outer-1');
    const { PorticoAuth } = await import('../../src/components/auth/portico-auth.js');
    customElements.define('portico-auth-late', class extends PorticoAuth {});
    await waitUntil(() => text(probe) === 'ready:nested');
  });

  it('waits for a named provider that is added later', async () => {
    const probe = await fixture<ConsumerProbe>(html`<consumer-probe auth="later"></consumer-probe>`);
    expect(text(probe)).to.equal('waiting:');
    const auth = document.createElement('portico-auth') as PorticoAuth;
    auth.id = 'later';
    auth.setAttribute('client-id', 'l');
    document.body.append(auth);
    await waitUntil(() => text(probe) === 'ready:later');
    auth.remove();
  });

  it('reports an unknown provider only after the grace period, and recovers', async () => {
    const probe = await fixture<ConsumerProbe>(html`<consumer-probe auth="nowhere"></consumer-probe>`);
    expect(text(probe)).to.equal('waiting:');
    await waitUntil(() => text(probe) === 'unknown:', 'never became unknown', { timeout: UNKNOWN_PROVIDER_GRACE_MS + 2000 });
    const auth = document.createElement('portico-auth') as PorticoAuth;
    auth.id = 'nowhere';
    auth.setAttribute('client-id', 'n');
    document.body.append(auth);
    await waitUntil(() => text(probe) === 'ready:nowhere');
    auth.remove();
  });

  it('says "unavailable" for a misconfigured provider', async () => {
    const errors = console.error;
    console.error = () => {};
    try {
      const root = await fixture(html`<div>
        <portico-auth id="broken"></portico-auth>
        <consumer-probe auth="broken"></consumer-probe>
      </div>`);
      const probe = root.querySelector<ConsumerProbe>('consumer-probe')!;
      await waitUntil(() => text(probe) === 'unavailable:broken');
    } finally {
      console.error = errors;
    }
  });

  it('with many, covers the named providers in order, else every registered one', async () => {
    await import('../../src/components/auth/portico-auth.js');
    const root = await fixture(html`<div>
      <portico-auth id="many-a" client-id="a"></portico-auth>
      <portico-auth id="many-b" client-id="b"></portico-auth>
      <many-consumer-probe auth="many-b missing many-a"></many-consumer-probe>
      <many-consumer-probe></many-consumer-probe>
    </div>`);
    const [named, unnamed] = [...root.querySelectorAll<ManyConsumerProbe>('many-consumer-probe')];
    await waitUntil(() => text(named!) === 'ready:many-b waiting:missing ready:many-a');
    await waitUntil(() => text(unnamed!).includes('ready:many-a ready:many-b'));
  });
});
