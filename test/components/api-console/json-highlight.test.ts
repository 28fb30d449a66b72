import { expect } from '@open-wc/testing';
import { highlightJson } from '../../../src/components/api-console/internal/json-highlight.js';

describe('JSON highlighting', () => {
  it('keeps the text exactly, colouring keys, strings, numbers and literals', () => {
    const text = JSON.stringify({ a: 'x "y" \\ z', b: [-1.5e3, 0], c: { d: false, e: null } }, null, 2);
    const code = highlightJson(text);
    expect(code.textContent).to.equal(text);
    const of = (name: string) => [...code.querySelectorAll(`.${name}`)].map((span) => span.textContent);
    expect(of('json-key')).to.deep.equal(['"a"', '"b"', '"c"', '"d"', '"e"']);
    expect(of('json-string')).to.deep.equal(['"x \\"y\\" \\\\ z"']);
    expect(of('json-number')).to.deep.equal(['-1500', '0']);
    expect(of('json-literal')).to.deep.equal(['false', 'null']);
  });

  it('builds text nodes only: markup in a value is never parsed', () => {
    const code = highlightJson(JSON.stringify({ html: '<img src=x onerror="alert(1)"><script>alert(2)</script>' }, null, 2));
    expect(code.querySelectorAll('*').length).to.equal(2);
    expect(
      [...code.querySelectorAll('*')].every((node) => node.tagName === 'SPAN' && node.childNodes.length === 1 && node.firstChild!.nodeType === Node.TEXT_NODE),
    ).to.equal(true);
  });
});
