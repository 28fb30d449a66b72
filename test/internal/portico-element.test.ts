import { expect, fixture, html as testHtml } from '@open-wc/testing';
import { html } from 'lit';
import { PorticoElement } from '../../src/internal/portico-element.js';

/** A widget whose step before rendering fails. */
class FailingBeforeRender extends PorticoElement {
  protected override beforeRender(): void {
    throw new Error('broken derivation');
  }
  protected override renderContent() {
    return html`<p>still here</p>`;
  }
}
customElements.define('failing-before-render', FailingBeforeRender);

describe('PorticoElement', () => {
  it('keeps a failing before-render step inside the widget: logs it and still renders', async () => {
    const logged: unknown[][] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => logged.push(args);
    try {
      const el = await fixture<FailingBeforeRender>(testHtml`<failing-before-render></failing-before-render>`);
      expect(el.shadowRoot?.textContent).to.contain('still here');
      expect(logged).to.have.length(1);
      expect(String(logged[0]?.[0])).to.equal('Portico <failing-before-render>:');
    } finally {
      console.error = original;
    }
  });
});
