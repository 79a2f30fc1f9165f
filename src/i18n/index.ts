// The translator for extension code running in a browser: the popup, the options page, the
// background and the content script. Messages come from the browser's own i18n API, in the
// browser's UI language (public/_locales/<lang>/messages.json, English where a key is missing).
// No polyfill: `chrome.i18n` (Chrome) and `browser.i18n` (Firefox) are both synchronous here.
import { makeTranslator, type Translator } from './format.ts';

interface I18nApi {
  getMessage(key: string, substitutions?: string | string[]): string;
  getUILanguage(): string;
}

const g = globalThis as unknown as { browser?: { i18n?: I18nApi }; chrome?: { i18n?: I18nApi } };

function api(): I18nApi | undefined {
  return g.browser?.i18n ?? g.chrome?.i18n;
}

let cached: Translator | undefined;

export function translator(): Translator {
  if (cached) return cached;
  const i18n = api();
  const locale = i18n?.getUILanguage() || 'en';
  cached = makeTranslator(locale, (key, subs) => i18n?.getMessage(key, subs) || key);
  return cached;
}

export type { Translator } from './format.ts';

/**
 * The browser's languages, most preferred first, for a profile whose standard is "auto"
 * (src/rules/region.ts decides from them): the languages the user set for web pages first (they
 * usually name a country: "de-DE"), then the browser's own UI language. Read each time, never
 * kept: the user may change them at any time.
 */
export function browserLocales(): string[] {
  const listed = typeof navigator !== 'undefined' && Array.isArray(navigator.languages) ? [...navigator.languages] : [];
  const ui = api()?.getUILanguage();
  return ui ? [...listed, ui] : listed;
}
