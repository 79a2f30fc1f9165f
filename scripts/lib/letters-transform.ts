// Rewrites the Unicode property escape \p{L} of src/'s patterns into the character class of
// src/extract/letters.ts (why: the comment there; issue 14; \p{Lu} and \p{Ll} stay, see KEPT). One Vite plugin,
// in vite.config.ts (every bundle, the classic scripts too) and in vitest.config.ts, so the tests
// run the patterns exactly as they ship. The sources keep \p{L}: it says what is meant, and a
// pattern another branch adds with it is rewritten like the others.
//
// What it rewrites, found with the TypeScript scanner (as the regex-safety test reads them):
// - regex literals: /(?<!\p{L})mg/iu;
// - strings and templates given to new RegExp: '\\p{L}', `[^\\p{L}]${x}`, String.raw`\p{L}`.
// Inside a class ([\p{L}.-]) the escape becomes the class's ranges, outside it a class of them
// ([A-Za-zª...]). The classes hold the letters themselves, not \u escapes: V8 checks a class of
// literal characters about 4 times faster than the same class written with \u escapes.
// Any other property escape, or \P{L} inside a class, stops the build: it has no class here.
import ts from 'typescript';
import type { Plugin } from 'vite';
import { LETTER } from '../../src/extract/letters.ts';

/** A class body as the characters themselves (the source file writes them as \u escapes). */
const CLASSES: Record<string, string> = { L: LETTER };
/** Left as they are, for now: \p{Lu} and \p{Ll} (19 in the sources). Their classes are exact
 *  (UPPER_LETTER, LOWER_LETTER) but 410 ranges each, ~1 KB of high-entropy text per use: written
 *  out, they added ~9 KB to the zipped Chrome package (311.8 KB then, over the 300 KB the README
 *  states) to save ~0.04 ms of compile each (~0.7 ms in all). \p{L}, 42 ranges, added ~1.5 KB.
 *  To write them out too, add them to CLASSES. */
const KEPT = new Set(['Lu', 'Ll']);

/** One character of a pattern as its regex engine sees it, and where it is written in the file. */
interface Unit {
  ch: string;
  start: number;
  end: number;
}

interface Edit {
  start: number;
  end: number;
  text: string;
}

/** The characters of a JavaScript string or template body `raw` written at `at`, cooked. */
function cooked(raw: string, at: number): Unit[] {
  const out: Unit[] = [];
  let i = 0;
  while (i < raw.length) {
    if (raw[i] !== '\\') {
      out.push({ ch: raw[i]!, start: at + i, end: at + i + 1 });
      i++;
      continue;
    }
    const c = raw[i + 1] ?? '';
    let len = 2;
    let ch = c;
    if (c === 'u' && raw[i + 2] === '{') {
      len = raw.indexOf('}', i) - i + 1;
      ch = String.fromCodePoint(parseInt(raw.slice(i + 3, i + len - 1), 16));
    } else if (c === 'u') {
      len = 6;
      ch = String.fromCharCode(parseInt(raw.slice(i + 2, i + 6), 16));
    } else if (c === 'x') {
      len = 4;
      ch = String.fromCharCode(parseInt(raw.slice(i + 2, i + 4), 16));
    } else if (c === '\r' && raw[i + 2] === '\n') {
      i += 3; // a line continuation adds no character
      continue;
    } else if (c === '\n' || c === '\r' || c === '\u2028' || c === '\u2029') {
      i += 2;
      continue;
    } else {
      ch = ({ n: '\n', r: '\r', t: '\t', b: '\b', f: '\f', v: '\v', 0: '\0' } as Record<string, string>)[c] ?? c;
    }
    out.push({ ch, start: at + i, end: at + i + len });
    i += len;
  }
  return out;
}

/** The characters of a regex literal's pattern or a String.raw template, written as they are. */
function verbatim(raw: string, at: number): Unit[] {
  return [...raw].map((ch, i) => ({ ch, start: at + i, end: at + i + 1 }));
}

/** The edits that turn the property escapes of one pattern (its parts in order: a template's
 *  interpolations break it into parts, a class may run on across them) into classes. */
