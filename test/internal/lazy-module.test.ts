import { expect } from '@open-wc/testing';
import { LazyModule } from '../../src/internal/lazy-module.js';

/** A module the test server serves, standing for a chunk; its URL is what a retry fetches. */
const MODULE_URL = new URL('../../src/internal/format.ts', import.meta.url);

/** A host that counts the re-renders asked for. */
function countingHost() {
  const host = { updates: 0, requestUpdate: () => void host.updates++, addController() {}, removeController() {}, updateComplete: Promise.resolve(true) };
  return host;
}

/** Lets pending promise callbacks run. */
const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('LazyModule', () => {
  it('fetches once, and has the module at hand after', async () => {
    let fetches = 0;
    const lazy = new LazyModule(() => (fetches++, import('../../src/internal/format.js')), MODULE_URL);
    const host = countingHost();
    expect(lazy.for(host)).to.equal(undefined);
    const module = await lazy.load();
    await tick();
    expect(lazy.for(host)).to.equal(module);
    expect(typeof module.formatBytes).to.equal('function');
    expect(fetches).to.equal(1);
    expect(host.updates, 'the host re-rendered when it arrived').to.equal(1);
  });

  it('remembers a failure, re-renders on it, and does not fetch again on each render', async () => {
    let fetches = 0;
    const lazy = new LazyModule<typeof import('../../src/internal/format.js')>(() => {
      fetches++;
      return Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
    }, MODULE_URL);
    const host = countingHost();
    lazy.for(host);
    await tick();
    expect(lazy.failed).to.equal(true);
    expect(host.updates, 'the host re-rendered to show the failure').to.equal(1);
    expect(lazy.for(host)).to.equal(undefined);
    await tick();
    expect(fetches, 'a render after the failure fetched nothing').to.equal(1);
    expect(host.updates).to.equal(1);
  });

  it('fetches again when told to, under a URL of its own, since the browser keeps the failed one', async () => {
    const lazy = new LazyModule<typeof import('../../src/internal/format.js')>(
      () => Promise.reject(new TypeError('Failed to fetch dynamically imported module')),
      MODULE_URL,
    );
    await lazy.load().catch(() => undefined);
    expect(lazy.failed).to.equal(true);

    const again = lazy.load();
    expect(lazy.failed, 'no longer failed while it tries again').to.equal(false);
    const module = await again;
    expect(typeof module.formatBytes).to.equal('function');
    expect(lazy.loaded).to.equal(module);
    expect(lazy.failed).to.equal(false);
  });

  it('fetches again on a render asked to retry (a user asking for the part anew)', async () => {
    let fails = true;
    const lazy = new LazyModule(() => (fails ? Promise.reject(new TypeError('offline')) : import('../../src/internal/format.js')), MODULE_URL);
    const host = countingHost();
    lazy.for(host);
    await tick();
    fails = false;
    lazy.for(host, true);
    await waitFor(() => lazy.loaded !== undefined);
    expect(host.updates).to.equal(2);
  });
});

async function waitFor(condition: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !condition(); i++) await tick();
  expect(condition()).to.equal(true);
}
