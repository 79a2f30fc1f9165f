// Literal words in regular expressions: escaped, and alternations of them. Apart from
// text/patterns.ts, whose module builds all its patterns when loaded, so that the gate in front of
// the engine (gate.ts) can build its one pattern without loading the rest.

export function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** An alternation of literal words, longest first (so a longer inflection wins). */
export function wordsAlt(words: readonly string[]): string {
  return [...new Set(words.map((w) => w.toLowerCase()))].sort((a, b) => b.length - a.length).map(escapeRe).join('|');
}
