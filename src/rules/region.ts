// Whose limit: the shopper's standard when they left it on "auto" (from the browser's language
// and region), and the standard of the store a page is on (issue 11). Pure: the background
// passes the browser's languages and the tab's address; the tables are in src/data/regions.ts.
import type { Profile, ResolvedProfile, Standard, StandardChoice } from '../core/profile.ts';
import { COUNTRY_STANDARDS, DEFAULT_REGION_STANDARD, LANGUAGE_STANDARDS, STORE_REGIONS } from '../data/regions.ts';

/** The standard "auto" settled on, and what it was taken from (for "EU, from your browser's
 *  language German (Germany)"). */
export interface AutoStandard {
  standard: Standard;
  /** the browser language it was taken from ("de-DE"); null when the browser gave none */
  locale: string | null;
  /** `country`: the language's country named it; `language`: the language alone did (no
   *  country given); `default`: neither is listed, the default standard */
  basis: 'country' | 'language' | 'default';
}

interface Tag {
  tag: string;
  language: string;
  country: string | null;
}

// language[-Script][-REGION]: "de", "de-DE", "zh-Hant-TW", "es-419"; "en_US" as some systems write it
const TAG = /^([a-z]{2,3})(?:-[a-z]{4})?(?:-([a-z]{2}|\d{3}))?(?:-|$)/i;

function parseTag(raw: string): Tag | null {
  const tag = raw.trim().replace(/_/g, '-');
  const m = TAG.exec(tag);
  if (!m) return null;
  return { tag, language: m[1]!.toLowerCase(), country: m[2] ? m[2].toUpperCase() : null };
}

function fromCountry(t: Tag & { country: string }): AutoStandard {
  return { standard: COUNTRY_STANDARDS[t.country] ?? DEFAULT_REGION_STANDARD, locale: t.tag, basis: Object.hasOwn(COUNTRY_STANDARDS, t.country) ? 'country' : 'default' };
}

/**
 * The standard for the browser's languages, most preferred first (navigator.languages, then
 * i18n.getUILanguage()). The first language decides. When it names no country ("de"), a later
 * entry of the same language that does ("de-AT") gives it; otherwise the language alone does.
 */
export function standardForLocales(locales: readonly string[]): AutoStandard {
  const tags = locales.map(parseTag).filter((t): t is Tag => t !== null);
  const first = tags[0];
  if (!first) return { standard: DEFAULT_REGION_STANDARD, locale: null, basis: 'default' };
  const withCountry = first.country ? first : tags.find((t) => t.language === first.language && t.country !== null);
  if (withCountry?.country) return fromCountry({ ...withCountry, country: withCountry.country });
  const listed = Object.hasOwn(LANGUAGE_STANDARDS, first.language);
  return { standard: listed ? LANGUAGE_STANDARDS[first.language]! : DEFAULT_REGION_STANDARD, locale: first.tag, basis: listed ? 'language' : 'default' };
}

/** The standard the rules use: the chosen one, or for "auto" the browser's. */
export interface SettledStandard {
  standard: Standard;
  /** set when the profile says "auto": what it settled on and why */
  auto: AutoStandard | null;
}

export function settleStandard(choice: StandardChoice, locales: readonly string[]): SettledStandard {
  if (choice !== 'auto') return { standard: choice, auto: null };
  const auto = standardForLocales(locales);
  return { standard: auto.standard, auto };
}

export function resolveProfile(profile: Profile, settled: SettledStandard): ResolvedProfile {
  return { ...profile, standard: settled.standard };
}

/** The store a page is on and its country's standard; null for a page of a store with no
 *  region (international, or unknown to the table) or an address that cannot be read. */
export function storeRegionOf(url: string | null | undefined): { host: string; standard: Standard } | null {
  if (!url) return null;
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase();
  } catch {
    return null;
  }
  const row = STORE_REGIONS.find((r) => r.host.test(host));
  return row ? { host: host.replace(/^www\./, ''), standard: row.standard } : null;
}
