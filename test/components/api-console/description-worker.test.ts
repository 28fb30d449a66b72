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
