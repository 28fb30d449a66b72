// @ts-check
/**
 * Writes the README's element reference (between `<!-- reference:start -->` and
 * `<!-- reference:end -->`) from custom-elements.json: per element its summary, attributes with
 * their defaults, events, slots, parts, CSS custom properties and custom states. The elements'
 * JSDoc is the source; test/node/custom-elements-manifest.test.js fails when the README is stale.
 *
 *   npx cem analyze && node scripts/readme-reference.js
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

export const START = '<!-- reference:start -->';
export const END = '<!-- reference:end -->';

/**
 * @typedef {{ name: string, description?: string, default?: string }} Item
 * @typedef {{ tagName?: string, summary?: string, attributes?: Item[], events?: Item[], slots?: Item[],
 *   cssParts?: Item[], cssProperties?: Item[], cssStates?: Item[] }} Declaration
 * @typedef {{ modules: Array<{ declarations?: Declaration[] }> }} Manifest
 */

/** A table cell: one line, pipes escaped. @param {string} text */
const cell = (text) => text.replace(/\s*\n\s*/g, ' ').replaceAll('|', '\\|');

/** A default as written in code; empty or none means the description says what applies. @param {string | undefined} value */
const defaultOf = (value) => (value === undefined || value === "''" ? '—' : `\`${value}\``);

/**
 * One titled table of `items`, or nothing when there are none.
 * @param {string} title @param {string} column @param {Item[] | undefined} items @param {(name: string) => string} [code]
 */
function table(title, column, items, code = (name) => `\`${name}\``) {
  if (!items?.length) return [];
  return [
    `**${title}**`,
    '',
    `| ${column} | description |`,
    '| --- | --- |',
    ...items.map(({ name, description = '' }) => `| ${code(name)} | ${cell(description)} |`),
    '',
  ];
}

/**
 * The reference section's Markdown: `<portico-auth>` first (every other element needs it), then
 * the rest by tag name. A fixed order, because the analyzer's follows the file system's.
 * @param {Manifest} manifest
 */
export function renderReference(manifest) {
  const first = (/** @type {Declaration} */ element) => (element.tagName === 'portico-auth' ? 0 : 1);
  const elements = manifest.modules
    .flatMap((module) => module.declarations ?? [])
    .filter((declaration) => declaration.tagName)
    .sort((a, b) => first(a) - first(b) || String(a.tagName).localeCompare(String(b.tagName)));
  const lines = ['<!-- Generated from custom-elements.json by scripts/readme-reference.js: edit the JSDoc of the elements instead. -->', ''];
  for (const element of elements) {
    lines.push(`### \`<${element.tagName}>\``, '', cell(element.summary ?? ''), '');
    if (element.attributes?.length) {
      lines.push('| attribute | description | default |', '| --- | --- | --- |');
      for (const { name, description = '', default: value } of element.attributes) {
        lines.push(`| \`${name}\` | ${cell(description)} | ${defaultOf(value)} |`);
      }
      lines.push('');
    }
    lines.push(
      ...table('Events', 'event', element.events),
      ...table('Slots', 'slot', element.slots, (name) => (name ? `\`${name}\`` : '(default)')),
      ...table('Parts', 'part', element.cssParts),
      ...table('CSS custom properties', 'property', element.cssProperties),
      ...table('Custom states', 'state', element.cssStates, (name) => `\`:state(${name})\``),
    );
  }
  return lines.join('\n').trimEnd();
}

/**
 * `readme` with its reference section replaced by the one `manifest` makes.
 * @param {string} readme @param {Manifest} manifest
 */
export function withReference(readme, manifest) {
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start === -1 || end < start) throw new Error(`README.md has no ${START} … ${END} section to fill.`);
  return `${readme.slice(0, start + START.length)}\n${renderReference(manifest)}\n${readme.slice(end)}`;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
  writeFileSync('README.md', withReference(readFileSync('README.md', 'utf8'), manifest));
  console.log('README.md: reference written from custom-elements.json.');
}
