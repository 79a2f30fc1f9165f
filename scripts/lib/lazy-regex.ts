// The page's reader (reader.js, which the background injects into a large product page) ships its
// regular-expression literals as strings given to new RegExp (issue 14). Why: V8 checks the syntax
// of every regex literal as it compiles a script, the literals of functions that never run on the
// page included; a string is only scanned. The reader holds about 170 literals, most of them in
// rules a given page never reaches, and checking them was about a fifth of its compile time (Node's
// V8: 4.3 -> 3.7 ms median), paid on every large product page. A pattern built from a string is
// checked when it is first built, so only the patterns a page uses cost anything. The other page
// scripts use nearly all of their few patterns on every page: for them it would change nothing.
// The sources keep their literals: they say what is meant, and the regex-safety test reads them.
//
// The rewrite keeps what a literal means:
// - a literal makes a new object each time it is evaluated; a pattern with the g or y flag keeps
//   its place (lastIndex) in that object, so it is built anew each time, as the literal was (unless
//   it is given straight to replace, replaceAll, split, match, matchAll or search, which start from
//   the beginning and leave it there);
// - any other pattern holds no state, so it is built once, on its first evaluation, and kept.
import ts from 'typescript';
import type { Plugin } from 'vite';

/** Calls that use a pattern from its start and leave its lastIndex at 0 (ECMA-262: each resets it,
 *  and a global match ends on a failed one, which sets it to 0). */
const FROM_THE_START = new Set(['replace', 'replaceAll', 'split', 'match', 'matchAll', 'search']);

/** The name of the array the kept patterns live in, local to the rewritten script. */
const KEPT = '__dgRe';

/** Is the literal `node` the first argument of one of the FROM_THE_START calls? */
function usedFromTheStart(node: ts.Node): boolean {
  const call = node.parent;
  if (!call || !ts.isCallExpression(call) || call.arguments[0] !== node) return false;
  const callee = call.expression;
  return ts.isPropertyAccessExpression(callee) && FROM_THE_START.has(callee.name.text);
}

/** `code` (a classic script) with every regex literal built from a string; the script is wrapped
 *  in a function that holds the kept patterns. Returns the code unchanged if it has no literal. */
export function rewriteRegexLiterals(code: string): string {
  const file = ts.createSourceFile('script.js', code, ts.ScriptTarget.Latest, true, ts.ScriptKind.JS);
  const edits: { start: number; end: number; text: string }[] = [];
  const visit = (node: ts.Node): void => {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      const literal = node.getText(file);
      const slash = literal.lastIndexOf('/');
      const pattern = literal.slice(1, slash);
      const flags = literal.slice(slash + 1);
      const built = `new RegExp(${JSON.stringify(pattern)},${JSON.stringify(flags)})`;
      const stateful = /[gy]/.test(flags) && !usedFromTheStart(node);
      const n = edits.length;
      edits.push({ start: node.getStart(file), end: node.getEnd(), text: stateful ? built : `(${KEPT}[${n}]||(${KEPT}[${n}]=${built}))` });
      return;
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  if (edits.length === 0) return code;
  let out = '';
  let at = 0;
  for (const e of edits) {
    out += code.slice(at, e.start) + e.text;
    at = e.end;
  }
  out += code.slice(at);
  return `(()=>{const ${KEPT}=[];\n${out}\n})();\n`;
}

/** The Vite plugin, for the page's reader (vite.config.ts). */
export function lazyRegexLiterals(): Plugin {
  return {
    name: 'dose-guard:lazy-regex-literals',
    apply: 'build',
    // (on the finished chunk, once minified: a minifier may write a pattern built from constant
    // strings back as a literal)
    generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) if (chunk.type === 'chunk') chunk.code = rewriteRegexLiterals(chunk.code);
    },
  };
}
