// @ts-check
/**
 * What a page that loads `dist/cdn/portico.js` downloads, measured from the built files (npm test
 * runs after `npm run build`): gzip -9 of the entry and every chunk it imports statically (before
 * first paint), then with MSAL's chunks, which the auth controller imports during idle time.
 * Bytes are deterministic, so these are real assertions; the figures are printed for the notes.
 * Chunks are named for what they hold by rollup.config.mjs (`msal-…`, `yaml-…`, `de-…`).
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { gzipSync } from 'node:zlib';

const CDN = 'dist/cdn';
const STATIC_IMPORT = /(?:^|[;}\s])(?:import|export)\s*(?:[^'"();]*?[\s}*]from\s*)?["'](\.{1,2}\/[^"']+)["']/g;
const DYNAMIC_IMPORT = /import\(\s*["'](\.{1,2}\/[^"']+)["']\s*\)/g;

/** @param {string} file a path under dist/cdn, e.g. `portico.js` or `chunks/x.js` */
function source(file) {
  return readFileSync(join(CDN, file), 'utf8');
}

/** @param {string} from @param {string} specifier */
function resolveFrom(from, specifier) {
  return new URL(specifier, `file:///${from}`).pathname.slice(1);
}

/** @param {string} file @param {RegExp} pattern @returns {string[]} */
function importsOf(file, pattern) {
  return [...source(file).matchAll(pattern)].map((match) => resolveFrom(file, /** @type {string} */ (match[1])));
}

/** `entries` and every file they import statically, transitively. @param {string[]} entries */
function staticClosure(entries) {
  const files = new Set(entries);
  for (const file of files) for (const imported of importsOf(file, STATIC_IMPORT)) files.add(imported);
  return files;
}

/** @param {Iterable<string>} files @returns {number} bytes, gzip -9 */
function gzipped(files) {
  let total = 0;
  for (const file of files) total += gzipSync(readFileSync(join(CDN, file)), { level: 9 }).length;
  return total;
}

/** @param {Iterable<string>} files @param {string} prefix */
function named(files, prefix) {
  return [...files].filter((file) => file.startsWith(`chunks/${prefix}-`));
}

const kb = (/** @type {number} */ bytes) => `${(bytes / 1024).toFixed(1)} KB`;

test('the built CDN bundle exists (npm test runs after npm run build)', () => {
  assert.ok(existsSync(join(CDN, 'portico.js')), 'dist/cdn/portico.js is missing: run `npm run build` first');
});

test('portico.js before first paint: no MSAL, no YAML parser, no catalogue but English', { skip: !existsSync(join(CDN, 'portico.js')) }, () => {
  const firstPaint = staticClosure(['portico.js']);
  console.log(`portico.js before first paint: ${kb(gzipped(firstPaint))} (gzip -9, ${firstPaint.size} files)`);
  assert.deepEqual(named(firstPaint, 'msal'), [], 'MSAL is fetched after first paint');
  assert.deepEqual(named(firstPaint, 'yaml'), [], 'the YAML parser is fetched only for a YAML description');
  for (const locale of ['de', 'fr', 'es', 'ja']) assert.deepEqual(named(firstPaint, locale), [], `the ${locale} catalogue is fetched only when shown`);
});

test('portico.js with MSAL: the lazy chunks exist and are reached by dynamic import', { skip: !existsSync(join(CDN, 'portico.js')) }, () => {
  const firstPaint = staticClosure(['portico.js']);
  const lazy = [...firstPaint].flatMap((file) => importsOf(file, DYNAMIC_IMPORT));
  const msal = staticClosure(named(lazy, 'msal'));
  assert.ok(named(msal, 'msal').length > 0, 'MSAL is reached from portico.js through a dynamic import');
  assert.ok(named(lazy, 'yaml').length > 0, 'the YAML parser is reached through a dynamic import');
  const withMsal = new Set([...firstPaint, ...msal]);
  console.log(`portico.js with MSAL: ${kb(gzipped(withMsal))}; MSAL alone ${kb(gzipped(named(withMsal, 'msal')))}`);
  assert.ok(gzipped(withMsal) > gzipped(firstPaint));
});
