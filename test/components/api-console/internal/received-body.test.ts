import { expect } from '@open-wc/testing';
import { ReceivedBody } from '../../../../src/components/api-console/internal/received-body.js';

const KB = 1024;

/** `count` chunks of `size` bytes, each filled with its own index. */
function chunks(count: number, size: number): Uint8Array[] {
  return Array.from({ length: count }, (_, i) => new Uint8Array(size).fill(i % 256));
}

describe('ReceivedBody', () => {
  const PageBlob = window.Blob;
  /** Bytes each `new Blob(...)` copied from byte arrays (Blob parts are referenced, not copied). */
  let copied: number[] = [];
  beforeEach(() => {
    copied = [];
    window.Blob = class extends PageBlob {
      constructor(parts?: BlobPart[], options?: BlobPropertyBag) {
        super(parts, options);
        copied.push((parts ?? []).reduce((sum, part) => sum + (ArrayBuffer.isView(part) ? part.byteLength : 0), 0));
      }
    };
  });
  afterEach(() => (window.Blob = PageBlob));

  it('gives back every byte in order, as bytes and as a Blob of the answer’s type, with or without a Content-Length', async () => {
    for (const contentLength of [null, String(10 * 100 * KB), '5']) {
      const progress: number[] = [];
      const body = new ReceivedBody(contentLength, (received) => progress.push(received));
      const sent = chunks(10, 100 * KB);
      for (const chunk of sent) body.add(chunk);
      const expected = new Uint8Array(sent.flatMap((chunk) => [...chunk]));
      expect(body.bytes(), `Content-Length ${contentLength}`).to.deep.equal(expected);
      const blob = body.blob('application/json');
      expect(blob.type).to.equal('application/json');
      expect(new Uint8Array(await blob.arrayBuffer())).to.deep.equal(expected);
      expect(progress.at(-1)).to.equal(expected.byteLength);
    }
  });

  it('folds the Blob a megabyte at a time as chunks arrive, so making it at the end copies little', () => {
    const body = new ReceivedBody(null, () => undefined);
    for (const chunk of chunks(40, 256 * KB)) body.add(chunk);
    const beforeTheEnd = copied.length;
    body.blob('application/json');
    expect(copied.length - beforeTheEnd).to.equal(1);
    expect(copied.at(-1), 'bytes copied when the answer ends').to.be.at.most(1024 * KB);
    expect(Math.max(...copied), 'bytes copied by any one Blob').to.be.at.most(1024 * KB);
  });

  it('sets the Content-Length aside at once, so a body of the length announced is never copied to grow', () => {
    const body = new ReceivedBody(String(40 * 256 * KB), () => undefined);
    for (const chunk of chunks(40, 256 * KB)) body.add(chunk);
    expect(body.bytes().buffer.byteLength).to.equal(40 * 256 * KB);
  });
});
