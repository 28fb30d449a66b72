import { expect } from '@open-wc/testing';
import type { BothEntriesReport } from './pages/both-entries.js';
import { reportOf } from './pages/cdn-page.js';

describe('a page that loads both dist/cdn/autoload.js and dist/cdn/portico.js', () => {
  it('warns that Portico is loaded twice, ignores the second copy, throws nothing and still signs in', async () => {
    const { error, warnings, errors, before, after } = await reportOf<BothEntriesReport>('both-entries');
    expect(error).to.equal(undefined);
    expect(warnings).to.have.length.of.at.least(2);
    for (const warning of warnings) expect(warning).to.contain('is already defined by another copy of Portico').and.contain('Load Portico once per page');
    expect(errors).to.deep.equal([]);
    expect(before).to.equal('Sign in with Contoso');
    expect(after).to.equal('Sign out Ada Lovelace');
  });
});
