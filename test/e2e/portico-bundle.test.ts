import { expect } from '@open-wc/testing';
import { reportOf } from './pages/cdn-page.js';
import type { PorticoReport } from './pages/portico.js';

describe('dist/cdn/portico.js, the CDN entry that defines every element', () => {
  it('defines all eight as it loads, exports the API, signs in, sends a request with the token and signs out', async () => {
    const { error, tags, exports, before, after, status, body, signedOut } = await reportOf<PorticoReport>('portico');
    expect(error).to.equal(undefined);
    expect(tags).to.have.length(8);
    expect(tags, 'every element class it exports is defined').not.to.include(null);
    expect(exports).to.include.members(['PorticoAuth', 'PorticoApiConsole', 'setStrings', 'loadStrings']);
    expect(before).to.equal('Sign in with Contoso');
    expect(after).to.equal('Sign out Ada Lovelace');
    expect(status).to.match(/^200 OK/);
    expect(body).to.contain('"ord-1001"');
    expect(signedOut).to.equal('Sign in with Contoso');
  });
});
