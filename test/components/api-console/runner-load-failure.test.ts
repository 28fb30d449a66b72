/**
 * A Send pressed while the code that sends (the console's ExchangeRunner, fetched with the first
 * Send) cannot be loaded: a portal that hosts dist/cdn/ only in part, or a flaky network. The test
 * server holds that chunk back while the console says "Sending…", then answers it 503 until the
 * test lifts the failure. Its own file: the runner must not have loaded on this page yet.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import type { ErrorDetail } from '../../../src/auth/errors.js';
import { answerJson, consoleFixture, consoleTestBed, fakeNetwork, part, parts, settle, statusOf, textOf, type, waitFor } from '../../helpers/api-console.js';

const API = 'https://api.example';

describe('<portico-api-console> when the code that sends cannot be loaded', () => {
  const bed = consoleTestBed();
  afterEach(() => executeServerCommand('requests-release'));

  it('ends "Sending…", says what to check, reports it once, keeps the inputs, and sends on the next Send once the code loads', async () => {
    await executeServerCommand('requests-hold', { pathIncludes: 'exchange-runner' });
    bed.network = fakeNetwork({ [API]: answerJson({ id: 7 }, { status: 201 }) });
    const el = await consoleFixture({ 'base-url': API, method: 'POST', path: '/orders' });
    const reported: ErrorDetail[] = [];
    el.addEventListener('portico-error', (event) => reported.push(event.detail));
    await type(el, part<HTMLInputElement>(el, 'url')!, '/orders?item=tea');

    part<HTMLButtonElement>(el, 'send')!.click();
    await waitUntil(async () => (await executeServerCommand<number, undefined>('requests-held')) === 1, 'the runner was never asked for');
    await settle(el);
    expect(statusOf(el)).to.equal('Sending…');
    await executeServerCommand('requests-fail', { pathIncludes: 'exchange-runner' });
    await waitFor(el, () => part(el, 'diagnostic') !== null, 'the failure to show');

    const diagnostic = part(el, 'diagnostic')!;
    expect(diagnostic.getAttribute('role')).to.equal('alert');
    expect(textOf(diagnostic)).to.contain('A part of this widget could not be loaded: sending requests and showing answers.');
    expect(textOf(diagnostic)).to.contain('dist/cdn/');
    expect(statusOf(el), '"Sending…" has ended').to.equal('');
    expect(part<HTMLButtonElement>(el, 'send')!.disabled).to.equal(false);
    expect(part<HTMLInputElement>(el, 'url')!.value, 'the address typed is kept').to.equal('/orders?item=tea');
    expect(bed.network.requests).to.have.length(0);
    expect(reported.map((detail) => detail.code)).to.deep.equal(['part-load-failed']);
    expect(reported[0]!.hint).to.contain('dist/cdn/');
    expect(bed.consoleErrors.messages.filter((message) => message.includes('could not be loaded'))).to.have.length(1);
    await expect(el).to.be.accessible();

    await executeServerCommand('requests-release');
    part<HTMLButtonElement>(el, 'send')!.click();
    await waitFor(el, () => statusOf(el).startsWith('201'), 'the answer to the second Send');
    expect(parts(el, 'diagnostic'), 'the failure is gone').to.have.length(0);
    expect(bed.network.requests).to.have.length(1);
    expect(bed.network.requests[0]!.url).to.equal(`${API}/orders?item=tea`);
    expect(reported, 'reported once').to.have.length(1);
  });
});
