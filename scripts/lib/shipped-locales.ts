// What the build ships of public/_locales: each messages.json with what the browser reads and
// nothing else. The translators' descriptions and the placeholders' examples are for people
// (they stay in the repository's files); in the package they would be about 40% of every locale,
// and six locales must fit the package size we promise (scripts/lib/package-checks.ts).
import { readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import type { MessageEntry, MessagesFile } from '../../src/i18n/messages-file.ts';

/** A message as the browser reads it: its text, and each placeholder's content. */
function shippedEntry(entry: MessageEntry): MessageEntry {
  if (!entry.placeholders) return { message: entry.message };
  const placeholders = Object.fromEntries(Object.entries(entry.placeholders).map(([name, p]) => [name, { content: p.content }]));
  return { message: entry.message, placeholders };
}

export function shippedMessages(file: MessagesFile): MessagesFile {
  return Object.fromEntries(Object.entries(file).map(([key, entry]) => [key, shippedEntry(entry)]));
}

/** Rewrites every <dir>/_locales/<lang>/messages.json of a build folder as shipped, compact. */
export function shipLocales(buildDir: string): string[] {
  const root = path.join(buildDir, '_locales');
  if (!existsSync(root)) return [];
  const written: string[] = [];
  for (const lang of readdirSync(root)) {
    const file = path.join(root, lang, 'messages.json');
    if (!existsSync(file)) continue;
    const messages = JSON.parse(readFileSync(file, 'utf8')) as MessagesFile;
    writeFileSync(file, JSON.stringify(shippedMessages(messages)));
    written.push(lang);
  }
  return written;
}
