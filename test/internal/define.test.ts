import { expect } from '@open-wc/testing';
import { define } from '../../src/internal/define.js';

describe('define', () => {
  it('warns instead of throwing when a second copy of Portico defines the same tag', () => {
    class First extends HTMLElement {}
    class SecondCopy extends HTMLElement {}
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (message: string) => warnings.push(message);
    try {
      define('portico-define-twice', First);
      expect(() => define('portico-define-twice', SecondCopy)).not.to.throw();
    } finally {
      console.warn = warn;
    }
    expect(customElements.get('portico-define-twice')).to.equal(First);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('Load Portico once per page');
  });

  it('stays silent when the same definition is imported twice', () => {
    class Only extends HTMLElement {}
    const warn = console.warn;
    let warned = false;
    console.warn = () => (warned = true);
    try {
      define('portico-define-once', Only);
      define('portico-define-once', Only);
    } finally {
      console.warn = warn;
    }
    expect(warned).to.equal(false);
  });
});
