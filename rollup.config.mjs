// @ts-check
/**
 * The CDN build: dist/cdn/portico.js, the one module a page loads with <script type="module">.
 * Everything is bundled (no bare imports); MSAL stays in its own chunk, fetched by relative URL
 * only when it is needed, so it never delays first paint.
 */
import { copyFileSync, mkdirSync } from 'node:fs';
import nodeResolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';

export default {
  input: { portico: 'src/index.ts', redirect: 'src/cdn/redirect-page.ts' },
  output: {
    dir: 'dist/cdn',
    format: 'es',
    entryFileNames: '[name].js',
    chunkFileNames: 'chunks/[name]-[hash].js',
    sourcemap: true,
  },
  plugins: [
    nodeResolve({ browser: true }),
    typescript({ tsconfig: 'tsconfig.json', declaration: false, declarationMap: false, outDir: 'dist/cdn', rootDir: 'src' }),
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
