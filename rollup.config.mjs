// @ts-check
/**
 * The CDN build: dist/cdn/portico.js, the one module a page loads with <script type="module">.
 * Everything is bundled (no bare imports); MSAL stays in its own chunk, fetched by relative URL
 * only when it is needed, so it never delays first paint.
 */
import { copyFileSync, mkdirSync } from 'node:fs';
import nodeResolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { esbuildTypeScript } from './scripts/rollup-esbuild.js';

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

export default {
  input: { portico: 'src/index.ts', redirect: 'src/cdn/redirect-page.ts' },
  output: {
    dir: 'dist/cdn',
    format: 'es',
    entryFileNames: '[name].js',
    chunkFileNames: chunkFileName,
    sourcemap: true,
  },
  plugins: [
    nodeResolve({ browser: true }),
    esbuildTypeScript(),
    terser({ ecma: 2020, module: true, format: { comments: false } }),
    {
      name: 'copy-redirect-page',
      writeBundle() {
        mkdirSync('dist/cdn', { recursive: true });
        copyFileSync('src/cdn/redirect.html', 'dist/cdn/redirect.html');
      },
    },
  ],
};
