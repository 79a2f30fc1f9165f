// The nutrient's data (src/data/reading-data.ts) compiled into the matchers the engine's stages
// use: every regular expression that names the nutrient is built here, from its names, symbols and
// the other nutrients combination products list. The stages take a Lexicon as a parameter, so no
// nutrient's word is written in code. Built once per nutrient and kept.
// Rules as in text/patterns.ts: bounded repetition, no nested quantifiers, literal alternations
// (escaped words, longest first), checked for super-linear backtracking by a test.
import type { Nutrient } from '../core/reading.ts';
import { DEFAULT_NUTRIENT, READING_DATA, type ReadingData } from '../data/reading-data.ts';
import { mentionFor, mentionMatcher, type MentionMatcher } from './mention.ts';
import { escapeRe, wordsAlt } from './words.ts';
import { NONE_OF_NUTRIENT_LEADS, NONE_OF_NUTRIENT_SUBJECTS } from '../data/magnesium/names.ts';

export interface Lexicon {
  readonly data: ReadingData;
  /** the names as one regex source group, each a word start ("Magnesiumcitrat" too) */
  readonly nameSrc: string;
  /** a mention of the nutrient: a name, another word for it ("magnesia") or its symbol */
  readonly mention: RegExp;
  /** the same, global, with the rest of the word ("Magnesiumcitrat"): for counting mentions */
  readonly mentionWordG: RegExp;
  /** a line (a facts row) that starts with the name, within its first 3 characters */
  readonly lineStartsWithName: RegExp;
  /** the name at the start of a short string (a facts cell), as a whole word */
  readonly startsWithName: RegExp;
  /** the name, its suffix letters and the next character ("Magnesiumcitrat", "Magnesium (") */
  readonly nameThenNext: RegExp;
  /** after an amount: "of (up to two words) <name>", "de magnesio", "reines Magnesium" */
  readonly afterAmountName: RegExp;
  /** after an amount: "each of calcium and <name>" */
  readonly eachOfName: RegExp;
  /** after an amount and its unit's dot: ". Elemental <Name>" */
  readonly dotElementalName: RegExp;
  /** at the end of a short slice before an amount: "<name> (", "<name>:", "<name> -" */
  readonly beforeAmountName: RegExp;
  /** a label line headed by the name and a colon ("Magnesium: per 100 g: ...") */
  readonly labelHead: RegExp;
  /** explicit wording that the amount is the element itself ("elemental", "(as ...", "davon") */
  readonly elemental: RegExp;
  /** a slice that ends with the name: a German compound word's head ("Magnesium|citrat") */
  readonly endsWithName: RegExp;
  /** other nutrients a combination product names */
  readonly otherNutrient: RegExp;
  /** right after an amount: an elemental adjective ("400 mg elemental", "400 mg (elemental)",
   *  "400 mg of elemental ...") */
  readonly elementalAfterAmount: RegExp;
  /** at the end of a slice before an amount: "elemental <name>" (the amount of the compound before) */
  readonly elementalNameEnd: RegExp;
  /** "<name> oil": a solution applied to the skin */
  readonly oil: RegExp;
  /** a label row's name, whole: the name (or "elemental <name>"), up to three words of its form,
   *  brackets, a dot leader ("Magnesium (as citrate) ....", "Magnesium Bisglycinate Chelate -") */
  readonly labelName: RegExp;
  /** a mention glued to the figure after it, global ("Magnesio150 mg": a row whose cells lost their separators) */
  readonly mentionBeforeFigureG: RegExp;
  /** in a product's title: a short form of the name as a word of its own or hyphen-joined ("Cal-Mag") */
  readonly titleShortName: RegExp;
  /** the page says the product holds none of the nutrient ("does not contain <name>.") */
  readonly statesNone: RegExp;
  /** every regex above, for the linear-time test */
  readonly regexes: readonly RegExp[];
  /** does a (possibly page-sized) text mention the nutrient? Same answer as mention.test, faster */
  names(text: string): boolean;
}

/** Generic words that say an amount is the element itself, in the shops' languages. */
const ELEMENTAL_WORDS = ['elemental', 'elementares', 'elementaren', 'elementar', 'élémentaire', 'elemento', 'elementale', 'reines', 'providing', 'davon',
  'apportant', 'aportando', 'equivalent to', 'equivalente a', 'pari a', 'entsprechend', 'equiv', 'corresponding to', 'correspondant', 'elementair', 'elementärt'];

/** The adjectives among them, which may follow the amount itself ("400 mg elemental"). */
const ELEMENTAL_ADJECTIVES = ['elemental', 'elementares', 'elementaren', 'elementar', 'élémentaire', 'elemento', 'elementale', 'elementair', 'elementärt'];

const cache = new Map<Nutrient, Lexicon>();

/** The lexicon of a nutrient (built on first use). */
export function lexiconFor(nutrient: Nutrient = DEFAULT_NUTRIENT): Lexicon {
  let lex = cache.get(nutrient);
  if (!lex) {
    // (the nutrient's reading data holds its mention data: the matcher the gate built serves)
    lex = buildLexicon(READING_DATA[nutrient], mentionFor(nutrient));
    cache.set(nutrient, lex);
  }
  return lex;
}

