// The static text of an extension page (popup.html, options page) in the UI language: each element
// names its message in data-i18n (its text) and data-i18n-aria-label / data-i18n-title /
// data-i18n-placeholder (those attributes); <html> gets the language and its writing direction.
// The English text left in the HTML is only what shows if a key were missing.
import type { Translator } from '../i18n/index.ts';

const ATTRIBUTES = ['aria-label', 'title', 'placeholder'] as const;

export function localizePage(t: Translator, root: Document = document): void {
  root.documentElement.lang = t.locale;
  // '@@bidi_dir' is the browser's own message: "rtl" for Arabic, Hebrew, Persian...
  root.documentElement.dir = t.t('@@bidi_dir') === 'rtl' ? 'rtl' : 'ltr';
  for (const el of root.querySelectorAll<HTMLElement>('[data-i18n]')) el.textContent = t.t(el.dataset.i18n!);
  for (const name of ATTRIBUTES) {
    for (const el of root.querySelectorAll<HTMLElement>(`[data-i18n-${name}]`)) {
      el.setAttribute(name, t.t(el.getAttribute(`data-i18n-${name}`)!));
    }
  }
}
