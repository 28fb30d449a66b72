// @ts-check
/**
 * SPEC: "MSAL is loaded lazily: a page renders every widget before MSAL's code has arrived."
 * Bundled as a page loads it, the entry (and whatever it imports statically) holds no MSAL code;
 * MSAL sits in chunks reached only through dynamic `import()`. And the server-side broker (with
 * msal-node and jose) is reachable from no entry a browser loads.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { build } from 'esbuild';

test('no MSAL code is reachable from portico-widgets without a dynamic import', async () => {
  const { metafile } = await build({
    entryPoints: ['src/index.ts'],
    bundle: true,
    splitting: true,
    format: 'esm',
    outdir: 'node_modules/.cache/portico-lazy-msal',
    write: false,
    metafile: true,
    tsconfig: 'tsconfig.json',
    logLevel: 'silent',
  });
  const outputs = metafile.outputs;
  const entry = Object.keys(outputs).find((file) => outputs[file]?.entryPoint === 'src/index.ts');
  assert.ok(entry, 'the bundle has an entry chunk');
  /** The entry and every chunk it imports statically. */
  const firstPaint = new Set([entry]);
  for (const file of firstPaint) {
    for (const { path, kind } of outputs[file]?.imports ?? []) if (kind === 'import-statement') firstPaint.add(path);
  }
  const msalInFirstPaint = [...firstPaint].flatMap((file) => Object.keys(outputs[file]?.inputs ?? {}).filter((input) => input.includes('@azure/msal-')));
  assert.deepEqual(msalInFirstPaint, []);
  const msalAnywhere = Object.values(outputs).some((output) => Object.keys(output.inputs).some((input) => input.includes('@azure/msal-browser')));
  assert.ok(msalAnywhere, 'MSAL is in the bundle, in a lazily loaded chunk');
});

test('server-only code (the broker, msal-node, jose) reaches no browser entry', async () => {
  const packageJson = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
  /** Every entry a page may load: the package's browser entries (all but ./broker) and the CDN bundle's. */
  const browserEntries = [
    ...Object.entries(packageJson.exports)
      .filter(([name, target]) => typeof target === 'object' && name !== './broker')
      .map(([, target]) => target.default.replace(/^\.\/dist\//, 'src/').replace(/\.js$/, '.ts')),
    'src/cdn/redirect-page.ts',
  ];
  const { metafile } = await build({
    entryPoints: browserEntries,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'browser',
    outdir: 'node_modules/.cache/portico-browser-entries',
    write: false,
    metafile: true,
    tsconfig: 'tsconfig.json',
    logLevel: 'silent',
    // React is the wrappers' peer dependency, not part of the question.
    external: ['react', 'react-dom'],
  });
  const serverOnly = Object.keys(metafile.inputs).filter((input) => /@azure\/msal-node|node_modules\/jose\/|^src\/broker\//.test(input));
  assert.deepEqual(serverOnly, []);
  assert.ok(browserEntries.includes('src/index.ts') && browserEntries.length > 5, 'the browser entries were found');
});
