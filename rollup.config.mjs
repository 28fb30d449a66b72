// @ts-check
/**
 * The CDN build, two builds into dist/cdn/ that share their lazy chunks:
 * - `autoload.js`, which imports each element's module when its tag first appears, so its chunks
 *   are cut by element (and `redirect.js`, the redirect page's);
 * - `portico.js`, which defines every element at once, so its elements are one chunk: each chunk
 *   is gzipped alone, and one file of them all is 6 KB lighter than a dozen.
 * Everything is bundled (no bare imports); MSAL stays in its own chunk, fetched by relative URL
 * only when it is needed, so it never delays first paint. A page loads one of the two entries.
 */
import { copyFileSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import nodeResolve from '@rollup/plugin-node-resolve';
import minifyHtmlLiterals from '@lit-labs/rollup-plugin-minify-html-literals';
import { esbuildTypeScript } from './scripts/rollup-esbuild.js';
import { minifyOnce } from './scripts/rollup-minify-once.js';
import { workerUrls } from './scripts/rollup-worker-urls.js';
import { msalWithoutUnusedFeatures } from './scripts/rollup-msal-without-unused-features.js';
import { msalWithoutLogging } from './scripts/rollup-msal-without-logging.js';

/**
 * Chunks named for what they hold, so that a reader of dist/cdn (and test/node/cdn-bytes.test.js)
 * can tell MSAL's and the YAML parser's lazy chunks from Portico's own.
 * @param {import('rollup').PreRenderedChunk} chunk
 */
function chunkFileName(chunk) {
  const holds = (/** @type {string} */ name) => chunk.moduleIds.some((id) => id.includes(`/node_modules/${name}/`));
  if (holds('@azure/msal-browser')) return 'chunks/msal-[hash].js';
  if (holds('yaml')) return 'chunks/yaml-[hash].js';
  return 'chunks/[name]-[hash].js';
}

/** The elements every page has, or nearly: one `<portico-auth>` per identity provider, and a way to sign in. */
const BASE_ELEMENTS = ['src/components/auth/portico-auth.ts', 'src/components/sign-in/portico-sign-in.ts'].map((file) => resolve(file));

/**
 * Small modules several elements share, each group in one chunk: apart, rollup made six files of
 * 0.2 to 1.6 KB (gzip), and a page with every element paid the gzip overhead of each. A page with
 * only some of these elements fetches a few hundred bytes it does not run.
 * - `lazy-parts`: what fetches an element's parts after first paint and adds their styles;
 * - `token-shared`: what the profile, the inspector and the console use to show a token;
 * - `apim-shared`: `<portico-apim>` with its controller and strings (the data API's calls come
 *   later, with `developer-session.ts`, once someone signs in), which
 *   `<portico-subscriptions>` and the console's key picker use too (neither works without a
 *   `<portico-apim>` on the page, so defining it with them costs nothing).
 */
const SHARED_GROUPS = {
  'lazy-parts': [/\/src\/internal\/(lazy-module|part-styles)\.ts$/],
  'token-shared': [/\/node_modules\/@lit\/task\//, /\/src\/internal\/(token-parts\.styles|decoded-jwt|token-claims|format|lazy-claims-table)\.ts$/],
  'apim-shared': [
    /\/src\/apim\/(apim-controller|data-api|errors|types|registry|scope)\.ts$/,
    /\/src\/components\/apim\/portico-apim(\.styles)?\.ts$/,
    /\/src\/internal\/(apim-consumer|apim-scope-label|strings\/en\/apim|strings\/en\/subscriptions)\.ts$/,
  ],
};

/**
 * `autoload.js`'s chunks chosen by hand where rollup's own split costs bytes (each file is gzipped alone):
 * - `base`: the base elements and everything they import (Lit, the auth controller, the English
 *   core): one file instead of a dozen, which every page loads first whatever else it shows;
 * - the SHARED_GROUPS above.
 * MSAL needs no hand: `src/auth/msal-runtime.ts` is the only module that imports it, so all of
 * MSAL is that module's chunk (`msal-…`), the very file a retry after a failed fetch asks for again.
 * @returns {import('rollup').GetManualChunk}
 */
function elementChunks() {
  /** @type {Set<string> | undefined} */
  let baseModules;
  return (id, { getModuleInfo }) => {
    baseModules ??= staticClosure(BASE_ELEMENTS, getModuleInfo);
    if (baseModules.has(id)) return 'base';
    return Object.entries(SHARED_GROUPS).find(([, patterns]) => patterns.some((pattern) => pattern.test(id)))?.[0];
  };
}

/** @param {string[]} ids @param {import('rollup').GetModuleInfo} getModuleInfo */
function staticClosure(ids, getModuleInfo) {
  const found = new Set(ids);
  for (const id of found) for (const imported of getModuleInfo(id)?.importedIds ?? []) found.add(imported);
  return found;
}

/**
 * One of the two builds.
 * @param {Record<string, string>} input
 * @param {import('rollup').GetManualChunk} manualChunks
 * @param {import('rollup').Plugin[]} more plugins after the shared ones
 * @returns {import('rollup').RollupOptions}
 */
function build(input, manualChunks, ...more) {
  return {
    input,
    output: {
      dir: 'dist/cdn',
      format: 'es',
      entryFileNames: '[name].js',
      chunkFileNames: chunkFileName,
      manualChunks,
      sourcemap: true,
    },
    plugins: [
      nodeResolve({ browser: true }),
      // MSAL's platform broker (WAM, a sixth of MSAL) and token binding (PoP, DPoP), which Portico never enables: left out.
      msalWithoutUnusedFeatures(),
      // Portico gives MSAL no logger, so its log messages are read by nobody: left out.
      msalWithoutLogging(),
      workerUrls(),
      esbuildTypeScript(),
      // Lit's own minifier for the markup and CSS inside html`` and css`` (terser leaves template
      // strings alone); after esbuild, so it reads JavaScript. A template it cannot minify fails the
      // build. Whitespace collapses to one space but never vanishes: text pieced together from
      // several templates (`${label} (deprecated)`) keeps its word breaks.
      minifyHtmlLiterals({ include: ['src/**/*.ts'], failOnError: true, options: { minifyOptions: { conservativeCollapse: true } } }),
      minifyOnce({ ecma: 2020, module: true, compress: { passes: 2 }, format: { comments: false } }),
      ...more,
    ],
  };
}

/** The module worker that parses API descriptions, which the console starts; a build's own entry. */
const SPEC_WORKER = resolve('src/components/api-console/internal/spec-worker.ts');

/**
 * `portico.js`'s elements and everything they import statically, one chunk (`elements-…`), but for
 * what the description worker shares with them (the parser: `parse-…`, which both import). Named
 * both, or rollup would pull the parser into the elements' chunk, which the worker cannot run.
 * @returns {import('rollup').GetManualChunk}
 */
function oneElementsChunk() {
  /** @type {Set<string> | undefined} */
  let worker;
  /** @type {Set<string> | undefined} */
  let elements;
  return (id, { getModuleInfo }) => {
    worker ??= staticClosure([SPEC_WORKER], getModuleInfo);
    elements ??= staticClosure([resolve('src/index.ts')], getModuleInfo);
    if (!elements.has(id)) return undefined;
    return worker.has(id) ? 'parse' : 'elements';
  };
}

/** The redirect page (`redirect.html`) beside the module it loads. @type {import('rollup').Plugin} */
const copyRedirectPage = {
  name: 'copy-redirect-page',
  writeBundle() {
    mkdirSync('dist/cdn', { recursive: true });
    copyFileSync('src/cdn/redirect.html', 'dist/cdn/redirect.html');
  },
};

export default [
  build({ autoload: 'src/cdn/autoload.ts', redirect: 'src/cdn/redirect-page.ts' }, elementChunks(), copyRedirectPage),
  build({ portico: 'src/index.ts' }, oneElementsChunk()),
];
