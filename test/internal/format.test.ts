import { expect } from '@open-wc/testing';
import { formatBytes } from '../../src/internal/format.js';

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
});
