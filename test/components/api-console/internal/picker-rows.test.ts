import { expect } from '@open-wc/testing';
import { indexOperations } from '../../../../src/components/api-console/internal/openapi/index-operations.js';
import { parseSpec } from '../../../../src/components/api-console/internal/openapi/parse.js';
import { pickerRows } from '../../../../src/components/api-console/internal/picker-rows.js';

describe('pickerRows', () => {
  const manyOperations = (count: number) =>
    JSON.stringify({
      openapi: '3.1.0',
      paths: Object.fromEntries(Array.from({ length: count }, (_, i) => [`/items/${i}`, { get: { tags: [`group${Math.floor(i / 100)}`] } }])),
    });

  it('builds the rows once for renders that change none of its inputs (scrolling, measuring), and again when one changes', async () => {
    const index = indexOperations(await parseSpec(manyOperations(1000)));
    const groupOpen = new Map<string, boolean>();
    const first = pickerRows({ index, query: '', selected: '', groupOpen });
    expect(first.rows).to.have.length(10);
    expect(pickerRows({ index, query: '', selected: '', groupOpen }), 'the same inputs again').to.equal(first);

    groupOpen.set('group3', true);
    const opened = pickerRows({ index, query: '', selected: '', groupOpen });
    expect(opened.rows).to.have.length(110);
    expect(pickerRows({ index, query: 'items/99', selected: '', groupOpen }).matches).to.equal(11);
    expect(pickerRows({ index, query: '', selected: 'GET /items/950', groupOpen }).rows).to.have.length(210);
  });
});