export function buildLexicon(data: ReadingData, matcher: MentionMatcher = mentionMatcher(data)): Lexicon {
  const words = data.names.flatMap((n) => n.words);
  const nameSrc = `(?:${wordsAlt(words)})`;
  const mention = matcher.mention;
  const other = data.otherNutrients.map((w) => (w.endsWith('*') ? `${escapeRe(w.slice(0, -1))}\\p{L}{0,12}` : escapeRe(w))).join('|');
  const lex: Omit<Lexicon, 'regexes' | 'names'> = {
    data,
    nameSrc,
    mention,
    mentionWordG: new RegExp(`${nameSrc}\\p{L}{0,14}`, 'giu'),
    lineStartsWithName: new RegExp(`^[^\\n]{0,3}${nameSrc}(?![\\p{L}])`, 'imu'),
    startsWithName: new RegExp(`^${nameSrc}(?![\\p{L}])`, 'iu'),
    nameThenNext: new RegExp(`${nameSrc}(\\p{L}{0,20})\\s{0,3}(.{0,1})`, 'iu'),
    // (a closing bracket may stand between: "7mEq (84 Mg) magnesium")
    afterAmountName: new RegExp(`^\\s{0,2}\\)?\\s{0,3}(?:(?:of|de|di|du|an|von)\\s{1,3}|d')?(?:[\\p{L}®-]{2,16}\\s{1,3}){0,2}?(${nameSrc}\\p{L}{0,14})`, 'iu'),
    // "250 mg each of calcium and magnesium": the amount of every nutrient listed
    eachOfName: new RegExp(`^\\s{1,3}(?:each|apiece)\\s{1,3}(?:of\\s{1,3})?(?:[\\p{L}-]{2,16}\\s{0,2}(?:,|and|&|und|et|y)\\s{0,3}){0,3}(${nameSrc}\\p{L}{0,14})`, 'iu'),
    // "84.5 mg. Elemental Magnesium": the abbreviation's dot, then the element named as such
    dotElementalName: new RegExp(`^\\.\\s{1,3}(?:${wordsAlt(ELEMENTAL_WORDS)})\\s{1,3}(${nameSrc}\\p{L}{0,14})`, 'iu'),
    beforeAmountName: new RegExp(`${nameSrc}\\s{0,2}(?:[(:–-]|\\.{3,})\\s{0,2}(?:approx\\.?\\s{0,2}|about\\s{1,2}|ca\\.?\\s{0,2})?$`, 'iu'),
    labelHead: new RegExp(`^[ \\t*•-]{0,3}${nameSrc}[ \\t]{0,2}:`, 'iu'),
    elemental: new RegExp(`\\b(?:${wordsAlt(ELEMENTAL_WORDS)}|(?:pure|as) ${nameSrc})\\b|\\(\\s{0,2}(?:as|from|als|sous forme|como|come)\\b|\\bfrom\\s{1,3}${nameSrc}`, 'i'),
    endsWithName: new RegExp(`${nameSrc}$`, 'i'),
    otherNutrient: new RegExp(`\\b(?:${other || '(?!)'})\\b`, 'iu'),
    elementalAfterAmount: new RegExp(`^\\s{0,2}[(\\[]?\\s{0,2}(?:(?:of|de|di|du)\\s{1,2}|d')?(?:${wordsAlt(ELEMENTAL_ADJECTIVES)})(?!\\p{L})`, 'iu'),
    elementalNameEnd: new RegExp(`elemental ${nameSrc}\\)?\\s{0,3}$`, 'i'),
    oil: new RegExp(`${nameSrc} oil\\b`, 'i'),
    // (the product the subject, the name ending its sentence or clause: "free of <name> stearate",
    // "<name> in the oxide form" say nothing of the nutrient)
    statesNone: new RegExp(`(?:${wordsAlt(NONE_OF_NUTRIENT_SUBJECTS)})[ \\t]{1,3}(?:${wordsAlt(NONE_OF_NUTRIENT_LEADS)})[ \\t]{0,3}(?:any[ \\t]{1,2})?${nameSrc}[ \\t]{0,2}(?:[.;!]|$)`, 'imu'),
    titleShortName: new RegExp(data.titleShortNames.length > 0 ? `(?:^|[\\s-])(?:${wordsAlt(data.titleShortNames)})(?=[\\s-]|$)` : '(?!)', 'iu'),
    labelName: new RegExp(`^[ \\t]{0,3}(?:[-•*·–][ \\t]{0,2})?(?:elemental[ \\t]{1,2})?${nameSrc}[\\p{L}]{0,14}(?:[ \\t-]{1,2}[\\p{L}-]{2,20}){0,3}[ \\t]{0,3}(?:\\([^()]{0,80}\\)[ \\t]{0,3}){0,2}[ \\t.…:\\-–]{0,80}$`, 'iu'),
    mentionBeforeFigureG: new RegExp(`(${mention.source})(?=\\d)`, 'giu'),
  };
  const regexes = [...matcher.regexes, ...Object.values(lex).filter((v): v is RegExp => v instanceof RegExp)];
  return { ...lex, regexes, names: matcher.names };
}
