// The translator for extension code running in a browser: the popup, the options page, the
// background and the content script. Messages come from the browser's own i18n API, in the
// browser's UI language (public/_locales/<lang>/messages.json, English where a key is missing).
// No polyfill: `chrome.i18n` (Chrome) and `browser.i18n` (Firefox) are both synchronous here.
import { makeTranslator, type Translator } from './format.ts';
import { readShape, type NumberShape } from './number-shape.ts';

interface I18nApi {
  getMessage(key: string, substitutions?: string | string[]): string;
  getUILanguage(): string;
}

const g = globalThis as unknown as { browser?: { i18n?: I18nApi }; chrome?: { i18n?: I18nApi } };

function api(): I18nApi | undefined {
  return g.browser?.i18n ?? g.chrome?.i18n;
}

let cached: Translator | undefined;

const uiLocale = () => api()?.getUILanguage() || 'en';

/** Where the background keeps the UI locale's number shape (number-shape.ts) in storage.local. */
export const NUMBER_SHAPE_KEY = 'numberShape';
/** the shape numbers are formatted with (null: Intl) */
let shape: NumberShape | null = null;
/** a shape learned in this worker's life and not yet kept */
let unkept: NumberShape | null = null;

export function translator(): Translator {
  if (cached) return cached;
  const i18n = api();
  cached = makeTranslator(uiLocale(), (key, subs) => i18n?.getMessage(key, subs) || key, {
    known: () => shape,
    learned: (learned) => {
      shape = learned;
      unkept = learned;
    },
  });
  return cached;
}

/** Formats with the shape kept in storage (`kept`, as read back: checked here), if it is the UI
 *  locale's: the background reads it with the profile, before a verdict's first number. */
export function useNumberShape(kept: unknown): void {
  shape ??= readShape(kept, uiLocale());
}

/** A shape learned since the last call, for the background to keep; null when there is none. */
export function numberShapeToKeep(): NumberShape | null {
  const learned = unkept;
  unkept = null;
  return learned;
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
