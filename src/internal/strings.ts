import type { ReactiveControllerHost } from 'lit';
import type { Strings } from './strings/en.js';
import { core } from './strings/en/core.js';

export type { Strings };

/**
 * The locales whose catalogue ships, English first: a widget whose nearest `lang` matches none of
 * them speaks English. Each catalogue is a file in `./strings/`, of the type of the English one.
 */
export const LOCALES = ['en', 'de', 'fr', 'es', 'ja'] as const;

/** A locale whose catalogue ships. */
export type Locale = (typeof LOCALES)[number];

/**
 * English ships inside the elements, each with its own strings; the other catalogues are fetched
 * (each its own chunk) the first time an element needs one, so a page pays only for the languages
 * it shows.
 */
const LOADERS: Readonly<Record<Exclude<Locale, 'en'>, () => Promise<Strings>>> = {
  de: () => import('./strings/de.js').then((module) => module.de),
  fr: () => import('./strings/fr.js').then((module) => module.fr),
  es: () => import('./strings/es.js').then((module) => module.es),
  ja: () => import('./strings/ja.js').then((module) => module.ja),
};
/**
 * English so far: the core strings, then each part an element's module adds as it loads
 * (`addEnglish`). The type is the whole catalogue's because an element reads only the parts it added.
 */
const english = { ...core } as Strings;
const catalogues = new Map<Locale, Strings>([['en', english]]);

/**
 * The parts of English that ship with the elements showing them (`./strings/en/`), not with the
 * core; a dotted name is a group that ships later than the rest of its part (the console's answers
 * come with the code that shows them).
 */
const LATER_PARTS: ReadonlySet<string> = new Set([
  'claimNames',
  'tokenInspector',
  'tokenWarnings',
  'apiConsole',
  'apiConsole.explain',
  'apiConsole.stream',
  'apiConsole.reasonPhrases',
  'apiConsole.brokerCauses',
  'apiConsole.snippetKinds',
  'apim',
  'keyPicker',
  'subscriptions',
] satisfies (keyof Strings | ConsoleString)[]);

/** The console's strings that ship with its answers and its snippets, one by one (`./strings/en/api-console-answers.ts`, `…-snippets.ts`). */
const LATER_STRINGS: ReadonlySet<string> = new Set([
  'apiConsole.receiving',
  'apiConsole.notSent',
  'apiConsole.noAnswer',
  'apiConsole.redirectNotFollowed',
  'apiConsole.statusLine',
  'apiConsole.statusMeaning',
  'apiConsole.restoredResponse',
  'apiConsole.responseHeaders',
  'apiConsole.responseBody',
  'apiConsole.noBody',
  'apiConsole.imageAlt',
  'apiConsole.imageNotKept',
  'apiConsole.binaryBody',
  'apiConsole.unknownType',
  'apiConsole.download',
  'apiConsole.notValidJson',
  'apiConsole.bodyCutInSession',
  'apiConsole.truncated',
  'apiConsole.showAll',
  'apiConsole.userTokenSent',
  'apiConsole.appTokenSent',
  'apiConsole.preventedByPage',
  'apiConsole.tokenFailed',
  'apiConsole.brokerFailed',
  'apiConsole.brokerRefused',
  'apiConsole.brokerHint',
  'apiConsole.snippetLanguage',
  'apiConsole.includeSecrets',
  'apiConsole.copy',
  'apiConsole.copied',
  'apiConsole.copyFailed',
] satisfies ConsoleString[]);

type ConsoleString = `apiConsole.${keyof Strings['apiConsole']}`;

/**
 * Adds a part of the English catalogue; the module of each element (or helper) that shows it calls
 * this as it loads. Overrides set for that part before it arrived are checked now, as `setStrings`
 * checks the others.
 */
export function addEnglish(part: StringOverrides): void {
  const shape = english as unknown as Record<string, unknown>;
  const added = addNew(shape, part, '');
  if (added.length === 0) return;
  merged.delete('en');
  for (const [locale, own] of overrides) {
    const report = (problem: string) => console.warn(`Portico: setStrings('${locale}', …): ${problem}`);
    for (const name of added) {
      const path = name.split('.');
      const key = path.pop() ?? '';
      const holder = at(own, path);
      if (!holder || !(key in holder)) continue;
      // What does not fit is left out, as setStrings leaves it out: English shows instead.
      const fitted = fitting({ [key]: holder[key] }, at(shape, path) ?? {}, path.join('.'), report);
      if (key in fitted) holder[key] = fitted[key];
      else delete holder[key];
    }
  }
}

