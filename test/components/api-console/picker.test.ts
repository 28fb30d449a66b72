import { expect, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import {
  answerJson,
  consoleFixture,
  consoleTestBed,
  fakeNetwork,
  json,
  openOperation,
  parameterField,
  part,
  parts,
  settle,
  specLoaded,
  textOf,
  type,
} from '../../helpers/api-console.js';
import { PETSTORE_30, PETSTORE_YAML } from '../../helpers/openapi-fixtures.js';

const SPEC_URL = 'https://docs.example/petstore.json';
const HOSTILE = '<img src=x onerror="window.__consolePwned = true"><script>window.__consolePwned = true</script>';

describe('<portico-api-console> picker and forms', () => {
  const bed = consoleTestBed();

  describe('the picker', () => {
    it('lists operations grouped by tag, in the description’s order', async () => {
      bed.network = fakeNetwork({ [SPEC_URL]: answerJson(PETSTORE_30) });
      const el = await consoleFixture({ 'spec-url': SPEC_URL });
      await specLoaded(el);
      expect(parts(el, 'group').map((group) => textOf(group))).to.deep.equal(['pets (4)', 'store (1)', 'Other operations (1)']);
      expect(parts(el, 'operation').map((operation) => operation.dataset['key'])).to.deep.equal([
        'GET /pets',
        'POST /pets',
        'GET /pets/{petId}',
        'DELETE /pets/{petId}',
        'GET /store/inventory',
        'GET /health',
      ]);
      expect(bed.network.requests[0]!.url).to.equal(SPEC_URL);
    });

    it('searches every operation, listing matches flat', async () => {
      bed.network = fakeNetwork({ [SPEC_URL]: answerJson(PETSTORE_30) });
      const el = await consoleFixture({ 'spec-url': SPEC_URL });
      await specLoaded(el);
      await type(el, part<HTMLInputElement>(el, 'search')!, 'inventory');
      expect(parts(el, 'operation').map((operation) => operation.dataset['key'])).to.deep.equal(['GET /store/inventory']);
      expect(parts(el, 'group')).to.have.length(0);
      expect(textOf(el.shadowRoot!.querySelector('.match-count'))).to.equal('1 operation matches');
    });

    it('opens a closed group of a large description when its row is clicked', async () => {
      bed.network = fakeNetwork({ [SPEC_URL]: answerJson(manyOperations(1200, 40)) });
      const el = await consoleFixture({ 'spec-url': SPEC_URL });
      await specLoaded(el);
      expect(parts(el, 'operation')).to.have.length(0);
      const group = parts(el, 'group')[3]!;
      expect(group.getAttribute('aria-expanded')).to.equal('false');
      group.click();
      await settle(el);
      expect(parts(el, 'group')[3]!.getAttribute('aria-expanded')).to.equal('true');
      expect(parts(el, 'operation').map((operation) => operation.dataset['key'])[0]).to.equal('GET /group3/item120');
    });

    it('keeps the picker under 2,000 DOM nodes for 10,000 operations, and still finds and opens any of them', async () => {
      bed.network = fakeNetwork({ [SPEC_URL]: answerJson(manyOperations(10_000, 100)) });
      const el = await consoleFixture({ 'spec-url': SPEC_URL });
      await specLoaded(el, 20_000);
      expect(textOf(el.shadowRoot!.querySelector('.match-count'))).to.equal('10000 operations');
      expect(nodeCount(part(el, 'operations')!)).to.be.below(2000);
      await type(el, part<HTMLInputElement>(el, 'search')!, 'item4217');
      expect(parts(el, 'operation').map((operation) => operation.dataset['key'])).to.deep.equal(['POST /group42/item4217']);
      parts(el, 'operation')[0]!.click();
      await settle(el);
      expect(part<HTMLInputElement>(el, 'url')!.value).to.equal('/group42/item4217');
      await type(el, part<HTMLInputElement>(el, 'search')!, '');
      expect(nodeCount(part(el, 'operations')!)).to.be.below(2000);
      // The open operation's group opened, and the tree scrolled to it.
      expect(
        parts(el, 'operation')
          .filter((operation) => operation.getAttribute('aria-current') === 'true')
          .map((operation) => operation.dataset['key']),
      ).to.deep.equal(['POST /group42/item4217']);
      await expect(el).to.be.accessible();
    });

    it('is a tree the keyboard walks: arrows, Home and End, right and left to open and close groups, Enter to open, and typing searches', async () => {
      bed.network = fakeNetwork({ [SPEC_URL]: answerJson(manyOperations(1200, 40)) });
      const el = await consoleFixture({ 'spec-url': SPEC_URL });
      await specLoaded(el);
      const tree = el.shadowRoot!.querySelector<HTMLElement>('[role="tree"]')!;
      const active = () => el.shadowRoot!.getElementById(tree.getAttribute('aria-activedescendant')!)!;
      const press = async (key: string) => {
        await sendKeys({ press: key });
        await settle(el);
      };
      tree.focus();
      await settle(el);
      expect(textOf(active())).to.equal('tag0 (40)');
      await press('ArrowDown');
      expect(textOf(active())).to.equal('tag1 (40)');
      await press('End');
      expect(textOf(active())).to.equal('tag29 (40)');
      expect(active().getAttribute('aria-posinset')).to.equal('30');
      await press('Home');
      await press('ArrowRight');
      expect(active().getAttribute('aria-expanded')).to.equal('true');
      await press('ArrowRight');
      expect(active().dataset['key']).to.equal('GET /group0/item0');
      expect(active().getAttribute('aria-level')).to.equal('2');
      await press('ArrowDown');
      await press('Enter');
      expect(part<HTMLInputElement>(el, 'url')!.value).to.equal('/group0/item1');
      expect(active().getAttribute('aria-selected')).to.equal('true');
      await press('ArrowLeft');
      expect(textOf(active())).to.equal('tag0 (40)');
      await press('ArrowLeft');
      expect(active().getAttribute('aria-expanded')).to.equal('false');
      await sendKeys({ type: 'item77' });
      await settle(el);
      expect(part<HTMLInputElement>(el, 'search')!.value).to.equal('item77');
      expect(el.shadowRoot!.activeElement).to.equal(part(el, 'search'));
      expect(parts(el, 'operation').map((operation) => operation.dataset['key'])).to.deep.equal([
        'POST /group1/item77',
        ...Array.from({ length: 10 }, (_, i) => `${i % 2 ? 'POST' : 'GET'} /group19/item77${i}`),
      ]);
      await press('ArrowDown');
      expect(el.shadowRoot!.activeElement).to.equal(tree);
      await expect(el).to.be.accessible();
    });

    it('opens the operation named by the operation attribute, and marks it current', async () => {
      bed.network = fakeNetwork({ [SPEC_URL]: answerJson(PETSTORE_30) });
      const el = await consoleFixture({ 'spec-url': SPEC_URL, operation: 'showPet' });
      await specLoaded(el);
      await settle(el);
      const current = parts(el, 'operation').filter((operation) => operation.getAttribute('aria-current') === 'true');
      expect(current.map((operation) => operation.dataset['key'])).to.deep.equal(['GET /pets/{petId}']);
      expect(part<HTMLInputElement>(el, 'url')!.value).to.equal('/pets/{petId}');
    });

    it('opens the operation attribute’s operation even when another page of the tab picked another', async () => {
      bed.network = fakeNetwork({ [SPEC_URL]: answerJson(PETSTORE_30) });
      const first = await consoleFixture({ 'spec-url': SPEC_URL, operation: 'showPet' });
      await specLoaded(first);
      await openOperation(first, 'GET /store/inventory');
      first.remove();
      const second = await consoleFixture({ 'spec-url': SPEC_URL, operation: 'listPets' });
      await specLoaded(second);
      await settle(second);
      const current = parts(second, 'operation').filter((operation) => operation.getAttribute('aria-current') === 'true');
      expect(current.map((operation) => operation.dataset['key'])).to.deep.equal(['GET /pets']);
      expect(part<HTMLInputElement>(second, 'url')!.value).to.equal('/pets');
    });

    it('reopens the remembered operation of a console without the operation attribute', async () => {
      bed.network = fakeNetwork({ [SPEC_URL]: answerJson(PETSTORE_30) });
      const first = await consoleFixture({ 'spec-url': SPEC_URL });
      await specLoaded(first);
      await openOperation(first, 'GET /store/inventory');
      first.remove();
      const second = await consoleFixture({ 'spec-url': SPEC_URL });
      await specLoaded(second);
      await settle(second);
      expect(part<HTMLInputElement>(second, 'url')!.value).to.equal('/store/inventory');
    });

    it('reads YAML descriptions', async () => {
      bed.network = fakeNetwork({ [SPEC_URL]: () => new Response(PETSTORE_YAML, { headers: { 'content-type': 'application/yaml' } }) });
      const el = await consoleFixture({ 'spec-url': SPEC_URL });
      await specLoaded(el);
      expect(parts(el, 'operation').map((operation) => operation.dataset['key'])).to.deep.equal(['GET /pets']);
    });
  });

  describe('the form', () => {
    it('marks required parameters, offers enums as lists and fills in defaults and examples', async () => {
      bed.network = fakeNetwork({ [SPEC_URL]: answerJson(PETSTORE_30) });
      const el = await consoleFixture({ 'spec-url': SPEC_URL });
      await specLoaded(el);
      await openOperation(el, 'GET /pets');
      const limit = parameterField(el, 'query', 'limit');
      expect(limit.value).to.equal('20');
      expect(limit.required).to.equal(false);
      const kind = parameterField<HTMLSelectElement>(el, 'query', 'kind');
      expect(kind.tagName).to.equal('SELECT');
      expect([...kind.options].map((option) => option.value)).to.deep.equal(['', 'cat', 'dog']);
      expect(textOf(el.shadowRoot!.getElementById(limit.getAttribute('aria-describedby')!))).to.equal('How many');
      await openOperation(el, 'GET /pets/{petId}');
      const petId = parameterField(el, 'path', 'petId');
      expect(petId.required).to.equal(true);
      expect(petId.value).to.equal('pet-1');
      expect(el.shadowRoot!.querySelector('label[for="parameter-path-petId"] .required')).to.not.equal(null);
    });

    it('starts a body with the description’s example and offers the others', async () => {
      bed.network = fakeNetwork({ [SPEC_URL]: answerJson(PETSTORE_30) });
      const el = await consoleFixture({ 'spec-url': SPEC_URL });
      await specLoaded(el);
      await openOperation(el, 'POST /pets');
      const body = part<HTMLTextAreaElement>(el, 'body')!;
      expect(JSON.parse(body.value)).to.deep.equal({ name: 'Rex', kind: 'dog' });
      const examples = [...el.shadowRoot!.querySelectorAll<HTMLSelectElement>('.body-options select')].at(-1)!;
      examples.value = '1';
      examples.dispatchEvent(new Event('change'));
      await settle(el);
      expect(JSON.parse(part<HTMLTextAreaElement>(el, 'body')!.value)).to.deep.equal({ name: 'Tom', kind: 'cat' });
    });

    it('says when a JSON body does not parse', async () => {
      bed.network = fakeNetwork({ [SPEC_URL]: answerJson(PETSTORE_30) });
      const el = await consoleFixture({ 'spec-url': SPEC_URL });
      await specLoaded(el);
      await openOperation(el, 'POST /pets');
      await type(el, part<HTMLTextAreaElement>(el, 'body')!, '{"name": ');
      expect(part(el, 'body')!.getAttribute('aria-invalid')).to.equal('true');
      expect(textOf(el.shadowRoot!.getElementById('json-error'))).to.contain('This is not valid JSON');
    });

    it('shows descriptions holding markup as text, and runs none of it', async () => {
      const spec = structuredClone(PETSTORE_30);
      spec.paths['/health'].get = { ...spec.paths['/health'].get, summary: HOSTILE, ...{ description: HOSTILE } };
      bed.network = fakeNetwork({ [SPEC_URL]: answerJson(spec) });
      const el = await consoleFixture({ 'spec-url': SPEC_URL });
      await specLoaded(el);
      await openOperation(el, 'GET /health');
      expect(textOf(el.shadowRoot!.querySelector('.operation-description'))).to.equal(HOSTILE);
      expect(el.shadowRoot!.querySelector('img, script')).to.equal(null);
      expect((window as { __consolePwned?: boolean }).__consolePwned).to.equal(undefined);
    });

    it('presets a hand-typed request from method and path without a description', async () => {
      bed.network = fakeNetwork({});
      const el = await consoleFixture({ method: 'post', path: '/orders', 'base-url': 'https://api.example' });
      expect(part<HTMLSelectElement>(el, 'method')!.value).to.equal('POST');
      expect(part<HTMLInputElement>(el, 'url')!.value).to.equal('/orders');
      expect(part(el, 'operations')).to.equal(null);
    });
  });

  describe('descriptions that fail', () => {
    it('explains a description that cannot be fetched, and still takes hand-typed requests', async () => {
      bed.network = fakeNetwork({ [SPEC_URL]: () => new Response('gone', { status: 404 }) });
      const reported = oneEvent(document, 'portico-error');
      const el = await consoleFixture({ 'spec-url': SPEC_URL, 'base-url': 'https://api.example' });
      await specLoaded(el);
      expect((await reported).detail.code).to.equal('spec-load-failed');
      const diagnostic = part(el, 'diagnostic')!;
      expect(diagnostic.getAttribute('role')).to.equal('alert');
      expect(textOf(diagnostic)).to.contain(`${SPEC_URL} could not be loaded: its server answered 404`);
      expect(part(el, 'form')).to.not.equal(null);
      expect(bed.consoleErrors.messages).to.have.length(1);
    });

    it('says when the document is not OpenAPI', async () => {
      bed.network = fakeNetwork({ [SPEC_URL]: () => new Response('<!doctype html><p>Sign in</p>', { headers: { 'content-type': 'text/html' } }) });
      const reported = oneEvent(document, 'portico-error');
      const el = await consoleFixture({ 'spec-url': SPEC_URL });
      await specLoaded(el);
      expect((await reported).detail.code).to.equal('spec-invalid');
      expect(textOf(part(el, 'diagnostic'))).to.contain('is not an OpenAPI description');
    });

    it('says when no server answers', async () => {
      bed.network = fakeNetwork({});
      const el = await consoleFixture({ 'spec-url': SPEC_URL });
      await specLoaded(el);
      expect(textOf(part(el, 'diagnostic'))).to.contain('no answer');
    });

    it('reports an operationId the description does not have', async () => {
      bed.network = fakeNetwork({ [SPEC_URL]: answerJson(PETSTORE_30) });
      const reported = oneEvent(document, 'portico-error');
      const el = await consoleFixture({ 'spec-url': SPEC_URL, operation: 'noSuchThing' });
      await specLoaded(el);
      expect((await reported).detail.code).to.equal('operation-not-found');
      expect(part(el, 'operations')).to.not.equal(null);
    });

    it('replaces its content with a diagnostic for an attribute it cannot use, and recovers', async () => {
      bed.network = fakeNetwork({});
      const el = await consoleFixture({ timeout: 'soon', 'allowed-origins': 'https://api.example/path' });
      expect(parts(el, 'diagnostic').map((diagnostic) => diagnostic.dataset['code'])).to.deep.equal(['invalid-attribute', 'invalid-attribute']);
      expect(part(el, 'form')).to.equal(null);
      el.setAttribute('timeout', '5000');
      el.setAttribute('allowed-origins', 'https://api.example');
      await settle(el);
      expect(part(el, 'diagnostic')).to.equal(null);
      expect(part(el, 'form')).to.not.equal(null);
      expect(json).to.be.a('function');
    });
  });
});

/** A description of `count` operations, tagged in groups of `perTag` (`tag0`, `tag1`…), GET and POST in turn. */
function manyOperations(count: number, perTag: number) {
  const paths: Record<string, object> = {};
  for (let i = 0; i < count; i += 1) {
    const group = Math.floor(i / perTag);
    paths[`/group${group}/item${i}`] = { [i % 2 ? 'post' : 'get']: { operationId: `item${i}`, summary: `Item ${i}`, tags: [`tag${group}`], responses: {} } };
  }
  return { openapi: '3.0.0', info: { title: 'Many' }, paths };
}

/** Every node under `root`, shadow roots included. */
function nodeCount(root: Node): number {
  let count = 1;
  if (root instanceof Element && root.shadowRoot) count += nodeCount(root.shadowRoot);
  for (const child of root.childNodes) count += nodeCount(child);
  return count;
}
