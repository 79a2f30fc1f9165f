// No regular expression in the extraction engine may take super-linear time on any input.
// Checks every pattern in the exported REGEXES list and, so that none is missed, every regex
// literal found in src/extract/**/*.ts (read with the TypeScript scanner), with recheck. Each is checked
// as it ships: with \p{L} rewritten into the letters' class as the build does
// (scripts/lib/letters-transform.ts); REGEXES are imported through that same transform.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { checkSync } from 'recheck';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { rewriteLetters } from '../../../scripts/lib/letters-transform.ts';
import { REGEXES } from '../../../src/extract/regexes.ts';
import { REPO_ROOT } from './accuracy-lib.ts';

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = path.join(dir, f);
    return statSync(p).isDirectory() ? files(p) : p.endsWith('.ts') ? [p] : [];
  });
}

function literals(file: string): RegExp[] {
  const text = readFileSync(file, 'utf8');
  const src = ts.createSourceFile(file, rewriteLetters(text, file) ?? text, ts.ScriptTarget.ES2022, true);
  const out: RegExp[] = [];
  const visit = (n: ts.Node): void => {
    if (n.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      const text = n.getText(src);
      const end = text.lastIndexOf('/');
      out.push(new RegExp(text.slice(1, end), text.slice(end + 1)));
    }
    ts.forEachChild(n, visit);
  };
  visit(src);
  return out;
}

const all = new Map<string, RegExp>();
for (const r of REGEXES) all.set(`/${r.source}/${r.flags}`, r);
for (const f of files(path.join(REPO_ROOT, 'src/extract'))) for (const r of literals(f)) all.set(`/${r.source}/${r.flags}`, r);

describe('regular expressions run in linear time', () => {
  it('collects the patterns', () => {
    expect(REGEXES.length).toBeGreaterThan(20);
    expect(all.size).toBeGreaterThan(REGEXES.length);
    // the patterns as they ship: no \p{L} left in any of them
    expect([...all.keys()].filter((k) => /\\[pP]\{L\}/.test(k))).toEqual([]);
  });
  for (const [key, re] of all) {
    it(key.slice(0, 100), () => {
      // The automaton checker decides exactly, when the pattern has no look-around; the fuzz checker
      // (attack strings from a fixed seed) decides the rest. Its attacks are judged by the steps they
      // take, never by the time they take (the matching-time limits off): on a loaded machine a
      // timed attack ran out of time and a safe pattern was called vulnerable, a different one each
      // run. The automaton gets 10 s: on the few patterns whose letter classes or long bounded
      // repeats blow its automaton up, it spent up to 60 s before saying "unknown" (four patterns
      // took 170 of the file's 220 s), and the fuzz checker decides most of those in a second. Its
      // attacks being counted in steps, a second fuzz run would only repeat the first: it gets one
      // run and all the time the test has left. (The nutrient's names in 20 languages before an
      // amount, lexicon.ts beforeAmountName, take it 45-55 s alone and more beside other files: with
      // three runs of 60 s it said "unknown" on a slower day.)
      const options = { attackTimeout: null, incubationTimeout: null, seedingTimeout: null } as const;
      let d = checkSync(re.source, re.flags, { ...options, timeout: 10_000, checker: 'automaton' });
      if (d.status === 'unknown') d = checkSync(re.source, re.flags, { ...options, timeout: 220_000, checker: 'fuzz' });
      expect({ pattern: key, status: d.status }).toEqual({ pattern: key, status: 'safe' });
    }, 240_000);
  }
});
