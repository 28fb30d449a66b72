// @ts-check
/**
 * SPEC: "MSAL is loaded lazily: a page renders every widget before MSAL's code has arrived."
 * Bundled as a page loads it, the entry (and whatever it imports statically) holds no MSAL code;
 * MSAL sits in chunks reached only through dynamic `import()`.
 */
import assert from 'node:assert/strict';
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
  const msalInFirstPaint = [...firstPaint].flatMap((file) =>
    Object.keys(outputs[file]?.inputs ?? {}).filter((input) => input.includes('@azure/msal-')),
  );
  assert.deepEqual(msalInFirstPaint, []);
  const msalAnywhere = Object.values(outputs).some((output) => Object.keys(output.inputs).some((input) => input.includes('@azure/msal-browser')));
  assert.ok(msalAnywhere, 'MSAL is in the bundle, in a lazily loaded chunk');
});
