// @ts-check
/**
 * SPEC: importing any entry touches no `window` or `document` (safe during server rendering).
 * Each public entry, compiled from source, is imported in Node, where neither exists: touching
 * one at import time throws here.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { pathToFileURL } from 'node:url';
import assert from 'node:assert/strict';
import { build } from 'esbuild';

const packageJson = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
/** `./dist/x/y.js` in the exports map is built from `src/x/y.ts`. */
const entries = Object.entries(packageJson.exports)
  .filter(([, target]) => typeof target === 'object')
  .map(([name, target]) => [name, target.default.replace(/^\.\/dist\//, 'src/').replace(/\.js$/, '.ts')]);

// Inside node_modules, so the compiled entries resolve the package's dependencies.
const outdir = 'node_modules/.cache/portico-import-test';
mkdirSync(outdir, { recursive: true });

for (const [name, source] of entries) {
  test(`importing ${name === '.' ? 'portico-widgets' : `portico-widgets/${name.slice(2)}`} touches no DOM`, async () => {
    assert.equal(typeof globalThis.window, 'undefined');
    const outfile = join(outdir, `${name.replace(/[^a-z]/g, '_')}.mjs`);
    await build({
      entryPoints: [source],
      outfile,
      bundle: true,
      platform: 'node',
      format: 'esm',
      packages: 'external',
      target: 'es2022',
      tsconfig: 'tsconfig.json',
      logLevel: 'silent',
    });
    const module = await import(pathToFileURL(join(process.cwd(), outfile)).href);
    assert.ok(Object.keys(module).length > 0 || name === './redirect', `${name} exports nothing`);
  });
}
