// Literal words in regular expressions: escaped, and alternations of them. Apart from
// text/patterns.ts, so that the gate in front of the engine (gate.ts) can build its one pattern
// without loading the rest.

export function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** An alternation of literal words, longest first (so a longer inflection wins), each once and in
 *  lower case; words of one length keep their order. Built once per pattern, on a large page's read,
 *  in code run once and never optimised: so no sort callback and no pattern per word, but buckets
 *  of length and one escape over all the words joined (issue 14). */
export function wordsAlt(words: readonly string[]): string {
  // ("\n" is in no word, and lower-casing the joined words is lower-casing each: a Greek final
  // sigma stays final before a line break as at a word's end)
  const byLength: string[][] = [];
  for (const word of new Set(words.join('\n').toLowerCase().split('\n'))) (byLength[word.length] ??= []).push(word);
  const longestFirst: string[] = [];
  for (let n = byLength.length - 1; n >= 0; n--) longestFirst.push(...(byLength[n] ?? []));
  return escapeRe(longestFirst.join('\n')).replaceAll('\n', '|');
}
