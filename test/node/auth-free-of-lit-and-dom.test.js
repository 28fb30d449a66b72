// @ts-check
/**
 * `src/auth/` is the framework-free half of Portico: no Lit, no DOM. Two checks, so that neither a
 * re-export nor an indirect import slips through:
 * 1. `src/auth/index.ts` bundled with esbuild imports no package but MSAL (loaded lazily) and stays
 *    inside `src/auth/`;
 * 2. no file under `src/auth/` names the DOM: its syntax tree (comments and strings aside) holds no
 *    `document`, `customElements`, element or shadow-root type.
 * The controller runs in a browser tab, so the window's non-DOM parts stay allowed when called
 * (never at import time, which `import-without-dom.test.js` proves): `location`, `open`/`opener`
 * for popups, `sessionStorage`, `BroadcastChannel` for other tabs, `requestIdleCallback`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { build } from 'esbuild';
import ts from 'typescript';

const AUTH_DIR = 'src/auth';
/** The DOM a file under `src/auth/` must not name. */
const DOM_NAMES = new Set([
  'document',
  'customElements',
  'Element',
  'HTMLElement',
  'ShadowRoot',
  'DocumentFragment',
  'MutationObserver',
  'ReactiveController',
  'ReactiveControllerHost',
  'LitElement',
]);
/** The packages `src/auth/` may import. */
const ALLOWED_PACKAGES = [/^@azure\/msal-browser(\/|$)/];

test('src/auth/index.ts bundles without Lit or any code outside src/auth', async () => {
  const { metafile } = await build({
    entryPoints: [join(AUTH_DIR, 'index.ts')],
    bundle: true,
    write: false,
    metafile: true,
    platform: 'browser',
    format: 'esm',
    packages: 'external',
    target: 'es2022',
    tsconfig: 'tsconfig.json',
    logLevel: 'silent',
  });
  const outside = Object.keys(metafile.inputs).filter((path) => !path.startsWith(`${AUTH_DIR}/`));
  assert.deepEqual(outside, [], 'src/auth imports files outside src/auth');
  const packages = Object.values(metafile.inputs).flatMap((input) => input.imports.filter((used) => used.external).map((used) => used.path));
  const foreign = packages.filter((path) => !ALLOWED_PACKAGES.some((allowed) => allowed.test(path)));
  assert.deepEqual(foreign, [], 'src/auth imports packages other than MSAL');
});

for (const file of readdirSync(AUTH_DIR).filter((name) => name.endsWith('.ts'))) {
  test(`src/auth/${file} names no Lit and no DOM`, () => {
    const path = join(AUTH_DIR, file);
    const source = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.ES2022, true);
    /** @type {string[]} */
    const found = [];
    /** @param {ts.Node} node */
    const visit = (node) => {
      if (ts.isIdentifier(node) && DOM_NAMES.has(node.text)) {
        found.push(`${node.text} (line ${source.getLineAndCharacterOfPosition(node.getStart()).line + 1})`);
      }
      if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
        if (/^(lit|@lit\/)/.test(node.moduleSpecifier.text)) found.push(`import of ${node.moduleSpecifier.text}`);
      }
      if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
        const [specifier] = node.arguments;
        if (specifier && ts.isStringLiteral(specifier) && /^(lit|@lit\/)/.test(specifier.text)) found.push(`import() of ${specifier.text}`);
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
    assert.deepEqual(found, []);
  });
}
