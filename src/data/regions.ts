// Which standard a shopper or a store belongs to, as data (issue 11). Three tables:
//  - a country (the region of a browser locale such as de-DE) -> the standard of that country;
//  - a language given with no country (a browser set to plain "de") -> the standard of the
//    country where the browser's own UI language of that name is spoken (Chromium's "es" is
//    Spain's Spanish, "es-419" Latin America's; "pt" is Portugal's, "pt-BR" Brazil's);
//  - a store's host -> the standard of the country it sells in.
// Anything not listed takes the US standard (the one the extension always had as its default).
import type { Standard } from '../core/profile.ts';

/** The standard used when neither the country nor the language names one. */
export const DEFAULT_REGION_STANDARD: Standard = 'us';

/** ISO 3166 country codes (upper case) of the 27 EU member states, the UK and Canada. */
export const COUNTRY_STANDARDS: Readonly<Record<string, Standard>> = {
  // European Union (SCF 2001 / EFSA 2006 limit), every member state
  AT: 'eu', BE: 'eu', BG: 'eu', HR: 'eu', CY: 'eu', CZ: 'eu', DK: 'eu', EE: 'eu', FI: 'eu',
  FR: 'eu', DE: 'eu', GR: 'eu', HU: 'eu', IE: 'eu', IT: 'eu', LV: 'eu', LT: 'eu', LU: 'eu',
  MT: 'eu', NL: 'eu', PL: 'eu', PT: 'eu', RO: 'eu', SK: 'eu', SI: 'eu', ES: 'eu', SE: 'eu',
  // United Kingdom (EVM 2003 guidance level)
  GB: 'uk',
  // Canada (Health Canada DRI tables)
  CA: 'canada',
};

/** ISO 639 language codes (lower case) read on their own, without a country. Languages spoken
 *  mostly outside the EU (en, es-419, pt-BR, ...) are absent: they take the default. */
export const LANGUAGE_STANDARDS: Readonly<Record<string, Standard>> = {
  bg: 'eu', cs: 'eu', da: 'eu', de: 'eu', el: 'eu', es: 'eu', et: 'eu', fi: 'eu', fr: 'eu',
  ga: 'eu', hr: 'eu', hu: 'eu', it: 'eu', lt: 'eu', lv: 'eu', mt: 'eu', nl: 'eu', pl: 'eu',
  pt: 'eu', ro: 'eu', sk: 'eu', sl: 'eu', sv: 'eu',
};

/** A store and the standard of the country it sells in. */
export interface StoreRegion {
  /** the store's host names (lower case) */
  host: RegExp;
  standard: Standard;
}

// International stores (iHerb and its country hosts) sell everywhere: they have no region.
export const STORE_REGIONS: readonly StoreRegion[] = [
  { host: /(?:^|\.)amazon\.com$/, standard: 'us' },
  { host: /(?:^|\.)amazon\.ca$/, standard: 'canada' },
  { host: /(?:^|\.)amazon\.co\.uk$/, standard: 'uk' },
  { host: /(?:^|\.)amazon\.(?:de|fr|it|es|nl|pl|se|com\.be)$/, standard: 'eu' },
  { host: /(?:^|\.)(?:walmart|target|vitacost)\.com$/, standard: 'us' },
  { host: /(?:^|\.)hollandandbarrett\.com$/, standard: 'uk' },
  { host: /(?:^|\.)hollandandbarrett\.(?:nl|be|ie)$/, standard: 'eu' },
  { host: /(?:^|\.)(?:shop-apotheke\.com|docmorris\.de|doz\.pl)$/, standard: 'eu' },
];
