// @ts-check
/**
 * Design tokens are defined once, in `src/internal/theme.ts`: every other file reads the private
 * `--_portico-*` copy, so no two elements can fall back to different spacing, radius, font or
 * danger colours when the author sets nothing.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import assert from 'node:assert/strict';

const THEME = join('src', 'internal', 'theme.ts');
const TOKEN_WITH_FALLBACK = /var\(--portico-(space-\d|radius|font|font-mono|color-[a-z-]+)\s*,/g;

test('only theme.ts gives the shared design tokens their values', () => {
  const files = readdirSync('src', { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.ts'))
    .map((file) => join('src', file));
  const offenders = files
    .filter((file) => file !== THEME)
    .flatMap((file) => [...readFileSync(file, 'utf8').matchAll(TOKEN_WITH_FALLBACK)].map((match) => `${file}: ${match[0]}`));
  assert.deepEqual(offenders, []);
});
