import { expect } from '@open-wc/testing';
import type { PorticoErrorEvent } from '../../../src/events/portico-error-event.js';
import { consoleFixture, consoleTestBed, fakeNetwork, part, parts, settle, textOf } from '../../helpers/api-console.js';

describe('<portico-api-console> endpoint attributes', () => {
  const bed = consoleTestBed();

  const cases = [
    {
      attribute: 'base-url',
      bad: 'localhost:7071/api',
      good: 'http://localhost:7071/api',
      message: 'The base-url attribute must be an http or https URL, not "localhost:7071/api".',
      hint: 'https://localhost:7071/api',
    },
    {
      attribute: 'subscription-key-header',
      bad: 'Bad Header',
      good: 'X-Api-Key',
      message: 'The subscription-key-header attribute is not a header name: "Bad Header".',
      hint: 'Ocp-Apim-Subscription-Key',
    },
    {
      attribute: 'token-broker-url',
      bad: 'ftp://broker.example/token',
      good: 'https://broker.example/token',
      message: 'The token-broker-url attribute must be an http or https URL, not "ftp://broker.example/token".',
      hint: 'token-broker-url',
    },
  ];

  for (const { attribute, bad, good, message, hint } of cases) {
    it(`reports ${attribute}="${bad}" once, in the widget, and recovers when it is fixed`, async () => {
      bed.network = fakeNetwork({});
      const reported: { code: string; message: string }[] = [];
      const listener = (event: PorticoErrorEvent) => reported.push(event.detail);
      document.addEventListener('portico-error', listener);
      const el = await consoleFixture({ [attribute]: bad });
      await settle(el);
      document.removeEventListener('portico-error', listener);
      expect(reported.map(({ code, message }) => [code, message])).to.deep.equal([['invalid-attribute', message]]);
      const diagnostic = part(el, 'diagnostic');
      expect(diagnostic?.getAttribute('role')).to.equal('alert');
      expect(textOf(diagnostic)).to.contain(message);
      expect(textOf(diagnostic)).to.contain(hint);
      expect(part(el, 'form'), 'nothing can be sent').to.equal(null);
      expect(bed.consoleErrors.messages).to.have.length(1);
      expect(bed.consoleErrors.messages[0]).to.contain(message);
      await expect(el).to.be.accessible();
      el.setAttribute(attribute, good);
      await settle(el);
      expect(parts(el, 'diagnostic')).to.have.length(0);
      expect(part(el, 'form')).to.not.equal(null);
      expect(bed.consoleErrors.messages).to.have.length(1);
    });
  }
});
