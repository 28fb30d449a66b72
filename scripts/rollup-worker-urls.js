// @ts-check
/**
 * A rollup plugin for module workers started as `new Worker(new URL('./x.js', import.meta.url))`,
 * and for a LazyModule's URL of the module it imports (`import('./x.js')`, retried by URL): builds
 * `./x` (its `.ts` source) as a chunk of its own and points the URL at that chunk, wherever the
 * code naming it ends up. Rollup alone would leave the URL pointing at nothing.
 */
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

const WORKER_URL = /new URL\((['"])(\.{1,2}\/[^'"]+)\.js\1,\s*import\.meta\.url\)/gu;

/** @returns {import('rollup').Plugin} */
export function workerUrls() {
  return {
    name: 'worker-urls',
    transform(code, id) {
      if (!id.endsWith('.ts') || !code.includes('import.meta.url')) return null;
      let changed = false;
      const result = code.replace(WORKER_URL, (whole, _quote, path) => {
        const source = resolve(dirname(id), `${path}.ts`);
        if (!existsSync(source)) return whole;
        changed = true;
        // A module the same file also imports (a LazyModule's retry URL) runs in this page's module
        // graph, after this file: said so, rollup splits the chunks as it would without the URL.
        const sameGraph = code.includes(`import('${path}.js')`);
        const reference = this.emitFile({
          type: 'chunk',
          id: source,
          name: path.split('/').at(-1),
          ...(sameGraph ? { implicitlyLoadedAfterOneOf: [id] } : {}),
        });
        return `new URL(import.meta.ROLLUP_FILE_URL_${reference})`;
      });
      return changed ? { code: result, map: null } : null;
    },
  };
}
