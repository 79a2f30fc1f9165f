// Every language says everything, with the same placeholders, and no message is dead or missing:
// a key in one locale is in all of them; every key is used somewhere in the code or the
// manifest; every message key the code names exists.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { placeholdersUsed } from '../../../src/i18n/messages-file.ts';
import { LOCALES_DIR, localeIds, readMessages } from '../../../src/i18n/node.ts';

const root = path.resolve(LOCALES_DIR, '../..');
const english = readMessages('en');
const locales = localeIds();

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = path.join(dir, name);
    return statSync(p).isDirectory() ? sourceFiles(p) : /\.(ts|html)$/.test(name) ? [p] : [];
  });
}
const sources = sourceFiles(path.join(root, 'src')).map((f) => readFileSync(f, 'utf8')).join('\n');
const manifest = readFileSync(path.join(root, 'manifest.json'), 'utf8');
const code = `${sources}\n${manifest}`;

describe('locales', () => {
  it('has English, the default locale of the manifest', () => {
    const manifest = JSON.parse(readFileSync(path.join(root, 'manifest.json'), 'utf8')) as { default_locale?: string };
    expect(manifest.default_locale).toBe('en');
    expect(locales).toContain('en');
  });

  for (const locale of locales) {
    it(`${locale}: the same keys as English, each with the same placeholders and a non-empty text`, () => {
      const own = readMessages(locale);
      expect(Object.keys(own).sort()).toEqual(Object.keys(english).sort());
      for (const [key, entry] of Object.entries(own)) {
        expect(entry.message.trim(), key).not.toBe('');
        expect(placeholdersUsed(entry), `${locale}:${key}`).toEqual(placeholdersUsed(english[key]!));
        const declared = Object.keys(entry.placeholders ?? {}).map((k) => k.toLowerCase()).sort();
        expect(declared, `${locale}:${key} declares exactly the placeholders it uses`).toEqual(placeholdersUsed(entry));
      }
    });
  }

  it('every English key is used in the code or the manifest', () => {
    const unused = Object.keys(english).filter((key) => !code.includes(`'${key}'`) && !code.includes(`"${key}"`) && !code.includes(`__MSG_${key}__`));
    expect(unused).toEqual([]);
  });

  it('every message key named in the code exists', () => {
    const prefixes = new Set(Object.keys(english).map((k) => k.split('_')[0]!).filter((p) => p !== k0(p)));
    // Quoted names in the code; in the manifest only its __MSG_key__ references (its own property
    // names, such as "content_scripts", are not message keys).
    const named = [
      ...[...sources.matchAll(/['"]([a-z]+_[a-z0-9_]+)['"]/g)].map((m) => m[1]!),
      ...[...manifest.matchAll(/__MSG_([A-Za-z0-9_]+)__/g)].map((m) => m[1]!),
    ].filter((k) => prefixes.has(k.split('_')[0]!));
    expect([...new Set(named)].filter((k) => !(k in english))).toEqual([]);
  });
});

/** A key without an underscore ("extName") gives no prefix to check by. */
function k0(prefix: string): string | undefined {
  return english[prefix] ? prefix : undefined;
}
