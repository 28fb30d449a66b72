import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import { UNKNOWN_PROVIDER_GRACE_MS } from '../../src/internal/provider-lookup.js';
import { captureConsoleErrors, uniqueId } from '../helpers/auth-widgets.js';

describe('problem reports', () => {
  it('a page section removed with its provider reports nothing: its widgets are off the page', async () => {
    const id = uniqueId('section');
    const section = await fixture<HTMLElement>(html`<section>
      <portico-auth id=${id} client-id="app"></portico-auth>
      <portico-sign-in></portico-sign-in>
      <portico-user-profile auth=${id}></portico-user-profile>
      <portico-auth-gate auth=${id}></portico-auth-gate>
    </section>`);
    // The widgets' wait for a missing provider is over: one missing now would be reported.
    await new Promise((resolve) => setTimeout(resolve, UNKNOWN_PROVIDER_GRACE_MS + 100));
    const errors = captureConsoleErrors();
    const reported: string[] = [];
    section.addEventListener('portico-error', (event) => reported.push((event as CustomEvent<{ code: string }>).detail.code));
    try {
      section.remove();
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(errors.messages).to.deep.equal([]);
      expect(reported).to.deep.equal([]);
    } finally {
      errors.restore();
    }
  });
});
