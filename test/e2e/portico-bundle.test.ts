import { expect } from '@open-wc/testing';
import type { PorticoReport } from './pages/portico.js';
import { sandboxInfo } from './sandbox.js';

describe('dist/cdn/portico.js, the CDN entry that defines every element', () => {
  it('defines all eight as it loads, exports the API, signs in, sends a request with the token and signs out', async () => {
    const { testOrigin } = await sandboxInfo();
    const channel = new BroadcastChannel('portico-e2e-portico');
    const report = new Promise<PorticoReport>((resolve) => channel.addEventListener('message', ({ data }) => resolve(data), { once: true }));
    const page = window.open(`${testOrigin}/test/e2e/pages/portico.html`, 'portico-bundle');
    try {
      const { error, defined, exports, before, after, status, body, signedOut } = await report;
      expect(error).to.equal(undefined);
      expect(defined).to.have.length(8);
      expect(exports).to.include.members(['PorticoAuth', 'PorticoApiConsole', 'setStrings', 'loadStrings']);
      expect(before).to.equal('Sign in with Contoso');
      expect(after).to.equal('Sign out Ada Lovelace');
      expect(status).to.match(/^200 OK/);
      expect(body).to.contain('"ord-1001"');
      expect(signedOut).to.equal('Sign in with Contoso');
    } finally {
      page?.close();
      channel.close();
    }
  });
});
