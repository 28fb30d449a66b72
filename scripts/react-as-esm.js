// @ts-check
/**
 * A @web/test-runner plugin that serves React to the browser tests as ES modules. React ships
 * CommonJS only, which browsers cannot import and the runner's node-resolve does not convert.
 * esbuild bundles `react`, `react-dom` and `react-dom/client` once, with code splitting so that
 * all three share one copy of React (two copies break hooks); each entry re-exports the names its
 * CommonJS module has, so `import { act } from 'react'` works as in a bundler.
 */
import { execFileSync } from 'node:child_process';
import { basename } from 'node:path';
import { build } from 'esbuild';

const MODULES = ['react', 'react-dom', 'react-dom/client'];
const PREFIX = '/__react-as-esm/';
const FACADE = 'react-as-esm';

/** `react-dom/client` → `react-dom--client.js`, the file the browser imports. */
const fileOf = (/** @type {string} */ name) => `${name.replace('/', '--')}.js`;

/** @returns {import('@web/test-runner').TestRunnerPlugin} */
export function reactAsEsm() {
  /** @type {Promise<Map<string, string>> | undefined} */
  let files;
  return {
    name: 'react-as-esm',
    resolveImport({ source }) {
      return MODULES.includes(source) ? `${PREFIX}${fileOf(source)}` : undefined;
    },
    async serve(context) {
      if (!context.path.startsWith(PREFIX)) return undefined;
      files ??= bundle();
      const body = (await files).get(context.path.slice(PREFIX.length));
      return body === undefined ? undefined : { body, type: 'js' };
    },
  };
}

/**
 * The names each CommonJS module exports, as Node's own `import()` sees them. Asked in a child
 * process: React's development build calls console methods the test runner's console lacks.
 * @returns {Record<string, string[]>}
 */
function exportedNames() {
  const script = `const names = {}; for (const name of ${JSON.stringify(MODULES)}) names[name] = Object.keys(await import(name)); console.log(JSON.stringify(names));`;
  return JSON.parse(execFileSync(process.execPath, ['--input-type=module', '--eval', script], { encoding: 'utf8' }));
}

/** Every module of the bundle (the entries and their shared chunks), by file name. */
async function bundle() {
  const namesOf = exportedNames();
  const result = await build({
    entryPoints: MODULES.map((name) => ({ in: `${FACADE}:${name}`, out: fileOf(name).slice(0, -'.js'.length) })),
    bundle: true,
    splitting: true,
    format: 'esm',
    outdir: 'react-as-esm',
    write: false,
    define: { 'process.env.NODE_ENV': '"development"' },
    logLevel: 'silent',
    plugins: [
      {
        name: 'react-as-esm-facades',
        setup(builder) {
          builder.onResolve({ filter: new RegExp(`^${FACADE}:`) }, ({ path }) => ({ path: path.slice(FACADE.length + 1), namespace: FACADE }));
          builder.onLoad({ filter: /.*/, namespace: FACADE }, ({ path }) => {
            const names = namesOf[path].filter((name) => /^[A-Za-z_$][\w$]*$/.test(name) && name !== 'default');
            return {
              contents: `import module from '${path}'; export default module; export const { ${names.join(', ')} } = module;`,
              resolveDir: process.cwd(),
            };
          });
        },
      },
    ],
  });
  return new Map(result.outputFiles.map((file) => [basename(file.path), file.text]));
}
