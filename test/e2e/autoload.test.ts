import { expect } from '@open-wc/testing';
import type { AutoloadReport } from './pages/autoload.js';
import { reportOf } from './pages/cdn-page.js';

describe('dist/cdn/autoload.js, the CDN entry that loads each element when its tag appears', () => {
  it('signs in on a page with only <portico-auth> and <portico-sign-in>, never fetching the console until one is added', async () => {
    const { error, before, after, consoleModule, fetchedBeforeConsole, fetchedAfterConsole } = await reportOf<AutoloadReport>('autoload');
    expect(error).to.equal(undefined);
    expect(before).to.equal('Sign in with Contoso');
    expect(after).to.equal('Sign out Ada Lovelace');
    expect(consoleModule).to.match(/^\/dist\/cdn\/chunks\/.+\.js$/);
    expect(fetchedBeforeConsole).not.to.include(consoleModule);
    expect(fetchedAfterConsole).to.include(consoleModule);
  });
});
