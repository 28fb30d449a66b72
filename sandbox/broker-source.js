// @ts-check
/**
 * The sandbox's token broker is Portico's own (`portico-widgets/broker`), loaded from its
 * TypeScript source rather than from `dist/`: the Node tests and the test runner start the
 * sandbox without a build, and a stale build would test yesterday's broker. esbuild (already
 * the test runner's compiler) turns `src/broker/` into one module in a few milliseconds; it is
 * written under node_modules/ so that its imports (`@azure/msal-node`, `jose`) resolve, named by
 * its content so that parallel test processes never write one file at the same time.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const CACHE_DIR = join(ROOT, 'node_modules', '.cache', 'portico-sandbox');

/** @returns {Promise<typeof import('../src/broker/index.js')>} */
export async function loadBroker() {
  const { outputFiles } = await build({
    entryPoints: [join(ROOT, 'src', 'broker', 'index.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    packages: 'external',
    target: 'node20',
    tsconfig: join(ROOT, 'tsconfig.broker.json'),
    write: false,
    logLevel: 'silent',
  });
  const code = outputFiles[0]?.text ?? '';
  const file = join(CACHE_DIR, `broker-${createHash('sha256').update(code).digest('hex').slice(0, 16)}.mjs`);
  if (!existsSync(file)) {
    mkdirSync(CACHE_DIR, { recursive: true });
    const partial = `${file}.${process.pid}.tmp`;
    writeFileSync(partial, code);
    renameSync(partial, file); // atomic: a reader sees all of it or nothing
  }
  return import(pathToFileURL(file).href);
}
