// The nutrient is data, not code (issue 8): no string, template or regular expression in the
// engine (src/extract) names it, in any language its data lists, nor holds one of its figures (the
// caps, the label values, the compounds' shares): every stage takes them from src/data as a
// parameter, so a second nutrient is new data. Comments may name it (they say why).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { READING_DATA } from '../../../src/data/reading-data.ts';
import { REPO_ROOT } from './accuracy-lib.ts';

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = path.join(dir, f);
    return statSync(p).isDirectory() ? files(p) : p.endsWith('.ts') ? [p] : [];
  });
}

/** Every literal the file's code holds: strings, template parts, regular expressions, numbers. */
function literals(file: string): { text: string[]; numbers: number[] } {
  const src = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.ES2022, true);
  const text: string[] = [];
  const numbers: number[] = [];
  const visit = (n: ts.Node): void => {
    // (a module path is where data is imported from, not a word the code matches)
    if ((ts.isImportDeclaration(n) || ts.isExportDeclaration(n)) && n.moduleSpecifier) return;
    if (ts.isStringLiteral(n) || ts.isNoSubstitutionTemplateLiteral(n) || ts.isTemplateHead(n) || ts.isTemplateMiddle(n) || ts.isTemplateTail(n)) text.push(n.text);
    else if (n.kind === ts.SyntaxKind.RegularExpressionLiteral) text.push(n.getText(src));
    else if (ts.isNumericLiteral(n)) numbers.push(Number(n.text.replace(/_/g, '')));
    ts.forEachChild(n, visit);
  };
  visit(src);
  return { text, numbers };
}

const SOURCES = files(path.join(REPO_ROOT, 'src/extract'));
const data = READING_DATA.magnesium;
const WORDS = [...data.names.flatMap((n) => n.words), ...data.mentions, ...data.symbols].map((w) => w.toLowerCase());
// (the figures that are the nutrient's own: its compounds' shares and its label values; round
// numbers such as 1000 are also unit factors and loop bounds, and are not looked for)
const FIGURES = new Set([data.labelValues.dv, data.labelValues.nrv, ...data.forms.flatMap((f) => [f.share, ...(f.exactSalts ?? []).map((s) => s.share)])]);

describe('no nutrient word or figure in the engine\'s code', () => {
  it('the engine has source files to check', () => expect(SOURCES.length).toBeGreaterThan(20));
  for (const f of SOURCES) {
    it(path.relative(REPO_ROOT, f), () => {
      const { text, numbers } = literals(f);
      const named = text.filter((t) => WORDS.some((w) => t.toLowerCase().includes(w)));
      expect(named, 'a nutrient word').toEqual([]);
      expect(numbers.filter((n) => FIGURES.has(n)), 'a nutrient figure').toEqual([]);
    });
  }
});
