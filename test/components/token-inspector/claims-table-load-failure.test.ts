/**
 * The token inspector's claims table, whose code is fetched the first time a token's claims are
 * shown, when that code cannot be loaded (dist/cdn/ hosted in part, a flaky network): the test
 * server answers its chunk 503. Its own file: the table's code must not have loaded on this page yet.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../../../src/components/token-inspector/portico-token-inspector.js';
import type { ErrorDetail } from '../../../src/auth/errors.js';
import type { PorticoTokenInspector } from '../../../src/components/token-inspector/portico-token-inspector.js';
import { fakeJwt } from '../../../src/testing/fake-jwt.js';
import { part, parts, textOf, widgetTestBed } from '../../helpers/auth-widgets.js';

describe('<portico-token-inspector> when the claims table cannot be loaded', () => {
  const bed = widgetTestBed();
  afterEach(() => executeServerCommand('requests-release'));

  it('shows the rest of the token, says the claims could not be loaded and what to check, and reports it once', async () => {
    await executeServerCommand('requests-fail', { pathIncludes: '/internal/claims-table' });
    const reported: ErrorDetail[] = [];
    const inspector = await fixture<PorticoTokenInspector>(
      html`<portico-token-inspector @portico-error=${(event: CustomEvent<ErrorDetail>) => reported.push(event.detail)}></portico-token-inspector>`,
    );
    inspector.jwt = fakeJwt({ aud: 'api://portico-sample', exp: 1_900_000_000 });

    await waitUntil(() => part(inspector, 'diagnostic') !== null, 'the failure to show', { timeout: 10_000 });
    await inspector.updateComplete;
    expect(parts(inspector, 'diagnostic'), 'one diagnostic for the header and the claims').to.have.length(1);
    expect(textOf(part(inspector, 'diagnostic'))).to.contain('A part of this widget could not be loaded: Claims.');
    expect(textOf(part(inspector, 'diagnostic'))).to.contain('dist/cdn/');
    expect(part(inspector, 'countdown'), 'the rest of the token is shown').to.not.equal(null);
    expect(reported.map((detail) => detail.code)).to.deep.equal(['part-load-failed']);
    expect(bed.consoleErrors.messages.filter((message) => message.includes('could not be loaded'))).to.have.length(1);
    await expect(inspector).to.be.accessible();
  });
});