function patternEdits(parts: Unit[][], where: string): Edit[] {
  const edits: Edit[] = [];
  let inClass = false;
  for (const u of parts) {
    for (let i = 0; i < u.length; i++) {
      const ch = u[i]!.ch;
      if (ch === '\\') {
        const kind = u[i + 1]?.ch;
        if ((kind === 'p' || kind === 'P') && u[i + 2]?.ch === '{') {
          let j = i + 3;
          let name = '';
          while (j < u.length && u[j]!.ch !== '}') name += u[j++]!.ch;
          const body = CLASSES[name];
          if (KEPT.has(name)) {
            i = j;
            continue;
          }
          if (body === undefined || j >= u.length) throw new Error(`${where}: \\${kind}{${name}} has no class in src/extract/letters.ts (issue 14: no property escape ships)`);
          if (kind === 'P' && inClass) throw new Error(`${where}: \\P{${name}} inside a class cannot be written as a class`);
          const text = inClass ? body : kind === 'P' ? `[^${body}]` : `[${body}]`;
          edits.push({ start: u[i]!.start, end: u[j]!.end, text });
          i = j;
        } else {
          i++; // an escaped character, whatever it is
        }
      } else if (ch === '[' && !inClass) {
        inClass = true;
      } else if (ch === ']' && inClass) {
        inClass = false;
      }
    }
  }
  return edits;
}

const PROPERTY = /\\[pP]\{/;

/** `code` (TypeScript or JavaScript) with every \p{L} of its regex literals,
 *  strings and templates written as a class; null when it has none. */
export function rewriteLetters(code: string, file = 'source'): string | null {
  if (!PROPERTY.test(code)) return null;
  const sf = ts.createSourceFile(file, code, ts.ScriptTarget.ES2022, true, file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const edits: Edit[] = [];
  const where = (n: ts.Node) => `${file}:${sf.getLineAndCharacterOfPosition(n.getStart(sf)).line + 1}`;
  /** The body of a string or template part: its text less the delimiters. */
  const bodyOf = (n: ts.Node, open: number, close: number) => {
    const start = n.getStart(sf) + open;
    return { raw: code.slice(start, n.getEnd() - close), start };
  };
  const visit = (n: ts.Node): void => {
    if (n.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      const text = n.getText(sf);
      if (PROPERTY.test(text)) edits.push(...patternEdits([verbatim(text.slice(1, text.lastIndexOf('/')), n.getStart(sf) + 1)], where(n)));
      return;
    }
    if (ts.isStringLiteral(n) || ts.isNoSubstitutionTemplateLiteral(n)) {
      if (!PROPERTY.test(n.getText(sf))) return;
      const raw = ts.isTaggedTemplateExpression(n.parent) && n.parent.tag.getText(sf) === 'String.raw';
      const { raw: body, start } = bodyOf(n, 1, 1);
      edits.push(...patternEdits([raw ? verbatim(body, start) : cooked(body, start)], where(n)));
      return;
    }
    if (ts.isTemplateExpression(n)) {
      if (!PROPERTY.test(n.getText(sf))) return;
      const raw = ts.isTaggedTemplateExpression(n.parent) && n.parent.tag.getText(sf) === 'String.raw';
      const pieces = [bodyOf(n.head, 1, 2), ...n.templateSpans.map((s) => bodyOf(s.literal, 1, ts.isTemplateTail(s.literal) ? 1 : 2))];
      edits.push(...patternEdits(pieces.map((p) => (raw ? verbatim(p.raw, p.start) : cooked(p.raw, p.start))), where(n)));
      for (const s of n.templateSpans) visit(s.expression);
      return;
    }
    ts.forEachChild(n, visit);
  };
  visit(sf);
  if (edits.length === 0) return null;
  let out = '';
  let at = 0;
  for (const e of edits.sort((a, b) => a.start - b.start)) {
    out += code.slice(at, e.start) + e.text;
    at = e.end;
  }
  return out + code.slice(at);
}

/** The plugin: every module under src/ (tests keep their \p{L}, to compare against it). */
export function letters(): Plugin {
  return {
    name: 'dose-guard:letters',
    enforce: 'pre',
    transform(code, id) {
      const file = id.split('?')[0]!;
      if (!/[\\/]src[\\/].*\.(?:[cm]?[jt]sx?)$/.test(file) || file.includes('node_modules')) return null;
      const out = rewriteLetters(code, file);
      return out === null ? null : { code: out, map: null };
    },
  };
}
