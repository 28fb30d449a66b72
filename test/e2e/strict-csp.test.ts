import { expect } from '@open-wc/testing';
import type { CspReport } from './pages/strict-csp.js';
import { sandboxInfo } from './sandbox.js';

describe('under a strict Content-Security-Policy', () => {
  it('signs in, renders every widget, reads a description in a module worker and sends a request without a single violation', async () => {
    const { testOrigin } = await sandboxInfo();
    const channel = new BroadcastChannel('portico-e2e-csp');
    const report = new Promise<CspReport>((resolve) => channel.addEventListener('message', ({ data }) => resolve(data), { once: true }));
    const page = window.open(`${testOrigin}/test/e2e/pages/strict-csp.html`, 'strict-csp');
    try {
      const { violations, signedInAs, responseStatus, operations, workerAnswers } = await report;
      expect(signedInAs).to.equal('Ada Lovelace');
      expect(responseStatus).to.equal('200');
      expect(violations).to.deep.equal([]);
      expect(operations).to.be.above(0);
      expect(workerAnswers).to.deep.equal(['ready', 'index']);
    } finally {
      page?.close();
      channel.close();
    }
  });
});
