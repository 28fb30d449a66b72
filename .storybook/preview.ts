import { setCustomElementsManifest, type Decorator, type Preview } from '@storybook/web-components-vite';
import type { ArgTypesEnhancer } from 'storybook/internal/types';
import { html, nothing } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import manifest from '../custom-elements.json';
import { LOCALES, type Locale } from '../src/internal/strings.js';
import { completeAuthRedirect } from '../src/redirect.js';
import { providerSuffix } from '../stories/support/fake-providers.js';
import { declarationOf } from '../stories/support/manifest.js';

// Autodocs and controls: every attribute, property, event, slot, part and CSS property comes
// from the JSDoc of the elements, through the manifest `npm run build-storybook` regenerates.
setCustomElementsManifest(manifest);

// The Live stories sign in with a popup whose redirect URI is this page (iframe.html, MSAL's
// default: the current page). Storybook opens no story there, so no element would start and hand
// the response back; this does, and does nothing on any other load.
void completeAuthRedirect();

/** How each shipped locale names itself; a locale added to LOCALES without a name here fails the type check. */
const LOCALE_NAMES: Readonly<Record<Locale, string>> = {
  en: 'English',
  de: 'Deutsch',
  fr: 'Français',
  es: 'Español',
  ja: '日本語',
};

/**
 * The locale switch sets `lang` (and `dir`) on the story root; widgets take their strings from
 * the nearest `lang`. It offers every locale that ships a catalogue (src/internal/strings.ts),
 * and Arabic, which has none (so the text is English), to see right-to-left layouts.
 */
const LOCALE_ITEMS: ReadonlyArray<{ value: string; title: string; dir?: 'rtl' }> = [
  ...LOCALES.map((value) => ({ value, title: LOCALE_NAMES[value] })),
  { value: 'ar', title: 'العربية (right to left)', dir: 'rtl' },
];

/** The widgets' `theme` for the background chosen in the toolbar; none follows `prefers-color-scheme`. */
function themeOf(background: unknown): 'light' | 'dark' | undefined {
  const value = typeof background === 'string' ? background : (background as { value?: string } | undefined)?.value;
  return value === 'light' || value === 'dark' ? value : undefined;
}

/**
 * Wraps every story in its locale, and passes the background's theme to the story as its `theme`
 * arg unless the story's own control sets one; the story's own text (slotted content) takes the
 * same scheme. Keyed by locale: widgets read `lang` when they render, so a new locale gets new
 * elements rather than stale strings.
 */
const withLocaleAndTheme: Decorator = (story, { args, globals }) => {
  const locale = LOCALE_ITEMS.find(({ value }) => value === globals['locale']) ?? LOCALE_ITEMS[0]!;
  const theme = args['theme'] || themeOf(globals['backgrounds']);
  return html`${keyed(
    locale.value,
    html`<div
      lang=${locale.value}
      dir=${locale.dir ?? 'ltr'}
      style=${theme ? `color-scheme: ${theme}; color: CanvasText` : nothing}
    >
      ${story({ args: { ...args, theme } })}
    </div>`,
  )}`;
};

/** The order of the docs' argument table: what an author writes in HTML first, script API last. */
const CATEGORIES = ['attributes', 'slots', 'events', 'css shadow parts', 'css custom properties', 'properties'];

/**
 * Controls edit what an author writes in HTML: attributes (a checkbox for boolean ones, text
 * otherwise) and the text of named slots. Properties, events, parts and CSS properties are
 * documented, not edited. A control a story sets itself is kept: manifest entries carry none.
 * The table lists categories in the order above, attributes in the order the element declares them.
 */
const htmlControls: ArgTypesEnhancer = ({ argTypes, component }) => {
  const attributes = typeof component === 'string' ? (declarationOf(component).attributes ?? []).map(({ name }) => name) : [];
  // Stories' own args (no category) first.
  const rank = (category: string | undefined) => (category === undefined ? -1 : CATEGORIES.indexOf(category));
  return Object.fromEntries(
    Object.entries(argTypes)
      .map(([name, argType]) => {
        if (argType.control !== undefined) return [name, argType] as const;
        const category = argType.table?.category;
        // Enhancers see argTypes after Storybook expands the `control: 'text'` shorthand.
        const control =
          category === 'attributes' ? { type: argType.type?.name === 'boolean' ? 'boolean' : 'text' } : category === 'slots' ? { type: 'text' } : false;
        return [name, { ...argType, control }] as const;
      })
      .sort(([nameA, a], [nameB, b]) => rank(a.table?.category) - rank(b.table?.category) || attributes.indexOf(nameA) - attributes.indexOf(nameB)),
  );
};

const preview: Preview = {
  tags: ['autodocs'],
  decorators: [withLocaleAndTheme],
  argTypesEnhancers: [htmlControls],
  globalTypes: {
    locale: {
      description: 'Language of the widgets (the lang attribute around the story)',
      toolbar: { title: 'Locale', icon: 'globe', items: [...LOCALE_ITEMS], dynamicTitle: true },
    },
  },
  initialGlobals: { locale: 'en' },
  parameters: {
    backgrounds: {
      options: {
        light: { name: 'Light', value: '#ffffff' },
        dark: { name: 'Dark', value: '#121214' },
      },
    },
    controls: { expanded: true },
    docs: {
      // The summary above the longer description, both from the element's JSDoc.
      extractComponentDescription: (tag: string) => {
        const { summary = '', description = '' } = declarationOf(tag);
        return [summary, description].filter(Boolean).join('\n\n');
      },
      source: {
        // The story as an author would write it: without the locale wrapper, and with provider ids
        // as written in a page (`auth="contoso"`) rather than story-scoped.
        excludeDecorators: true,
        transform: (code: string, context: { id: string }) => code.replaceAll(providerSuffix(context), ''),
      },
    },
    options: {
      storySort: {
        order: [
          'Guides',
          [
            'Getting started',
            'Entra ID',
            'Entra External ID',
            'Azure AD B2C',
            'Other OpenID Connect providers',
            'Azure API Management',
            'Theming',
            'Content-Security-Policy',
          ],
          'Elements',
          'Live',
        ],
      },
    },
  },
};

export default preview;
