// @ts-check
/**
 * custom-elements.json against the text it is made from and the text made from it: every event an
 * element's JSDoc declares (`@fires` / `@event`) is in the manifest (the analyzer config keeps only
 * events with a description, so a tag written wrongly would vanish without a word), and the
 * README's reference is exactly what scripts/readme-reference.js writes from the manifest. That
 * the manifest matches the running elements is checked in the browser, in test/manifest/.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { withReference } from '../../scripts/readme-reference.js';

/** @type {import('../../scripts/readme-reference.js').Manifest} */
const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const declarations = manifest.modules.flatMap((module) => module.declarations ?? []);

/** Each element's tag and the events its JSDoc declares, from the component sources. */
const documented = readdirSync('src/components', { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.ts'))
  .map((file) => readFileSync(join('src/components', file), 'utf8'))
  .flatMap((source) => {
    const tag = source.match(/@tag\s+(\S+)/)?.[1];
    return tag ? [{ tag, events: [...source.matchAll(/@(?:fires|event)\s+(?:\{[^}]*\}\s+)?([\w-]+)/g)].map((match) => match[1]) }] : [];
  });

test('the component sources document at least one element', () => {
  assert.ok(documented.length > 0);
});

for (const { tag, events } of documented) {
  test(`custom-elements.json has <${tag}> with every event its JSDoc declares`, () => {
    const declaration = declarations.find(({ tagName }) => tagName === tag);
    assert.ok(declaration, `custom-elements.json has no <${tag}>: run \`npx cem analyze\``);
    assert.deepEqual(declaration.events?.map(({ name }) => name) ?? [], events);
  });
}

test("the README's element reference is the one custom-elements.json makes (node scripts/readme-reference.js)", () => {
  const readme = readFileSync('README.md', 'utf8');
  assert.equal(withReference(readme, manifest), readme);
});
