// @ts-check
/**
 * The CDN build: dist/cdn/portico.js, the module that defines every element, and
 * dist/cdn/autoload.js, the one that imports each element's module when its tag first appears.
 * Everything is bundled (no bare imports); MSAL stays in its own chunk, fetched by relative URL
 * only when it is needed, so it never delays first paint.
 */
import { copyFileSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import nodeResolve from '@rollup/plugin-node-resolve';
import minifyHtmlLiterals from '@lit-labs/rollup-plugin-minify-html-literals';
import terser from '@rollup/plugin-terser';
import { esbuildTypeScript } from './scripts/rollup-esbuild.js';
import { workerUrls } from './scripts/rollup-worker-urls.js';
import { msalWithoutPlatformBroker } from './scripts/rollup-msal-without-platform-broker.js';

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

/** @type {Set<string> | undefined} */
let baseModules;

/**
 * Chunks chosen by hand where rollup's own split costs bytes (each file is gzipped alone):
 * - `msal`: all of MSAL; left alone rollup splits it in three (the client, the redirect bridge and
 *   what they share), and a page that signs in fetches two of them anyway;
 * - `base`: the base elements and everything they import (Lit, the auth controller, the English
 *   core): one file instead of a dozen, which every page loads first whatever else it shows.
 * @type {import('rollup').GetManualChunk}
 */
function manualChunks(id, { getModuleInfo }) {
  if (/\/node_modules\/@azure\/msal-(browser|common)\//.test(id)) return 'msal';
  baseModules ??= staticClosure(BASE_ELEMENTS, getModuleInfo);
  return baseModules.has(id) ? 'base' : undefined;
}

/** @param {string[]} ids @param {import('rollup').GetModuleInfo} getModuleInfo */
function staticClosure(ids, getModuleInfo) {
  const found = new Set(ids);
  for (const id of found) for (const imported of getModuleInfo(id)?.importedIds ?? []) found.add(imported);
  return found;
}

export default {
  input: { portico: 'src/index.ts', autoload: 'src/cdn/autoload.ts', redirect: 'src/cdn/redirect-page.ts' },
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
    // A sixth of MSAL is its platform broker (WAM), which Portico never enables: left out.
    msalWithoutPlatformBroker(),
    workerUrls(),
    esbuildTypeScript(),
    // Lit's own minifier for the markup and CSS inside html`` and css`` (terser leaves template
    // strings alone); after esbuild, so it reads JavaScript. A template it cannot minify fails the
    // build. Whitespace collapses to one space but never vanishes: text pieced together from
    // several templates (`${label} (deprecated)`) keeps its word breaks.
    minifyHtmlLiterals({ include: ['src/**/*.ts'], failOnError: true, options: { minifyOptions: { conservativeCollapse: true } } }),
    terser({ ecma: 2020, module: true, compress: { passes: 3 }, format: { comments: false } }),
    {
      name: 'copy-redirect-page',
      writeBundle() {
        mkdirSync('dist/cdn', { recursive: true });
        copyFileSync('src/cdn/redirect.html', 'dist/cdn/redirect.html');
      },
    },
  ],
};
