import { expect } from '@open-wc/testing';
import { consoleFixture, consoleTestBed, fakeNetwork, part, send, settle } from '../../helpers/api-console.js';
import type { PorticoApiConsole } from '../../../src/components/api-console/portico-api-console.js';

const API = 'https://api.example';
const ANSWERS: Record<string, number> = { GET: 200, PUT: 304, POST: 422, DELETE: 500 };

/** Sends one request per method, each answered with its own status class. */
async function sendEveryMethod(el: PorticoApiConsole): Promise<void> {
  for (const method of Object.keys(ANSWERS)) {
    el.setAttribute('method', method);
    await settle(el);
    await send(el);
  }
}

const colourOf = (element: Element | null | undefined) => (element ? getComputedStyle(element).color : '');

describe('<portico-api-console> method badges and status colours', () => {
  const bed = consoleTestBed();

  for (const theme of ['light', 'dark']) {
    it(`gives each method its own badge colour and each status class its own colour, axe-clean (theme="${theme}")`, async () => {
      bed.network = fakeNetwork({ [API]: (request) => new Response(null, { status: ANSWERS[request.method] ?? 200 }) });
      const el = await consoleFixture({ theme, 'base-url': API, path: '/orders' });
      const statusColours = new Set<string>();
      for (const method of Object.keys(ANSWERS)) {
        el.setAttribute('method', method);
        await settle(el);
        await send(el);
        const status = part(el, 'status');
        expect(status?.dataset['statusClass']).to.equal(`${String(ANSWERS[method]).charAt(0)}xx`);
        statusColours.add(colourOf(status));
      }
      expect(statusColours.size).to.equal(4);
      const history = part<HTMLDetailsElement>(el, 'history')!;
      history.open = true;
      await settle(el);
      const badges = [...history.querySelectorAll<HTMLElement>('.method')];
      expect(badges.map((badge) => badge.dataset['method'])).to.have.members(Object.keys(ANSWERS));
      expect(new Set(badges.map((badge) => `${colourOf(badge)} ${getComputedStyle(badge).backgroundColor}`)).size).to.equal(4);
      await expect(el).to.be.accessible();
    });
  }

  it('keeps each history entry’s status code on the badge’s row, and shows its actions as buttons', async () => {
    bed.network = fakeNetwork({ [API]: (request) => new Response(null, { status: ANSWERS[request.method] ?? 200 }) });
    const el = await consoleFixture({ 'base-url': API, path: '/a/rather/long/path/that/takes/the/whole/row/of/a/narrow/console' });
    el.style.inlineSize = '360px';
    await sendEveryMethod(el);
    const history = part<HTMLDetailsElement>(el, 'history')!;
    history.open = true;
    await settle(el);
    for (const entry of history.querySelectorAll('.history-entry')) {
      const badge = entry.querySelector('.method')!.getBoundingClientRect();
      const result = entry.querySelector('.result')!.getBoundingClientRect();
      expect(result.top).to.be.below(badge.bottom);
      expect(result.left).to.be.above(badge.right);
    }
    const clear = history.querySelector<HTMLButtonElement>('button.quiet')!;
    expect(getComputedStyle(clear).borderTopStyle).to.equal('solid');
    expect(getComputedStyle(clear).borderTopColor).to.not.equal('rgba(0, 0, 0, 0)');
  });
});
