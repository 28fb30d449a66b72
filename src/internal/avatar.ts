/**
 * Avatar colours: each keeps white initials above 6:1 contrast (WCAG AA needs 4.5:1), in light
 * and dark themes alike, so no colour depends on the page's theme.
 */
export const AVATAR_COLOURS = [
  '#0f548c',
  '#8a3707',
  '#0e700e',
  '#5c2e91',
  '#a4262c',
  '#005b70',
  '#6b3f07',
  '#881798',
  '#3b3a39',
  '#004e8c',
  '#7a1a8b',
  '#245f14',
] as const;

/** Up to two letters for an avatar: first and last word of the name, else the username's first letter. */
export function initials(name: string, username = ''): string {
  const words = name.trim().split(/\s+/u).filter(Boolean);
  if (words.length === 0) return firstLetter(username).toLocaleUpperCase();
  const first = firstLetter(words[0]!);
  const last = words.length > 1 ? firstLetter(words[words.length - 1]!) : '';
  return `${first}${last}`.toLocaleUpperCase();
}

/**
 * Which of `AVATAR_COLOURS` a user gets: the same on every page and every visit (a hash of a
 * stable id). An index, not a colour, so styles pick it by attribute: an inline `style` would be
 * blocked by a strict Content-Security-Policy.
 */
export function avatarColourIndex(key: string): number {
  return fnv1a(key) % AVATAR_COLOURS.length;
}

/** The first character, whole even when it is outside the Basic Multilingual Plane. */
function firstLetter(word: string): string {
  return Array.from(word)[0] ?? '';
}

/** 32-bit FNV-1a: tiny, stable across engines, and spreads similar ids apart. */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}
