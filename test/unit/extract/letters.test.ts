// The letters the reader knows (src/extract/letters.ts, issue 14): each class is exactly \p{L},
// \p{Lu} or \p{Ll} on the Latin, Greek and Cyrillic blocks and holds nothing outside them; the
// build's rewrite (scripts/lib/letters-transform.ts) puts the letters' class where the sources write
// \p{L}, in and out of a class, in regex literals and in the strings given to new RegExp (\p{Lu} and
// \p{Ll} stay as they are: their exact classes are defined and checked here, but too large to ship).
import { describe, expect, it } from 'vitest';
import { rewriteLetters } from '../../../scripts/lib/letters-transform.ts';
import { LETTER, LETTER_BLOCKS, LOWER_LETTER, UPPER_LETTER } from '../../../src/extract/letters.ts';
import { REGEXES } from '../../../src/extract/regexes.ts';

const inBlocks = (c: number) => LETTER_BLOCKS.some(([a, b]) => c >= a && c <= b);
const CASES = [
  ['L', LETTER, /^\p{L}$/u],
  ['Lu', UPPER_LETTER, /^\p{Lu}$/u],
  ['Ll', LOWER_LETTER, /^\p{Ll}$/u],
] as const;

describe('the letters\' classes', () => {
  for (const [name, body, property] of CASES) {
    it(`[${name}] is \\p{${name}} on the blocks, code point by code point, and nothing elsewhere`, () => {
      const cls = new RegExp(`^[${body}]$`, 'u');
      const differ: string[] = [];
      for (let c = 0; c <= 0x10ffff; c++) {
        if (c >= 0xd800 && c <= 0xdfff) continue;
        const ch = String.fromCodePoint(c);
        const want = inBlocks(c) && property.test(ch);
        if (cls.test(ch) !== want) differ.push(c.toString(16));
      }
      expect(differ).toEqual([]);
    });
  }

  it('covers what the reader reads: Polish, German, French, Greek and Cyrillic letters, no digit, mark or sign', () => {
    const letter = new RegExp(`^[${LETTER}]+$`, 'u');
    for (const w of ['Żółć', 'Größe', 'cœur', 'Ἀθῆναι', 'цинк', 'Ԯ', 'ﬁ'.normalize('NFKC')]) expect(letter.test(w), w).toBe(true);
    for (const c of ['1', '_', '-', '\u0301', '®', '%', ' ', '中', 'ا']) expect(letter.test(c), c).toBe(false);
  });
});

describe('the build\'s rewrite of \\p{L}', () => {
  const rewrite = (code: string) => rewriteLetters(code, 'x.ts')!;
  /** The one regex a rewritten `const r = ...;` evaluates to. */
  const evaluated = (code: string, x = '') => new Function('x', `${rewrite(code).replace(/^const r = /, 'return ')}`)(x) as RegExp;

  it('writes the class outside a class and its ranges inside one, in literals (\\p{Lu} and \\p{Ll} stay)', () => {
    expect(rewrite(String.raw`const r = /(?<!\p{L})mg[\p{L}.-]{0,3}[^\p{Lu}\d]\[\p{Ll}/iu;`)).toBe(
      `const r = /(?<![${LETTER}])mg[${LETTER}.-]{0,3}[^\\p{Lu}\\d]\\[\\p{Ll}/iu;`,
    );
  });

  it('rewrites strings and templates given to new RegExp, String.raw ones too, across interpolations', () => {
    const t = evaluated(String.raw`const r = new RegExp(` + '`(^|[^\\\\p{L}])(${x})(?![\\\\p{L}])`' + `, 'iu');`, 'mg');
    expect(t.source).toBe(`(^|[^${LETTER}])(mg)(?![${LETTER}])`);
    const s = evaluated(`const r = new RegExp('^\\\\p{Lu}\\\\p{L}{0,12}\\\\.', 'u');`);
    expect(s.source).toBe(`^\\p{Lu}[${LETTER}]{0,12}\\.`);
    const raw = evaluated('const r = new RegExp(String.raw`(?<!\\p{L})(?:${x})[\\p{L}\\d]`, \'iu\');', 'zinc');
    expect(raw.source).toBe(`(?<![${LETTER}])(?:zinc)[${LETTER}\\d]`);
  });

  it('reads every word as \\p{L} did', () => {
    const before = /(?<!\p{L})(mg|cynk\p{L}{0,4})(?![\p{L}\d])|[^\p{L}\s]{2}\p{Lu}\p{Ll}/giu;
    const after = evaluated(String.raw`const r = /(?<!\p{L})(mg|cynk\p{L}{0,4})(?![\p{L}\d])|[^\p{L}\s]{2}\p{Lu}\p{Ll}/giu;`);
    const text = 'Cynku 100mg; 5 mgX, Żmg ÓMG 12Ab (mg) Cynkowy-mg ΑΒ ™Ωm «mg» 3mg/Лб  --Ñu';
    expect(text.match(before)!.length).toBeGreaterThan(8);
    expect(text.match(after)).toEqual(text.match(before));
  });

  it('leaves escaped text and other patterns alone, and stops at a property it has no class for', () => {
    expect(rewriteLetters(String.raw`const r = /\\p{L}|[\]\p{L}]/u;`, 'x.ts')).toBe(`const r = /\\\\p{L}|[\\]${LETTER}]/u;`);
    expect(rewriteLetters('const r = /[a-z]+/i;', 'x.ts')).toBeNull();
    expect(() => rewriteLetters(String.raw`const r = /\p{N}/u;`, 'x.ts')).toThrow(/p\{N\}/);
    expect(() => rewriteLetters(String.raw`const r = /[\P{L}]/u;`, 'x.ts')).toThrow(/inside a class/);
  });

  it('has rewritten the engine\'s patterns as the tests load them (vitest.config.ts uses the plugin)', () => {
    expect(REGEXES.length).toBeGreaterThan(20);
    expect(REGEXES.filter((r) => /\\[pP]\{L\}/.test(r.source)).map((r) => r.source)).toEqual([]);
    expect(REGEXES.some((r) => r.source.includes(LETTER))).toBe(true);
  });
});
