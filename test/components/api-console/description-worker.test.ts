import { expect } from '@open-wc/testing';
import { answerJson, consoleFixture, consoleTestBed, fakeNetwork, openOperation, part, parts, specLoaded } from '../../helpers/api-console.js';
import { PETSTORE_30 } from '../../helpers/openapi-fixtures.js';

const SPEC_URL = 'https://docs.example/petstore.json';

describe('<portico-api-console> reading its description', () => {
  const bed = consoleTestBed();
  const PageWorker = window.Worker;
  afterEach(() => (window.Worker = PageWorker));

  it('parses and indexes it in a module worker, and the page opens operations from what the worker sent', async () => {
    const started: { url: string; type: string | undefined }[] = [];
    const answers: string[] = [];
    window.Worker = class extends PageWorker {
      constructor(url: string | URL, options?: WorkerOptions) {
        super(url, options);
        started.push({ url: String(url), type: options?.type });
        this.addEventListener('message', (event: MessageEvent<{ kind: string }>) => answers.push(event.data.kind));
      }
    };
    bed.network = fakeNetwork({ [SPEC_URL]: answerJson(PETSTORE_30) });
    const el = await consoleFixture({ 'spec-url': SPEC_URL });
    await specLoaded(el);
    expect(started.map(({ url, type }) => [new URL(url).pathname.split('/').at(-1), type])).to.deep.equal([['spec-worker.js', 'module']]);
    expect(answers).to.deep.equal(['ready', 'index']);
    expect(parts(el, 'operation')).to.have.length(6);
    await openOperation(el, 'POST /pets');
    expect(JSON.parse(part<HTMLTextAreaElement>(el, 'body')!.value)).to.deep.equal({ name: 'Rex', kind: 'dog' });
  });

  it('hands the worker the description’s bytes, transferred, and never decodes or parses the whole of it on the page', async () => {
    const sent: { bytes: unknown; lengthAfter: number | undefined }[] = [];
    const parsedLengths: number[] = [];
    const pageParse = JSON.parse;
    window.Worker = class extends PageWorker {
      override postMessage(message: { bytes?: ArrayBuffer }, transfer?: Transferable[] | StructuredSerializeOptions) {
        super.postMessage(message, transfer as Transferable[]);
        sent.push({ bytes: message.bytes, lengthAfter: message.bytes?.byteLength });
      }
    };
    JSON.parse = (text: string, reviver?: Parameters<typeof JSON.parse>[1]) => {
      parsedLengths.push(text.length);
      return pageParse(text, reviver);
    };
    const description = JSON.stringify(PETSTORE_30);
    bed.network = fakeNetwork({ [SPEC_URL]: answerJson(PETSTORE_30) });
    try {
      const el = await consoleFixture({ 'spec-url': SPEC_URL });
      await specLoaded(el);
      await openOperation(el, 'POST /pets');
    } finally {
      JSON.parse = pageParse;
    }
    expect(sent).to.have.length(1);
    expect(sent[0]!.bytes).to.be.instanceOf(ArrayBuffer);
    expect(sent[0]!.lengthAfter, 'transferred, so the page keeps no copy').to.equal(0);
    expect(Math.max(...parsedLengths), 'the longest text the page parsed').to.be.below(description.length / 2);
  });

  it('receives the index from the worker as a few flat columns, not an object per operation', async () => {
    const answers: unknown[] = [];
    window.Worker = class extends PageWorker {
      constructor(url: string | URL, options?: WorkerOptions) {
        super(url, options);
        this.addEventListener('message', (event: MessageEvent) => answers.push(event.data));
      }
    };
    const paths = Object.fromEntries(
      Array.from({ length: 1000 }, (_, i) => [
        `/items/${i}`,
        { get: { operationId: `item${i}`, summary: `Item ${i}`, tags: [`group${i % 10}`], deprecated: i === 7 } },
      ]),
    );
    bed.network = fakeNetwork({ [SPEC_URL]: answerJson({ openapi: '3.1.0', info: { title: 'Many', version: '1' }, paths }) });
    const el = await consoleFixture({ 'spec-url': SPEC_URL });
    await specLoaded(el);
    /** Objects and arrays in a value, itself included. */
    const containers = (value: unknown): number =>
      typeof value === 'object' && value !== null && !ArrayBuffer.isView(value)
        ? 1 + Object.values(value).reduce((sum: number, member) => sum + containers(member), 0)
        : 0;
    const index = answers.find((answer) => (answer as { kind: string }).kind === 'index');
    expect(containers(index), 'objects and arrays in the worker’s answer').to.be.below(50);
    // And the page still has every operation, as the description says it.
    const field = part<HTMLInputElement>(el, 'search')!;
    field.value = 'item7';
    field.dispatchEvent(new Event('input'));
    await el.updateComplete;
    expect(parts(el, 'operation').map((row) => row.textContent!.replace(/\s+/gu, ' ').trim())).to.include('GET /items/7 (deprecated) Item 7 · group7');
  });

  it('reads it on the page’s thread where no worker can start', async () => {
    window.Worker = class {
      constructor() {
        throw new DOMException('Refused by the page’s policy', 'SecurityError');
      }
    } as unknown as typeof Worker;
    bed.network = fakeNetwork({ [SPEC_URL]: answerJson(PETSTORE_30) });
    const el = await consoleFixture({ 'spec-url': SPEC_URL });
    await specLoaded(el);
    expect(parts(el, 'operation')).to.have.length(6);
    await openOperation(el, 'POST /pets');
    expect(JSON.parse(part<HTMLTextAreaElement>(el, 'body')!.value)).to.deep.equal({ name: 'Rex', kind: 'dog' });
  });

  it('reads it on the page’s thread when the worker’s script does not load', async () => {
    window.Worker = class extends PageWorker {
      constructor(_url: string | URL, options?: WorkerOptions) {
        super(new URL('/no-such-worker.js', location.href), options);
      }
    };
    bed.network = fakeNetwork({ [SPEC_URL]: answerJson(PETSTORE_30) });
    const el = await consoleFixture({ 'spec-url': SPEC_URL });
    await specLoaded(el);
    expect(parts(el, 'operation')).to.have.length(6);
  });
});
