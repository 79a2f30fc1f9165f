// The browser's languages, most preferred first, for a profile whose standard is "auto"
// (src/rules/region.ts decides from them). The languages the user set for web pages come first
// (they usually name a country: "de-DE"), then the browser's own UI language. Read when a verdict
// is worked out, never kept: the user may change them at any time.
import browser from 'webextension-polyfill';

export function browserLocales(): string[] {
  const listed = typeof navigator !== 'undefined' && Array.isArray(navigator.languages) ? [...navigator.languages] : [];
  let ui: string | null = null;
  try {
    ui = browser.i18n.getUILanguage();
  } catch {
    ui = null;
  }
  return ui ? [...listed, ui] : listed;
}
