/**
 * Tokens of pretty-printed JSON: a string (a key when a colon follows), a number, or a literal.
 * Whitespace and punctuation between them stay plain text.
 */
const TOKEN = /("(?:[^"\\\n]|\\.)*")(\s*:)?|(-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)|\b(true|false|null)\b/gu;

/**
 * Highlighted JSON as a `<code>` element whose coloured pieces are `<span>`s holding text nodes.
 * Nothing is ever parsed as HTML (no `innerHTML`): a string value containing markup stays text.
 * Built with DOM calls rather than a template, because a large document has tens of thousands
 * of pieces.
 */
export function highlightJson(text: string, ownerDocument: Document = document): HTMLElement {
  const code = ownerDocument.createElement('code');
  code.className = 'json';
  let plainFrom = 0;
  const addPlain = (end: number) => {
    if (end > plainFrom) code.append(text.slice(plainFrom, end));
  };
  const addToken = (className: string, value: string) => {
    const span = ownerDocument.createElement('span');
    span.className = className;
    span.textContent = value;
    code.append(span);
  };
  for (const match of text.matchAll(TOKEN)) {
    const [whole, string, colon, number, literal] = match;
    addPlain(match.index);
    if (string !== undefined) {
      addToken(colon ? 'json-key' : 'json-string', string);
      if (colon) code.append(colon);
    } else if (number !== undefined) {
      addToken('json-number', number);
    } else if (literal !== undefined) {
      addToken('json-literal', literal);
    }
    plainFrom = match.index + whole.length;
  }
  addPlain(text.length);
  return code;
}