/** Lays what `part` has and `target` lacks into `target` (copying the groups it changes); the dotted names of what it added. */
function addNew(target: Record<string, unknown>, part: object, path: string): string[] {
  const added: string[] = [];
  for (const [key, value] of Object.entries(part)) {
    const name = path ? `${path}.${key}` : key;
    const present = target[key];
    if (present === undefined) {
      target[key] = value;
      added.push(name);
    } else if (isRecord(present) && isRecord(value)) {
      const copy = { ...present };
      const deeper = addNew(copy, value, name);
      if (deeper.length) target[key] = copy;
      added.push(...deeper);
    }
  }
  return added;
}

/** The group at `path` in `record`, if there is one. */
function at(record: Record<string, unknown>, path: readonly string[]): Record<string, unknown> | undefined {
  let found: unknown = record;
  for (const key of path) found = isRecord(found) ? found[key] : undefined;
  return isRecord(found) ? found : undefined;
}
const loads = new Map<Locale, Promise<void>>();

/**
 * Fetches a locale's catalogue ahead of time. Elements load the one they need by themselves (and
 * show English meanwhile, re-rendering when it arrives); preloading avoids that first English
 * render, e.g. `await loadStrings('de')` before the page shows its widgets.
 */
export function loadStrings(locale: Locale): Promise<void> {
  let load = loads.get(locale);
  if (!load) {
    load =
      locale === 'en'
        ? Promise.resolve()
        : LOADERS[locale]().then(
            (strings) => {
              catalogues.set(locale, strings);
              changed(locale);
            },
            (error: unknown) => console.warn(`Portico: the ${locale} strings could not be loaded, so English shows instead.`, error),
          );
    loads.set(locale, load);
  }
  return load;
}

/**
 * Some of a catalogue's strings, shaped like it: any key may be left out, at any depth. A string
 * stays a string and a function stays a function of the same arguments.
 */
export type StringOverrides<T = Strings> = {
  readonly [K in keyof T]?: T[K] extends (...args: never[]) => unknown ? T[K] : T[K] extends object ? StringOverrides<T[K]> : T[K];
};

/** The catalogue locale of a BCP 47 tag: the tag itself if a catalogue has it, else its language, else English. */
export function catalogueLocale(tag: string): Locale {
  const lower = tag.trim().toLowerCase();
  return isLocale(lower) ? lower : (LOCALES.find((locale) => locale === lower.split('-')[0]) ?? 'en');
}

/** The catalogue for the nearest `lang` attribute above `element`, with the author's overrides. Re-renders `element` when they change. */
export function stringsFor(element: Element): Strings {
  subscribe(element);
  return catalogue(catalogueLocale(localeOf(element)));
}

/** The nearest `lang`, looking through shadow roots to their hosts (a widget inside another widget); '' when none. */
export function localeOf(element: Element): string {
  let current: Element | null = element;
  while (current) {
    const found: Element | null = current.closest('[lang]');
    if (found) return found.getAttribute('lang') ?? '';
    const root = current.getRootNode();
    current = root instanceof ShadowRoot ? root.host : null;
  }
  return '';
}

// Authors' overrides -------------------------------------------------------------------------

/** Overrides per locale, as set so far, each laid over its catalogue on first use. */
const overrides = new Map<Locale, Record<string, unknown>>();
const merged = new Map<Locale, Strings>();

/**
 * Replaces some of the strings a locale's catalogue shows, on every Portico element of the page;
 * the elements already drawn re-render. Calls add up: a later one replaces only the strings it
 * names, and `undefined` for a key restores the catalogue's own string. Keys are the catalogue's
 * (`Strings`), nested as there; a string that takes values is a function of them.
 *
 * ```js
 * import { setStrings } from 'portico-widgets';
 * setStrings('de', { signIn: 'Bei Contoso anmelden', signInWith: (label) => `Weiter mit ${label}` });
 * setStrings('en', { apiConsole: { send: 'Try it' } });
 * ```
 *
 * A page whose `lang` has no catalogue shows English, so `setStrings('en', …)` changes what it shows.
 * An entry that does not fit the catalogue (an unknown key, a string where a function belongs) is
 * left out with a console warning saying why.
 */
export function setStrings(locale: Locale, strings: StringOverrides): void {
  const target = typeof locale === 'string' ? locale.toLowerCase() : '';
  if (!isLocale(target)) {
    console.warn(
      `Portico: setStrings(${JSON.stringify(locale)}, …) names no catalogue, so it changes nothing. Name one of ${LOCALES.join(', ')}; a page in another language shows English, which setStrings('en', …) overrides.`,
    );
    return;
  }
  const valid = fitting(strings, english, '', (problem) => console.warn(`Portico: setStrings('${target}', …): ${problem}`));
  overrides.set(target, overlay(overrides.get(target) ?? {}, valid));
  changed(target);
}

