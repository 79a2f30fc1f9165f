// The page's reader ships its regex literals as strings given to new RegExp (scripts/lib/lazy-regex.ts,
// issue 14): the rewritten script must do exactly what the literal one did.
import vm from 'node:vm';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { rewriteRegexLiterals } from '../../../scripts/lib/lazy-regex.ts';

/** Runs a classic script and returns what it left in `out`. */
function run(code: string): unknown {
  const context = vm.createContext({ out: undefined });
  vm.runInContext(code, context);
  return JSON.parse(JSON.stringify(context['out']));
}

/** The regex literals a script holds, as the TypeScript scanner finds them. */
function literals(code: string): string[] {
  const found: string[] = [];
  const file = ts.createSourceFile('x.js', code, ts.ScriptTarget.Latest, true, ts.ScriptKind.JS);
  const visit = (n: ts.Node): void => {
    if (n.kind === ts.SyntaxKind.RegularExpressionLiteral) found.push(n.getText(file));
    ts.forEachChild(n, visit);
  };
  visit(file);
  return found;
}

// A script in the shape the build gives (an IIFE), using patterns every way the page scripts do.
const SCRIPT = String.raw`(function(){
  var AMOUNT = /(\d{1,5}(?:[.,]\d{1,3})?)\s{0,2}(mg|g)\b/gi;
  var SLASH = /a\/b|\u00e9|[\]\\]/u;
  function all(text) { const found = []; let m; const re = /(\d+)\s?mg/g; while ((m = re.exec(text))) found.push(+m[1]); return found; }
  function amounts(text) { AMOUNT.lastIndex = 0; const out = []; let m; while ((m = AMOUNT.exec(text))) out.push(m[0]); return out; }
  function tidy(s) { return s.replace(/\s+/g, ' ').split(/\s*\|\s*/).map((x) => x.trim()); }
  function sticky(s) { const re = /\d/y; re.lastIndex = 1; return re.test(s); }
  function names(s) { return /magn(?:esium|ésium)/i.test(s); }
  out = {
    first: all('200 mg and 300 mg'), again: all('5 mg'),
    amounts: [amounts('Magnesium 200 mg, 1,5 g'), amounts('400mg')],
    tidy: tidy('a  b |  c'), sticky: [sticky('a1'), sticky('1a')], names: [names('Magnésium'), names('zinc')],
    slash: [SLASH.test('a/b'), SLASH.test('é'), SLASH.test(']'), SLASH.test('\\'), SLASH.source],
    matched: 'x 1 y 2'.match(/\d/g), found: 'abc'.search(/c/), every: [...'a1b2'.matchAll(/\d/g)].map((m) => m[0]),
  };
})();`;

describe('a page script with its regex literals built from strings', () => {
  it('do what the literals did, in every use', () => {
    const rewritten = rewriteRegexLiterals(SCRIPT);
    expect(run(rewritten)).toEqual(run(SCRIPT));
    expect(run(SCRIPT)).toMatchObject({ first: [200, 300], again: [5], sticky: [true, false], names: [true, false] });
  });

  it('hold no regex literal once rewritten', () => {
    expect(literals(SCRIPT)).toHaveLength(10);
    expect(literals(rewriteRegexLiterals(SCRIPT))).toEqual([]);
  });

  it('build a pattern that keeps its place (g, y) anew each time, as a literal is, unless a call starts it from the beginning', () => {
    const rewritten = rewriteRegexLiterals(SCRIPT);
    // exec and test loops: a new object each time (the function runs twice above and reads from 0)
    expect(rewritten).toContain('new RegExp("(\\\\d+)\\\\s?mg","g")');
    expect(rewritten).not.toMatch(/__dgRe\[\d+\]=new RegExp\("\(\\\\d\+\)/);
    // replace, split, match, matchAll, search, and patterns without g or y: built once, kept
    expect(rewritten).toMatch(/__dgRe\[\d+\]\|\|\(__dgRe\[\d+\]=new RegExp\("\\\\s\+","g"\)\)/);
    expect(rewritten).toMatch(/__dgRe\[\d+\]\|\|\(__dgRe\[\d+\]=new RegExp\("magn\(\?:esium\|ésium\)","i"\)\)/);
  });

  it('leaves a script without literals as it is', () => {
    const plain = '(function(){ out = [1, "a/b", `c`]; })();';
    expect(rewriteRegexLiterals(plain)).toBe(plain);
  });
});
