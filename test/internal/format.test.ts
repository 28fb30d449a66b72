import { expect } from '@open-wc/testing';
import { formatBytes, formatDuration, prepareUnitFormatting } from '../../src/internal/format.js';

/** Intl separates number and unit with a (narrow) no-break space in some locales. */
const size = (bytes: number, locale: string) => formatBytes(bytes, locale).replace(/\s/gu, ' ');

describe('formatBytes', () => {
  it('spells out and pluralises whole bytes in every locale, as a reader would say them', () => {
    expect(size(625, 'en')).to.equal('625 bytes');
    expect(size(1, 'en')).to.equal('1 byte');
    expect(size(625, 'de')).to.equal('625 Byte');
    expect(size(625, 'fr')).to.equal('625 octets');
    expect(size(625, 'es')).to.equal('625 bytes');
    expect(size(625, 'ja')).to.equal('625 バイト');
  });

  it('uses the short multiple from a kilobyte up', () => {
    expect(size(1536, 'en')).to.equal('1.5 kB');
    expect(size(300 * 1024, 'en')).to.equal('300 kB');
  });

  it('builds one formatter per locale and unit, not one per number it formats', () => {
    const PageNumberFormat = Intl.NumberFormat;
    let built = 0;
    Intl.NumberFormat = class extends PageNumberFormat {
      constructor(...args: ConstructorParameters<typeof Intl.NumberFormat>) {
        super(...args);
        built += 1;
      }
    } as typeof Intl.NumberFormat;
    try {
      // A locale no other test uses, so nothing is ready beforehand.
      for (let bytes = 2048; bytes < 2048 * 6; bytes += 2048) formatBytes(bytes, 'en-NZ');
      for (let ms = 10; ms < 60; ms += 10) formatDuration(ms, 'en-NZ');
    } finally {
      Intl.NumberFormat = PageNumberFormat;
    }
    expect(built).to.equal(2);
    expect(size(4096, 'en-NZ')).to.equal('4 kB');
  });

  it('readies unit formatting once, when the page is idle', () => {
    const pageIdle = window.requestIdleCallback;
    const PageNumberFormat = Intl.NumberFormat;
    const idle: IdleRequestCallback[] = [];
    let built = 0;
    window.requestIdleCallback = (run) => idle.push(run);
    Intl.NumberFormat = class extends PageNumberFormat {
      constructor(...args: ConstructorParameters<typeof Intl.NumberFormat>) {
        super(...args);
        built += 1;
      }
    } as typeof Intl.NumberFormat;
    try {
      prepareUnitFormatting();
      prepareUnitFormatting();
      expect([idle.length, built], 'scheduled, nothing built yet').to.deep.equal([1, 0]);
      idle[0]!({ didTimeout: false, timeRemaining: () => 50 });
      expect(built).to.equal(1);
    } finally {
      window.requestIdleCallback = pageIdle;
      Intl.NumberFormat = PageNumberFormat;
    }
  });
});
