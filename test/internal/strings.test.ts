import { expect, fixture, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import { LitElement } from 'lit';
import '../../src/components/sign-in/portico-sign-in.js';
import type { PorticoSignIn } from '../../src/components/sign-in/portico-sign-in.js';
import { catalogueLocale, loadStrings, LOCALES, localeOf, resetStrings, setStrings, stringsFor, type Locale } from '../../src/internal/strings.js';
import { apiConsoleAnswers } from '../../src/internal/strings/en/api-console-answers.js';
import { apiConsoleSnippets } from '../../src/internal/strings/en/api-console-snippets.js';
import { de } from '../../src/internal/strings/de.js';
import { en } from '../../src/internal/strings/en.js';
import { es } from '../../src/internal/strings/es.js';
import { fr } from '../../src/internal/strings/fr.js';
import { ja } from '../../src/internal/strings/ja.js';
import { fakeProvider, settle, textOf, unregisterFakes, visibleParts } from '../helpers/auth-widgets.js';
import { AuthErrorCode } from '../../src/auth/errors.js';
import { fakeError } from '../../src/testing/index.js';

/** The smallest element that shows a string. */
class StringsProbe extends LitElement {
  protected override render() {
    return stringsFor(this).signIn;
  }
}
customElements.define('strings-probe', StringsProbe);

const CATALOGUES = { en, de, fr, es, ja } satisfies Record<Locale, unknown>;

/** Every leaf of a catalogue, by its dotted path. */
function leaves(value: unknown, path = ''): Map<string, unknown> {
  const found = new Map<string, unknown>();
  if (typeof value === 'object' && value !== null) {
    for (const [key, child] of Object.entries(value)) {
      for (const [leaf, text] of leaves(child, path ? `${path}.${key}` : key)) found.set(leaf, text);
    }
  } else found.set(path, value);
  return found;
}

/**
 * A function string called with one marker per parameter. Each marker is an array, so it works
 * as a string (in a template), as a list (`join`, `map`, `length`) and as a number (compared, it
 * matches no status or count).
 */
function callWithMarkers(text: (...args: unknown[]) => unknown): { result: unknown; markers: string[] } {
  const markers = Array.from({ length: text.length }, (_, index) => `‹${index}›`);
  return { result: text(...markers.map((marker) => [marker])), markers };
}

async function signInIn(lang: string) {
  const { id } = fakeProvider({ label: 'Contoso' });
  const parent = await fixture<HTMLDivElement>(html`<div lang=${lang}><portico-sign-in auth=${id}></portico-sign-in></div>`);
  const el = parent.querySelector<PorticoSignIn>('portico-sign-in')!;
  await settle(el);
  return { parent, el, button: () => visibleParts<HTMLButtonElement>(el, 'button')[0]! };
}

describe('catalogues other than English', () => {
  // Runs before the block below preloads every catalogue: French has not been fetched yet.
  it('are fetched on first use, English showing until the catalogue arrives', async () => {
    const french = await signInIn('fr');
    expect(textOf(french.button())).to.equal('Sign in with Contoso');
    await waitUntil(() => textOf(french.button()) === 'Se connecter avec Contoso', 'the French catalogue never arrived');
  });
});

describe('strings', () => {
  before(() => Promise.all(LOCALES.map(loadStrings)));
  let warnings: string[];
  let originalWarn: typeof console.warn;
  beforeEach(() => {
    warnings = [];
    originalWarn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
  });
  afterEach(() => {
    console.warn = originalWarn;
    resetStrings();
    fixtureCleanup();
    unregisterFakes();
  });

  describe('catalogues', () => {
    it('ships English, German, French, Spanish and Japanese', () => {
      expect([...LOCALES]).to.deep.equal(['en', 'de', 'fr', 'es', 'ja']);
    });

    it('show an identity provider’s error in the reader’s language, naming the provider’s settings', async () => {
      const { id } = fakeProvider({ label: 'Contoso', signInOutcome: fakeError(AuthErrorCode.NetworkError) });
      const parent = await fixture<HTMLDivElement>(html`<div lang="de"><portico-sign-in auth=${id}></portico-sign-in></div>`);
      const el = parent.querySelector<PorticoSignIn>('portico-sign-in')!;
      await settle(el);
      visibleParts<HTMLButtonElement>(el, 'button')[0]!.click();
      await settle(el);
      const error = textOf(visibleParts(el, 'error')[0] ?? null);
      expect(error).to.contain('Der Identitätsanbieter unter https://login.example.com/fake war nicht erreichbar.');
      expect(error).to.contain('https://login.example.com/fake/.well-known/openid-configuration muss in diesem Browser laden.');
    });

    for (const locale of LOCALES) {
      it(`${locale} has exactly the keys of English, and no empty string`, () => {
        const english = leaves(en);
        const own = leaves(CATALOGUES[locale]);
        expect([...own.keys()].sort()).to.deep.equal([...english.keys()].sort());
        for (const [path, text] of own) {
          expect(typeof text, path).to.equal(typeof english.get(path));
          if (typeof text === 'string') expect(text.trim(), path).to.not.equal('');
        }
      });

      it(`${locale}'s functions give text that shows every value the English one shows`, () => {
        for (const [path, text] of leaves(CATALOGUES[locale])) {
          if (typeof text !== 'function') continue;
          const english = callWithMarkers(leaves(en).get(path) as (...args: unknown[]) => unknown);
          const { result } = callWithMarkers(text as (...args: unknown[]) => unknown);
          expect(result, path).to.be.a('string');
          expect((result as string).trim(), path).to.not.equal('');
          for (const marker of english.markers.filter((marker) => String(english.result).includes(marker))) {
            expect(result, `${path} drops ${marker}`).to.include(marker);
          }
        }
      });
    }

    it('keeps plurals and technical terms as they should be', () => {
      expect(fr.apiConsole.operationCount(0)).to.equal('0 opération');
      expect(fr.apiConsole.operationCount(2)).to.equal('2 opérations');
      expect(de.apiConsole.operationCount(1)).to.equal('1 Operation');
      expect(es.apiConsole.matchingOperations(3)).to.equal('3 operaciones coinciden');
      expect(ja.apiConsole.operationCount(1)).to.equal('1 件の操作');
      expect(de.apiConsole.statusMeaning(404)).to.equal('unter dieser Adresse gibt es nichts');
      expect(ja.apiConsole.statusMeaning(599)).to.equal('API でエラーが発生しました');
      // The protocol's reason phrases are the same everywhere.
      for (const locale of LOCALES) expect(CATALOGUES[locale].apiConsole.reasonPhrases[404]).to.equal('Not Found');
      // Headers, attributes and HTTP methods stay as written.
      expect(de.apiConsole.contentType).to.equal('Content-Type');
      expect(fr.apiConsole.brokerHint('/token')).to.include('POST').and.include('"access_token"');
      expect(ja.invalidAttribute.hint('login-mode', ['popup', 'redirect']))
        .to.include('login-mode')
        .and.include('"popup"');
    });
  });

  describe('choosing a catalogue', () => {
    it('takes a tag a catalogue has, else its language, else English', () => {
      expect(catalogueLocale('de')).to.equal('de');
      expect(catalogueLocale('DE')).to.equal('de');
      expect(catalogueLocale('de-CH')).to.equal('de');
      expect(catalogueLocale('fr-CA')).to.equal('fr');
      expect(catalogueLocale('es-419')).to.equal('es');
      expect(catalogueLocale('ja-JP')).to.equal('ja');
      expect(catalogueLocale('pt')).to.equal('en');
      expect(catalogueLocale('pt-BR')).to.equal('en');
      expect(catalogueLocale('english')).to.equal('en');
      expect(catalogueLocale('')).to.equal('en');
    });

    it('reads the nearest lang attribute', async () => {
      const root = await fixture<HTMLElement>(html`<div lang="fr"><div lang="de-AT"><span></span></div><p></p></div>`);
      expect(localeOf(root.querySelector('span')!)).to.equal('de-AT');
      expect(stringsFor(root.querySelector('span')!).signIn).to.equal('Anmelden');
      expect(stringsFor(root.querySelector('p')!).signIn).to.equal('Se connecter');
    });

    it('looks through shadow roots to their hosts, the nearest lang winning', async () => {
      const root = await fixture<HTMLElement>(html`<div lang="ja"><section></section></div>`);
      const shadow = root.querySelector('section')!.attachShadow({ mode: 'open' });
      shadow.innerHTML = '<span class="outer"></span><div lang="es"><span class="inner"></span></div>';
      expect(stringsFor(shadow.querySelector('.outer')!).signIn).to.equal('サインイン');
      expect(stringsFor(shadow.querySelector('.inner')!).signIn).to.equal('Iniciar sesión');
    });

    it('speaks English for a language without a catalogue, and without any lang', async () => {
      const root = await fixture<HTMLElement>(html`<div lang="pt-BR"><span></span></div>`);
      const english = stringsFor(root.querySelector('span')!);
      expect(english.signIn).to.equal(en.signIn);
      expect(stringsFor(document.createElement('span'))).to.equal(english);
    });

    it('renders a widget in German under lang="de", and in English elsewhere', async () => {
      const german = await signInIn('de');
      expect(textOf(german.button())).to.equal('Mit Contoso anmelden');
      await expect(german.el).to.be.accessible();
      const swiss = await signInIn('de-CH');
      expect(textOf(swiss.button())).to.equal('Mit Contoso anmelden');
      const portuguese = await signInIn('pt');
      expect(textOf(portuguese.button())).to.equal('Sign in with Contoso');
    });

    it('labels a diagnostic panel in the reader’s language', async () => {
      const el = await fixture<PorticoSignIn>(html`<div lang="ja"><portico-sign-in login-mode="sideways"></portico-sign-in></div>`).then((root) =>
        root.querySelector('portico-sign-in')!,
      );
      await settle(el);
      const panel = el.shadowRoot!.querySelector('[part="diagnostic"]')!;
      expect(textOf(panel.querySelector('.diagnostic-hint'))).to.match(/^対処方法:/);
      expect(textOf(panel.querySelector('.diagnostic-attribute'))).to.equal('属性: login-mode');
    });
  });

  describe('overrides', () => {
    it('change the text of an element already on the page, and undefined restores it', async () => {
      const { el, button } = await signInIn('de');
      setStrings('de', { signInWith: (label) => `Weiter mit ${label}` });
      await el.updateComplete;
      expect(textOf(button())).to.equal('Weiter mit Contoso');
      setStrings('de', { signInWith: undefined });
      await el.updateComplete;
      expect(textOf(button())).to.equal('Mit Contoso anmelden');
      expect(warnings).to.deep.equal([]);
    });

    it('apply to their locale only; English ones also to languages without a catalogue', async () => {
      const german = await signInIn('de');
      const portuguese = await signInIn('pt');
      setStrings('en', { signInWith: (label) => `Continue with ${label}` });
      await german.el.updateComplete;
      await portuguese.el.updateComplete;
      expect(textOf(german.button())).to.equal('Mit Contoso anmelden');
      expect(textOf(portuguese.button())).to.equal('Continue with Contoso');
    });

    it('add up, nested keys one by one, and resetStrings drops them', async () => {
      const el = (await fixture<HTMLElement>(html`<div lang="es"></div>`)) as HTMLElement;
      setStrings('es', { apiConsole: { send: 'Probar' } });
      setStrings('es', { signIn: 'Entrar', claimNames: { extension_plan: 'Plan contratado' } });
      const strings = stringsFor(el);
      expect(strings.apiConsole.send).to.equal('Probar');
      expect(strings.apiConsole.cancel).to.equal('Cancelar');
      expect(strings.signIn).to.equal('Entrar');
      expect(strings.claimNames['extension_plan']).to.equal('Plan contratado');
      expect(strings.claimNames['aud']).to.equal(es.claimNames['aud']);
      expect(es.apiConsole.send, 'the catalogue itself is untouched').to.equal('Enviar');
      resetStrings('es');
      expect(stringsFor(el)).to.equal(es);
    });

    it('re-render an element that was off the page when they changed, once it is back', async () => {
      // An element that re-renders for nothing else: Portico's widgets also do when their auth reconnects.
      const root = await fixture<HTMLDivElement>(html`<div lang="fr"><strings-probe></strings-probe></div>`);
      const probe = root.querySelector<StringsProbe>('strings-probe')!;
      await probe.updateComplete;
      expect(probe.shadowRoot!.textContent).to.equal('Se connecter');
      probe.remove();
      setStrings('fr', { signIn: 'Connexion' });
      root.append(probe);
      await probe.updateComplete;
      expect(probe.shadowRoot!.textContent).to.equal('Connexion');
    });

    it('leave out, with a warning saying how to fix it, what does not fit the catalogue', async () => {
      const el = await fixture<HTMLElement>(html`<div lang="de"></div>`);
      const loose = setStrings as (locale: string, strings: unknown) => void;
      loose('de', { signIn: 'Los', sigOut: 'Tschüss', signInWith: 'Mit Contoso', apiConsole: 'Konsole' });
      loose('pt', { signIn: 'Entrar' });
      expect(stringsFor(el).signIn).to.equal('Los');
      expect(stringsFor(el).signInWith('X')).to.equal('Mit X anmelden');
      expect(stringsFor(el).apiConsole).to.equal(de.apiConsole);
      expect(warnings).to.have.length(4);
      expect(warnings[0]).to.include('"sigOut" is not one of Portico\'s strings');
      expect(warnings[1]).to.include('"signInWith" takes values, so it should be a function');
      expect(warnings[2]).to.include('"apiConsole" is a group of strings, so it should be an object of them');
      expect(warnings[3]).to.include('setStrings("pt", …) names no catalogue').and.include('en, de, fr, es, ja');
    });

    it('apply to English strings that ship with an element not loaded yet, checked once it loads', async () => {
      const loose = setStrings as (locale: string, strings: unknown) => void;
      loose('en', { subscriptions: { heading: 'My keys', heding: 'typo' } });
      expect(warnings).to.deep.equal([]);
      await import('../../src/components/subscriptions/portico-subscriptions.js');
      const strings = stringsFor(document.createElement('span'));
      expect(strings.subscriptions.heading).to.equal('My keys');
      expect(strings.subscriptions.none).to.equal(en.subscriptions.none);
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.include('"subscriptions.heding" is not one of Portico\'s strings');
    });

    it('apply to the console’s answers, whose English ships after its form, checked once they load', async () => {
      await import('../../src/components/api-console/portico-api-console.js');
      const loose = setStrings as (locale: string, strings: unknown) => void;
      // Everything the answers and the snippets ship, strings and groups, can be set before it does
      // (strings.ts lists it in LATER_PARTS and LATER_STRINGS): no warning for any of it.
      const later = { ...apiConsoleAnswers.apiConsole, ...apiConsoleSnippets.apiConsole };
      loose('en', { apiConsole: { ...later, send: 'Try it', showAll: 'Everything', explain: { corsTitle: 'Blocked by CORS.', corsTitel: 'typo' } } });
      loose('en', { apiConsole: { noBody: 42, truncated: 'Cut' } });
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.include('"apiConsole.noBody" should be a string, or a function of the values it shows, not a number.');
      await import('../../src/components/api-console/internal/exchange-runner.js');
      await import('../../src/components/api-console/internal/snippet-panel.js');
      const strings = stringsFor(document.createElement('span'));
      expect(strings.apiConsole.send).to.equal('Try it');
      expect(strings.apiConsole.showAll).to.equal('Everything');
      expect(strings.apiConsole.statusLine('200', 'OK', '9 ms', '1 kB')).to.equal('200: OK · 9 ms · 1 kB');
      expect(strings.apiConsole.truncated('1 kB', '2 kB')).to.equal(en.apiConsole.truncated('1 kB', '2 kB'));
      expect(strings.apiConsole.explain.corsTitle).to.equal('Blocked by CORS.');
      expect(strings.apiConsole.explain.networkTitle).to.equal(en.apiConsole.explain.networkTitle);
      expect(warnings).to.have.length(3);
      expect(warnings[1]).to.include('"apiConsole.truncated" takes values, so it should be a function of them');
      expect(warnings[2]).to.include('"apiConsole.explain.corsTitel" is not one of Portico\'s strings');
    });
  });
});