/** Drops the overrides of one locale, or of all when none is named; the elements re-render with the catalogue's own strings. */
export function resetStrings(locale?: Locale): void {
  for (const target of locale === undefined ? LOCALES : [locale]) {
    if (overrides.delete(target)) changed(target);
  }
}

function catalogue(locale: Locale): Strings {
  const base = catalogues.get(locale);
  if (!base) {
    void loadStrings(locale);
    return catalogue('en');
  }
  let strings = merged.get(locale);
  if (!strings) {
    const own = overrides.get(locale);
    strings = own ? (overlay(base, own) as unknown as Strings) : base;
    merged.set(locale, strings);
  }
  return strings;
}

/** Catalogue entries keyed by anything (claim names, status codes): authors may add keys to them. */
const OPEN_RECORDS = new Set(['claimNames', 'apiConsole.reasonPhrases']);

/** The entries of `strings` that fit `shape` (the English catalogue, or part of it); each misfit is reported and left out. */
function fitting(strings: unknown, shape: Record<string, unknown>, path: string, report: (problem: string) => void): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  if (!isRecord(strings)) {
    report(`${path || 'the strings'} should be an object of strings, not ${describe(strings)}.`);
    return result;
  }
  for (const [key, value] of Object.entries(strings)) {
    const name = path ? `${path}.${key}` : key;
    // A part of English whose element has not loaded yet: kept as given, and checked by addEnglish.
    const later = LATER_PARTS.has(name) && !(key in shape);
    const expected = later ? {} : shape[key];
    if (value === undefined) result[key] = undefined;
    else if (LATER_STRINGS.has(name) && !(key in shape)) {
      if (typeof value === 'string' || typeof value === 'function') result[key] = value;
      else report(`"${name}" should be a string, or a function of the values it shows, not ${describe(value)}.`);
    } else if (expected === undefined && !OPEN_RECORDS.has(path))
      report(`"${name}" is not one of Portico's strings; check its spelling against the type Strings.`);
    else if (expected === undefined || typeof expected === 'string') {
      if (typeof value === 'string') result[key] = value;
      else report(`"${name}" should be a string, not ${describe(value)}.`);
    } else if (typeof expected === 'function') {
      if (typeof value === 'function') result[key] = value;
      else report(`"${name}" takes values, so it should be a function of them, e.g. ${key}: (…values) => \`…\`, not ${describe(value)}.`);
    } else if (isRecord(expected) && isRecord(value)) result[key] = later ? value : fitting(value, expected, name, report);
    else report(`"${name}" is a group of strings, so it should be an object of them, not ${describe(value)}.`);
  }
  return result;
}

/** `top` laid over `base`, nested objects key by key; `undefined` in `top` removes the key. */
function overlay(base: Record<string, unknown>, top: Record<string, unknown>): Record<string, unknown> {
  const result = { ...base };
  for (const [key, value] of Object.entries(top)) {
    const below = result[key];
    if (value === undefined) delete result[key];
    else result[key] = isRecord(below) && isRecord(value) ? overlay(below, value) : value;
  }
  return result;
}

function isLocale(tag: string): tag is Locale {
  return (LOCALES as readonly string[]).includes(tag);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function describe(value: unknown): string {
  return Array.isArray(value) ? 'an array' : value === null ? 'null' : `a ${typeof value}`;
}

// Re-rendering -------------------------------------------------------------------------------

/** Counts changes to the overrides, so that an element reconnected after one knows its strings are stale. */
let version = 0;
/** The version of the overrides each element last read. */
const readVersions = new WeakMap<Element, number>();
/** Connected elements that have read their strings: the ones to re-render when overrides change. */
const readers = new Set<ReactiveControllerHost>();

/** The first time a Lit element reads its strings, it joins `readers` for as long as it is connected. */
function subscribe(element: Element): void {
  const known = readVersions.has(element);
  readVersions.set(element, version);
  if (known || !isControllerHost(element)) return;
  element.addController({
    hostConnected: () => {
      readers.add(element);
      if (readVersions.get(element) !== version) element.requestUpdate();
    },
    hostDisconnected: () => readers.delete(element),
  });
}

function isControllerHost(element: Element): element is Element & ReactiveControllerHost {
  return typeof (element as Partial<ReactiveControllerHost>).addController === 'function';
}

function changed(locale: Locale): void {
  version += 1;
  merged.delete(locale);
  for (const host of readers) host.requestUpdate();
}
