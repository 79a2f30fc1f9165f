// Whose limit (issue 11): the standard "auto" takes from the browser's languages, and the standard
// of the store a page is on. Table-driven: one row per case a shopper can be in.
import { describe, expect, it } from 'vitest';
import { COUNTRY_STANDARDS } from '../../../src/data/regions.ts';
import { settleStandard, standardForLocales, storeRegionOf } from '../../../src/rules/region.ts';

describe('the standard from the browser\'s languages', () => {
  // [browser languages, most preferred first; standard; what it was taken from; basis]
  const table: [string[], string, string | null, string][] = [
    [['de-DE', 'de'], 'eu', 'de-DE', 'country'],
    [['fr-FR'], 'eu', 'fr-FR', 'country'],
    [['es-ES'], 'eu', 'es-ES', 'country'],
    [['it-IT'], 'eu', 'it-IT', 'country'],
    [['pl-PL'], 'eu', 'pl-PL', 'country'],
    [['nl-NL'], 'eu', 'nl-NL', 'country'],
    [['sv-SE'], 'eu', 'sv-SE', 'country'],
    [['nl-BE'], 'eu', 'nl-BE', 'country'],
    [['de-AT'], 'eu', 'de-AT', 'country'],
    [['en-IE'], 'eu', 'en-IE', 'country'],
    [['pt-PT'], 'eu', 'pt-PT', 'country'],
    [['en-GB'], 'uk', 'en-GB', 'country'],
    [['en-CA'], 'canada', 'en-CA', 'country'],
    [['fr-CA'], 'canada', 'fr-CA', 'country'],
    [['en-US', 'en'], 'us', 'en-US', 'default'],
    [['es-MX'], 'us', 'es-MX', 'default'],
    [['pt-BR'], 'us', 'pt-BR', 'default'],
    [['de-CH'], 'us', 'de-CH', 'default'],
    [['es-419'], 'us', 'es-419', 'default'],
    // the first language decides, even when a later one would name another standard
    [['en-US', 'de-DE'], 'us', 'en-US', 'default'],
    [['de-DE', 'en-US'], 'eu', 'de-DE', 'country'],
    // a language with no country: a later entry of the same language names it, else the language alone
    [['de', 'de-AT', 'en-US'], 'eu', 'de-AT', 'country'],
    [['fr', 'fr-CA'], 'canada', 'fr-CA', 'country'],
    [['en', 'en-GB'], 'uk', 'en-GB', 'country'],
    [['de'], 'eu', 'de', 'language'],
    [['pl'], 'eu', 'pl', 'language'],
    [['en'], 'us', 'en', 'default'],
    [['ja'], 'us', 'ja', 'default'],
    // written as some systems write it, in any case
    [['de_DE'], 'eu', 'de-DE', 'country'],
    [['EN-gb'], 'uk', 'EN-gb', 'country'],
    [['zh-Hant-TW'], 'us', 'zh-Hant-TW', 'default'],
    // nothing usable: the default
    [[], 'us', null, 'default'],
    [['', '*', '12'], 'us', null, 'default'],
    [['', 'it-IT'], 'eu', 'it-IT', 'country'],
  ];
  for (const [locales, standard, locale, basis] of table) {
    it(`${JSON.stringify(locales)} -> ${standard} (${basis})`, () => {
      expect(standardForLocales(locales)).toEqual({ standard, locale, basis });
    });
  }

  it('lists every EU member state, and only the EU\'s 27, the UK and Canada', () => {
    const eu = Object.entries(COUNTRY_STANDARDS).filter(([, s]) => s === 'eu').map(([c]) => c);
    expect(eu).toHaveLength(27);
    expect(Object.keys(COUNTRY_STANDARDS).sort()).toEqual([...eu, 'GB', 'CA'].sort());
  });
});

describe('a chosen standard is kept; "auto" follows the browser', () => {
  it.each([
    ['us', ['de-DE'], 'us', false],
    ['uk', ['en-US'], 'uk', false],
    ['auto', ['de-DE'], 'eu', true],
    ['auto', ['en-US'], 'us', true],
    ['auto', [], 'us', true],
  ] as const)('%s with %j -> %s', (choice, locales, standard, auto) => {
    const settled = settleStandard(choice, locales);
    expect(settled.standard).toBe(standard);
    expect(settled.auto !== null).toBe(auto);
  });
});

describe('the region of the store a page is on', () => {
  it.each([
    ['https://www.amazon.de/dp/B000000001', 'amazon.de', 'eu'],
    ['https://www.amazon.fr/dp/B000000001', 'amazon.fr', 'eu'],
    ['https://www.amazon.it/dp/B000000001', 'amazon.it', 'eu'],
    ['https://www.amazon.es/dp/B000000001', 'amazon.es', 'eu'],
    ['https://www.amazon.nl/dp/B000000001', 'amazon.nl', 'eu'],
    ['https://www.amazon.pl/dp/B000000001', 'amazon.pl', 'eu'],
    ['https://www.amazon.se/dp/B000000001', 'amazon.se', 'eu'],
    ['https://www.amazon.com.be/dp/B000000001', 'amazon.com.be', 'eu'],
    ['https://www.amazon.co.uk/dp/B000000001', 'amazon.co.uk', 'uk'],
    ['https://www.amazon.ca/dp/B000000001', 'amazon.ca', 'canada'],
    ['https://www.amazon.com/dp/B000000001', 'amazon.com', 'us'],
    ['https://smile.amazon.de/dp/B000000001', 'smile.amazon.de', 'eu'],
    ['https://www.walmart.com/ip/1', 'walmart.com', 'us'],
    ['https://www.hollandandbarrett.com/shop/product/x-1', 'hollandandbarrett.com', 'uk'],
    ['https://www.hollandandbarrett.nl/shop/product/x-1', 'hollandandbarrett.nl', 'eu'],
    ['https://www.shop-apotheke.com/arzneimittel/1/x.htm', 'shop-apotheke.com', 'eu'],
  ])('%s: %s, %s', (url, host, standard) => {
    expect(storeRegionOf(url)).toEqual({ host, standard });
  });

  it.each([
    'https://www.iherb.com/pr/x/1', // sells everywhere: no region
    'https://de.iherb.com/pr/x/1',
    'https://www.amazon.in/dp/B000000001', // India: no standard of ours
    'https://shop.example.de/product',
    'https://amazon.de.example.com/dp/B000000001', // not Amazon's host
    'not an address',
    '',
    null,
  ])('%s: no region', (url) => {
    expect(storeRegionOf(url)).toBeNull();
  });
});
