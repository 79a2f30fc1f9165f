// The locale files the build ships say exactly what the repository's files say, in fewer bytes:
// every message renders the same with the same arguments, and no translator's note is left.
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { shipLocales, shippedMessages } from '../../../scripts/lib/shipped-locales.ts';
import { substitute } from '../../../src/i18n/messages-file.ts';
import { localeIds, readMessages } from '../../../src/i18n/node.ts';

const ARGS = ['①', '②', '③', '④', '⑤', '⑥', '⑦', '⑧', '⑨'];

describe('shipped locale files', () => {
  for (const locale of localeIds()) {
    it(`${locale}: every message renders as in the repository's file, with no description or example, in under two thirds of its size`, () => {
      const source = readMessages(locale);
      const shipped = shippedMessages(source);
      expect(Object.keys(shipped)).toEqual(Object.keys(source));
      for (const [key, entry] of Object.entries(source)) {
        expect(substitute(shipped[key]!, ARGS), key).toBe(substitute(entry, ARGS));
        expect(shipped[key]!.description, key).toBeUndefined();
        for (const p of Object.values(shipped[key]!.placeholders ?? {})) expect(p.example, key).toBeUndefined();
      }
      expect(JSON.stringify(shipped).length).toBeLessThan((JSON.stringify(source, null, 2).length * 2) / 3);
    });
  }

  it('rewrites every locale folder of a build, and says which', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'dg-ship-'));
    for (const lang of ['en', 'de']) {
      mkdirSync(path.join(dir, '_locales', lang), { recursive: true });
      writeFileSync(path.join(dir, '_locales', lang, 'messages.json'), JSON.stringify({ k: { message: `${lang} $X$`, description: 'd', placeholders: { x: { content: '$1', example: 'e' } } } }, null, 2));
    }
    expect(shipLocales(dir).sort()).toEqual(['de', 'en']);
    expect(JSON.parse(readFileSync(path.join(dir, '_locales/de/messages.json'), 'utf8'))).toEqual({ k: { message: 'de $X$', placeholders: { x: { content: '$1' } } } });
  });
});
