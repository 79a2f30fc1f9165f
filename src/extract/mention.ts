// Does a text name the nutrient at all? The cheapest question the engine asks, and the one the gate
// (gate.ts) asks before the engine is loaded: built from the nutrient's names, other words for it
// and its symbol (src/data), in a module of its own so that asking it loads nothing else.
import type { Nutrient } from '../core/reading.ts';
import { MENTION_DATA, type MentionData } from '../data/mention-data.ts';
import { escapeRe, wordsAlt } from './words.ts';

export interface MentionMatcher {
  /** a mention of the nutrient: a name, another word for it ("magnesia") or its symbol */
  readonly mention: RegExp;
  /** does a (possibly page-sized) text mention the nutrient? Same answer as mention.test, faster */
  names(text: string): boolean;
  /** the patterns it is built of, for the linear-time test */
  readonly regexes: readonly RegExp[];
}

/** Names grouped by their first four letters, each group as "prefix(?:rest|rest)": a regex
 *  starting with a literal is scanned for that literal, fast over a whole page's text. */
function factored(words: readonly string[]): string {
  const groups = new Map<string, string[]>();
  for (const w of [...new Set(words.map((x) => x.toLowerCase()))]) {
    const k = w.slice(0, 4);
    groups.set(k, [...(groups.get(k) ?? []), w.slice(4)]);
  }
  return [...groups].map(([k, rests]) => `${escapeRe(k)}(?:${wordsAlt(rests)})`).join('|');
}

function isAscii(w: string): boolean {
  return [...w].every((c) => c.charCodeAt(0) < 0x80);
}

export function mentionMatcher(data: MentionData): MentionMatcher {
  const mentionWords = [...data.names.flatMap((n) => n.words), ...data.mentions];
  // names with a plain-ASCII head are scanned by their literal prefix; the others ("hořčík") are
  // tested only when the text holds one of their non-ASCII letters (String.includes is far cheaper)
  const asciiHead = mentionWords.filter((w) => isAscii(w.slice(0, 4)));
  const otherHead = mentionWords.filter((w) => !isAscii(w.slice(0, 4)));
  const symbols = data.symbols.map((s) => `\\b${escapeRe(s)}`);
  const fast = new RegExp([factored(asciiHead), ...symbols].filter((x) => x.length > 0).join('|') || '(?!)', 'i');
  const slow = new RegExp(otherHead.length > 0 ? wordsAlt(otherHead) : '(?!)', 'i');
  const hints = [...new Set(otherHead.flatMap((w) => {
    const c = [...w].find((ch) => ch.charCodeAt(0) > 0x7f) ?? '';
    return [c, c.toUpperCase()];
  }))];
  return {
    mention: new RegExp(`${fast.source}|${slow.source}`, 'i'),
    regexes: [fast, slow],
    names(text: string): boolean {
      if (fast.test(text)) return true;
      if (otherHead.length === 0 || !hints.some((h) => text.includes(h))) return false;
      return slow.test(text);
    },
  };
}

declare global {
  // eslint-disable-next-line no-var
  var __doseGuardMentions: Map<Nutrient, MentionMatcher> | undefined;
}

// Kept on the global object, not in this module: a large page's gate and reader are two scripts
// injected into the content script's isolated world (src/content/inject.ts), each with its own copy
// of this module, and the reader takes the matcher the gate built, its patterns already compiled,
// where the gate ran before it (about 2 ms of a large page's read, issue 14). An isolated world's
// globals are the extension's own: the page cannot see them.
const cache = (globalThis.__doseGuardMentions ??= new Map<Nutrient, MentionMatcher>());

/** The matcher of a nutrient (built on first use). */
export function mentionFor(nutrient: Nutrient): MentionMatcher {
  let m = cache.get(nutrient);
  if (!m) {
    m = mentionMatcher(MENTION_DATA[nutrient]);
    cache.set(nutrient, m);
  }
  return m;
}
