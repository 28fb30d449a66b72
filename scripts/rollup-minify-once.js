// @ts-check
/**
 * Terser for several builds in one rollup run, minifying each distinct chunk once: the builds of
 * `autoload.js` and `portico.js` share their lazy chunks (MSAL, the YAML parser, the catalogues),
 * whose code is the same in both, and terser's answer for the same code is the same.
 */
import { createHash } from 'node:crypto';
import terser from '@rollup/plugin-terser';

/** Terser's output by a hash of its input, for every build of this process. @type {Map<string, Promise<unknown>>} */
const minified = new Map();

/**
 * @param {import('@rollup/plugin-terser').Options} options the same for every build that shares the cache
 * @returns {import('rollup').Plugin}
 */
export function minifyOnce(options) {
  const plugin = terser(options);
  const minify = /** @type {import('rollup').RenderChunkHook} */ (plugin.renderChunk);
  return {
    ...plugin,
    name: 'minify-once',
    renderChunk(code, chunk, outputOptions, meta) {
      const key = createHash('sha256').update(code).digest('hex');
      let result = minified.get(key);
      if (!result) minified.set(key, (result = Promise.resolve(minify.call(this, code, chunk, outputOptions, meta))));
      // Each build gets its own copy: rollup may adjust the source map it is given.
      return /** @type {ReturnType<import('rollup').RenderChunkHook>} */ (result.then((output) => structuredClone(output)));
    },
  };
}
