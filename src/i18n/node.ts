// The translator for Node (the `check` command, unit tests): reads public/_locales itself, with
// the browser's rules (src/i18n/messages-file.ts) and its fallback to English for a missing key.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { makeTranslator, type Translator } from './format.ts';
import { substitute, type MessagesFile } from './messages-file.ts';

export const LOCALES_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../public/_locales');

export function localeIds(): string[] {
  return readdirSync(LOCALES_DIR).filter((d) => existsSync(path.join(LOCALES_DIR, d, 'messages.json'))).sort();
}

export function readMessages(locale: string): MessagesFile {
  return JSON.parse(readFileSync(path.join(LOCALES_DIR, locale, 'messages.json'), 'utf8')) as MessagesFile;
}

/** Chrome's folder names use "_" ("pt_BR"); Intl wants "-". */
export function nodeTranslator(locale = 'en'): Translator {
  const own = readMessages(locale);
  const english = locale === 'en' ? own : readMessages('en');
  return makeTranslator(locale.replace('_', '-'), (key, subs) => {
    const entry = own[key] ?? english[key];
    return entry ? substitute(entry, subs) : key;
  });
}
