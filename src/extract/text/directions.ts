// Directions -> units per day as a range: "Take 2 capsules daily" = 2 capsules/day,
// "1 capsule 1-3 times daily" = 1-3, "two tablets two times per day" = 4,
// "1 tablespoon once or twice a day" = 1-2, "Täglich 2 Kapseln", "2 gélules par jour",
// "2-3 cápsulas al día", "5 sprays on your skin (per day)". Sentences that state a ceiling
// ("do not exceed 4 capsules") are not directions.
import { firstPerson, reviewState, type ReviewState } from './reviews.ts';
import { PRICE_CUE_RE, DAILY_HEADER_RE, AGE_ADULT_NOUN_RE, AGE_ADULT_RE, AGE_CHILD_RE, CEILING_RE, CEILING_UNLESS_RE, DAY_DOSE_NOTE_RE, DAY_DOSES_RE, DIRECTIONS_HEADING_RE, FIRST_PERSON_RE, NEGATION_RE, PRESCRIBER_SUBJECT_RE, SENTENCE_SPLIT_RE, SIGNED_QUOTE_LINE_RE, SUPPLY_BASIS_AGAIN_RE, SUPPLY_RE, TOKEN_RE } from './patterns.ts';
import { numberWord, parseNumber } from './numbers.ts';
import { endsInPrice } from './price.ts';
import { isColumnHeaderRow, isDailyColumnsHeaderRow } from './serving.ts';
import { isDiscrete, unitOf, volumeMl } from './units.ts';
import { EXTRA_COUNT_LEAD_WORDS, EXTRA_COUNT_NEXT_WORDS, HALF_ARTICLE_WORDS, HALF_MEASURE_WORDS, EXTRA_COUNT_NOT_BEFORE_WORDS, EXTRA_COUNT_TAIL_PHRASES, SUPPLY_DURATION_WORDS, EACH_INTAKE_WORDS, TIMES_RANGE_ONE_WORDS, TIMES_RANGE_OR_WORDS, ADDITIONAL_ADVERB_WORDS, ADDITIONAL_BETWEEN_WORDS, ADDITIONAL_DOSE_PHRASES, ADDITIONAL_DOSE_WORDS, ADDITIONAL_NOT_BEFORE_WORDS, AT_ONCE_PHRASES, CARRIER_APPROX_WORDS, CARRIER_INTO_WORDS, CARRIER_LIQUID_WORDS, CARRIER_MEASURE_WORDS_EXTRA, CEILING_VERB_TAIL_WORDS, CONDITION_COUNT_PHRASES, CONDITION_OF_USE_OPEN_WORDS, COUNT_CONTAIN_VERBS, COUNT_LIST_LAST_WORDS, DAILY_WORDS_EXTRA, DAY_BEFORE_TIMES_WORDS, DAY_LINK_WORDS_EXTRA, DISSOLVE_WORDS, DOCTOR_WORDS, DOSE_SENTENCE_WORDS, EQUIVALENCE_LINK_WORDS, EQUIVALENCE_WORDS, EXTRA_CONTAIN_VERB_WORDS, EXTRA_TAKEN_WORDS, FREQUENCY_ONLY_WORDS, INTAKE_NOUN_WORDS, MAIN_MEAL_WORDS, MEAL_WORDS_EXTRA, MEASURE_FILL_WORDS, MISSED_DOSE_WORDS, NUMBER_BEFORE_TIMES_WORDS, ONCE_WORDS_EXTRA, OTHER_ACTION_WORDS, RAISE_CLAUSE_WORDS, RAISE_COUNT_NEXT_WORDS, RAISE_PHRASES, RAISE_TO_WORDS, RAISED_NEED_WORDS, STEP_THEN_WORDS, DEFINITE_ARTICLE_WORDS, CONTRACTED_TO_WORDS, INTAKE_COUNT_NOUNS, THRESHOLD_COUNT_LEADS, RANGE_WORDS_EXTRA, SECOND_INTAKE_WORDS, TAKE_WORDS_EXTRA, TIME_GOING_WORDS, TIME_LEAD_WORDS_EXTRA, TIME_OF_DAY_WORDS_EXTRA, TIMES_WORDS_EXTRA, UP_TO_RAISE_PHRASES, USE_NOUN_WORDS, NUMBER_BEFORE_TIMES_NEXT_WORDS, COMMERCE_WORDS, TIME_NOT_AFTER_WORDS, AGE_MONTH_WORDS, SUITABLE_USE_WORDS, CONDITIONAL_OPEN_WORDS, COMMERCE_AMBIGUOUS_WORDS, TIME_COMPARE_WORDS, TIME_INSTEAD_WORDS, TIME_NEEDS_LEAD_WORDS_EXTRA, CONDITION_TAKE_WORDS, CONDITIONAL_IMPERSONAL_NEXT_WORDS, TIME_UNTIL_WORDS, TIME_GOING_TO_WORDS, TIME_INSTEAD_PHRASES, OPTION_WORDS, TIME_UNTIL_PHRASES } from '../../data/magnesium/names.ts';

export interface DirectionsRange {
  /** units per day */
  min: number;
  max: number;
  unit: string;
  /** the count of units per intake (e.g. 2 in "2 capsules twice daily"), as a range */
  perIntake: { min: number; max: number };
  /** the sentence it came from, verbatim (whitespace folded) */
  text: string;
  /** the sentences it came from: the first, and the one giving the maximum when another does
   *  ("Ages 4-8: 1 gummy ... Ages 9+: 2 gummies"), each verbatim */
  sources: string[];
  /** "Apply 2-3 times daily": a count of intakes with no unit named (one serving each, when the
   *  serving is a single unit) */
  unitless?: boolean;
}

export interface DirectionsResult {
  /** union of every direction found; null when none */
  range: DirectionsRange | null;
  /** the most units a day the page allows ("Do not exceed 1 stick per day"), when it says so */
  ceiling?: { max: number; unit: string; text: string };
  /** directions in another unit than the range's, not merged into it ("Take once daily." then "up
   *  to 2 scoops daily"): the serving stage adds them when it can count them in servings */
  others?: DirectionsRange[];
  /** a direction was found but is open-ended ("one or more tablets a day") */
  openEnded: boolean;
  /** sentences read as directions */
  texts: string[];
  /** with no range: a sentence counts the units of an intake with no frequency ("Take 3 capsules
   *  with water"), so the page says what an intake is, if not how often */
  countsUnits?: true;
}

const DAILY = new Set([
  'daily', 'day', 'days', 'täglich', 'taglich', 'tag', 'tage', 'jour', 'jours', 'quotidien', 'quotidiennement',
  'día', 'dia', 'días', 'diario', 'diarios', 'diaria', 'diarias', 'diariamente', 'giorno', 'giornalmente', 'quotidianamente',
  ...DAILY_WORDS_EXTRA,
]);
// words that may sit between a count and "daily" ("per day", "a day", "al día", "pro Tag")
// (and where a spray goes: "Spray 10-20 times on skin daily")
const DAY_LINK = new Set(['a', 'per', 'each', 'every', 'pro', 'am', 'par', 'al', 'por', 'cada', 'ogni', 'the', 'in', 'de', 'del', 'im', 'on', 'onto', 'your', 'skin', 'body', ...DAY_LINK_WORDS_EXTRA]);
const TIMES = new Set(['times', 'time', 'x', '×', 'mal', 'fois', 'veces', 'vez', 'volte', 'volta', ...TIMES_WORDS_EXTRA]);
/** The day words before their word of times ("naponta kétszer"), and what ends a clause after it. */
const DAY_BEFORE_TIMES = new Set(DAY_BEFORE_TIMES_WORDS);
const CLAUSE_END = new Set([',', ':', '(', ')', '–', '—', '/']);
const ONCE: Readonly<Record<string, number>> = {
  once: 1, twice: 2, thrice: 3, einmal: 1, zweimal: 2, dreimal: 3, viermal: 4, ...ONCE_WORDS_EXTRA,
};
// ("stir" as "mix": "Stir 1 scoop into 8 oz warm milk ... before bed", issue 8, round 18)
const TAKE = new Set(['take', 'takes', 'taking', 'chew', 'mix', 'stir', 'use', 'apply', 'spray', 'dissolve', 'swallow', 'consume',
  'nehmen', 'einnehmen', 'verzehren', 'prendre', 'tomar', 'toma', 'tome', 'assumere', 'add', 'drink', ...TAKE_WORDS_EXTRA]);
const RANGE_LINK = new Set(['-', '–', '—', 'to', 'or', 'bis', 'oder', 'à', 'a', 'ou', 'o', 'y', 'e', 'and', 'und', ...RANGE_WORDS_EXTRA]);
const MORE = new Set(['more', 'mehr', 'plus', 'más', 'più']);
/** Words that offer another dose as an alternative ("... daily, or 2 capsules twice daily"). */
const OR_WORDS = new Set(['or', 'oder', 'ou', 'o', 'of', 'eller', 'lub', 'albo', 'nebo', 'vagy']);
const EVERY = new Set(['every', 'alle', 'toutes', 'cada', 'ogni', 'elke', 'var', 'co']);
const MEAL_LEAD = new Set(['with', 'at', 'zu', 'bei', 'à', 'a', 'avec', 'con', 'ad', 'bij', 'vid', 'przy', 'ke']);
const EACH = new Set(['each', 'every', 'jeder', 'jede', 'chaque', 'cada', 'ogni', 'elke', 'varje', 'każdym', 'každému', 'každé']);
const MEAL = new Set(['meal', 'mahlzeit', 'hauptmahlzeit', 'repas', 'comida', 'pasto', 'maaltijd', 'måltid', 'posiłku', 'jídlu', ...MEAL_WORDS_EXTRA]);
const MAIN_MEAL = new Set(MAIN_MEAL_WORDS);
const MEALS_A_DAY = 3;
const HOURS = new Set(['hours', 'hrs', 'h', 'stunden', 'std', 'heures', 'horas', 'ore', 'uur', 'timme', 'timmar', 'godziny', 'hodin']);

interface Tok { t: string; l: string }

function tokenize(s: string): Tok[] {
  const out: Tok[] = [];
  const re = new RegExp(TOKEN_RE.source, TOKEN_RE.flags);
  let m: RegExpExecArray | null;
  while ((m = re.exec(s)) !== null) {
    let t = m[0];
    // "1-3" arrives as "1", "-", "3"; "N-mal" as "N", "-", "mal"
    if (t.length > 1 && /[.]$/.test(t) && !/\d/.test(t)) t = t.slice(0, -1);
    out.push({ t, l: t.toLowerCase() });
    if (out.length > 400) break;
  }
  return joinArticleHalves(joinHalves(measureForContainer(joinFluidOunces(joinSpoons(joinMixedNumbers(joinTimesStems(joinTimesOr(splitHalfHyphens(out)))))))));
}

/** A count of a container the reader has no unit for, with its measure in brackets right after it
 *  ("1/2 to 1 bottle (5 to 10 fl oz)", "1 flacon (10 ml)"): the bracket's measure is the dose, in a
 *  unit the serving can be told in (issue 8, round 72: an OTC solution's day was lost). A unit's own
 *  bracket ("1 scoop (5 g)") and a carrier's ("1 glass (250 ml)") are left as they are. */
function measureForContainer(toks: Tok[]): Tok[] {
  for (let j = 2; j < toks.length; j++) {
    if (toks[j]!.t !== '(') continue;
    const word = toks[j - 1]!;
    if (!/^\p{L}/u.test(word.t) || unitOf(word.l) !== null || MEASURE.has(word.l) || !/^\d/.test(toks[j - 2]!.t)) continue;
    let k = j + 1;
    if (!/^\d/.test(toks[k]?.t ?? '')) continue;
    k++;
    if (RANGE_LINK.has(toks[k]?.l ?? '') && /^\d/.test(toks[k + 1]?.t ?? '')) k += 2;
    const unit = unitOf(toks[k]?.l ?? '');
    if (!unit || volumeMl(unit) === null || toks[k + 1]?.t !== ')') continue;
    let from = j - 2;
    if (RANGE_LINK.has(toks[from - 1]?.l ?? '') && /^\d/.test(toks[from - 2]?.t ?? '')) from -= 2;
    return [...toks.slice(0, from), ...toks.slice(j + 1, k + 1), ...toks.slice(k + 2)];
  }
  return toks;
}

/** "fl oz", "fluid ounces": one unit token, a measure of liquid as "ml" is (an OTC solution's dose
 *  "5 to 10 fl oz" over "each fl oz contains: <element> 290 mg"; issue 8, round 72). Ounces alone stay a
 *  carrier's measure ("a full glass (8 ounces) of liquid"). */
const FLUID = new Set(['fl', 'fluid']);
const OUNCE = new Set(['oz', 'ounce', 'ounces']);
function joinFluidOunces(toks: Tok[]): Tok[] {
  if (!toks.some((x) => FLUID.has(x.l))) return toks;
  const out: Tok[] = [];
  for (let i = 0; i < toks.length; i++) {
    const a = toks[i]!;
    if (FLUID.has(a.l) && OUNCE.has(toks[i + 1]?.l ?? '')) {
      out.push({ t: `${a.t} ${toks[i + 1]!.t}`, l: 'fl oz' });
      i += 1;
    } else out.push(a);
  }
  return out;
}

const TIMES_RANGE_ONE = new Set(TIMES_RANGE_ONE_WORDS);
const TIMES_RANGE_OR = new Set(TIMES_RANGE_OR_WORDS);
/** A range of times joined by "or", its lower end one ("en eller två gånger dagligen", "raz lub dwa
 *  razy dziennie", "1 lub 2 razy", "een of twee keer per dag"): its ends made a range ("1 to 2"), so
 *  the count reads both (read as the upper count alone, the day's least was lost; issue 8). Only
 *  before a word of times: "one or two capsules" is read as it was. */
function joinTimesOr(toks: Tok[]): Tok[] {
  for (let i = 0; i + 3 < toks.length; i++) {
    const w = toks[i]!.l;
    if (!TIMES_RANGE_OR.has(toks[i + 1]!.l) || !TIMES.has(toks[i + 3]!.l)) continue;
    // (or any other lower end, "twee of drie keer", "dwa lub trzy razy", "två eller tre gånger": was
    // the upper count alone, the day's least raised; the review of round 65's rules)
    // (never a list's last two, "one, two or three times a day", read as the list it ends)
    if (toks[i - 1]?.l === ',') continue;
    const lo = w === '1' || TIMES_RANGE_ONE.has(w) ? 1 : num(toks[i], false) ?? NUMBER_BEFORE_TIMES_WORDS[w] ?? null;
    // (Danish "en eller to gange": "to" a number before its word of times)
    const hi = num(toks[i + 2], false) ?? NUMBER_BEFORE_TIMES_WORDS[toks[i + 2]!.l] ?? null;
    if (lo === null || hi === null || hi <= lo || hi > MAX_TIMES_OR) continue;
    toks[i] = { t: String(lo), l: String(lo) };
    toks[i + 1] = { t: toks[i + 1]!.t, l: 'to' };
  }
  return toks;
}
/** The most times a day a range joined by "or" reaches. */
const MAX_TIMES_OR = 6;

const NUMBER_BEFORE_TIMES_NEXT = new Set(NUMBER_BEFORE_TIMES_NEXT_WORDS);
/** A range of times whose first word is cut short by a hyphen, its ending left to the second
 *  ("zwei- bis dreimal", "ein- oder zweimal", "een- tot tweemaal", "egy- vagy kétszer"): the first
 *  word made whole with the second's ending, so the range reads as "zweimal bis dreimal" (issue 8,
 *  round 62: "zwei- bis dreimal am Tag je eine Brausetablette" read no day, falsely reassuring). */
function joinTimesStems(toks: Tok[]): Tok[] {
  for (let i = 0; i + 2 < toks.length; i++) {
    // ("to gange dagligt": Danish "to" is two only before its own word of times, never English "time")
    const before = NUMBER_BEFORE_TIMES_WORDS[toks[i]!.l];
    if (before !== undefined && NUMBER_BEFORE_TIMES_NEXT.has(toks[i + 1]!.l)) toks[i] = { t: String(before), l: String(before) };
    const stem = toks[i]!.l;
    if (stem.length < 3 || !stem.endsWith('-') || stem.slice(0, -1).includes('-')) continue;
    const link = toks[i + 1]!.l;
    if (!RANGE_LINK.has(link) && !OR_WORDS.has(link)) continue;
    const w = toks[i + 2]!.l;
    // ("dos- a tres veces", "zwei- bis drei Mal": a number word cut by the hyphen is that number)
    const bare = stem.slice(0, -1);
    if (numberWord(bare) !== null && (numberWord(w) !== null || /^\d/.test(w))) {
      toks[i] = { t: bare, l: bare };
      continue;
    }
    // (Danish "to- til tre gange": "to" a number before its range's own word of times; a helper
    // session's review of round 62: read 3, the lower end lost)
    const cut = NUMBER_BEFORE_TIMES_WORDS[bare];
    if (cut !== undefined && numberWord(w) !== null && NUMBER_BEFORE_TIMES_NEXT.has(toks[i + 3]?.l ?? '')) {
      toks[i] = { t: String(cut), l: String(cut) };
      continue;
    }
    if (ONCE[w] === undefined) continue;
    for (let k = 1; k < w.length; k++) {
      const whole = stem.slice(0, -1) + w.slice(k);
      if (ONCE[whole] !== undefined) {
        toks[i] = { t: whole, l: whole };
        break;
      }
    }
  }
  return toks;
}

/** A mixed number's fraction as one character, for "1 1/2": parseNumber reads "1½". */
const FRACTION_CHAR: Readonly<Record<string, string>> = { '1/2': '½', '1/4': '¼', '3/4': '¾', '1/3': '⅓', '2/3': '⅔' };

/** A whole count and a fraction after it, "1 1/2 scoops", "2 ½ tablets", as one count ("1½"): the
 *  fraction alone was read, 0.5 where the label says 1.5 (never lower: a known weak spot, issue 8,
 *  round 38). Only a whole of one or two digits and a fraction of halves, thirds or quarters. */
function joinMixedNumbers(toks: Tok[]): Tok[] {
  const out: Tok[] = [];
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    const next = toks[i + 1]?.t ?? '';
    const frac = FRACTION_CHAR[next] ?? (/^[½¼¾⅓⅔]$/.test(next) ? next : undefined);
    if (/^\d{1,2}$/.test(t.t) && Number(t.t) >= 1 && frac !== undefined) {
      out.push({ t: `${t.t}${frac}`, l: `${t.t}${frac}` });
      i++;
      continue;
    }
    out.push(t);
  }
  return out;
}

/** French spoons are named by what they are for: "cuillère(s) à soupe" a tablespoon, "à café" a
 *  teaspoon. The three words become one unit token ("1 à 2 cuillères à soupe par jour" was read as
 *  no dose; issue 8, round 35). */
const SPOON_RE = /^cuill(?:è|e)r(?:e|es|ée|ées)$/;
const SPOON_USE = new Set(['soupe', 'café']);
/** "doseuse(s)", the measuring spoon's adjective. */
const MEASURING_RE = /^doseuses?$/;
function joinSpoons(toks: Tok[]): Tok[] {
  if (!toks.some((x) => SPOON_RE.test(x.l))) return toks;
  const out: Tok[] = [];
  for (let i = 0; i < toks.length; i++) {
    const a = toks[i]!;
    const use = toks[i + 2]?.l ?? '';
    if (SPOON_RE.test(a.l) && toks[i + 1]?.l === 'à' && SPOON_USE.has(use)) {
      const plural = a.l.endsWith('s');
      out.push({ t: `${a.t} à ${toks[i + 2]!.t}`, l: `${plural ? 'cuillères' : 'cuillère'} à ${use}` });
      i += 2;
    } else if (SPOON_RE.test(a.l) && MEASURING_RE.test(toks[i + 1]?.l ?? '')) {
      // "cuillère(s) doseuse(s)": the measuring spoon in the tin, a scoop ("1 à 2 cuillères doseuses
      // par jour" was read as no dose: a powder's day lost)
      out.push({ t: `${a.t} ${toks[i + 1]!.t}`, l: 'cuillère-mesure' });
      i += 1;
    } else out.push(a);
  }
  return out;
}

/** "and" before a trailing half: "one and a half", "1 tablet and a half", "una cucharadita y media",
 *  "un comprimé et demi", "una compressa e mezza", "eine und eine halbe". */
const HALF_AND = new Set(['and', 'y', 'et', 'e', 'und', 'i']);
const HALF_WORDS = new Set(['half', 'halbe', 'halb', 'demi', 'demie', 'media', 'medio', 'mezza', 'mezzo', 'mezz', 'helft', 'halv', 'halve']);
const HALF_ARTICLES = new Set(['a', 'an', 'une', 'un', 'eine', 'een']);
/** a litre after the half: "1 sobre y medio litro de agua" is a sachet in half a litre */
const LITRE = new Set(['litre', 'litres', 'liter', 'liters', 'litro', 'litros', 'litri', 'l', 'liitra']);
/** a time word after the half: "1 tablet and a half hour before" keeps its count */
const HALF_OF_TIME = new Set(['hour', 'hours', 'hora', 'horas', 'heure', 'heures', 'ora', 'ore', 'stunde', 'stunden', 'uur', 'day', 'días', 'jours', 'giorni']);

/** A whole count and a half ("one and a half tablets", "1 comprimido y medio") as one count, "1½":
 *  the half alone was read as the count, understating the dose three times over. */
function joinHalves(toks: Tok[]): Tok[] {
  const out: Tok[] = [];
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    const end = halfAfter(toks, i);
    if (end < 0) {
      out.push(t);
      continue;
    }
    const whole = wholeCount(t)!;
    out.push({ t: `${whole}½`, l: `${whole}½` });
    // ("1 tablet and a half": the unit word stays after the count)
    if (!HALF_AND.has(toks[i + 1]!.l)) out.push(toks[i + 1]!);
    i = end;
  }
  return out;
}

function wholeCount(t: Tok): number | null {
  const n = /^\d{1,2}$/.test(t.t) ? Number(t.t) : ARTICLES.has(t.l) && t.l !== 'en' ? 1 : numberWord(t.l);
  return n !== null && Number.isInteger(n) && n >= 1 ? n : null;
}

/** The index of the half word when a whole count at i is followed by "[unit] and [a] half", or -1. */
function halfAfter(toks: Tok[], i: number): number {
  if (wholeCount(toks[i]!) === null) return -1;
  for (const gap of [0, 1]) {
    if (gap === 1 && !/^\p{L}{2,}$/u.test(toks[i + 1]?.t ?? '')) continue;
    let j = i + 1 + gap;
    if (!HALF_AND.has(toks[j]?.l ?? '')) continue;
    j++;
    if (HALF_ARTICLES.has(toks[j]?.l ?? '')) j++;
    if (!HALF_WORDS.has(toks[j]?.l ?? '')) continue;
    // (not "and half an hour later", "y media hora"; after "1 tablet and a half" no other measure:
    // "1 bustina e mezzo litro d'acqua" is a sachet and half a litre)
    const k = ARTICLES.has(toks[j + 1]?.l ?? '') ? j + 2 : j + 1;
    if (HALF_OF_TIME.has(toks[k]?.l ?? '') || HALF_OF_TIME.has(toks[j + 1]?.l ?? '')) continue;
    const after = toks[j + 1];
    if (gap === 1 && after && (isMeasure(after) || VESSEL.has(after.l) || LIQUID.has(after.l) || LITRE.has(after.l))) continue;
    return j;
  }
  return -1;
}

/** The half words of a measure, one word each ("halben", "demi", "mezzo", "halve", "halv", "pół"). */
const HALF_OF_MEASURE = new Set(HALF_MEASURE_WORDS.filter((w) => !w.includes(' ')));
/** A half word joined to its measure by a hyphen ("une demi-cuillère à café", "a half-scoop") is the half
 *  word and the measure, as when written apart: the measure's words were unread, the day lost (the review of
 *  the rules of rounds 66-68). */
function splitHalfHyphens(toks: Tok[]): Tok[] {
  if (!toks.some((t) => t.l.includes('-'))) return toks;
  const out: Tok[] = [];
  for (const t of toks) {
    const dash = t.l.indexOf('-');
    if (dash > 0 && HALF_OF_MEASURE.has(t.l.slice(0, dash)) && /^\p{L}/u.test(t.l.slice(dash + 1))) {
      out.push({ t: t.t.slice(0, dash), l: t.l.slice(0, dash) }, { t: t.t.slice(dash + 1), l: t.l.slice(dash + 1) });
    } else out.push(t);
  }
  return out;
}
const HALF_LEADS = new Set(HALF_ARTICLE_WORDS);
/** An article before a half word is one half, never one whole: "einen halben gestrichenen
 *  Teelöffel", "eine halbe Tablette", "a half teaspoon", "una mezza compressa", "een halve maatschep",
 *  "en halv tesked" (the article was read as the count and the half word skipped: "einen halben
 *  Teelöffel ein- bis zweimal täglich" over a one-teaspoon serving read 1-2 servings for 0.5-1,
 *  overstated). Only an article that opens an intake's count (HALF_ARTICLE_WORDS): a dative's half
 *  is none ("entspricht das einem halben Beutel", a child's dose by weight). Not before a time or a
 *  litre: "eine halbe Stunde vor dem Essen", "a half litre of water". A whole count before "and a
 *  half" was joined before (joinHalves). */
function joinArticleHalves(toks: Tok[]): Tok[] {
  const out: Tok[] = [];
  for (let i = 0; i < toks.length; i++) {
    const next = toks[i + 2]?.l ?? '';
    if (HALF_LEADS.has(toks[i]!.l) && HALF_OF_MEASURE.has(toks[i + 1]?.l ?? '') && !HALF_OF_TIME.has(next) && !LITRE.has(next)) {
      out.push({ t: '½', l: '½' });
      i++;
    } else out.push(toks[i]!);
  }
  return out;
}

/** Indefinite articles: "one" only where a dose is counted ("take a capsule", "the contents of a
 *  sachet"), never elsewhere ("a day"). */
const ARTICLES = new Set(['a', 'an', 'un', 'una', 'une', 'ein', 'eine', 'eines', 'einem', 'einer', 'een', 'en', 'ett', "d'un", "d'une", 'd’un', 'd’une']);

function num(tok: Tok | undefined, allowArticle: boolean): number | null {
  if (!tok) return null;
  if (/^\d/.test(tok.t)) return parseNumber(tok.t);
  if (ARTICLES.has(tok.l)) return allowArticle ? 1 : null;
  return numberWord(tok.l);
}

/** "the contents of a sachet", "den Inhalt eines Beutels", "le contenu d'un sachet", "el contenido
 *  de un sobre", "il contenuto di una bustina", "de inhoud van een sachet": the article counts one. */
const CONTENTS = new Set(['contents', 'content', 'inhalt', 'contenu', 'contenido', 'contenuto', 'inhoud', 'zawartość', 'obsah', 'innehållet', 'indholdet', 'innholdet']);
const CONTENTS_LINK = new Set(['of', 'de', 'di', 'del', 'della', 'dello', 'van', 'des']);

/** The count at i may be an article: after a verb that takes a dose, after a contents word or an
 *  intake's noun ("l'assunzione di un flaconcino", "la prise d'une gélule"), or opening the sentence
 *  or a heading's line, its unit right after it ("Une gélule par jour", "Eine Tablette täglich", "En
 *  tablett dagligen", "Dosering: en tablett om dagen"; issue 8, round 48). */
function articleCounts(toks: Tok[], i: number): boolean {
  const prev = toks[i - 1]?.l ?? '';
  if (/^(?:take|chew|mix|stir|use|apply)$/.test(prev) || CONTENTS.has(prev)) return true;
  if ((i === 0 || prev === ':') && unitOf(toks[i + 1]?.l ?? '') !== null) return true;
  // (or after a frequency alone opening the sentence: "Einmal täglich eine Brausetablette in ca. 200
  // ml Wasser geben", "Täglich eine Kapsel"; issue 8, round 51: read as no direction, the day was lost)
  // (a unit one counts, never "a portion": "Täglich eine Portion Gemüse essen" is no dose)
  const next = unitOf(toks[i + 1]?.l ?? '');
  // (after any take verb of the shops' languages when a unit follows: "Prendre une gélule", "Tomar
  // una cápsula", "Assumere una compressa"; round 62)
  // (and a verb of dissolving: "Disolver un cacito en agua", "Dissoudre une dosette"; round 63)
  if (next !== null && next !== 'serving' && takeVerb(prev)) return true;
  // (after "je" of a frequency: "zweimal täglich je eine Kapsel"; round 62)
  if (next !== null && next !== 'serving' && EACH_INTAKE.has(prev) && timesEndAt(toks, i - 1)) return true;
  if (next !== null && next !== 'serving' && frequencyOpens(toks, i)) return true;
  // (or right after a greater need's word: "Bei erhöhtem Bedarf eine Kapsel täglich", as "1 Kapsel";
  // a helper session's review of round 62: the day lost)
  if (next !== null && next !== 'serving' && NEED.has(prev)) return true;
  // (or right after a count of times and a day word anywhere in the clause: "Erwachsene täglich
  // zweimal eine Tablette", "Adults take twice daily one tablet", "deux fois par jour une gélule";
  // round 62: the article read as no count, the day lost)
  if (next !== null && next !== 'serving' && timesEndAt(toks, i)) return true;
  // (or right after a raise to a new count: "gradually increase to a full serving daily", "then move
  // up to a scoop", "auf eine Kapsel steigern"; issue 8, round 71: a starter's half serving then
  // "a full serving" read as the half alone, the day halved, falsely reassuring)
  if ((next ?? unitAfterFill(toks, i)) !== null && afterRaise(toks, i) && !countNamedAfter(toks, i)) return true;
  // ("d'un", "d'une": the link is in the article)
  if (INTAKE_NOUN.has(unelided(prev)) && /^d['’]/.test(toks[i]?.l ?? '')) return true;
  return CONTENTS_LINK.has(prev) && (CONTENTS.has(toks[i - 2]?.l ?? '') || INTAKE_NOUN.has(unelided(toks[i - 2]?.l ?? '')));
}
const INTAKE_NOUN = new Set(INTAKE_NOUN_WORDS);
/** The unit after a measure's fill word at i + 1 ("a full scoop", "eine ganze Kapsel"), or null. */
function unitAfterFill(toks: Tok[], i: number): string | null {
  return MEASURE_FILL.has(toks[i + 1]?.l ?? '') ? unitOf(toks[i + 2]?.l ?? '') : null;
}
/** The word a raise takes before its new count ("increase to", "erhöhen auf", "augmenter à", "aumentar a"). */
const RAISE_TO = new Set(RAISE_TO_WORDS);
/** A raise ends right before i: a raise phrase ("move up to", "passer à"), or a raise verb and its
 *  "to" ("increase to", "gradually increased to"). */
function afterRaise(toks: Tok[], i: number): boolean {
  // (the verb before its "to", a few words of pace between them ("Increase gradually over several days
  // to a full serving", "aumentare gradualmente a una bustina intera"), or at the clause's end: "auf
  // eine ganze Kapsel täglich steigern", "tot een hele maatschep verhogen"; the review of round 72)
  if (RAISE_TO.has(toks[i - 1]?.l ?? '') && (raiseVerbBefore(toks, i - 1) || raiseVerbAfter(toks, i))) return true;
  // (a raise's "to" and its article in one word: "augmenter au sachet entier", "zur vollen Portion
  // steigern", "jusqu'au sachet entier"; review 76)
  if (CONTRACTED_TO.has(toks[i]?.l ?? '') && (raiseVerbBefore(toks, i) || raiseVerbAfter(toks, i))) return true;
  for (let k = Math.max(0, i - 4); k < i; k++) if (phraseAt(RAISE_PHRASE_WORDS, toks, k)?.length === i - k) return true;
  // ("Take ½ serving daily for the first week, then a full serving daily": a step to a whole measure)
  return STEP_THEN.has(toks[i - 1]?.l ?? '') && wholeMeasureAt(toks, i);
}
/** How many words of pace may stand between a raise verb and its "to" ("increase gradually over
 *  several days to"). */
const RAISE_PACE_WORDS = 5;
/** A raise verb, not negated, ends the clause's words right before `to`, a few words of pace apart. */
function raiseVerbBefore(toks: readonly Tok[], to: number): boolean {
  for (let k = to - 1; k >= Math.max(0, to - 1 - RAISE_PACE_WORDS); k--) {
    const l = toks[k]!.l;
    if (RAISE.has(l)) return !negatedBefore(toks, k);
    if (!/^\p{L}/u.test(toks[k]!.t)) return false;
  }
  return false;
}
/** A raise verb in the few words after i, as the languages that end on their verb put it. */
function raiseVerbAfter(toks: readonly Tok[], i: number): boolean {
  return toks.slice(i + 1, i + 1 + RAISE_REACH).some((t) => RAISE.has(t.l));
}
const STEP_THEN = new Set(STEP_THEN_WORDS);
/** A raise's "to" and its article in one word. */
const CONTRACTED_TO = new Set(CONTRACTED_TO_WORDS);
/** Nouns of one intake ("1 dos (2 kapslar)": the bracket tells it in units). */
const INTAKE_COUNT = new Set(INTAKE_COUNT_NOUNS);
/** A whole measure at i: its article and a fill word before or after the unit ("a full serving",
 *  "une cuillère-mesure entière"). */
function wholeMeasureAt(toks: Tok[], i: number): boolean {
  if (unitAfterFill(toks, i) !== null) return true;
  return unitOf(toks[i + 1]?.l ?? '') !== null && MEASURE_FILL.has(toks[i + 2]?.l ?? '');
}
/** A definite article before a whole measure after a raise counts one: "build up to the full serving",
 *  "increase to the full scoop" (the review of round 72: the starter's half alone was read). */
function definiteWholeAt(toks: Tok[], i: number): [number, number, number, boolean] | null {
  return DEFINITE.has(toks[i]?.l ?? '') && wholeMeasureAt(toks, i) && afterRaise(toks, i) && !countNamedAfter(toks, i) ? [1, 1, i + 1, false] : null;
}
/** The measure after the article at i names its count right after it: "the full dose of 3 capsules",
 *  "a full serving (2 scoops)", "die volle Dosis von 3 Kapseln": that count is the dose, never the
 *  article's one (the review of round 73's rules: "increase ... up to the full dose of 3 capsules
 *  daily" read one serving, the day's most a third). */
function countNamedAfter(toks: Tok[], i: number): boolean {
  for (let k = i + 1; k <= i + 3 && toks[k]; k++) {
    if (unitOf(toks[k]!.l) === null) continue;
    const after = MEASURE_FILL.has(toks[k + 1]?.l ?? '') ? k + 2 : k + 1;
    return NAMED_COUNT_LEAD.has(toks[after]?.l ?? '') && num(toks[after + 1], false) !== null;
  }
  return false;
}
const NAMED_COUNT_LEAD = new Set(['of', 'von', 'de', 'di', 'van', 'av', 'på', '(', ':']);
const DEFINITE = new Set(DEFINITE_ARTICLE_WORDS);
/** The words before i, from the sentence's start or its last colon, are a frequency alone with a day
 *  word among them ("Einmal täglich", "2 mal am Tag", "Once daily"), its count a number word too
 *  ("Conseils d'utilisation : deux fois par jour une gélule": the day lost; a helper session's review
 *  of round 62). */
function frequencyOpens(toks: Tok[], i: number): boolean {
  let from = i;
  while (from > 0 && toks[from - 1]!.l !== ':') from--;
  const before = toks.slice(from, i);
  return before.length > 0 && before.length <= 4 && before.some((t) => DAILY.has(t.l))
    && before.every((t) => DAILY.has(t.l) || DAY_LINK.has(t.l) || TIMES.has(t.l) || ONCE[t.l] !== undefined || /^\d{1,2}$/.test(t.t) || numberWord(t.l) !== null)
    && directionsContext(toks, from);
}
/** Words of "each time" between a frequency and its intake's count ("zweimal täglich je eine Kapsel"). */
const EACH_INTAKE = new Set(EACH_INTAKE_WORDS);
/** How far before a count a frequency that ends right at it may start, in tokens. */
const TIMES_BEFORE_COUNT = 6;
/** A frequency of two or more times a day ends right at i ("zweimal täglich", "täglich zweimal",
 *  "two to three times a day"). */
function timesEndAt(toks: Tok[], i: number): boolean {
  for (let s = Math.max(0, i - TIMES_BEFORE_COUNT); s < i; s++) {
    const f = freqAt(toks, s);
    if (!f || f[2] !== i || f[1] < 2) continue;
    // (only in a direction: a take verb or a heading, or who takes it before the frequency, "Erwachsene
    // täglich zweimal eine Tablette"; never a slogan, "Zweimal täglich eine Kapsel mit etwas Flüssigkeit")
    let from = s;
    while (from > 0 && toks[from - 1]!.l !== '.') from--;
    // (or a directions heading before a colon in its sentence: "Verzehrempfehlung: Zweimal täglich
    // je eine Kapsel", "Dosering: tweemaal daags telkens een capsule"; issue 8, the leftovers of
    // round 66: "je eine", the article, read as no count, the day lost)
    let head = s;
    while (head > from && toks[head - 1]!.l !== ':') head--;
    return directionsContext(toks, from) || (head > from && directionsContext(toks, head)) || AGE_ADULT_NOUN_RE().test(toks.slice(from, s).map((t) => t.t).join(' '));
  }
  return false;
}
const DISSOLVE = new Set(DISSOLVE_WORDS);
/** A sentence that is a direction: a take or dissolve verb in it, or a directions heading before its
 *  colon at from ("Verzehrempfehlung: Zweimal täglich eine Kapsel"). Never a slogan that only opens
 *  with a day word ("Daily a capsule a day keeps cramps away"; review of rounds 50-51). */
function directionsContext(toks: Tok[], from: number): boolean {
  if (toks.some((t) => TAKE.has(t.l) || DISSOLVE.has(t.l))) return true;
  return from > 1 && DIRECTIONS_HEADING_RE().test(toks.slice(0, from - 1).map((t) => t.t).join(' '));
}
/** A verb of taking a dose before its count: one of TAKE, or of dissolving it (DISSOLVE_WORDS). */
function takeVerb(w: string): boolean {
  return TAKE.has(w) || DISSOLVE.has(w);
}
/** A word without the elided article before it: "l'assunzione" is "assunzione". */
function unelided(w: string): string {
  return w.replace(/^(?:l|d|dell|all)['’]/, '');
}

/** The most units one intake counts: tens of drops or sprays ("30 drops per day"); a count of
 *  solid units above MAX_SOLID_COUNT is no dose (unitCount checks). */
const MAX_COUNT = 60;
const MAX_SOLID_COUNT = 20;

/** A count or count range at i: "2", "1-3", "one or two", "1 to 2". Returns [min,max,nextIndex,open]. */
function countAt(toks: Tok[], i: number, allowArticle: boolean): [number, number, number, boolean] | null {
  const a = num(toks[i], allowArticle);
  if (a === null || a <= 0 || a > MAX_COUNT) return null;
  // "two (2) tablets": the numeral repeated in parentheses
  if (toks[i + 1]?.t === '(' && toks[i + 3]?.t === ')' && num(toks[i + 2], false) === a) return [a, a, i + 4, false];
  // "one, two or three times a day": counts listed one up from the other, the last after "or"
  const listed = countList(toks, i, a);
  if (listed) return listed;
  // "2- bis 3-mal": the first number keeps its hyphen before the range word
  const link = toks[i + 1]?.l === '-' && toks[i + 2] && RANGE_LINK.has(toks[i + 2]!.l) && num(toks[i + 3], false) !== null ? toks[++i] : toks[i + 1];
  if (link && RANGE_LINK.has(link.l)) {
    if (toks[i + 2] && MORE.has(toks[i + 2]!.l)) return [a, a, i + 3, true];
    // (after a half, an article is the upper end's one: "da mezzo a un misurino", "de medio a un
    // cacito"; the half alone was read, half the day's most; issue 8, round 38)
    const b = num(toks[i + 2], a < 1);
    if (b !== null && b > a && b <= MAX_COUNT) return [a, b, i + 3, false];
  }
  return [a, a, i + 1, false];
}

/** The words that close a list of counts before its last one ("one, two or three"). */
const LIST_LAST = new Set(COUNT_LIST_LAST_WORDS);
/** A list of counts at i, each one more than the one before, apart by commas, its last after "or"
 *  ("one, two or three times a day": 1 to 3; issue 8, round 50: read as two or three). */
function countList(toks: Tok[], i: number, a: number): [number, number, number, boolean] | null {
  if (toks[i + 1]?.l !== ',' || !Number.isInteger(a)) return null;
  let last = a;
  let k = i + 1;
  while (toks[k]?.l === ',' && num(toks[k + 1], false) === last + 1) {
    last++;
    k += 2;
  }
  if (last === a || !LIST_LAST.has(toks[k]?.l ?? '') || num(toks[k + 1], false) !== last + 1) return null;
  return [a, last + 1, k + 2, false];
}

/** Words of times at k: "kétszer", and a range of them, "egyszer-kétszer", "egyszer vagy kétszer"
 *  (once or twice; review of round 49: read as once). Returns [min,max,next]. */
function timesWords(toks: Tok[], k: number): [number, number, number] | null {
  const w = toks[k]?.l ?? '';
  const one = ONCE[w];
  if (one === undefined) {
    // (one token: the hyphen joins the words)
    const [a, b, more] = w.split('-');
    const lo = ONCE[a ?? ''];
    const hi = ONCE[b ?? ''];
    return more === undefined && lo !== undefined && hi !== undefined && hi > lo ? [lo, hi, k + 1] : null;
  }
  const link = toks[k + 1]?.l ?? '';
  const hi = ONCE[toks[k + 2]?.l ?? ''];
  if ((RANGE_LINK.has(link) || OR_WORDS.has(link)) && hi !== undefined && hi > one) return [one, hi, k + 3];
  return [one, one, k + 1];
}

/** After a word of times: the clause ends, or the intake's count follows ("kétszer 1 tablettát",
 *  "egyszer két kapszulát"). */
function endsOrCounts(toks: Tok[], k: number): boolean {
  const n = toks[k];
  return n === undefined || CLAUSE_END.has(n.l) || countAt(toks, k + (EACH_INTAKE.has(n.l) ? 1 : 0), true) !== null;
}

/** A frequency at i: "daily", "per day", "twice daily", "1-3 times daily", "once or twice a day",
 *  "zweimal täglich", "deux fois par jour", "2-3 veces al día". Returns [min,max,next]. */
function freqAt(toks: Tok[], i: number): [number, number, number] | null {
  let j = i;
  let min = 1;
  let max = 1;
  const t = toks[j];
  if (!t) return null;
  // "with each meal", "zu jeder Mahlzeit", "à chaque repas": three times a day (labels count three
  // meals: never a low guess)
  // ("with each main meal": a main meal is each of the day's meals; the meals listed after it in
  // brackets, "(breakfast, lunch and dinner)", count them; round 57)
  if (MEAL_LEAD.has(t.l) && EACH.has(toks[j + 1]?.l ?? '')) {
    const m = MAIN_MEAL.has(toks[j + 2]?.l ?? '') ? j + 3 : j + 2;
    if (MEAL.has(toks[m]?.l ?? '')) {
      const n = m + 1 + (MAIN_MEAL.has(toks[m + 1]?.l ?? '') ? 1 : 0);
      const listed = mealsListed(toks, n);
      if (listed) return [listed[0], listed[0], listed[1]];
      // (or after the dose that follows it: "bij elke hoofdmaaltijd 1 tablet (ontbijt, lunch en avondeten)")
      const c = countAt(toks, n, false);
      const after = c && !c[3] && unitOf(toks[c[2]]?.l ?? '') ? mealsListed(toks, c[2] + 1) : null;
      return [after?.[0] ?? MEALS_A_DAY, after?.[0] ?? MEALS_A_DAY, n];
    }
  }
  // "tgl. 2 x 1 Tablette", "täglich 3 x 1": the day word before its count of times (a pharmacy's
  // order), never once a day; issue 8, kind 5
  if (DAILY.has(t.l)) {
    const c = countAt(toks, j + 1, false);
    if (c && !c[3] && TIMES.has(toks[c[2]]?.l ?? '')) return [c[0], c[1], c[2] + 1];
    // ("Chaque jour, deux fois 1 gélule", "Cada día, dos veces 1 cápsula": a comma after the day word,
    // and a count of units after the times, never "täglich, 2 mal pro Woche"; a helper session's
    // review of rounds 59-61: read once a day, the day halved)
    const cc = toks[j + 1]?.l === ',' ? countAt(toks, j + 2, false) : null;
    if (cc && !cc[3] && TIMES.has(toks[cc[2]]?.l ?? '') && countAt(toks, cc[2] + 1, false)) return [cc[0], cc[1], cc[2] + 1];
    // (or a word of times there: "Every day, twice 1 capsule", "Jeden Tag, zweimal 1 Kapsel")
    const cw = toks[j + 1]?.l === ',' ? timesWords(toks, j + 2) : null;
    if (cw && countAt(toks, cw[2], false)) return cw;
    // ("naponta 2-szer": the word of times as a suffix after a hyphen)
    if (c && !c[3] && toks[c[2]]?.l === '-' && TIMES.has(toks[c[2] + 1]?.l ?? '')) return [c[0], c[1], c[2] + 2];
    // ("naponta kétszer 1 tablettát": the day word before its word of times; round 49 review)
    // (only the day words of the languages that say so, and only when the clause ends or a count
    // follows: "naponta kétszer annyi" is twice as much, "kétszer is szedhető" may also be taken,
    // "days twice weekly" and "day twice that amount" are no count; review of round 49)
    const times = DAY_BEFORE_TIMES.has(t.l) ? timesWords(toks, j + 1) : null;
    if (times !== null && endsOrCounts(toks, times[2])) return times;
  }
  // ("all 3 capsules at once about one hour before bed": one intake, once a day, when no other
  // frequency follows in its clause)
  // (never in a negated clause, "do not take 2 capsules at once", nor in a sentence of a missed dose,
  // "If you miss a dose, take 2 capsules at once": no intake of a day; review of rounds 50-51)
  const atOnce = phraseAt(AT_ONCE_WORDS, toks, j);
  if (atOnce && !frequencyInClause(toks, j + atOnce.length) && atOnceIntake(toks, j)) return [1, 1, j + atOnce.length];
  const once = ONCE[t.l];
  // "up to 3 times daily", "up to twice daily": one to that many times
  const upTo = j > 1 && toks[j - 1]!.l === 'to' && toks[j - 2]!.l === 'up';
  if (once !== undefined) {
    min = max = once;
    if (upTo) min = Math.min(1, once);
    j++;
    // "once or twice"
    if (toks[j] && RANGE_LINK.has(toks[j]!.l) && toks[j + 1] && ONCE[toks[j + 1]!.l] !== undefined) {
      max = ONCE[toks[j + 1]!.l]!;
      j += 2;
    }
  } else {
    const c = countAt(toks, j, true);
    if (c && toks[c[2]] && TIMES.has(toks[c[2]]!.l)) {
      min = upTo ? Math.min(1, c[0]) : c[0];
      max = c[1];
      j = c[2] + 1;
    } else if (c && toks[c[2]]?.l === '-' && toks[c[2] + 1] && TIMES.has(toks[c[2] + 1]!.l)) {
      min = c[0];
      max = c[1];
      j = c[2] + 2;
    } else if (t.l === 'b.i.d' || t.l === 'bid') return [2, 2, j + 1];
    else if (EVERY.has(t.l)) {
      // "every 12 hours", "alle 8 Stunden", "toutes les 12 heures": 24 / N times a day
      const k = toks[j + 1]?.l === 'les' ? j + 2 : j + 1;
      const n = num(toks[k], false);
      if (n !== null && HOURS.has(toks[k + 1]?.l ?? '') && [4, 6, 8, 12, 24].includes(n)) return [24 / n, 24 / n, k + 2];
    }
    else if (t.l === 't.i.d' || t.l === 'tid') return [3, 3, j + 1];
  }
  // then the "daily" word, possibly after linking words
  let k = j;
  for (let n = 0; n < 3 && toks[k] && DAY_LINK.has(toks[k]!.l); n++) k++;
  if (toks[k] && DAILY.has(toks[k]!.l)) {
    // ("Cada día, dos veces 1 cápsula", "Ogni giorno, due volte", "Every day, twice 1 capsule": the
    // day, named after its linking word, then its own count of times; read as once, the day was
    // halved: a helper session's review of rounds 59-61)
    const own = j === i && k > j ? freqAt(toks, k) : null;
    if (own && own[1] > 1) return own;
    return conditionOfUse(toks, i, k + 1) || describedUse(toks, i, k + 1) ? null : [min, max, k + 1];
  }
  return null;
}

const CONDITION_OPEN = new Set(CONDITION_OF_USE_OPEN_WORDS);
const USE_NOUN = new Set(USE_NOUN_WORDS);
/** A frequency from i to next that only names a case of use: "Bij tweemaal daags gebruik:
 *  's ochtends en 's avonds", "Bei zweimal täglicher Einnahme", "in case of twice daily use": how
 *  the dose is split when so taken, never a count of the day's intakes (round 62). */
function conditionOfUse(toks: Tok[], i: number, next: number): boolean {
  return conditionWords(toks, i, next) && otherDayCount(toks, i, next);
}
const SUITABLE = new Set(SUITABLE_USE_WORDS);
/** How far before a case of use its word of suiting may stand ("suitable for", "geeignet für die",
 *  "adapté à une utilisation"). */
const SUITABLE_REACH = 4;
/** A frequency from i to next that names a use the product suits, its noun of use beside it:
 *  "Suitable for twice daily use", "Geeignet für die zweimal tägliche Anwendung", "Adatto all'uso due
 *  volte al giorno": the product described, never the day's count (issue 8, the leftovers of round
 *  66). Never a use with no word of suiting ("For twice daily use, take 1 capsule" is the day's). */
function describedUse(toks: Tok[], i: number, next: number): boolean {
  const from = USE_NOUN.has(toks[next]?.l ?? '') ? i : USE_NOUN.has(toks[i - 1]?.l ?? '') ? i - 1 : -1;
  if (from < 0) return false;
  for (let k = from - 1; k >= 0 && k >= from - SUITABLE_REACH; k--) if (SUITABLE.has(toks[k]!.l)) return true;
  return false;
}

const CONDITIONAL_OPEN = new Set(CONDITIONAL_OPEN_WORDS);
const CONDITIONAL_OPEN_LONGEST = Math.max(...CONDITIONAL_OPEN_WORDS.map((w) => w.length));
/** What may stand before a sentence's first word: spaces, quotes, bullets (no letter, no digit). */
const OPENING_MARKS_RE = /^[^\p{L}\d]{1,8}/u;
/** A sentence that opens on a conditional clause whose words, up to its comma, count times a day
 *  with no unit: "If you take it twice daily, space the doses 4 hours apart", "Falls Sie es zweimal
 *  täglich einnehmen, ...", "Si vous le prenez deux fois par jour, ...". Never a clause with a unit
 *  ("If needed, take 1 capsule twice daily": its comma comes first; "Wenn nicht anders verordnet 2x
 *  täglich 1 Kapsel" counts a unit), nor one no comma closes. The sentence's day is then the one
 *  before it, never widened. */
function conditionalFrequency(s: string): boolean {
  // (a sentence that opens on no such word is not tokenized again: most doses' sentences)
  const opening = s.replace(OPENING_MARKS_RE, '').slice(0, CONDITIONAL_OPEN_LONGEST).toLowerCase();
  if (!CONDITIONAL_OPEN_WORDS.some((w) => opening.startsWith(w))) return false;
  const toks = tokenize(s.slice(0, LINE_HEAD));
  if (!CONDITIONAL_OPEN.has(toks[0]?.l ?? '')) return false;
  // (Spanish's reflexive, Italian's impersonal: "Se recomienda tomarla dos veces al día, ...", "Si consiglia
  // di assumerla due volte al giorno, ..." recommend, no condition; the review of the rules of rounds 66-68)
  if (CONDITIONAL_IMPERSONAL_NEXT.has(toks[1]?.l ?? '')) return false;
  // (only a clause its comma closes, "If needed take it twice daily" may be the label's allowance;
  // and no unit anywhere in the sentence: "If you prefer twice daily, take 1 capsule in the morning
  // and 1 in the evening" doses after its comma)
  let times = false;
  let closed = false;
  let taking = false;
  for (let k = 1; k < toks.length; k++) {
    const l = toks[k]!.l;
    // (a word of doses is no unit taken: "space the doses", "distanzia le dosi")
    const u = unitOf(l);
    if (u !== null && u !== 'serving') return false;
    if (l === ',') closed = true;
    else if (!closed && (TIMES.has(l) || ONCE[l] !== undefined || DAILY.has(l))) times = true;
    // (the clause names the taking, "If you take it twice daily", never a need, "If needed twice daily, ..."
    // the label's own allowance; the review of the rules of rounds 66-68, the day's top halved)
    else if (!closed && (TAKE.has(l) || CONDITION_TAKE.has(l))) taking = true;
  }
  return closed && times && taking;
}
const CONDITION_TAKE = new Set(CONDITION_TAKE_WORDS);
const CONDITIONAL_IMPERSONAL_NEXT = new Set(CONDITIONAL_IMPERSONAL_NEXT_WORDS);

/** The words of a case of use around the frequency from i to next. */
function conditionWords(toks: Tok[], i: number, next: number): boolean {
  // (or the noun of use before the bare day word: "Przy dwukrotnym stosowaniu dziennie 1 tabletka rano
  // i wieczorem", its times of day the count; never a count of times after the noun, "Przy stosowaniu
  // 2 razy dziennie po 1 tabletce", the frequency's own: a helper session's review of round 62)
  if (DAILY.has(toks[i]?.l ?? '') && USE_NOUN.has(toks[i - 1]?.l ?? '') && (CONDITION_OPEN.has(toks[i - 2]?.l ?? '') || CONDITION_OPEN.has(toks[i - 3]?.l ?? ''))) return true;
  if (!USE_NOUN.has(toks[next]?.l ?? '')) return false;
  // (back over the frequency's own words: its bare day word read alone is the same case)
  let k = i - 1;
  for (let n = 0; n < 4 && toks[k] && (ONCE[toks[k]!.l] !== undefined || TIMES.has(toks[k]!.l) || RANGE_LINK.has(toks[k]!.l) || num(toks[k], false) !== null); n++) k--;
  return CONDITION_OPEN.has(toks[k]?.l ?? '');
}
/** Another count of the day beside a case of use from i to next: another day word in its sentence,
 *  or two times of day ("Bij tweemaal daags gebruik: 's ochtends en 's avonds"). A case of use alone,
 *  "For twice daily use, take 1 capsule", "Bei zweimal täglicher Einnahme jeweils 1 Kapsel", is the
 *  day's count (a helper session's review of round 62: the day lost). */
function otherDayCount(toks: Tok[], i: number, next: number): boolean {
  if (toks.some((t, k) => (k < i || k >= next) && DAILY.has(t.l))) return true;
  const slots = new Set<string>();
  for (let k = 0; k < toks.length; k++) {
    const w = timeWordAt(toks, k);
    if (w) slots.add(w);
  }
  return slots.size >= 2;
}

/** Meals listed in brackets at i, "(breakfast, lunch and dinner)", "(ontbijt en avondeten)": how
 *  many distinct times of day, and the token after the bracket; null unless every word inside is a
 *  time of day or a joining word. */
function mealsListed(toks: Tok[], i: number): [number, number] | null {
  if (toks[i]?.l !== '(') return null;
  const slots = new Set<string>();
  for (let k = i + 1; k < toks.length; k++) {
    const l = toks[k]!.l;
    if (l === ')') return slots.size > 0 ? [slots.size, k + 1] : null;
    const w = TIME_WORDS[l];
    if (w) slots.add(w);
    else if (!(l === ',' || TIME_JOIN.has(l))) return null;
  }
  return null;
}

/** AT_ONCE_PHRASES as words. */
const AT_ONCE_WORDS = phraseWords(AT_ONCE_PHRASES);

/** Phrases of the data ("if you take"), each as its tokens' words. */
function phraseWords(phrases: readonly string[]): readonly (readonly string[])[] {
  return phrases.map((p) => p.split(' '));
}

/** The first of `phrases` (as phraseWords gives them) whose words stand at token `i`, if any. */
function phraseAt(phrases: readonly (readonly string[])[], toks: readonly Tok[], i: number): readonly string[] | undefined {
  return phrases.find((w) => w.every((x, k) => toks[i + k]?.l === x));
}
const MISSED_DOSE = new Set(MISSED_DOSE_WORDS);
/** A phrase of one go at j is a day's intake: its clause has no negation before it ("do not take 2
 *  capsules at once", "never ...") and its sentence speaks of no missed dose. */
function atOnceIntake(toks: Tok[], j: number): boolean {
  if (toks.some((t) => MISSED_DOSE.has(t.l))) return false;
  for (let n = j - 1; n >= 0; n--) {
    const l = toks[n]!.l;
    if (CLAUSE_END.has(l) || l === ';' || l === '.') break;
    if (NEGATION_RE().test(l)) return false;
  }
  return true;
}
/** How far a clause is looked at for a frequency after a phrase of one go. */
const AT_ONCE_REACH = 8;
/** A frequency from k to the clause's end ("at once, twice daily"). */
function frequencyInClause(toks: Tok[], k: number): boolean {
  for (let n = k; n < toks.length && n < k + AT_ONCE_REACH && !CLAUSE_END.has(toks[n]!.l) && toks[n]!.l !== ',' && toks[n]!.l !== ';'; n++) {
    if (AT_ONCE_WORDS.some((w) => w[0] === toks[n]!.l)) continue;
    if (freqAt(toks, n)) return true;
  }
  return false;
}

// verbs that name their own unit: "Spray 10-20 times daily" = 10-20 sprays
const VERB_UNIT: Readonly<Record<string, string>> = { spray: 'spray', spritz: 'spray', pump: 'spray', mist: 'spray', sprühen: 'spray', vaporiser: 'spray', pulvériser: 'spray', rociar: 'spray' };

type Parsed = {
  min: number; max: number; unit: string; per: [number, number]; open: boolean; unitless?: boolean;
  /** the one time of day the dose is taken at, when that is its only frequency ("Take 1 capsule in the morning.") */
  slot?: string;
  /** a dose with no frequency of its own ("Take 2 capsules with water."): one intake, how often unknown */
  bare?: true;
  /** counts that name no unit ("1 in the morning and 2 in the evening"), the fewest and most at one
   *  time: unit 'serving' stands for the unit of the sentence's dose before them, when there is one */
  unnamed?: [number, number];
  /** counted by an article opening the sentence ("Une gélule par jour"): never lowers the minimum of
   *  a dose the directions state with a figure */
  articleOnly?: true;
};

/** "Spray 10–20 times daily", "Apply 2 to 3 times a day": a verb or a directions heading, then a
 *  counted frequency with no unit. The verb's own unit when it has one, else one intake of an unnamed serving. */
function verbFrequency(toks: Tok[]): Parsed | null {
  for (let i = 0; i + 1 < toks.length; i++) {
    const l = toks[i]!.l;
    const vu = VERB_UNIT[l];
    // (or a directions heading's colon: "Dosering: 1 dos dagligen", "Conseils d'utilisation : 2 fois par jour")
    if (!vu && !TAKE.has(l) && !(l === ':' && directionsHeadingBefore(toks, i))) continue;
    // ("May take up to three times daily": the count after "up to", from once a day)
    const at = toks[i + 1]!.l === 'up' && toks[i + 2]?.l === 'to' ? i + 3 : i + 1;
    const next = toks[at];
    if (!next) continue;
    if (!/^\d/.test(next.t) && numberWord(next.l) === null && ONCE[next.l] === undefined) continue;
    if (next.l === 'a' || next.l === 'an') continue;
    const f = freqAt(toks, at);
    if (!f) continue;
    return vu ? { min: f[0], max: f[1], unit: vu, per: [1, 1], open: false } : { min: f[0], max: f[1], unit: 'serving', per: [1, 1], open: false, unitless: true };
  }
  return null;
}

/** Measures a dose's equivalent or a carrier liquid is stated in (beyond the serving units). */
const MEASURE = new Set(['oz', 'ounce', 'ounces', 'fl', 'cup', 'cups', 'glass', 'glasses', 'l', 'liter', 'liters', 'litre', 'litres', 'cc', 'mg', 'mcg', ...CARRIER_MEASURE_WORDS_EXTRA]);
const APPROX = new Set(['approx', 'about', 'ca', 'ok', 'approximately', 'circa', 'env', 'etwa']);
const INTO = new Set(['in', 'into', 'with', 'to', 'mit', 'dans', 'avec', 'en', 'con', 'w', 've', 'v', ...CARRIER_INTO_WORDS]);
const LIQUID = new Set(['water', 'juice', 'liquid', 'milk', 'beverage', 'drink', 'smoothie', 'tea', 'wasser', 'saft', 'flüssigkeit', 'eau', 'jus', 'agua', 'zumo', 'acqua', 'wody', 'soku', 'vody', ...CARRIER_LIQUID_WORDS]);
/** Words of an approximate quantity before a carrier's ("into roughly 200ml", "dans environ 200 ml",
 *  "em cerca de 200 ml"): up to three are skipped. */
const CARRIER_APPROX = new Set(CARRIER_APPROX_WORDS);

/** A vessel the dose is stirred into, named with no quantity ("in a glass of water", "en un vaso de
 *  agua o zumo", "in einem Glas Wasser"): the carrier, never a dose. */
const VESSEL = new Set(['glass', 'cup', 'mug', 'vaso', 'taza', 'verre', 'tasse', 'glas', 'becher', 'bicchiere', 'tazza', 'szklance', 'szklankę', 'szklanka', 'kopje', 'sklenici', 'sklenice']);
const VESSEL_LINK = new Set(['of', 'de', 'di', 'd', "d'", 'd’', 'van', 'z', 'full', 'large', 'grande', 'großen', 'grand', 'grosso']);

/** The end (exclusive) of "[article] [size] vessel [of] liquid [or liquid]" from i, or -1. */
function vesselCarrierEnd(toks: Tok[], i: number): number {
  let j = i;
  if (ARTICLES.has(toks[j]?.l ?? '') || toks[j]?.l === 'the') j++;
  // (a size word before the vessel: "a large glass")
  for (let n = 0; n < 2 && toks[j] && !VESSEL.has(toks[j]!.l) && VESSEL_LINK.has(toks[j]!.l); n++) j++;
  if (!VESSEL.has(toks[j]?.l ?? '')) return -1;
  j++;
  for (let n = 0; n < 2 && toks[j] && VESSEL_LINK.has(toks[j]!.l); n++) j++;
  const liquidAt = (k: number): boolean => LIQUID.has((toks[k]?.l ?? '').replace(/^d['’]/, ''));
  if (!liquidAt(j)) return -1;
  j++;
  while (OR_WORDS.has(toks[j]?.l ?? '') && liquidAt(j + 1)) j += 2;
  return j;
}

function isMeasure(t: Tok | undefined): boolean {
  return t !== undefined && (MEASURE.has(t.l) || unitOf(t.l) !== null);
}

/** A quantity of a measure at i, as countAt reads it, or any other figure ("(200 ml)", "into 250 ml
 *  of water"): an equivalent or a carrier liquid may be larger than any count a dose can be. */
function quantityAt(toks: Tok[], i: number): [number, number, number, boolean] | null {
  const t = toks[i];
  if (!t || !/^\d/.test(t.t)) return null;
  const n = parseNumber(t.t);
  const c = countAt(toks, i, false) ?? (n !== null && n > 0 ? [n, n, i + 1, false] as [number, number, number, boolean] : null);
  // ("(about 40 to 80 drops)", "(100 to 150 mg)": an equivalent's range may pass the most a dose counts)
  const hi = c && c[2] === i + 1 && RANGE_LINK.has(toks[i + 1]?.l ?? '') && /^\d/.test(toks[i + 2]?.t ?? '') ? parseNumber(toks[i + 2]!.t) : null;
  return c && hi !== null && hi > c[0] ? [c[0], hi, i + 3, false] : c;
}

const EQUIVALENCE = new Set(EQUIVALENCE_WORDS);
const EQUIVALENCE_LINK = new Set(EQUIVALENCE_LINK_WORDS);

/** How far before an equivalence word the measure it restates may stand, in tokens. */
const EQUIVALENCE_MEASURE_TOKENS = 4;
/** A measure's count and unit before the equivalence word at i, in its clause ("the cap's 10 mL
 *  line equals", "1 Messlöffel entspricht"): never the dose itself ("la dose journalière correspond
 *  à 3 gélules", "eine Menge entsprechend 2 Kapseln", "the equivalent of 2 teaspoons"; a helper
 *  session's review of rounds 57-58). */
function measureBefore(toks: Tok[], i: number): boolean {
  for (let k = i - 1; k >= Math.max(0, i - EQUIVALENCE_MEASURE_TOKENS); k--) {
    const l = toks[k]!.l;
    if (l === ',' || CONDITION_STOP.has(l) || l === ':') return false;
    if (num(toks[k], false) !== null && (unitOf(toks[k + 1]?.l ?? '') !== null || isMeasure(toks[k + 1]))) return true;
  }
  return false;
}

/** Where the words of one serving or less before a bracket start ("a full serving", "the full daily
 *  dose", "1 serving", "½ serving"), the serving's word last in `out`: their index, or -1 for a count
 *  of several. */
function oneServingLead(out: readonly Tok[]): number {
  let k = out.length - 1;
  while (k > 0 && (MEASURE_FILL.has(out[k - 1]!.l) || DAILY.has(out[k - 1]!.l))) k--;
  const lead = out[k - 1];
  if (!lead) return k;
  const n = num(lead, false);
  if (ARTICLES.has(lead.l) || DEFINITE.has(lead.l) || (n !== null && n <= 1)) return k - 1;
  return n === null ? k : -1;
}

/** A bracket at `open` holding a count of units alone ("(2 capsules)"): the index of its closing
 *  bracket, or null. */
function unitsInBracket(toks: Tok[], open: number): number | null {
  const c = countAt(toks, open + 1, false);
  const unit = c ? unitOf(toks[c[2]]?.l ?? '') : null;
  // (units one counts, capsules or tablets: a measure's bracket, "½ serving (1 teaspoon)", is the same
  // serving told in another measure, and the sentences after it count servings)
  if (!c || c[3] || !unit || !isDiscrete(unit) || toks[c[2] + 1]?.t !== ')') return null;
  return c[2] + 1;
}

/** Drops what is not the dose before counting: a bracketed equivalent of the dose ("1/2 teaspoon
 *  (2.5 mL)", "5 g (1 scoop)") and the carrier liquid ("into 8 oz of water or juice", "in 200 ml
 *  Wasser"). Both would otherwise stand between the dose and its frequency, or be read as a dose. */
export function dropNonDose(toks: Tok[]): Tok[] {
  const out: Tok[] = [];
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    // ("the cap's 10 mL line equals two teaspoon servings": what a measure holds, never a dose; the
    // equivalence word, its link and the count with its unit are dropped; round 57)
    // (a condition's phrase whose count the intakes after it share out is dropped whole: "If
    // taking 4 capsules daily, take 2 capsules in the morning and 2 capsules at night"; issue 8,
    // round 58, and a helper session's review of rounds 57-58)
    const ce = conditionEnd(toks, i);
    if (ce > i) {
      i = ce - 1;
      continue;
    }
    if (EQUIVALENCE.has(t.l) && measureBefore(toks, i)) {
      let j = i + 1;
      if (EQUIVALENCE_LINK.has(toks[j]?.l ?? '')) j++;
      const c = countAt(toks, j, true);
      if (c && !c[3] && unitOf(toks[c[2]]?.l ?? '')) {
        i = c[2];
        continue;
      }
    }
    // ("a full serving (2 capsules)", "the full daily dose (4 capsules)", "1 serving (2 scoops)": servings
    // the bracket counts in units are that count of them; the review of round 73's rules, "build up to
    // the full daily dose (4 capsules)" read as the starter's one)
    // (one serving only, "a", "the", "1": "Take 2 servings (2 capsules) daily" says the bracket per serving
    // or in all, and is left as it was; the review of round 74's rules)
    const told = t.t === '(' && (unitOf(toks[i - 1]?.l ?? '') === 'serving' || INTAKE_COUNT.has(toks[i - 1]?.l ?? '')) ? unitsInBracket(toks, i) : null;
    const wholeAt = told ? oneServingLead(out) : -1;
    if (told && wholeAt >= 0) {
      out.length = wholeAt;
      out.push(...toks.slice(i + 1, told));
      i = told;
      continue;
    }
    if (t.t === '(') {
      // "( [approx] N unit [unit] )": at most 6 tokens, no frequency word inside
      let j = i + 1;
      if (toks[j] && APPROX.has(toks[j]!.l)) j++;
      const c = quantityAt(toks, j);
      if (c && isMeasure(toks[c[2]])) {
        let k = c[2] + 1;
        if (isMeasure(toks[k])) k++;
        if (toks[k]?.t === ')') {
          i = k;
          continue;
        }
      }
    }
    // ("1 to 2 mL" and "15 mL to 30 mL" are count ranges, not "to 2 mL"; only a range word ends one:
    // "1 scoop in 6-8 oz of water" is a dose and its carrier; issue 8, round 29)
    const rangeEnd = RANGE_LINK.has(t.l) && (/^\d/.test(toks[i - 1]?.t ?? '') || (isMeasure(toks[i - 1]) && /^\d/.test(toks[i - 2]?.t ?? '')));
    if (INTO.has(t.l) && !rangeEnd) {
      // "into [a] N oz|mL|cups [of] [a glass of] water [or juice]"
      let j = i + 1;
      for (let n = 0; n < 3 && CARRIER_APPROX.has(toks[j]?.l ?? '') && !/^\d/.test(toks[j]!.t); n++) j++;
      if (toks[j]?.t === '.') j++; // ("ca. 200 ml")
      const c = quantityAt(toks, j);
      if (c && isMeasure(toks[c[2]]) && !TAKE.has(toks[i - 1]?.l ?? '')) {
        let k = c[2] + 1;
        if (isMeasure(toks[k])) k++; // "fl oz"
        if (toks[k]?.l === 'of' || VESSEL_LINK.has(toks[k]?.l ?? '')) k++;
        let liquid = false;
        for (let n = 0; n < 5 && toks[k] && (LIQUID.has(toks[k]!.l) || (liquid && RANGE_LINK.has(toks[k]!.l) && LIQUID.has(toks[k + 1]?.l ?? ''))); n++, k++) liquid = true;
        if (liquid || unitOf(toks[c[2]]!.l) === 'ml' || MEASURE.has(toks[c[2]]!.l)) {
          i = k - 1;
          continue;
        }
      }
    }
    // ("disuelta en un vaso de agua o zumo, de 1 a 2 veces al día": a vessel of liquid with no
    // quantity is dropped too, or its words push the frequency out of the dose's window)
    if (INTO.has(t.l) && !rangeEnd) {
      const end = vesselCarrierEnd(toks, i + 1);
      if (end > 0) {
        i = end - 1;
        continue;
      }
    }
    out.push(t);
  }
  return out;
}

/** A dose table's row, on a label whose doses are a day's ("age | dose" rows of an OTC drug label,
 *  "adults and children 12 years and over | 30 mL to 60 mL", under "dose may be taken once a day
 *  ... or in divided doses"): the dose it names is per day, with no frequency word. The row's cells
 *  apart by a bar, a tab or the group's colon, as a page's table is copied or written ("adults and
 *  children 12 years and older: 2 to 4 tablespoons"; issue 8, rounds 68 and 70: no day read). */
function dayDoseRow(s: string, dayDoses: DayDoses): boolean {
  if (!dayDoses || ageGroupOf(s) === null || PER_DOSE_RE.test(s) || ceilingCell(s)) return false;
  return s.includes('|') || (dayDoses === 'note' && NOTE_ROW_CELLS_RE.test(s));
}
/** The row's last cell is a ceiling, its words before its count ("adults - do not exceed 6 tablespoons
 *  in 24 hours"): no dose row (the review of round 73's rules: read as a day of 6); a dose cell that
 *  says its most after the count ("5 to 10 fl oz maximum in 24 hours") is one. */
function ceilingCell(s: string): boolean {
  // (the first cell after the group's with a figure: "adults ... - 2 to 4 tablespoons - do not exceed 4
  // tablespoons in 24 hours" is a dose row, its ceiling a cell after it; the review of round 74's rules)
  const cell = s.split(ROW_CELL_SPLIT_RE).slice(1).find((c) => /\d/.test(c)) ?? s;
  const c = CEILING_RE().exec(cell);
  if (!c) return false;
  const digit = cell.search(/\d/);
  return digit < 0 || c.index < digit;
}
/** The cells of a row other than a page's own bars: a copied tab or run of spaces (foldSpaces' broken
 *  bar) or the group's colon; read so only under the label's note that its doses are a day's ("dose
 *  may be taken once a day ... in divided doses"), never under a ceiling's words alone ("Adults: 1
 *  capsule. Repeat every 8 hours." with "maximum daily dose" below is no day; the review of round 72). */
// (or a dash between spaces: "adults and children 12 years and older - 2 to 4 tablespoons")
const NOTE_ROW_CELLS_RE = /[¦:]|\s[-–—]\s/;
/** Every break between a row's cells: a page's own bar too. */
const ROW_CELL_SPLIT_RE = new RegExp(`\\||${NOTE_ROW_CELLS_RE.source}`);
/** "per dose": a row so worded is each intake's, never the day's ("Adults: 1 to 2 tablets per dose"). */
const PER_DOSE_RE = /\bper dose\b/i;
/** Whether the page's doses are a day's: by the label's note ('note'), by a ceiling's words alone
 *  ('ceiling'), or not (false). */
type DayDoses = 'note' | 'ceiling' | false;

/** A ceiling sentence's daily maximum: "Do not exceed 1 stick per day", "no more than 4 capsules daily". */
/** "in 24 hours", "within any 24-hour period": a maximum's day written as hours. */
const IN_24_HOURS_RE = /\b(?:in|within|per|every|over)(?: any| a)? 24[- ]?(?:hours?|hrs?|h|hour period)\b/gi;

function ceilingOf(s: string): Parsed | null {
  if (!CEILING_RE().test(s)) return null;
  // ("Do not exceed three capsules in 24 hours": the hours are the maximum's day; issue 8, round 31)
  const d = unitCount(dropNonDose(tokenize(s.replace(IN_24_HOURS_RE, 'per day'))));
  return d && !d.open && !d.unitless ? d : null;
}

/** A question ("Can I take 4 capsules a day?", "¿Puedo tomar 2 cápsulas al día?") asks about a dose:
 *  a shopper's or an FAQ's, never the label's direction (the answer, its own sentence, may be). */
function isQuestion(s: string): boolean {
  return /\?\s*$/.test(s) || s.startsWith('¿');
}

/** Words of a threshold right before a count, as words. */
const THRESHOLD_WORDS = phraseWords(THRESHOLD_COUNT_LEADS);
/** A count of units at k after a threshold's words: "à partir de 3 gélules", "above 3 capsules" (an
 *  age after them, "ab 12 Jahren", counts no unit). */
function thresholdCountAt(toks: Tok[], k: number): boolean {
  if (!/^\d/.test(toks[k]?.t ?? '') || unitOf(toks[k + 1]?.l ?? '') === null) return false;
  for (let j = Math.max(0, k - 3); j < k; j++) if (phraseAt(THRESHOLD_WORDS, toks, j)?.length === k - j) return true;
  return false;
}

function parseSentence(s: string, dayDoses: DayDoses = false): Parsed | null {
  // (a drug label's note "the dose may be taken once a day or divided into 2 doses" says how the
  // day's dose may be split, not how many doses a day: the dose table by age says that)
  // (a drug label's dose row that says its most, "adults ... | 5 to 10 fl oz maximum in 24 hours", is
  // the day's dose, no ceiling; issue 8, round 72)
  if ((CEILING_RE().test(s) && !(dayDoses === 'note' && dayDoseRow(s, dayDoses))) || DAY_DOSES_RE.test(s)) return null;
  const toks = dropNonDose(tokenize(s));
  // (a raise forbidden before any count, "Do not increase to 4 capsules daily", "Nicht auf 4 Kapseln täglich
  // steigern", is a warning, no dose of 4)
  if (forbiddenRaiseFirst(toks)) return null;
  // (a customer's own routine, "I take 2 capsules at night", is not read by its time of day)
  const timeOfDay = !FIRST_PERSON_RE.test(s);
  // (a leaflet's dose line headed by its age group, "Adults: 2 tablets at bedtime", gives a dose as a
  // verb does: its time of day is once a day; issue 8, round 42)
  // (an adults' head only: "Children 6-12 years: 1 tablet at bedtime" alone is no adult's daily
  // dose; review of round 42)
  const notChild = ageGroupOf(s) !== 'child';
  const groupHeaded = timeOfDay && startsWithGroup(s) && GROUP_HEAD_RE.test(s) && notChild;
  // (so does a count opening the sentence, or right after a heading's colon: "Three (3) capsules
  // nightly, 30-60 minutes before you turn in" under "HOW TO USE", "Dosage: 1 tablet in the
  // morning"; the verb left out, its time of day is once a day; issue 8, round 48. Never a children's
  // line: "Children 6-12 years: 1 tablet at bedtime" alone is no adults' day)
  const countHeaded = timeOfDay && notChild;
  const one = (t: Tok[]): Parsed | null => dosingScheme(t, s) ?? (timeOfDay ? splitSchedule(t) : null) ?? unitCount(t, timeOfDay, dayDoseRow(s, dayDoses), groupHeaded, countHeaded) ?? verbFrequency(t) ?? timesThenCount(t);
  return alternatives(toks, one) ?? one(toks);
}

/** How many counts a dosing scheme has at most (morning, noon, evening, night). */
const SCHEME_MAX = 4;
const SCHEME_COUNT_RE = /^(?:\d|½)$/;

/** "1-0-2", "1-1-1", "1-0-1-0": the counts a day at morning, noon, evening (and night), as German,
 *  Austrian and Polish pharmacy pages write a dosing scheme: their sum a day (read as "1-0", or as
 *  nothing, it understated the day; issue 8, kind 1). Only three or four single counts joined by
 *  hyphens with nothing glued before or after (never a SKU's, a date's or a price's figures), in a
 *  sentence that gives a dose: a unit, a dose verb, a time of day or a directions heading. The unit
 *  after the scheme when it names one, else the label's servings. */
function dosingScheme(toks: Tok[], s: string): Parsed | null {
  const dosing = DIRECTIONS_HEADING_RE().test(s) || toks.some((t) => TAKE.has(t.l) || unitOf(t.l) !== null || TIME_WORDS[t.l] !== undefined);
  if (!dosing) return null;
  for (let i = 0; i < toks.length; i++) {
    const prev = toks[i - 1]?.t ?? '';
    if (!SCHEME_COUNT_RE.test(toks[i]!.t) || /[-–/.,\d]$/.test(prev)) continue;
    // (the scheme opens the sentence or follows a colon, a dose verb or a directions heading: an
    // article number's or a version's "Art.-Nr. 1-0-1 Kapseln", "version 2-1-1 capsule formula" is no
    // dose; review 28)
    if (i > 0 && prev !== ':' && !TAKE.has(toks[i - 1]!.l) && !DIRECTIONS_HEADING_RE().test(prev)) continue;
    const counts: number[] = [];
    let k = i;
    while (SCHEME_COUNT_RE.test(toks[k]?.t ?? '') && counts.length <= SCHEME_MAX) {
      counts.push(parseNumber(toks[k]!.t) ?? NaN);
      if (toks[k + 1]?.t !== '-') break;
      k += 2;
    }
    const after = toks[k + 1]?.t ?? '';
    if (counts.length < 3 || counts.length > SCHEME_MAX || /^[-–/.,\d]/.test(after) || counts.some((n) => !Number.isFinite(n))) continue;
    const sum = counts.reduce((a, b) => a + b, 0);
    const on = counts.filter((n) => n > 0);
    if (sum <= 0 || sum > MAX_SOLID_COUNT) continue;
    const unit = unitOf(after);
    return unit ? { min: sum, max: sum, unit, per: [Math.min(...on), Math.max(...on)], open: false } : { min: sum, max: sum, unit: 'serving', per: [1, 1], open: false };
  }
  return null;
}

/** "3 x täglich 1", "tgl. 2 x 1": a counted frequency, then at once a count with no unit (a
 *  pharmacy's shorthand): that count of the label's servings each time (3 a day, never none). A
 *  count followed by any word of its own ("3 x täglich 1 Woche") is no dose. */
function timesThenCount(toks: Tok[]): Parsed | null {
  for (let i = 0; i < toks.length; i++) {
    const f = freqAt(toks, i);
    if (!f || f[1] < 2) continue;
    const c = countAt(toks, f[2], false);
    if (!c || c[3] || c[1] > MAX_SOLID_COUNT) continue;
    const after = toks[c[2]];
    if (after && /^[\p{L}\d]/u.test(after.t)) continue;
    return { min: f[0] * c[0], max: f[1] * c[1], unit: 'serving', per: [c[0], c[1]], open: false };
  }
  return null;
}

/** Doses offered as alternatives after a comma ("Take 2 capsules in the evening, or 1 capsule in
 *  the morning and 2 capsules in the evening"): each read on its own, the union of those in one
 *  unit (2 to 3 capsules), never their sum. Null unless two or more alternatives are doses. */
function alternatives(toks: Tok[], read: (t: Tok[]) => Parsed | null): Parsed | null {
  const parts: Tok[][] = [[]];
  for (let i = 0; i < toks.length; i++) {
    if (toks[i]!.t === ',' && OR_WORDS.has(toks[i + 1]?.l ?? '')) {
      parts.push([]);
      i++;
    } else parts[parts.length - 1]!.push(toks[i]!);
  }
  if (parts.length < 2) return null;
  // (an alternative whose counts name no unit counts the first alternative's: "Take 2 capsules in the
  // evening, or 1 in the morning and 2 in the evening" is 2 to 3 capsules; read apart, the unnamed
  // counts were added to the first dose, 4; issue 8, unsafe2 kind 4)
  const read0 = parts.map(read);
  const named = read0.find((d) => d !== null && !d.unnamed && !d.unitless);
  const doses = read0.map((d): Parsed | null => (d?.unnamed && named ? { min: d.min, max: d.max, unit: named.unit, per: d.unnamed, open: d.open } : d)).filter((d): d is Parsed => d !== null && !d.open);
  if (doses.length < 2 || doses.some((d) => d.unit !== doses[0]!.unit || d.unitless !== doses[0]!.unitless)) return null;
  return {
    min: Math.min(...doses.map((d) => d.min)), max: Math.max(...doses.map((d) => d.max)), unit: doses[0]!.unit,
    per: [Math.min(...doses.map((d) => d.per[0])), Math.max(...doses.map((d) => d.per[1]))], open: false, ...(doses[0]!.unitless ? { unitless: true } : {}),
  };
}

/** "up to" before a count, in the shops' languages ("bis zu", "jusqu'à", "hasta", "fino a"). */
const UP_TO: readonly (readonly string[])[] = [['up', 'to'], ['bis', 'zu'], ["jusqu'à"], ['jusqu’à'], ['hasta'], ['fino', 'a']];
/** The same words as one quick test, before a sentence is read again word by word. */
const UP_TO_CUE_RE = /\b(?:up to|bis zu|jusqu|hasta|fino a)\b/i;
/** A larger dose allowed with no frequency of its own ("For deeper support, use up to 2 scoops."),
 *  after a direction in the same unit: it is taken as often as that one ("1 scoop before bed" then
 *  "up to 2 scoops" is 1 to 2 scoops a day), so the day's range never stops at the smaller dose. */
function allowanceAfter(s: string, prev: Parsed | undefined, before: Parsed | null): Parsed | null {
  if (!prev || prev.open || prev.unitless || !UP_TO_CUE_RE.test(s) || CEILING_RE().test(s)) return null;
  const toks = dropNonDose(tokenize(s));
  for (let i = 0; i < toks.length; i++) {
    const words = phraseAt(UP_TO, toks, i);
    if (!words) continue;
    // (a dose verb in the sentence, before or after: "use up to 2 scoops", "bis zu 2 Messlöffel einnehmen")
    const verb = toks.some((t) => TAKE.has(t.l));
    const c = countAt(toks, i + words.length, false);
    // (or a bare count closing the sentence, "Most people use 1-2 sticks a day; on heavy-sweat days,
    // up to 3.": nothing after it, it counts the direction's own unit; only right after that
    // direction, naming no age group, and raising its dose: "Take 4 capsules daily. Effects last up
    // to 1.", "Once opened, keep for up to 2.", "Not for children up to 3." allow no dose; review 33)
    const bare = c !== null && c[2] === toks.length && before === prev && c[1] > prev.per[1] && ageGroupOf(s) === null;
    if (!c || c[3] || c[1] > MAX_SOLID_COUNT || !(bare || (verb && unitOf(toks[c[2]]?.l ?? '') === prev.unit))) continue;
    const [freqMin, freqMax] = frequencyOf(prev);
    return { min: c[1] * freqMin, max: c[1] * freqMax, unit: prev.unit, per: [c[1], c[1]], open: false };
  }
  return null;
}

/** How near its time of day each dose of a split schedule stands: "1 capsule in the morning",
 *  "2 before bed", "2 capsules about an hour before bed", "morgens 1 Kapsel" (a count between
 *  stops the search: it is the next dose's). */
const SLOT_AFTER = 6;
const SLOT_BEFORE = 2;
/** How near a dose with no unit its time of day must follow ("2 in the evening", "2 le soir"). */
const SLOT_UNITLESS = 3;

/** Words for minutes, beside HOURS: a count before either is a wait, not a dose. */
const MINUTES = new Set(['minutes', 'minute', 'min', 'mins', 'minuten', 'minutos', 'minuti', 'minuter', 'minut', 'minuty']);

/** The token after a duration at k ("1 hour", "1–2 hours", "30 to 60 minutes"), or -1. */
function durationEnd(toks: Tok[], k: number): number {
  if (num(toks[k], false) === null) return -1;
  let e = k + 1;
  if (RANGE_LINK.has(toks[e]?.l ?? '') && num(toks[e + 1], false) !== null) e += 2;
  const w = toks[e]?.l ?? '';
  return HOURS.has(w) || w === 'hour' || MINUTES.has(w) ? e + 1 : -1;
}

/** The time of day in toks[from, to), with its lead word where it needs one; a count stops it
 *  (the next dose's). */
function slotIn(toks: Tok[], from: number, to: number): string | null {
  for (let k = Math.max(0, from); k < Math.min(toks.length, to); k++) {
    // (a count of hours or minutes is how long before the time, no dose: "2 capsules 1–2 hours
    // before bed")
    const d = durationEnd(toks, k);
    if (d > k) {
      k = d - 1;
      continue;
    }
    if (num(toks[k], false) !== null) return null;
    // (a meal with its lead, "with a meal", "bei Mahlzeit", is a time of its own beside a named
    // one: "1 capsule with a meal and 1 with dinner" is 2 a day, never 1; issue 8, unsafe2 kind 1)
    if (MEAL.has(toks[k]!.l) && (MEAL_LEAD.has(toks[k - 1]?.l ?? '') || (ARTICLES.has(toks[k - 1]?.l ?? '') && MEAL_LEAD.has(toks[k - 2]?.l ?? '')))) return 'meal';
    const w = TIME_WORDS[toks[k]!.l];
    if (w && !(TIME_NEEDS_LEAD.has(toks[k]!.l) && !TIME_LEAD.has(toks[k - 1]?.l ?? ''))) return w;
  }
  return null;
}

/** A day's dose split over times of day, each time its own count: "1 capsule in the morning and 2
 *  capsules before bed" is 3 a day (never twice the first count), "morgens 1 Kapsel und abends 2
 *  Kapseln". The counts are added when every dose names a time of day of its own, in one unit (a
 *  later one may leave the unit out: "... and 2 before bed"), with no alternative between them
 *  ("or") and no frequency of their own ("1 capsule twice daily"); else null. */
function splitSchedule(toks: Tok[]): Parsed | null {
  const parts: { min: number; max: number; slot: string }[] = [];
  // the day's total named before its doses, with no time of its own ("Bei 2 Kapseln empfehlen wir
  // 1 Kapsel morgens und 1 Kapsel abends", "When taking 2 capsules, take 1 in the morning and 1 in
  // the evening"): the doses after it share it out; read as the total at each time, the day was
  // twice the label's (issue 8, round 37)
  let lead: number | null = null;
  let unit: string | null = null;
  let slotBefore: boolean | null = null;
  let first = -1;
  let last = -1;
  let total: { min: number; max: number } | null = null;
  for (let i = 0; i < toks.length; i++) {
    const c = countAt(toks, i, false);
    if (!c || c[3] || c[1] > MAX_SOLID_COUNT) continue;
    const u = unitOf(toks[c[2]]?.l ?? '');
    // (a dose may leave its unit out when its time stands right beside it: "and 2 before bed", "; 2
    // in the evening", "morgens 1, abends 2 Kapseln", "1 le matin et 2 le soir": read as 1 a day, or
    // as twice the last count, they understated the day; issue 8, kind 1)
    // (a share of the day's dose is no count: "about 1/3 in the morning and 2/3 in the evening")
    // (nor is a wait: "1–2 hours before bed")
    if (!u && (!(Number.isInteger(c[0]) && Number.isInteger(c[1])) || durationEnd(toks, i) > i)) continue;
    if (!u && !(slotIn(toks, c[2], c[2] + SLOT_UNITLESS) || (slotBefore !== false && slotIn(toks, i - SLOT_BEFORE, i)))) {
      // (a count listed after a dose of the schedule, with no time we know, is still one of its
      // doses: "1 in the morning, 1 at noon and 2 in the evening" dropped the noon's and read 3 where
      // the day is 4; no schedule then, never a smaller one; unsafe2 review)
      if (parts.length > 0 && LIST_LINK.has(toks[i - 1]?.l ?? '')) return null;
      continue;
    }
    if (u && unit !== null && u !== unit) return null;
    const next = u ? c[2] + 1 : c[2];
    // (the day's total restated after the schedule, "1 le matin et 1 à 2 le soir, soit 2 à 3
    // comprimés par jour": the schedule ends there, and the day is the wider of the two; it undid
    // the schedule and the morning's count alone was doubled; issue 8, round 38)
    // (when each time stands after its count, a time right before this one is the last dose's:
    // "1 Kapsel morgens und 1 Kapsel abends, also 2 Kapseln täglich" read 1 a day; review 38)
    if (u && u === unit && parts.length >= 2 && !(slotBefore !== false && slotIn(toks, i - SLOT_BEFORE, i)) && !slotIn(toks, next, next + SLOT_AFTER)) {
      const f = freqAt(toks, next);
      // (a day's count below the schedule's own sum restates no total of it: another reader's or
      // another regimen's, "1 tablet 's ochtends en 1 tablet 's avonds, kinderen 1 tablet per dag";
      // taken as the total it lowered the day's least; review 38)
      if (f && f[0] === 1 && f[1] === 1 && c[0] >= parts.reduce((n, p) => n + p.min, 0)) {
        total = { min: c[0], max: c[1] };
        break;
      }
    }
    unit = u ?? unit;
    // (a frequency after the next count in the same unit is that count's: "1 Kapsel abends, also 2
    // Kapseln täglich", the day's total restated, read above)
    for (let k = next; k < Math.min(toks.length, next + SLOT_AFTER); k++) {
      const ck = countAt(toks, k, false);
      if (ck && unit !== null && unitOf(toks[ck[2]]?.l ?? '') === unit) break;
      if (freqAt(toks, k)) return null;
    }
    const before = slotIn(toks, i - SLOT_BEFORE, i);
    const after = slotIn(toks, next, next + SLOT_AFTER);
    // (the first dose sets the order: "morgens 1 Kapsel und abends ..." names each time first)
    if (slotBefore === null && (before || after)) slotBefore = before !== null;
    const slot = slotBefore ? before : after;
    if (!slot && u && parts.length === 0 && lead === null && c[0] === c[1]) {
      if (!dayTotalLead(toks, i, next)) return null;
      lead = c[1];
      first = i;
      i = next - 1;
      continue;
    }
    if (!slot) return null;
    parts.push({ min: c[0], max: c[1], slot });
    if (first < 0) first = i;
    last = next;
    i = next - 1;
  }
  if (parts.length < 2 || new Set(parts.map((p) => p.slot)).size !== parts.length) return null;
  if (toks.slice(first, last).some((t) => OR_WORDS.has(t.l))) return null;
  const sum = (f: (p: { min: number; max: number }) => number): number => parts.reduce((n, p) => n + f(p), 0);
  // (the doses must add up to that total: "2 capsules: 1 in the morning and 2 at night" says no one
  // day, and is read as before, never lower)
  if (lead !== null && (sum((p) => p.min) !== lead || sum((p) => p.max) !== lead)) return null;
  // (no dose names a unit, "1 le matin et 2 le soir": each count is of the label's servings)
  if (unit === null) return { min: sum((p) => p.min), max: sum((p) => p.max), unit: 'serving', per: [1, 1], open: false, unnamed: [Math.min(...parts.map((p) => p.min)), Math.max(...parts.map((p) => p.max))] };
  const lo = total ? Math.min(sum((p) => p.min), total.min) : sum((p) => p.min);
  const hi = total ? Math.max(sum((p) => p.max), total.max) : sum((p) => p.max);
  return { min: lo, max: hi, unit, per: [Math.min(...parts.map((p) => p.min)), Math.max(...parts.map((p) => p.max))], open: false };
}

/** Words that make a count a dose taken each time, not a day's total: "2 capsules at a time",
 *  "each time", "je 2 Kapseln", "2 x 2 Kapseln", "2 kapsułki jednorazowo"; and the intake's nouns,
 *  after the count or after "per" before it ("2 capsules per dose", "per serving", "pro Einnahme",
 *  "par prise", "por toma", "per keer", "per volta"; "Recommended dose: 2 capsules" names none). */
const PER_INTAKE_MARK = new Set([...EACH, ...TIMES, 'je', 'jeweils', 'once', 'jednorazowo']);
const PER_INTAKE_NOUN = new Set(['dose', 'doses', 'dosis', 'dosi', 'dosage', 'prise', 'prises', 'toma', 'tomas', 'einnahme', 'gabe',
  'intake', 'serving', 'servings', 'portion', 'portions', 'porción', 'porcja', 'porcję', 'porzione', 'portie', 'inname', 'assunzione', 'sitting']);

/** Whether the count at i (its unit ending before next), with no time of its own, before a split
 *  schedule's doses can be the day's total they share out ("Bei 2 Kapseln empfehlen wir 1 Kapsel
 *  morgens und 1 Kapsel abends"): never when the sentence gives it a frequency of more than once a
 *  day ("Twice daily, take 2 capsules: ...", "2 x täglich 2 Kapseln: ..."), makes it a dose each
 *  time ("2 capsules per dose: ...", "je 2 Kapseln", "2 gélules par prise", "per serving") or puts
 *  it at times of day ("2 capsules morning and evening (1 with breakfast, 1 with dinner)"): those
 *  say the count at each time, and shared out they halved the day (review of round 37). */
function dayTotalLead(toks: Tok[], i: number, next: number): boolean {
  for (let k = 0; k < toks.length; k++) {
    const f = freqAt(toks, k);
    if (f && f[1] > 1) return false;
  }
  for (let k = 0; k < toks.length; k++) {
    if (k >= i && k < next) continue;
    if (k >= next && countAt(toks, k, false)) break;
    const l = toks[k]!.l;
    // (not "each day", "every day", "once a day": the day's own words)
    const day = DAILY.has(toks[k + 1]?.l ?? '') || (DAY_LINK.has(toks[k + 1]?.l ?? '') && DAILY.has(toks[k + 2]?.l ?? ''));
    if (PER_INTAKE_MARK.has(l) && !day) return false;
    if (PER_INTAKE_NOUN.has(l) && (k >= next || DAY_LINK.has(toks[k - 1]?.l ?? ''))) return false;
    if (k >= next && (TIME_WORDS[l] !== undefined || MEAL.has(l))) return false;
  }
  return true;
}

/** What lists a schedule's next dose: "1 in the morning, 1 at noon and 2 in the evening". */
const LIST_LINK = new Set([',', ';', 'and', 'und', 'et', 'y', 'e', 'en', 'och', 'i', 'a']);

/** The count left before a bare "times" (from..at), when words from another column came between
 *  them: "1-2 citrate forms. times daily" is one to two times a day. The first count in the
 *  window with no unit after it; else the frequency as read. */
function orphanedCount(toks: Tok[], from: number, at: number, f: [number, number, number]): [number, number, number] {
  for (let k = from; k < at; k++) {
    const c = countAt(toks, k, false);
    if (!c || c[3] || c[1] > MAX_SOLID_COUNT || unitOf(toks[c[2]]?.l ?? '') || HOURS.has(toks[c[2]]?.l ?? '')) continue;
    return [c[0] * f[0], c[1] * f[1], f[2]];
  }
  return f;
}

/** How far before a count its frequency may stand: "Täglich 2 Kapseln", "2- bis 3-mal täglich je 1 Beutel" (round 62: eight). */
const FREQ_BEFORE_TOKENS = 8;

/** How far into a direction its age group is named. */
const AGE_HEAD = 60;

/** An "or" between from and to (exclusive) opening another count of the same unit ("1 scoop, or 2
 *  scoops, daily"): its index, or -1. */
function nextAlternative(toks: Tok[], from: number, to: number, unit: string): number {
  for (let k = from; k < to; k++) {
    if (!OR_WORDS.has(toks[k]!.l)) continue;
    const c = countAt(toks, k + 1, false);
    if (c && unitOf(toks[c[2]]?.l ?? '') === unit) return k;
  }
  return -1;
}

/** A pharmacy's multiplication sign before the count at i ("2 x 1 Beutel", "3 × 1 Kapsel"): the
 *  single count before the sign, after the dose before (from), or null. */
function multipliedBy(toks: Tok[], i: number, from: number): number | null {
  if (i - 2 < from || !MULTIPLY.has(toks[i - 1]!.l) || /[-–/.,\d]$/.test(toks[i - 3]?.t ?? '')) return null;
  const n = num(toks[i - 2], false);
  return n !== null && Number.isInteger(n) && n >= 2 && n <= MAX_TIMES_A_DAY ? n : null;
}
/** The signs of a multiplication, and the most times a day one counts. */
const MULTIPLY = new Set(['x', '×']);
const MAX_TIMES_A_DAY = 6;

/** An age group's head closed by a colon at the start of a sentence, the dose's count right after
 *  it ("Adults and children over 12 years: 10 ml ..."; not "Adults: for sleep, 2 capsules ..."). */
const GROUP_HEAD_RE = /^[^:.;!?\n]{1,60}:[ \t]{0,3}\d/;

const CONDITION_PHRASES = [...phraseWords(CONDITION_COUNT_PHRASES)].sort((a, b) => b.length - a.length);
/** How far after a condition's count the comma closing its phrase may stand, and how far after the
 *  phrase the intakes that share it out are looked for, in tokens. */
const CONDITION_CLOSE_TOKENS = 5;
const CONDITION_INTAKE_TOKENS = 16;
const CONDITION_STOP = new Set(['.', ';', '!', '?']);

/** A condition's phrase opening at i ("if taking 4 capsules daily,", "bei 2 Ampullen"), its count
 *  the day's whole that the intakes after it in its sentence share out ("take 2 capsules in the
 *  morning and 2 capsules at night", "zweimal täglich je 1 Ampulle"): the index after the phrase
 *  (after its comma, so its own "daily" goes with it), or -1. Only when the later counts of its unit
 *  add up to its count, alone or times their frequency; a fallback dose ("If taking 2 capsules daily
 *  causes loose stools, take 1 capsule daily instead") shares nothing out (a helper session's review
 *  of rounds 57-58). */
function conditionEnd(toks: Tok[], i: number): number {
  const p = phraseAt(CONDITION_PHRASES, toks, i);
  if (!p) return -1;
  const c = countAt(toks, i + p.length, false);
  if (!c || c[3] || c[0] !== c[1]) return -1;
  let u = c[2];
  let unit: string | null = null;
  for (let n = 0; n < 3 && toks[u] && /^\p{L}/u.test(toks[u]!.t); n++, u++) if ((unit = unitOf(toks[u]!.l))) break;
  if (!unit) return -1;
  let end = u + 1;
  for (let k = u + 1; k <= u + CONDITION_CLOSE_TOKENS && toks[k] && !CONDITION_STOP.has(toks[k]!.l); k++) {
    if (num(toks[k], false) !== null) break;
    if (toks[k]!.l === ',') {
      end = k + 1;
      break;
    }
  }
  let sum = 0;
  let times = 1;
  for (let j = end; j < Math.min(toks.length, end + CONDITION_INTAKE_TOKENS) && !CONDITION_STOP.has(toks[j]!.l); j++) {
    const d = countAt(toks, j, false);
    if (d && unitOf(toks[d[2]]?.l ?? '') === unit) {
      if (d[0] !== d[1]) return -1;
      sum += d[0];
      j = d[2];
      continue;
    }
    const f = freqAt(toks, j);
    if (f && f[0] === f[1] && f[0] > times) times = f[0];
  }
  // ("prenez 1 gélule matin et soir": the times of day share it out too)
  const slots = timeOfDayFreq(toks, end, end + CONDITION_INTAKE_TOKENS);
  if (slots && slots[0] === slots[1] && slots[0] > times) times = slots[0];
  return sum > 0 && (sum === c[0] || sum * times === c[0]) ? end : -1;
}

function unitCount(toks: Tok[], timeOfDay = false, dayRow = false, groupHeaded = false, countHeaded = false): Parsed | null {
  let best: Parsed | null = null;
  let bestEnd = 0;
  // the dose kept so far had a frequency of its own ("daily"), not only a time of day
  let ownFreq = false;
  for (let i = 0; i < toks.length; i++) {
    const upTo = i > 0 && toks[i - 1]!.l === 'to' && toks[i - 2]?.l === 'up';
    // (a count after a threshold's words is when an effect starts, no dose: "l'effet laxatif est augmenté
    // à partir de 3 gélules par jour", "1 Kapsel täglich (ab 4 Kapseln abführend)"; the review of round 72
    // and review 78)
    const c = thresholdCountAt(toks, i) ? null : countAt(toks, i, articleCounts(toks, i)) ?? definiteWholeAt(toks, i);
    if (!c) continue;
    // the unit: right after the count or after up to two filler words ("2 veg capsules", "two antacid tablets")
    let u = c[2];
    let unit: string | null = null;
    for (let n = 0; n < 3 && toks[u]; n++, u++) {
      unit = unitOf(toks[u]!.l);
      if (unit) break;
      if (!/^\p{L}/u.test(toks[u]!.t) || DAILY.has(toks[u]!.l) || TIMES.has(toks[u]!.l)) break;
    }
    if (!unit) continue;
    if (c[1] > MAX_SOLID_COUNT && unit !== 'drop' && unit !== 'spray' && unit !== 'ml' && unit !== 'g') continue;
    // "1 g" / "5 ml": only with a take-verb right before, as a dose table's dose, or opening the
    // direction ("Adults: 10 ml twice daily"), never "mit 200ml Flüssigkeit"
    const opens = i === 0 || toks[i - 1]!.l === ':';
    // (a count after a colon is a dose of its own, with no verb, only under a directions heading or
    // an adults' group: "Tip: 1 capsule at bedtime can also help" is a remark; review of round 48)
    const headOpens = i === 0 || (opens && headsDirections(toks, i - 1));
    // (a verb of dissolving in any of the shops' languages is a take-verb here: "Disolver 10 g (un
    // cacito) en un vaso de agua, una o dos veces al día", "Sciogliere 10 g", "Dissoudre 10 g"; round
    // 63: only English "dissolve" was one, the day was lost)
    if ((unit === 'g' || unit === 'ml') && !takeVerb(toks[i - 1]?.l ?? '') && !dayRow && !opens) continue;
    // "2 TBSP to 4 TBSP", "30 mL to 60 mL": a range with its unit repeated
    let max = c[1];
    const hi = RANGE_LINK.has(toks[u + 1]?.l ?? '') ? num(toks[u + 2], false) : null;
    if (hi !== null && hi > max && hi <= MAX_COUNT && unitOf(toks[u + 3]?.l ?? '') === unit) {
      max = hi;
      u += 3;
    }
    if (unit === 'serving' && toks[u + 1] && /^(?:per|'|’)$/.test(toks[u + 1]!.l) && !DAILY.has(toks[u + 2]?.l ?? '')) continue;
    // ("In addition, 2 capsules provide 400 mg of magnesium for active days", "2 Kapseln liefern 400 mg
    // ... an aktiven Tagen": counted units as the subject of a verb of containing, an amount after it,
    // describe what they hold, no direction; their "days" had widened a day of 1 to 1-2; issue 8)
    // (unless a word of the day leads the count: "Daily dose: 2 capsules deliver 400 mg", "Dose journalière :
    // 2 gélules apportent 300 mg" state the day's dose; the review of round 65's rules, the day lost)
    if (EXTRA_CONTAIN_VERB.has(toks[u + 1]?.l ?? '') && toks.slice(u + 2, u + 2 + CONTAIN_AMOUNT_REACH).some((t) => MASS_AFTER_CONTAIN.has(t.l))
      && !dayLeads(toks, i)) continue;
    // frequency after the unit (within a short window), or before the count ("Täglich 2 Kapseln");
    // a counted one before the count wins over a bare "per day" after it ("2- bis 3-mal täglich 1
    // Beutel (entsprechend 364,5 mg pro Tag)": the bracket restates the day's amount)
    let after: [number, number, number] | null = null;
    // (a count on the way with its own "a day" is another dose's: "in ONE tablet, two a day" gives
    // the one tablet no "a day")
    let afterAt = -1;
    for (let k = u + 1; k < Math.min(toks.length, u + 11) && !after; k++) {
      // (a next step's frequency is its own: "Täglich eine halbe Portion, danach die volle Portion
      // täglich"; the review of round 73's rules, the half's day took it and the step was jumped)
      // (or a raise: "..., danach steigern zur vollen Portion täglich", "danach auf die volle Portion täglich
      // steigern"; review 76)
      if ((RAISE.has(toks[k]!.l) || STEP_THEN.has(toks[k]!.l)) && stepAhead(toks, k)) break;
      after = freqAt(toks, k);
      if (after) afterAt = k;
      if (!after && num(toks[k], false) !== null && freqAt(toks, k + 1)) break;
      // ("Take 2 tablets 1-2 citrate forms. times daily": text in columns put other words between
      // a count and its "times"; the day word after a bare "times" is the orphaned count's, never
      // once a day)
      if (after && TIMES.has(toks[k - 1]?.l ?? '')) after = orphanedCount(toks, u + 1, k - 1, after);
    }
    let before: [number, number, number] | null = null;
    let beforeAt = -1;
    // (one after the dose before it first: "2 times daily 1 tablet, 3 times daily 1 tablet" had the
    // second dose borrow the first's "daily" in the window, and the second dose was lost; issue 8,
    // round 31)
    for (const from of [Math.max(bestEnd, i - FREQ_BEFORE_TOKENS), Math.max(0, i - FREQ_BEFORE_TOKENS)]) {
      for (let k = from; k < i && !before; k++) {
        const g = freqAt(toks, k);
        if (g && g[2] <= i) [before, beforeAt] = [g, k];
      }
    }
    // ("2x denně 1 tableta, při zátěži 3x denně 1 tableta", "2 keer per dag 1 tablet, ... 3 keer per
    // dag 1 tablet": a counted frequency written right before the count is the dose's own; one after
    // it that itself leads a count is the next dose's, never this one's; the first dose had taken
    // the second's "3x" and the day read 3, not 2-3; issue 8, round 31)
    // (a word of each intake may stand between, "Zweimal täglich je 1 Kapsel, bei erhöhtem Bedarf dreimal
    // täglich je 1 Kapsel": read through it, the first dose took the second's "dreimal" and the day read 3)
    const ownBefore = before !== null && (before[2] === i || (before[2] === i - 1 && EACH_INTAKE.has(toks[i - 1]?.l ?? '')));
    const afterLeads = after !== null && countAt(toks, after[2] + (EACH_INTAKE.has(toks[after[2]]?.l ?? '') ? 1 : 0), EACH_INTAKE.has(toks[after[2]]?.l ?? '')) !== null;
    if (after && before && ownBefore && beforeAt >= bestEnd && afterLeads) after = null;
    const bare = (x: [number, number, number]): boolean => x[0] === 1 && x[1] === 1;
    // (a frequency the dose before used is not this one's: "... twice daily for 2 weeks, then 1 capsule daily")
    let f = after && !(before && beforeAt >= bestEnd && bare(after) && !bare(before)) ? after : before;
    // ("2 x 1 Beutel täglich": a count multiplied right before the dose's count is how many times
    // that day, never once; issue 8, unsafe2 kind 2)
    const times = multipliedBy(toks, i, bestEnd);
    if (f && bare(f) && times) f = [times, times, f[2]];
    let slot: string | undefined;
    // "Take two capsules 30 minutes before bedtime", "Take 1-2 capsules at night": an imperative dose
    // at one time of day is taken once a day (morning and evening: twice)
    // (the verb may close the sentence: "2 Kapseln morgens und abends einnehmen")
    // ("1 comprimé matin et soir": two times of day name a schedule, with or without a verb)
    if (!f && timeOfDay) {
      // (or the times before the count, after the dose before it: "Morgens und abends 1 Kapsel")
      const tf = timeOfDayFreq(toks, u + 1) ?? timeOfDayFreq(toks, Math.max(bestEnd, i - TIME_BEFORE), i);
      // (a count opening the sentence is once a day only at the time right after it, no other count
      // on the way: "Two capsules morning and two in the evening" is no "2 in the evening")
      const headed = countHeaded && headOpens && tf !== null && !toks.slice(u + 1, tf[2]).some((t) => num(t, false) !== null);
      if (tf && (tf[1] >= 2 || groupHeaded || headed || TAKE.has(toks[i - 1]?.l ?? '') || toks.some((t) => TAKE.has(t.l)))) {
        // ("If taking 2 capsules, split them between morning and evening", "diese auf morgens und
        // abends verteilen": times of day that share the dose out are once a day's worth)
        const shared = toks.some((t) => SHARE_OUT.has(t.l));
        f = tf[2] > i ? [shared ? 1 : tf[0], shared ? 1 : tf[1], tf[2]] : [shared ? 1 : tf[0], shared ? 1 : tf[1], u + 1];
        slot = tf[3];
      }
    }
    // ("Start with 1 tsp daily ... and gradually increase to the full 2 tsp", "build up to the full
    // serving over 2 weeks": a count a raise of the dose before it leads is that dose raised, at its
    // frequency; the review of round 72: the starter alone was read)
    // (only ever up, and never on a doctor's say: "..., may be increased to 2 capsules on advice of a
    // doctor" raises no label's day, as in raisedInClause)
    const raised = best !== null && !best.open && !best.unitless && best.per[1] > 0 && (best.unit !== unit || c[1] > best.per[1])
      && (raiseLeads(toks, bestEnd, i) || raiseEndsClause(toks, i)) && !toks.slice(i).some((t) => DOCTOR.has(t.l));
    if (!f && raised) {
      const fr = frequencyOf(best!);
      f = [fr[0], fr[1], u + 1];
    }
    if (!f && dayRow) f = [1, 1, u + 1];
    if (!f) continue;
    // (an article opening the sentence counts one only in a clause of its own intake: its day word
    // right after the unit, or after a clause of preparation closed by a comma; "Ein Beutel deckt den
    // täglichen Bedarf", "Una cápsula aporta el magnesio que necesitas al día", "Een tablet dekt de
    // helft van de behoefte per dag" are no doses; review of round 48)
    const article = headOpens && ARTICLES.has(toks[i]!.l);
    const timeAt = firstTimeWord(toks, u + 1);
    const dayAt = after && f[2] === after[2] ? afterAt : before && f[2] === before[2] ? i : timeAt >= 0 ? timeAt : i;
    if (article && !ownIntakeClause(toks, u + 1, dayAt)) continue;
    const min = upTo ? Math.min(1, c[0]) : c[0];
    const d: Parsed = { min: min * f[0], max: max * f[1], unit, per: [min, max], open: c[3], ...(slot ? { slot } : {}), ...(article ? { articleOnly: true as const } : {}) };
    // "Take 2 capsules daily, or 2 capsules twice daily for extra support": every dose the sentence
    // gives in the same unit, as one range (never its lower end alone)
    // ("Take 3 capsules daily: 1 capsule in the morning and 2 before bed" splits one dose: no "or",
    // no second range)
    // ("Start with 1/2 tsp daily and gradually increase to 2 tsp daily": doses each with a frequency
    // of its own are steps of one range too; a time of day only splits a dose, it offers none)
    // (a frequency before the count is its own only after the dose before it: "Take 3 capsules daily:
    // 1 capsule in the morning ..." borrows the first dose's "daily")
    const hasOwnFreq = after !== null || (before !== null && beforeAt >= bestEnd);
    const alternative = best !== null && (toks.slice(bestEnd, i).some((t) => OR_WORDS.has(t.l)) || (ownFreq && hasOwnFreq) || raised);
    if (!best) {
      best = d;
      ownFreq = hasOwnFreq;
    } else if (raised && best.unit !== d.unit && d.unit === 'serving' && !d.open && d.max >= 1) {
      // ("Start with 1 capsule daily and increase to a full serving daily": the raise's dose in
      // another unit is the day's most; the starter's least cannot be told in it, so the raise stands
      // alone, its least the most, never the starter's count read in the wrong unit)
      best = d;
    } else if (alternative && best.unit === d.unit && !best.open && !d.open) {
      // (an article's one, offered beside a dose with no "or", lowers none of its minimum: "A capsule
      // a day is fine for beginners, but the suggested use is 2 capsules twice daily" is 4 a day;
      // review of round 48)
      const offered = toks.slice(bestEnd, i).some((t) => OR_WORDS.has(t.l));
      const low: Parsed | null = offered || best.articleOnly === d.articleOnly ? null : best.articleOnly ? d : best;
      best = {
        min: low ? low.min : Math.min(best.min, d.min), max: Math.max(best.max, d.max), unit, per: [low ? low.per[0] : Math.min(best.per[0], d.per[0]), Math.max(best.per[1], d.per[1])], open: false,
        ...(best.articleOnly && d.articleOnly ? { articleOnly: true as const } : {}),
      };
    }
    // ("Take 1 scoop, or 2 scoops, daily": a frequency after the last of doses offered as
    // alternatives is each one's; the next alternative is read, never jumped over)
    const orAt = f === after ? nextAlternative(toks, u + 1, f[2], unit) : -1;
    i = orAt > 0 ? Math.max(i, u, orAt - 1) : Math.max(i, u, f[2] - 1);
    bestEnd = i + 1;
  }
  return best;
}

const CLAUSE_BREAK = new Set([',', ':', ';', '-', '–', '—', '(']);
/** A negated raise word stands before the sentence's first count in a unit. */
function forbiddenRaiseFirst(toks: Tok[]): boolean {
  // (or a sentence opened by its negation, its raise verb last in the same clause: "Nicht auf 4 Kapseln
  // täglich steigern"; never "Non-GMO formula: take 1 capsule daily, increasing to 2", "Nicht vergessen:
  // ..."; review 78)
  if (NEGATION_RE().test(toks[0]?.l ?? '') && !/-/.test(toks[0]!.t)) {
    for (let k = 1; k < toks.length && !CLAUSE_BREAK.has(toks[k]!.l); k++) if (RAISE.has(toks[k]!.l)) return true;
  }
  for (let k = 0; k < toks.length; k++) {
    if (/^\d/.test(toks[k]!.t) && unitOf(toks[k + 1]?.l ?? '') !== null) return false;
    if (RAISE.has(toks[k]!.l) && negatedBefore(toks, k)) return true;
  }
  return false;
}

/** A raise verb ends the clause the count at i opens, as the languages that end on their verb say
 *  it: "danach auf die volle Portion täglich steigern", "tot een hele maatschep verhogen" (review 76). */
function raiseEndsClause(toks: Tok[], i: number): boolean {
  for (let j = i + 1; j <= i + RAISE_REACH + 1 && toks[j]; j++) {
    const l = toks[j]!.l;
    if (l === ',' || l === ';' || l === ':') return false;
    if (RAISE.has(l)) return !negatedBefore(toks, j);
  }
  return false;
}

/** A step or raise word at k leads a next dose: a whole measure or a count of units in its reach (a
 *  raise of a temperature, "eau portée à 60 °C", leads none), or after a step word a raise verb. */
function stepAhead(toks: Tok[], k: number): boolean {
  for (let j = k + 1; j <= k + RAISE_LEAD_REACH && toks[j]; j++) {
    if (wholeMeasureAt(toks, j) || (/^\d/.test(toks[j]!.t) && unitOf(toks[j + 1]?.l ?? '') !== null)) return true;
    // (or, after a step word, a raise verb on the way: "danach auf die volle Portion täglich steigern")
    if (!RAISE.has(toks[k]!.l) && RAISE.has(toks[j]!.l)) return true;
  }
  return false;
}

/** How far before a count the raise that leads it may stand ("increase gradually over several days
 *  to a full serving"). */
const RAISE_LEAD_REACH = 8;
/** A raise word or phrase, not negated, in the few words before i, after the dose before it (which
 *  ends at `from`). */
function raiseLeads(toks: Tok[], from: number, i: number): boolean {
  for (let k = i - 1; k >= Math.max(from, i - RAISE_LEAD_REACH); k--) {
    const l = toks[k]!.l;
    if (l === ';' || l === ':') return false;
    if ((RAISE.has(l) || phraseAt(RAISE_PHRASE_WORDS, toks, k)) && !negatedBefore(toks, k)) return true;
  }
  // (a step to a whole measure: "Once daily, take ½ scoop for the first week, then a full scoop"; the
  // review of round 73's rules)
  return i > from && STEP_THEN.has(toks[i - 1]?.l ?? '') && wholeMeasureAt(toks, i);
}

/** Whether the words before the colon at `colon` are a directions heading ("Dosering", "Conseils
 *  d'utilisation"), never an age group's (its count of times then goes with the dose before it). */
function directionsHeadingBefore(toks: readonly Tok[], colon: number): boolean {
  return DIRECTIONS_HEADING_RE().test(headBefore(toks, colon));
}

/** The words before the colon at `colon`, from the sentence's start or the colon or comma before. */
function headBefore(toks: readonly Tok[], colon: number): string {
  let from = colon;
  while (from > 0 && toks[from - 1]!.l !== ':' && toks[from - 1]!.l !== ',') from--;
  return toks.slice(from, colon).map((t) => t.t).join(' ');
}

/** Whether the words before the colon at `colon` (from the sentence's start or the colon or comma
 *  before) are a directions heading ("Dosage", "Suggested use") or an adults' group ("Adults"). */
function headsDirections(toks: readonly Tok[], colon: number): boolean {
  const head = headBefore(toks, colon);
  return DIRECTIONS_HEADING_RE().test(head) || groupNamed(head) === 'adult';
}

/** Whether the day word at `at` is in the clause of the count's unit ending at `from`: right after
 *  it, after only short leads ("le matin", "om dagen"), or after a comma closing a clause with no
 *  other figure ("Un comprimé effervescent à dissoudre dans un verre d'eau, deux fois par jour"). */
function ownIntakeClause(toks: readonly Tok[], from: number, at: number): boolean {
  if (at < from) return at >= 0;
  const between = toks.slice(from, at);
  if (between.every((t) => t.l.length <= 3 && !/\d/.test(t.l) && t.l !== ',')) return true;
  const comma = between.map((t) => t.l).lastIndexOf(',');
  return comma >= 0 && between.slice(comma + 1).every((t) => t.l.length <= 3) && !between.some((t) => num(t, false) !== null);
}

/** The first time-of-day word from `from`, or -1. */
function firstTimeWord(toks: Tok[], from: number): number {
  for (let k = from; k < Math.min(toks.length, from + TIME_AFTER); k++) if (timeWordAt(toks, k)) return k;
  return -1;
}

// times of day: "bedtime", "nightly", meals; "night", "bed", "evening", "morning" after "at/before/in the/every".
// Each distinct slot (morning, midday, evening) is one intake.
const TIME_WORDS: Readonly<Record<string, 'am' | 'noon' | 'pm'>> = {
  bedtime: 'pm', nightly: 'pm', night: 'pm', bed: 'pm', evening: 'pm', dinner: 'pm', supper: 'pm', morning: 'am', breakfast: 'am', lunch: 'noon',
  // "matin et soir", "morgens und abends", "mañana y noche", "mattina e sera"
  matin: 'am', midi: 'noon', soir: 'pm', coucher: 'pm', morgens: 'am', mittags: 'noon', abends: 'pm', mañana: 'am', noche: 'pm', mattina: 'am', sera: 'pm',
  ...TIME_OF_DAY_WORDS_EXTRA,
};
/** Verbs that share one dose out over times of day rather than repeat it. */
const SHARE_OUT = new Set(['split', 'divide', 'spread', 'share', 'verteilen', 'aufteilen', 'verteilt', 'aufgeteilt', 'répartir', 'répartissez', 'repartir', 'dividir', 'distribuire', 'suddividere', 'verdelen']);
const TIME_NEEDS_LEAD = new Set(['night', 'bed', 'evening', 'morning', ...TIME_NEEDS_LEAD_WORDS_EXTRA]);
const TIME_LEAD = new Set(['at', 'before', 'the', 'every', 'each', 'with', ...TIME_LEAD_WORDS_EXTRA]);
/** "going to bed", "getting into bed": a verb of going and "to"/"into" lead a time word too. */
const TIME_GOING = new Set(TIME_GOING_WORDS);
const TIME_GOING_TO = new Set(TIME_GOING_TO_WORDS);

/** Words joining two times of day into one schedule ("morning and evening", "rano i wieczorem"). */
const TIME_JOIN = new Set(['and', '&', '+', 'und', 'et', 'y', 'e', 'i', 'en', 'och', 'og', 'a']);

/** The slot of a time word at k: a word that needs a lead ("morning") has one ("in the morning"),
 *  or is joined to another time word ("in the morning and evening", "morning and evening"). */
function timeWordAt(toks: Tok[], k: number): string | null {
  const l = toks[k]!.l;
  const w = TIME_WORDS[l];
  if (w && negatedTime(toks, k)) return null;
  if (!w || !TIME_NEEDS_LEAD.has(l) || TIME_LEAD.has(toks[k - 1]?.l ?? '')) return w ?? null;
  if (TIME_GOING_TO.has(toks[k - 1]?.l ?? '') && TIME_GOING.has(toks[k - 2]?.l ?? '')) return w;
  const joinedBefore = TIME_JOIN.has(toks[k - 1]?.l ?? '') && TIME_WORDS[toks[k - 2]?.l ?? ''] !== undefined;
  const joinedAfter = TIME_JOIN.has(toks[k + 1]?.l ?? '') && TIME_WORDS[toks[k + 2]?.l ?? ''] !== undefined;
  // (or by "and/or": "morning and/or evening")
  const eitherBefore = LIST_LAST.has(toks[k - 1]?.l ?? '') && toks[k - 2]?.l === '/' && TIME_JOIN.has(toks[k - 3]?.l ?? '') && TIME_WORDS[toks[k - 4]?.l ?? ''] !== undefined;
  const eitherAfter = TIME_JOIN.has(toks[k + 1]?.l ?? '') && toks[k + 2]?.l === '/' && LIST_LAST.has(toks[k + 3]?.l ?? '') && TIME_WORDS[toks[k + 4]?.l ?? ''] !== undefined;
  return joinedBefore || joinedAfter || eitherBefore || eitherAfter ? w : null;
}

const TIME_NOT_AFTER = new Set(TIME_NOT_AFTER_WORDS);
const TIME_COMPARE = new Set(TIME_COMPARE_WORDS);
const TIME_INSTEAD = new Set(TIME_INSTEAD_WORDS);
const TIME_UNTIL = new Set(TIME_UNTIL_WORDS);
const TIME_INSTEAD_PAIRS = new Set(TIME_INSTEAD_PHRASES);
const TIME_UNTIL_PAIRS = new Set(TIME_UNTIL_PHRASES);
/** How far before a time of day a word of "instead of" is looked for, in tokens. */
const TIME_INSTEAD_REACH = 4;
/** A negation among the three words before a time of day, in its clause ("nicht am Nachmittag"), or a
 *  comparison right after a negation ("no más tarde de", "not later than"): no intake then (the review of
 *  rounds 63-64). A comparison alone adds a dose ("1 more in the evening", "1 de plus le soir"): the
 *  review of round 65's rules, the day halved. */
function negatedTime(toks: Tok[], k: number): boolean {
  for (let j = k - 1; j >= Math.max(0, k - TIME_INSTEAD_REACH); j--) {
    const l = toks[j]!.l;
    if (CLAUSE_END.has(l) || l === '.' || l === ';') return false;
    // (or "instead of" within four words: "rather than in the morning", "statt morgens"; review 67)
    if (TIME_INSTEAD.has(l) || TIME_INSTEAD_PAIRS.has(`${toks[j - 1]?.l ?? ''} ${l}`)) return true;
    if (j < k - 3) continue;
    // (or a span the dose lasts through: "bis in den Abend", "tot in de avond", "toute la matinée"; review 70)
    if (TIME_NOT_AFTER.has(l) || TIME_UNTIL.has(l) || TIME_UNTIL_PAIRS.has(`${toks[j - 1]?.l ?? ''} ${l}`)) return true;
    if (TIME_COMPARE.has(l) && TIME_NOT_AFTER.has(toks[j - 1]?.l ?? '')) return true;
  }
  return false;
}

/** How many tokens after a dose its times of day are looked for, and before it ("Morgens und
 *  abends 1 Kapsel", "Matin et soir, 1 comprimé"). */
const TIME_AFTER = 14;
const TIME_BEFORE = 8;

/** [min, max, next token, the slot when there is only one]. */
function timeOfDayFreq(toks: Tok[], from: number, to = from + TIME_AFTER): [number, number, number, string | undefined] | null {
  const slots = new Set<string>();
  let end = -1;
  /** times that may be left out: one for each "and/or" between two times */
  let optional = 0;
  /** times offered instead of the one before: one for each "or" between two times */
  let alternatives = 0;
  let or = false;
  for (let k = Math.max(0, from); k < Math.min(toks.length, to); k++) {
    const w = timeWordAt(toks, k);
    // ("1 tablet with breakfast or 1 tablet with dinner": a count with its unit after an "or" is
    // another dose offered instead, its time its own; a helper session's review of rounds 57-58.
    // A count without its unit leaves the times as they were: "2 capsules in the evening, or 1 in
    // the morning, 1 at noon and 2 in the evening" still reaches 4)
    const after = or ? countAt(toks, k, false) : null;
    if (after && unitOf(toks[after[2]]?.l ?? '')) break;
    if (after) or = false;
    if (!w) {
      if (end >= 0 && OR_WORDS.has(toks[k]!.l) && toks[k - 1]?.l !== '/') or = true;
      // ("'s ochtends en/of 's avonds", "morning and/or evening": either time or both, 1 to 2 a day;
      // "breakfast and/or lunch and dinner": 2 to 3, only the joined pair's one time may be left out)
      if (end >= 0 && toks[k]!.l === '/' && TIME_JOIN.has(toks[k - 1]?.l ?? '') && LIST_LAST.has(toks[k + 1]?.l ?? '')) optional++;
      continue;
    }
    // ("with breakfast or with your evening meal": times joined by "or" are one intake, never two;
    // a helper session's review of rounds 57-58)
    if (or && !slots.has(w)) alternatives++;
    or = false;
    slots.add(w);
    end = k + 1;
  }
  if (end < 0) return null;
  const n = Math.max(1, slots.size - alternatives);
  return [Math.max(1, n - optional), n, end, slots.size === 1 ? [...slots][0] : undefined];
}

/** A footnote's number glued to a sentence's full stop and followed by the next sentence's capital
 *  ("... of elemental magnesium.2 These study doses"): a reference, never a count of the words after
 *  it ("2 ... doses" read a spec sheet's study note as two servings a day, below its label's
 *  directions). Only there: a number glued to a semicolon or an abbreviation's stop and followed by a
 *  lower-case word is a count whose space was lost ("1 capsule;2 times daily", "1 in the morning;2 in
 *  the evening", "up to approx.3 times per day", "dorośli.2 razy dziennie"), and so is one followed by
 *  a unit, a count of times, a day or a time of day ("daily.2 Capsules", "max.3 Mal täglich"). */
const FOOTNOTE_MARK_RE = /(?<=\p{L}{2}\.)(\d{1,2})(?=\s{1,3}(\p{Lu}\p{L}{0,29}))/gu;

function isCountWord(word: string): boolean {
  const l = word.toLowerCase();
  return unitOf(l) !== null || TIMES.has(l) || DAILY.has(l) || l in ONCE || l in TIME_WORDS;
}

function dropFootnoteMarks(text: string): string {
  return text.replace(FOOTNOTE_MARK_RE, (m: string, _n: string, word: string) => (isCountWord(word) ? m : ''));
}

/** A stop after a word, then a count and an extra dose's word, right after it or after its unit,
 *  or a count and its unit in a maximum ("Take 2 capsules daily. 2 extra capsules may be taken",
 *  "... 1 additional tablet at bedtime", "2 weitere Kapseln", "2 gélules supplémentaires", "1 Kapsel bei Bedarf. 4 Kapseln
 *  pro Tag nicht überschreiten"): a sentence of its own. The splitter keeps a stop before a figure
 *  in its sentence (an ordinal's, "powyżej 6. roku", an abbreviation's, "tgl. 2 x 1"), so the extra
 *  dose had been read as part of the first and lost (the day's most was the first dose alone), and
 *  a German maximum, its verb last, made the dose before it a ceiling (issue 8, understated kinds 2
 *  and 3). The word before the stop is a word of four letters at least (three for a word of the
 *  day's: "al día. 2 adicionales", and two for Italian "al dì. 2 in più"), never a frequency's abbreviation
 *  ("tägl. 2 Kapseln"). */
const COUNT_AFTER_STOP_RE = /(?<=(\p{L}{2,})\.|\p{L}[!?])\s{1,3}(?=\d{1,2}[ \t]{1,3}(\p{L}{1,30})(?:[ \t]{1,3}(\p{L}{1,30}))?)/gu;
const ADDITIONAL = new Set(ADDITIONAL_DOSE_WORDS);
/** An extra count's tails of two words ("in più", "de plus", "en plus"). */
const EXTRA_TAIL_PAIRS = new Set(EXTRA_COUNT_TAIL_PHRASES.filter((p) => p.includes(' ')));
/** How far after such a count its sentence's maximum word is looked for. */
const COUNT_SENTENCE_REACH = 120;
/** The fewest letters of the word before such a stop, beside the day's words ("día", "day", "dag"). */
const COUNT_STOP_WORD_MIN = 4;
/** How many such stops a sentence is cut at, at most. */
const MAX_COUNT_SPLITS = 8;

function splitBeforeCounts(s: string): string[] {
  const out: string[] = [];
  let from = 0;
  COUNT_AFTER_STOP_RE.lastIndex = 0;
  // (each match goes on from the last: linear in the sentence, however many stops it holds)
  for (let m = COUNT_AFTER_STOP_RE.exec(s); m && out.length < MAX_COUNT_SPLITS; m = COUNT_AFTER_STOP_RE.exec(s)) {
    const [, before, first, second] = m;
    if (before !== undefined && DAILY.has(`${before.toLowerCase()}.`)) continue;
    // (a word of three letters only when it is the day's, "al día. 2 adicionales", "per day. 2 more": never
    // an abbreviation, "max. 2", "tgl. 2")
    if (before !== undefined && before.length < COUNT_STOP_WORD_MIN && !DAILY.has(before.toLowerCase())) continue;
    const w1 = first!.toLowerCase();
    const w2 = second?.toLowerCase() ?? '';
    // (or the additional dose's word with its unit elided, "2 more may be taken in the evening if needed",
    // "2 supplémentaires peuvent être prises le soir": the review of round 65's rules, kept in the sentence
    // before, the extra dose was lost)
    // (or an extra count's tail of two words, "2 in più la sera", "2 de plus le soir"; review 70)
    const extra = ADDITIONAL.has(w1) || (unitOf(w1) !== null && ADDITIONAL.has(w2)) || EXTRA_TAIL_PAIRS.has(`${w1} ${w2}`);
    // (or a maximum of its own, its verb last: "4 Kapseln pro Tag nicht überschreiten"; only its
    // first words are looked at)
    const at = m.index + m[0].length;
    if (!extra && !(unitOf(w1) !== null && CEILING_RE().test(s.slice(at, at + COUNT_SENTENCE_REACH).split(/[.!?;]/, 1)[0]!))) continue;
    out.push(s.slice(from, m.index));
    from = m.index + m[0].length;
  }
  out.push(s.slice(from));
  return out;
}

export function splitSentences(text: string): string[] {
  return dropFootnoteMarks(text).split(SENTENCE_SPLIT_RE).flatMap(splitBeforeCounts).map(foldSpaces).filter((s) => s.length > 0);
}

/** A sentence's runs of white space as one space; a tab, or a run of three spaces or more, between two
 *  cells of a copied table as their bar, as a page's own table reads (an OTC label's "adults and
 *  children 12 years and older<TAB>2 to 4 TBSP" is the row "... | 2 to 4 TBSP", dayDoseRow). */
function foldSpaces(s: string): string {
  // (most sentences hold neither: one search each, no pattern run over them)
  const cells = s.includes('\t') || s.includes('  ') ? s.replace(CELL_TAB_RE, ' ¦ ') : s;
  return cells.replace(/\s+/g, ' ').trim();
}
// (two spaces too: a copied row's cells are often apart by two; the review of round 72)
const CELL_TAB_RE = /(?<=\S)(?:[ ]{0,3}\t[ \t]{0,10}|[ ]{2,10})(?=\S)/g;

/** 'teen': children named with an adult's age ("Kinder ab 12 Jahren", "Children 12 years and
 *  older"): the children's beside the adults named as such, else the oldest group, the adults'. */
type AgeGroup = 'adult' | 'child' | 'teen' | null;

/** The age group a direction is for, named at its head ("Adults:", "Children 4-8 years:",
 *  "adults and children 12 years and over |", "Vuxna:", "Barn 4–12 år:"). */
function ageGroupOf(s: string): AgeGroup {
  // (the group's name ends at the colon after it: "Children 6-12 years: 1 tablet daily, under adult
  // supervision" is the children's; "Dosage: Adults and children 12 years and over: ..." the adults')
  let head = s.slice(0, AGE_HEAD);
  const first = Math.min(...[AGE_ADULT_RE().exec(head)?.index ?? AGE_HEAD, AGE_CHILD_RE().exec(head)?.index ?? AGE_HEAD]);
  const colon = head.indexOf(':', first);
  if (colon > 0) head = head.slice(0, colon);
  return groupNamed(head);
}

/** The group a heading names: the adults' when it names them ("Erwachsene und Jugendliche ab 12
 *  Jahren"), the children's when it names children, even from an adult's age ("Kinder ab 12
 *  Jahren: ½ Brausetablette" beside "Erwachsene: 1 Brausetablette" is no adults' dose; issue 8,
 *  round 24), and the adults' for an age alone ("12 years and over: 2 tablets"). */
function groupNamed(head: string): AgeGroup {
  if (AGE_ADULT_NOUN_RE().test(head)) return 'adult';
  if (AGE_CHILD_RE().test(head)) return AGE_ADULT_RE().test(head) ? 'teen' : 'child';
  return AGE_ADULT_RE().test(head) ? 'adult' : null;
}

/** The end of an age group's head: its colon, a table's cell bar or a tab ("Niños de 3 a 6 años | 1 ..."). */
const GROUP_HEAD_END_RE = /[:|\t]/;
const AGE_MONTHS = new Set(AGE_MONTH_WORDS);

/** The ages an age group's head names ("Ages 4-8", "Children 9 years and older", "Niños de 7 a 12
 *  años", "Kinder von 6 bis 11 Jahren"), as one rank: the youngest age named, in years, its oldest
 *  breaking a tie ("under 4" below "4-8", "7 a 12" below "mayores de 12"); months are a year's
 *  twelfth ("6-12 months"); null when the head names no age. Only the head: a figure before a unit
 *  ("1 gummy") or after a verb of taking is the dose, past it. */
function groupAge(s: string): number | null {
  const head = s.slice(0, AGE_HEAD);
  const end = GROUP_HEAD_END_RE.exec(head);
  const toks = tokenize(end ? head.slice(0, end.index) : head);
  let lo = Infinity;
  let hi = -Infinity;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    if (TAKE.has(t.l)) break;
    if (!/^\d/.test(t.t)) continue;
    if (unitOf(toks[i + 1]?.l ?? '') !== null) break;
    const n = parseNumber(t.t);
    if (n === null) continue;
    // ("6-12 months", "6 bis 12 Monaten": the word after the figure, or after the range it opens)
    const unitWord = RANGE_LINK.has(toks[i + 1]?.l ?? '') ? toks[i + 3] : toks[i + 1];
    const years = AGE_MONTHS.has(unitWord?.l ?? '') ? n / 12 : n;
    lo = Math.min(lo, years);
    hi = Math.max(hi, years);
  }
  return lo === Infinity ? null : lo + hi / 1000;
}

/** An age group and the ages named where it was named (groupAge). */
interface NamedGroup { group: AgeGroup; age: number | null }

/** The group of sentence `s`, with its ages: the one its head names, else the heading line's before
 *  it (`heading`), else the one it names elsewhere, else its line's head's (`line`). */
function namedGroup(s: string, heading: NamedGroup, line: NamedGroup): NamedGroup {
  const own = ageGroupOf(s);
  if (own !== null && startsWithGroup(s)) return { group: own, age: groupAge(s) };
  if (heading.group !== null) return heading;
  if (own !== null) return { group: own, age: groupAge(s) };
  return line.group !== null ? line : { group: null, age: null };
}

/** A sentence ended before a group's name: its stop, then a capital ("... with water. Children"); an
 *  ordinal's period ("powyżej 6. roku życia") is none. */
const SENTENCE_END_BEFORE_RE = /[.!?][ \t]{1,3}\p{Lu}/u;

/** How far into a line the colon ending an age group's heading may stand. */
const LINE_HEAD = 100;

/** How long a line that is only an age group's name may be ("Kids 4–12", "Adults & teens 13+"). */
const GROUP_LINE_MAX = 40;

/** The age group heading a line up to a colon ("Children over 6 years (body weight over 20 kg):"),
 *  and whether the line goes on after it; null when the line has no such heading. A short line with
 *  no colon that begins with the group's name and ends no sentence ("Kids 4–12" over "Chew 1 gummy
 *  daily", a layout of one column per age) heads the line after it the same way; a warning ("Not
 *  for children under 4 years.", "Keep out of reach of children") begins otherwise. */
function lineHeadGroup(line: string): { group: Exclude<AgeGroup, null>; rest: boolean; from: number; age: number | null } | null {
  const colon = line.slice(0, LINE_HEAD).indexOf(':');
  if (colon < 0) {
    const g = groupLine(line.trim());
    return g ? { ...g, from: 0, age: groupAge(line.trim()) } : null;
  }
  const pre = line.slice(0, colon);
  const group = ageGroupOf(pre);
  if (!group) return null;
  // (a group named after a sentence of the line's own heads only its sentence on: "Take 2 tablets
  // daily. Children 12 years and older: 1 tablet daily." gave the children's group to the adults'
  // dose before it; issue 8, round 36)
  const first = Math.min(AGE_ADULT_RE().exec(pre)?.index ?? colon, AGE_CHILD_RE().exec(pre)?.index ?? colon);
  const before = line.slice(0, first);
  const from = SENTENCE_END_BEFORE_RE.test(line.slice(0, first + 1)) ? splitSentences(before).flatMap(splitAtGroups).length - (/[.!?]\s*$/.test(before) ? 0 : 1) : 0;
  return { group, rest: line.slice(colon + 1).trim().length > 0, from: Math.max(0, from), age: groupAge(pre.slice(first)) };
}

/** Words a line that is only an age group's name may have with no age figure ("Adults and teens"). */
const GROUP_LINE_WORDS = 3;

function groupLine(line: string): { group: Exclude<AgeGroup, null>; rest: boolean } | null {
  if (line.length === 0 || line.length > GROUP_LINE_MAX || /[.!?]$/.test(line)) return null;
  if (!startsWithGroup(line)) return null;
  // (a heading names a group and its ages, "Kids 4–12", "Children 6–11 years"; a longer line with no
  // age figure is a sentence, "Kids love the berry taste", and heads nothing; issue 8, review 19)
  if (!/\d/.test(line) && line.split(/\s+/).length > GROUP_LINE_WORDS) return null;
  // (a line that names adults anywhere is theirs, as at a colon: "Kinder ab 12 Jahren und
  // Erwachsene", "Children 12 years and older and adults" over the adults' dose; issue 8, review 19)
  return { group: groupNamed(line) ?? 'child', rest: false };
}

/** "Enfants à partir de 12 ans et adultes : 2 comprimés par jour, Enfants de 6 à 11 ans : 1 comprimé par
 *  jour": a comma before another age group's heading (its name, then a colon) ends the first group's
 *  direction, so each dose keeps its own group (read as one sentence, the children's dose was an
 *  alternative to the adults', lowering the day's; issue 8, kind 6). */
function splitAtGroups(s: string): string[] {
  const out: string[] = [];
  let rest = s;
  for (let n = 0; n < MAX_GROUP_SPLITS; n++) {
    let cut = -1;
    const firstCount = rest.search(/\d/);
    // (the group the sentence opens on, and where its first count stands: once per sentence)
    const opens = startsWithGroup(rest) ? groupNamed(rest.slice(0, GROUP_LINE_MAX)) : null;
    const firstAny = opens !== null ? firstCountAt(rest, firstCount) : -1;
    for (const m of rest.matchAll(/[,;]\s+/g)) {
      // (each comma looks only at the words right after it: linear in the sentence, however long)
      const head = rest.slice(m.index + m[0].length, m.index + m[0].length + LINE_HEAD);
      const colon = head.indexOf(':');
      if (m.index > 0 && ((colon > 0 && startsWithGroup(head) && ageGroupOf(head.slice(0, colon)) !== null) || childClause(firstCount >= 0 && firstCount < m.index, head) || otherGroupClause(opens, firstAny >= 0 && firstAny < m.index, head))) {
        cut = m.index;
        break;
      }
    }
    if (cut < 0) break;
    out.push(rest.slice(0, cut + 1).trim());
    rest = rest.slice(cut + 1).trim();
  }
  out.push(rest);
  return out;
}
/** A children's clause with a count of its own after a dose, with no colon after the children's name:
 *  "Erwachsene: 1 Kapsel morgens und 1 Kapsel abends, Kinder 1 Kapsel täglich", "...; children 1
 *  capsule daily", "..., dzieci 1 kapsułka dziennie". Read in the adults' sentence, its frequency
 *  undid the adults' split schedule and the children's capsule became the day (issue 8, kind 1 of
 *  the understated review); cut off, it is the children's dose, left out beside a higher adults'. */
function childClause(countBefore: boolean, head: string): boolean {
  return countBefore && AGE_CHILD_RE().exec(head)?.index === 0 && /\d/.test(head);
}
/** "Gyermekeknek 6 éves kortól naponta egy rágótablettát, felnőtteknek naponta két rágótablettát": a
 *  sentence opening on one age group's name with a count of its own, then, after a comma, another
 *  group's name with no colon: each group's direction apart (review of round 49: read as one, the
 *  adults' name made the child's one tablet the adults' too, a range of 1-2). */
function otherGroupClause(opens: AgeGroup, countBefore: boolean, head: string): boolean {
  if (opens === null || !countBefore || !startsWithGroup(head)) return false;
  const next = groupNamed(/^\S+/.exec(head)?.[0] ?? '');
  return next !== null && next !== opens;
}

/** Where the first count of a sentence stands: a digit (at `digit`, -1 for none) or a number word
 *  before it ("egy", "két", "μία"); -1 for none. */
function firstCountAt(s: string, digit: number): number {
  const end = digit >= 0 ? digit : s.length;
  for (const m of s.slice(0, end).matchAll(/\S+/g)) if (numberWord(m[0]) !== null) return m.index;
  return digit;
}

/** How many age groups one sentence is split into at most. */
const MAX_GROUP_SPLITS = 6;

/** Does the text begin with an age group's name ("Adults take 4 capsules", "Kids 4–12")? */
function startsWithGroup(s: string): boolean {
  return AGE_ADULT_RE().exec(s)?.index === 0 || AGE_CHILD_RE().exec(s)?.index === 0;
}

/** Words that raise the dose just given ("May increase to 4 gummies if needed", "kann auf 2
 *  Kapseln erhöht werden", "peut être portée à 2 ampoules"). */
const RAISE = new Set(['increase', 'increased', 'raise', 'raised', 'erhöhen', 'erhöht', 'steigern', 'gesteigert', 'augmenter', 'augmenté', 'augmentée', 'porté', 'portée', 'portés', 'portées', 'porter',
  'aumentar', 'aumentada', 'aumentare', 'aumentata', 'zwiększyć', 'zwiększona', 'verhogen', 'verhoog', 'verhoogd', 'öka', 'ökas',
  // (verbs of a raise phrase, words of pace between them and its "to": "passer progressivement à une dose
  // complète", "langzaam opbouwen naar een volle maatschep"; the review of round 73's rules)
  'passer', 'passez', 'opbouwen', 'bouw',
  // (gerunds and participles of a raise: "aumentando gradualmente fino alla bustina intera"; review 76)
  'aumentando', 'augmentant', 'steigernd', 'verhogend', 'incrementando', 'subiendo', 'increasing']);
/** Words of one more intake of the dose just given, after an indefinite article ("A second scoop
 *  may be taken in the morning"; "the second tablet" is one of the doses given). */
const SECOND = new Set(['second', 'zweite', 'zweiten', 'weitere', 'deuxième', 'seconde', 'autre', 'segundo', 'segunda', 'secondo', 'seconda', 'tweede', 'andra']);
const A_ONE = new Set(['a', 'an', 'eine', 'einen', 'une', 'un', 'una', 'uno', 'een', 'en']);
/** "Another capsule may be taken ...": the article is in the word. */
const ANOTHER = 'another';
/** How far after a raise word its new count may stand ("increase to 4", "auf bis zu 2"). */
const RAISE_REACH = 5;

/** Where a raise word's new count may stand: after it, then before it, nearest first. */
function raiseCounts(i: number, n: number): number[] {
  const out: number[] = [];
  for (let k = i + 1; k <= i + RAISE_REACH && k < n; k++) out.push(k);
  for (let k = i - 2; k >= i - RAISE_REACH && k >= 0; k--) out.push(k);
  return out;
}

/** How many times a day a dose is taken, at its least and its most ("2 capsules twice daily": 2). */
function frequencyOf(d: Parsed): readonly [number, number] {
  return [d.min / d.per[0], d.max / d.per[1]];
}

/** Whether a sentence may go on with the dose before it: that dose is counted in units, and the
 *  sentence is no ceiling ("Do not exceed ..."). (Questions and a customer's own words never reach
 *  here: the caller reads no direction in them.) */
function continues(s: string, last: Parsed): boolean {
  return !last.open && !last.unitless && last.per[1] > 0 && !CEILING_RE().test(s);
}

/** A sentence with no frequency of its own that goes on with the dose before it: raised to a count
 *  ("May increase to 4 gummies") at that dose's frequency, or one more unit a day ("A second scoop
 *  may be taken ..."), in that dose's unit. Never a ceiling, never a customer's own routine. */
function followUp(s: string, last: Parsed): Parsed | null {
  if (!continues(s, last)) return null;
  const toks = dropNonDose(tokenize(s));
  if (forbiddenRaiseFirst(toks)) return null;
  const freq = frequencyOf(last);
  // (the unit right after the count, or after a measure's fill: "increase to 1 full scoop")
  const inUnit = (k: number): boolean => unitOf(toks[k]?.l ?? '') === last.unit || (MEASURE_FILL.has(toks[k]?.l ?? '') && unitOf(toks[k + 1]?.l ?? '') === last.unit);
  for (let i = 0; i < toks.length; i++) {
    const l = toks[i]!.l;
    const more = l === ANOTHER || (SECOND.has(l) && A_ONE.has(toks[i - 1]?.l ?? ''));
    if (more && unitOf(toks[i + 1]?.l ?? '') === last.unit) return { min: last.max + 1, max: last.max + 1, unit: last.unit, per: [1, 1], open: false };
    // ("then move up to one full scoop each evening": a raise in a phrase, its count right after it)
    const phrase = phraseAt(RAISE_PHRASE_WORDS, toks, i);
    // (a raise negated is a ceiling's warning, never a raise: "Do not go up to 4 capsules without
    // asking your doctor"; review of round 48)
    if ((phrase || RAISE.has(l)) && negatedBefore(toks, i)) continue;
    if (phrase) {
      const c = countAt(toks, i + phrase.length, false);
      if (c && !c[3] && inUnit(c[2])) return { min: c[0] * freq[0], max: c[1] * freq[1], unit: last.unit, per: [c[0], c[1]], open: false };
      continue;
    }
    if (!RAISE.has(l)) continue;
    // (the new count after the verb, or before it in the languages that end on it: "kann auf 2
    // Kapseln erhöht werden")
    for (const k of raiseCounts(i, toks.length)) {
      const c = countAt(toks, k, false);
      if (!c || c[3] || !inUnit(c[2]) || thresholdCountAt(toks, k)) continue;
      // ("New users: start with ½ scoop for the first few nights and increase to 1 scoop": a smaller
      // count before the raise, in the unit, is the starter, the day's least; round 75)
      const from = k > i ? starterBefore(toks, i, c[0], inUnit) : null;
      const low = from ?? c[0];
      return { min: low * freq[0], max: c[1] * freq[1], unit: last.unit, per: [low, c[1]], open: false };
    }
  }
  return null;
}
/** A count smaller than `to` before the raise at i, in the dose's unit: the starter it raises from. */
function starterBefore(toks: Tok[], i: number, to: number, inUnit: (k: number) => boolean): number | null {
  for (let j = 0; j < i; j++) {
    const c = countAt(toks, j, articleCounts(toks, j));
    if (c && !c[3] && c[1] < to && inUnit(c[2]) && !thresholdCountAt(toks, j)) return c[0];
  }
  return null;
}
/** A negation in the few words before a raise at i, in its clause ("do not", "never", "nicht", "ne
 *  pas"; not "If no issues, work up to 2 capsules"). */
const NEGATION_REACH = 3;
function negatedBefore(toks: readonly Tok[], i: number): boolean {
  const before = toks.slice(Math.max(0, i - NEGATION_REACH), i);
  const cut = Math.max(...before.map((t, k) => (t.l === ',' || t.l === ':' ? k : -1)));
  return before.slice(cut + 1).some((t) => NEGATION_RE().test(t.l));
}
/** Raise words that may open a clause of the dose's own sentence. */
const RAISE_CLAUSE = new Set(RAISE_CLAUSE_WORDS);
/** A sentence's dose raised in a clause after it, "1 bustina al giorno, elevabile a 2 in caso di
 *  ...", "Take 1 capsule daily, may be increased to 2 capsules": the new count, in the dose's unit
 *  or in none (never a count of times), at the dose's frequency is the day's most. Only ever raises;
 *  a raise negated ("..., do not increase to 3") is none. */
function raisedInClause(s: string, d: Parsed | null): Parsed | null {
  if (!d || d.open || d.unitless || d.per[1] <= 0 || d.unit === 'serving') return d;
  const toks = dropNonDose(tokenize(s));
  const comma = toks.findIndex((t) => t.l === ',' || t.l === ';');
  if (comma < 0) return d;
  // (never a child's line, nor a raise on a doctor's say: "Children over 12: 1 capsule daily, may be
  // increased to 2 capsules on advice of a doctor" raises no adult's day; review of rounds 50-51)
  if (AGE_CHILD_RE().test(s) || toks.slice(comma + 1).some((t) => DOCTOR.has(t.l))) return d;
  const freq = frequencyOf(d);
  for (let i = comma + 1; i < toks.length; i++) {
    const l = toks[i]!.l;
    // (or a raise in a phrase, its count after it: "1 bustina al giorno, si può arrivare a 2 bustine")
    // (or "up to" a count of the dose's unit: "1-2 tablets a day, up to 3 tablets when needed";
    // round 57)
    const upTo = phraseAt(UP_TO_RAISE_WORDS, toks, i);
    const phrase = phraseAt(RAISE_PHRASE_WORDS, toks, i) ?? upTo;
    if (!(RAISE.has(l) || RAISE_CLAUSE.has(l) || phrase) || negatedBefore(toks, i)) continue;
    // (the new count after the word, or before it within the clause: "auf 2 Kapseln erhöhbar")
    for (const k of phrase ? [i + phrase.length] : raiseCounts(i, toks.length)) {
      if (k <= comma) continue;
      // (a raise in a count of times a day, stated as such: "1 bustina al giorno, elevabile a 2 volte
      // al giorno" is 1 to 2 sachets a day, each intake the dose's; review of rounds 50-51)
      const times = k > i ? freqAt(toks, k) : null;
      if (times && times[1] > freq[1] && num(toks[k], false) !== null) return { ...d, max: Math.max(d.max, d.per[1] * times[1]) };
      const c = countAt(toks, k, false);
      if (!c || c[3]) continue;
      const after = toks[c[2]]?.l ?? '';
      const u = unitOf(after);
      // (in the dose's unit, or a bare count at its clause's end or before a condition, a group or a
      // day: never a count of another word, "increased to 2 weeks", "2 months of use"; review 50-51)
      const bare = after === '' || CLAUSE_END.has(after) || after === ';' || after === '.' || RAISE_COUNT_NEXT.has(after) || DAILY.has(after);
      if (TIMES.has(after) || (u ? u !== d.unit : !bare) || c[1] <= d.per[1]) continue;
      // ("..., up to 3 tablets a day": the day's own most, never that many at each intake)
      const n = c[2] + (u ? 1 : 0);
      const perDay = upTo && (DAILY.has(toks[n]?.l ?? '') || (DAY_LINK.has(toks[n]?.l ?? '') && DAILY.has(toks[n + 1]?.l ?? '')));
      if (perDay) return { ...d, max: Math.max(d.max, c[1]) };
      return { ...d, max: Math.max(d.max, c[1] * freq[1]), per: [d.per[0], c[1]] };
    }
  }
  return d;
}
const RAISE_COUNT_NEXT = new Set(RAISE_COUNT_NEXT_WORDS);
const DOCTOR = new Set(DOCTOR_WORDS);
/** RAISE_PHRASES as words. */
const RAISE_PHRASE_WORDS = phraseWords(RAISE_PHRASES);
/** UP_TO_RAISE_PHRASES as words. */
const UP_TO_RAISE_WORDS = phraseWords(UP_TO_RAISE_PHRASES);
const MEASURE_FILL = new Set(MEASURE_FILL_WORDS);

const ADDITIONAL_BETWEEN = new Set(ADDITIONAL_BETWEEN_WORDS);
const ADDITIONAL_PHRASE_WORDS = phraseWords(ADDITIONAL_DOSE_PHRASES);
const ADDITIONAL_NOT_BEFORE = new Set(ADDITIONAL_NOT_BEFORE_WORDS);
const SECOND_INTAKE = new Set(SECOND_INTAKE_WORDS);
const ADDITIONAL_ADVERB = new Set(ADDITIONAL_ADVERB_WORDS);
/** How many words at most stand between an extra dose's word and its count ("zusätzlich abends 1
 *  Kapsel", "For additional support, a second serving of two capsules", "Además, por la noche, se
 *  puede tomar 1 cápsula"). */
const EXTRA_REACH = 10;

/** The extra dose's word at i, as [its last token, is it an ordinal of an intake]: an adverb of an
 *  extra dose, a phrase of one ("in addition", "en plus", never "in addition to"), or an ordinal
 *  after an indefinite article before an intake's noun ("a second serving", "une deuxième prise";
 *  "take the second serving before bed" is one of the doses given). Null if none. */
function extraWordAt(toks: readonly Tok[], i: number): [number, boolean] | null {
  const l = toks[i]!.l;
  if (PER_INTAKE_NOUN.has(toks[i + 1]?.l ?? '') && (l === ANOTHER || (SECOND_INTAKE.has(l) && A_ONE.has(toks[i - 1]?.l ?? '')))) return [i + 1, true];
  const phrase = phraseAt(ADDITIONAL_PHRASE_WORDS, toks, i);
  const end = phrase ? i + phrase.length - 1 : ADDITIONAL_ADVERB.has(l) ? i : -1;
  if (end < 0 || ADDITIONAL_NOT_BEFORE.has(toks[end + 1]?.l ?? '')) return null;
  return [end, false];
}

/** An extra dose whose count stands some words after its word, its time of day or a noun between
 *  ("zusätzlich abends 1 Kapsel", "a second serving of two capsules", "en plus, le soir, 1 gélule"):
 *  the first count after the word, in the dose's unit; an ordinal of an intake with no count is the
 *  dose before once more ("A second serving may be taken in the afternoon"). Never negated, never a
 *  children's sentence (issue 8, round 59: read as no dose, the day stopped at the first intake). */
function extraDoseFar(toks: readonly Tok[], s: string, last: Parsed): [number, number] | null {
  if (NEGATION_RE().test(s) || AGE_CHILD_RE().test(s)) return null;
  for (let i = 0; i < toks.length; i++) {
    const w = extraWordAt(toks, i);
    if (!w || !takenAfter(toks, w[0] + 1)) continue;
    for (let k = w[0] + 1; k <= w[0] + EXTRA_REACH && k < toks.length; k++) {
      const c = countAt(toks as Tok[], k, false);
      if (!c) continue;
      if (!c[3] && unitOf(toks[c[2]]?.l ?? '') === last.unit) return [c[0], c[1]];
      break;
    }
    if (w[1]) return [last.per[0], last.per[1]];
  }
  return null;
}

/** After an extra dose's word, a verb of taking or an intake's time ("may be taken", "abends", "in
 *  the evening", "with dinner"), and no verb of what a count holds ("In addition, 2 capsules give you
 *  as much magnesium as four bananas", "Zusätzlich liefern 2 Kapseln 20 mg Vitamin B6": read as an
 *  extra dose, the day doubled; a helper session's review of rounds 59-61). */
function takenAfter(toks: readonly Tok[], from: number): boolean {
  let taken = false;
  for (let k = from; k < toks.length; k++) {
    const l = toks[k]!.l;
    if (EXTRA_CONTAIN_VERB.has(l)) return false;
    if (TAKE.has(l) || EXTRA_TAKEN.has(l) || MEAL.has(l) || timeWordAt(toks as Tok[], k)) taken = true;
  }
  return taken;
}
const EXTRA_CONTAIN_VERB = new Set([...COUNT_CONTAIN_VERBS, ...EXTRA_CONTAIN_VERB_WORDS]);
/** How far after a verb of containing its amount is looked for, in tokens ("provide about 400 mg"). */
const CONTAIN_AMOUNT_REACH = 4;
const MASS_AFTER_CONTAIN = new Set(['mg', 'g', 'mcg', 'µg', 'μg']);
/** Dashes that close a heading as its colon does ("Daily dose – 2 capsules"). */
const HEAD_DASHES = new Set(['–', '—', '-']);
/** How far before such a count a word of the day is looked for, in tokens ("Daily dose: 2 capsules"). */
const DAY_BEFORE_CONTAIN_REACH = 4;
/** A heading of the day's dose right before the count at i, a word of the day before its colon ("Daily
 *  dose: 2 capsules", "Dose journalière : 2 gélules"; never "Take 1 capsule daily. 2 capsules ..."). */
function dayLeads(toks: readonly Tok[], i: number): boolean {
  // (or a dash as the heading's colon: "Daily dose – 2 capsules provide 400 mg"; review 70)
  if (toks[i - 1]?.l !== ':' && !HEAD_DASHES.has(toks[i - 1]?.l ?? '')) return false;
  for (let j = i - 2; j >= Math.max(0, i - DAY_BEFORE_CONTAIN_REACH); j--) if (DAILY.has(toks[j]!.l)) return true;
  return false;
}
const EXTRA_TAKEN = new Set(EXTRA_TAKEN_WORDS);

/** A sentence giving a dose on top of the one before it, with its count: "Take 1 capsule in the
 *  morning and 1 in the evening; an additional 2 capsules may be taken at bedtime" is 2 to 4 a day
 *  (read on its own, "2 capsules at bedtime" was a day of 2, and the day's most lost the extra
 *  dose; issue 8, understated kind 2). The count stands beside the word, before or after it, or
 *  after its unit ("2 gélules supplémentaires"); an article alone is one ("an additional capsule").
 *  In the last dose's unit only, never a ceiling: the day's most is that dose's plus the extra. */
function extraDose(s: string, last: Parsed): Parsed | null {
  if (!continues(s, last)) return null;
  const toks = dropNonDose(tokenize(s));
  const same = (k: number): boolean => unitOf(toks[k]?.l ?? '') === last.unit;
  for (let i = 0; i < toks.length; i++) {
    if (!ADDITIONAL.has(toks[i]!.l)) continue;
    // ("2 more capsules": only the count right before the word and the unit right after it)
    const between = ADDITIONAL_BETWEEN.has(toks[i]!.l);
    const c0 = between ? countAt(toks, i - 1, false) : null;
    if (between) {
      // (never in a sentence that forbids it or speaks of children: "Do not take 2 more capsules",
      // "Children 9-13: 1 capsule, 1 more capsule in the morning" are no adult's extra dose; review 41)
      if (NEGATION_RE().test(s) || AGE_CHILD_RE().test(s)) continue;
      if (c0 && !c0[3] && c0[2] === i && same(i + 1)) return { min: last.max + c0[0], max: last.max + c0[1], unit: last.unit, per: [c0[0], c0[1]], open: false };
      continue;
    }
    let n: [number, number] | null = null;
    const after = countAt(toks, i + 1, false);
    if (after && !after[3] && same(after[2])) n = [after[0], after[1]];
    for (let k = Math.max(0, i - 4); !n && k < i; k++) {
      const c = countAt(toks, k, false);
      if (!c || c[3]) continue;
      // ("2 additional capsules": the count right before the word; "2 gélules supplémentaires": before its unit)
      if ((c[2] === i && same(i + 1)) || (c[2] === i - 1 && same(i - 1))) n = [c[0], c[1]];
    }
    if (!n && A_ONE.has(toks[i - 1]?.l ?? '') && same(i + 1)) n = [1, 1];
    if (n) return { min: last.max + n[0], max: last.max + n[1], unit: last.unit, per: [n[0], n[1]], open: false };
  }
  const far = extraDoseFar(toks, s, last);
  if (far) return { min: last.max + far[0], max: last.max + far[1], unit: last.unit, per: [far[0], far[1]], open: false };
  const more = extraBareCount(toks, s, last);
  // (an option after a dose with no frequency of its own, "Chew 3 gummies before sleep. If needed,
  // chew 1 more.": the day starts at that dose, the dose before is no direction of its own)
  const from = last.bare && toks.some((t) => OPTIONAL.has(t.l)) ? last.min : last.max + (more?.[0] ?? 0);
  if (more) return { min: from, max: last.max + more[1], unit: last.unit, per: [more[0], more[1]], open: false };
  return null;
}

// (the additional dose's words with their unit elided lead or follow the count too: "An additional 2
// may be taken", "2 supplémentaires peuvent être prises"; the review of rounds 63-64, the top halved)
const EXTRA_COUNT_LEAD = new Set([...EXTRA_COUNT_LEAD_WORDS, ...ADDITIONAL_DOSE_WORDS.filter((w) => w !== 'more')]);
const EXTRA_COUNT_TAIL = phraseWords([...EXTRA_COUNT_TAIL_PHRASES, ...ADDITIONAL_DOSE_WORDS]);
const EXTRA_COUNT_NEXT = new Set(EXTRA_COUNT_NEXT_WORDS);
const EXTRA_COUNT_NOT_BEFORE = new Set([...EXTRA_COUNT_NOT_BEFORE_WORDS, ...SUPPLY_DURATION_WORDS]);

const COMMERCE = new Set(COMMERCE_WORDS);
const COMMERCE_AMBIGUOUS = new Set(COMMERCE_AMBIGUOUS_WORDS);
/** A sentence of a shop's offer: a word of one (COMMERCE_WORDS), those that are also words of
 *  directions (COMMERCE_AMBIGUOUS_WORDS: "Dosen", "cena", "pris") only two together. */
function offerWords(toks: readonly Tok[]): boolean {
  let ambiguous = 0;
  for (const t of toks) {
    if (!COMMERCE.has(t.l)) continue;
    if (!COMMERCE_AMBIGUOUS.has(t.l) || ++ambiguous > 1) return true;
  }
  return false;
}
/** An extra dose as a count with no unit of its own, a word of more before it or after it ("If
 *  needed, chew 2 more", "another 2 if needed", "a further 2", "bei Bedarf weitere 2", "si besoin, 2
 *  de plus", "se necessario altre 2", "zo nodig nog 2", "w razie potrzeby kolejne 2"): that many of
 *  the dose before, on top of it. The count is followed by nothing of its own: no other unit, no
 *  time, age or comparison ("for another 2 weeks", "2 more than"). Never negated, never a
 *  children's sentence (issue 8, round 63: read as nothing, the day understated by half). */
function extraBareCount(toks: readonly Tok[], s: string, last: Parsed): [number, number] | null {
  // (nor an offer: "Bundle deal: buy 3 bottles, get another 2 at half price"; the review of rounds 63-64)
  if (negatedBeyondNe(s) || AGE_CHILD_RE().test(s) || PRICE_CUE_RE().test(s) || offerWords(toks)) return null;
  const free = (k: number): boolean => {
    const t = toks[k];
    if (!t) return true;
    const unit = unitOf(t.l);
    if (unit !== null) return unit === last.unit;
    if (EXTRA_COUNT_NOT_BEFORE.has(t.l) || isMeasure(t)) return false;
    // (or a word leading a time of day, "ytterligare 2 på kvällen")
    // (or a verb of taking, its participle last: "zusätzlich 2 eingenommen werden", "nog 2 extra nemen"; review 70)
    return !/^[\p{L}\d]/u.test(t.t) || EXTRA_COUNT_NEXT.has(t.l) || OPTIONAL.has(t.l) || TAKE.has(t.l) || CONDITION_TAKE.has(t.l) || timeWordAt(toks as Tok[], k) !== null || (toks[k + 1] !== undefined && timeWordAt(toks as Tok[], k + 1) !== null);
  };
  for (let i = 0; i < toks.length; i++) {
    const c = countAt(toks as Tok[], i, false);
    if (!c || c[3]) continue;
    if (EXTRA_COUNT_LEAD.has(toks[i - 1]?.l ?? '') && free(c[2])) return [c[0], c[1]];
    const tail = phraseAt(EXTRA_COUNT_TAIL, toks, c[2]);
    if (tail && free(c[2] + tail.length)) return [c[0], c[1]];
  }
  return null;
}

/** Most negation words a sentence is searched past (an Italian "ne" each). */
const MAX_NE_SKIPS = 4;
/** A negation other than a lone "ne": French "ne" negates only with its "pas" or "jamais" (both negations of
 *  their own); Italian "ne" is "of it" ("In caso di necessità ne possono essere assunte altre 2": the review
 *  of the rules of rounds 66-68, the extra dose lost as negated). */
function negatedBeyondNe(s: string): boolean {
  let rest = s;
  for (let n = 0; n < MAX_NE_SKIPS; n++) {
    const m = NEGATION_RE().exec(rest);
    if (!m) return false;
    if (m[0].toLowerCase() !== 'ne') return true;
    rest = rest.slice(m.index + m[0].length);
  }
  return true;
}

const OPTION = new Set(OPTION_WORDS);
/** The slots of the day a sentence names ("with breakfast" am, "with your evening meal" pm). */
function slotsOf(s: string): Set<string> {
  const toks = tokenize(s.slice(0, LINE_HEAD));
  const out = new Set<string>();
  for (let k = 0; k < toks.length; k++) {
    const w = timeWordAt(toks, k);
    if (w) out.add(w);
  }
  return out;
}

/** An extra dose's sentence that names a time of day the dose before it does not, and no word of an option
 *  ("if needed", "may", "bei Bedarf", "si besoin"): a scheduled second intake, not an allowance. */
function scheduledExtra(s: string, before: string): boolean {
  const toks = tokenize(s.slice(0, LINE_HEAD));
  if (toks.some((t) => OPTIONAL.has(t.l) || OPTION.has(t.l) || CONDITIONAL_OPEN.has(t.l))) return false;
  // (it opens on its taking, its count, its word of more or its time, never on a case of its own: "Bei
  // Schlafproblemen 1 weitere Kapsel abends", "For better sleep, take 1 more at bedtime", "En cas de crampes, ...")
  const first = toks[0]?.l ?? '';
  if (!(TAKE.has(first) || /^\d/.test(first) || numberWord(first) !== null || ADDITIONAL.has(first) || EXTRA_COUNT_LEAD.has(first) || timeWordAt(toks, 0))) return false;
  const mine = slotsOf(s);
  const theirs = slotsOf(before);
  if (mine.size === 0 || theirs.size === 0) return false;
  for (const w of mine) if (theirs.has(w)) return false;
  return true;
}

/** A dose taken once a day: its day is its intake ("Take 2 capsules at bedtime", "1-2 tablets daily"). */
function oncePerDay(d: Parsed): boolean {
  return d.min === d.per[0] && d.max === d.per[1];
}

/** A sentence that only says how often, right after a dose with no such count ("Massage 1/2 teaspoon
 *  into the skin. Can be used up to twice daily.", "May be repeated 2-3 times a day."): that dose,
 *  that many times a day ("up to": from once). Only a counted frequency above once raises it (a bare
 *  "for daily use" says nothing new); never a ceiling, never a customer's own routine. */
function repeatAfter(s: string, last: Parsed): Parsed | null {
  if (!continues(s, last)) return null;
  // (a dose that already says how often keeps its own count: "1 tablet 3 times a day. Can be used up
  // to twice daily." read as once to twice put the day below the label's three)
  if (!oncePerDay(last)) return null;
  const toks = dropNonDose(tokenize(s));
  for (let i = 0; i < toks.length; i++) {
    const f = freqAt(toks, i);
    if (!f || f[1] < 2) continue;
    // (after a dose with no frequency of its own, a sentence that names a thing of its own before its
    // frequency, a name in capitals or another unit, "Our Vitamin C chewables may be taken up to 3
    // times a day", says how often that thing is taken, not this dose; review 28)
    if (last.bare && namesOtherThing(toks.slice(1, i), last.unit)) return null;
    if (!aboutTheDose(toks, i, last.unit)) return null;
    const upTo = toks[i - 1]?.l === 'to' && toks[i - 2]?.l === 'up';
    return { min: last.per[0] * (upTo ? 1 : f[0]), max: last.per[1] * f[1], unit: last.unit, per: last.per, open: false };
  }
  return null;
}

/** Does a sentence whose frequency stands at at speak of the dose just given (in unit)? It names
 *  the unit, a repeat, an option, a dose verb with no object of its own ("Drink water 3 times a day"
 *  drinks the water), or a word of DOSE_SENTENCE_WORDS; or it is the frequency alone ("Up to 3 times
 *  daily."). "Take 1 capsule with water. Wash hands 3 times a day." read 3 a day: the hands' washing
 *  is no repeat of the capsule (issue 8, unsafe2 kind 6). */
function aboutTheDose(toks: readonly Tok[], at: number, unit: string): boolean {
  const words = toks.filter((t) => /^\p{L}/u.test(t.t));
  if (toks.slice(0, at).every((t) => !/^\p{L}/u.test(t.t) || UP_TO.some((w) => w.includes(t.l)))) return true;
  if (words.some((t) => unitOf(t.l) === unit || REPEAT.has(t.l) || OPTIONAL.has(t.l) || DOSE_SENTENCE.has(t.l))
    || toks.some((t, k) => TAKE.has(t.l) && !LIQUID.has(toks[k + 1]?.l ?? '') && !(ARTICLES.has(toks[k + 1]?.l ?? '') && LIQUID.has(toks[k + 2]?.l ?? '')))) return true;
  // (else it speaks of the dose unless it names another thing to do or a drink of its own: a list of
  // the dose's own words missed "Adults: 3 times a day", "Maximaal 3 keer per dag", "Até 3 vezes ao
  // dia", "À renouveler 2 fois par jour", and the day was lost; unsafe2 review)
  return !words.some((t) => OTHER_ACTION.has(t.l) || LIQUID.has(t.l));
}
const DOSE_SENTENCE = new Set(DOSE_SENTENCE_WORDS);
const OTHER_ACTION = new Set(OTHER_ACTION_WORDS);

/** Do these words name a thing of their own: a word in capitals (a product's name) or a unit other
 *  than the dose's? */
function namesOtherThing(toks: readonly Tok[], unit: string): boolean {
  return toks.some((t) => /^\p{Lu}/u.test(t.t) || (unitOf(t.l) !== null && unitOf(t.l) !== unit));
}

/** Words that take the dose just given once more ("Repeat in the evening if needed", "Wiederholen Sie
 *  die Einnahme am Abend"). (Not "à renouveler": French renews a course, "Cure de 1 mois, à
 *  renouveler si besoin", not a dose.) */
const REPEAT = new Set(['repeat', 'repeated', 'wiederholen', 'wiederholt', 'répéter', 'repetir', 'repita', 'ripetere', 'ripetuta', 'herhalen', 'herhaald', 'upprepa', 'upprepas', 'powtórzyć', 'zopakovat']);
/** Words that make the repeat an option ("if needed", "may", "bei Bedarf", "si besoin"): the day
 *  starts at the one dose. */
const OPTIONAL = new Set(['may', 'can', 'needed', 'necessary', 'desired', 'required', 'bedarf', 'besoin', 'nécessaire', 'necesario', 'necessário', 'necessario', 'nodig', 'behov', 'potrzeby', 'potřeby']);

/** A sentence that takes the dose before once more, with no count of times ("Take 2 capsules with
 *  water. Repeat in the evening if needed."): one more intake of that dose (2-4 capsules, or 4 when
 *  the repeat is no option), never the first intake alone. */
function repeatOnce(s: string, last: Parsed): Parsed | null {
  // (only after a dose with no frequency: "2 gélules par jour ... Cure de 1 mois, à renouveler" or
  // "Take 1 capsule daily. Repeat the course after a break" repeat a course, not the day's dose)
  if (!last.bare || !continues(s, last)) return null;
  const toks = dropNonDose(tokenize(s));
  if (!toks.some((t) => REPEAT.has(t.l))) return null;
  // (a repeat with a figure of its own repeats a course, "Repeat the 30-day course after a 2-week
  // break", never the dose: read as a second intake it doubled the day; review 28)
  if (toks.some((t) => /\d/.test(t.t))) return null;
  const optional = toks.some((t) => OPTIONAL.has(t.l));
  return { min: last.min * (optional ? 1 : 2), max: last.max * 2, unit: last.unit, per: last.per, open: false };
}

const FREQUENCY_ONLY = new Set(FREQUENCY_ONLY_WORDS);
/** Words at most in a sentence of a frequency said alone ("One a day only."). */
const ONCE_ALONE_WORDS = 5;

/** A sentence that only says once a day, right after a dose with no frequency ("Drop one tablet into
 *  a glass of water ... and drink. One a day only.", "Take 2 capsules with water. Once daily."): that
 *  dose once a day. Only the frequency alone: a count of one ("one", "once", "1"), the day word and
 *  at most a word of FREQUENCY_ONLY_WORDS; "Use one a day for a week" or "for daily use" say more
 *  than how often. (Read as nothing, the effervescent tablet's day was lost; issue 8, round 52.) */
function onceAfter(s: string, last: Parsed): Parsed | null {
  if (!last.bare || !continues(s, last)) return null;
  const words = withoutMealTail(dropNonDose(tokenize(s)).filter((t) => /^[\p{L}\d]/u.test(t.t) && !FREQUENCY_ONLY.has(t.l)));
  if (words.length < 2 || words.length > ONCE_ALONE_WORDS) return null;
  const first = words[0]!;
  if (ONCE[first.l] !== 1 && num(first, false) !== 1) return null;
  let k = 1;
  while (k < words.length - 1 && DAY_LINK.has(words[k]!.l)) k++;
  if (k !== words.length - 1 || !DAILY.has(words[k]!.l)) return null;
  return { min: last.per[0], max: last.per[1], unit: last.unit, per: last.per, open: false };
}

/** The words of a sentence of once a day without a meal named last, "with a meal", "with meal"
 *  ("Once a day with a meal." says how often, the meal only when: review 53, read as saying more,
 *  the day was lost). */
function withoutMealTail<T extends { l: string }>(words: T[]): T[] {
  const n = words.length;
  if (n < 3 || !MEAL.has(words[n - 1]!.l)) return words;
  // (the article first: "a" is a meal's lead word too, Italian "a pasto")
  if (n >= 4 && ARTICLES.has(words[n - 2]!.l) && MEAL_LEAD.has(words[n - 3]!.l)) return words.slice(0, n - 3);
  return MEAL_LEAD.has(words[n - 2]!.l) ? words.slice(0, n - 2) : words;
}

/** A dose in units with no frequency of its own ("Take 2 capsules with water.", "Adults: 1 tablet."):
 *  a dose verb or a heading's colon right before the count. It is no direction alone (how often is
 *  unknown), but the sentence right after it may say how often ("May be taken up to 3 times a day.")
 *  or take it again ("Repeat in the evening"): read as one intake, for that sentence only. */
function bareDose(s: string): Parsed | null {
  if (CEILING_RE().test(s)) return null;
  const toks = dropNonDose(tokenize(s));
  for (let i = 1; i < toks.length; i++) {
    const lead = toks[i - 1]!.l;
    if (!TAKE.has(lead) && lead !== ':') continue;
    const c = countAt(toks, i, TAKE.has(lead));
    if (!c || c[3] || c[1] > MAX_SOLID_COUNT) continue;
    // (the unit right after the count or after one filler word: "1 colher medida", "2 veg capsules")
    const unit = unitOf(toks[c[2]]?.l ?? '') ?? (/^\p{L}/u.test(toks[c[2]]?.t ?? '') ? unitOf(toks[c[2] + 1]?.l ?? '') : null);
    if (!unit || unit === 'g' || unit === 'ml') continue;
    return { min: c[0], max: c[1], unit, per: [c[0], c[1]], open: false, bare: true };
  }
  return null;
}

/** The most group counts a frequency alone after them is given to. */
const MAX_COUNTS_BEFORE = 4;

/** A count with no frequency of its own, for an age group named or after a take verb ("Adults: 2
 *  gummies.", "Take 1 to 2 tablets per dose."), at the frequency of a sentence alone before it. */
function countAtFrequency(s: string, group: AgeGroup, freq: Parsed, bare: (s: string) => Parsed | null): Parsed | null {
  const b = bare(s);
  if (!b || b.open || (group === null && !TAKE.has(tokenize(s)[0]?.l ?? ''))) return null;
  return { min: b.per[0] * freq.min, max: b.per[1] * freq.max, unit: b.unit, per: b.per, open: false };
}

/** Directions in other units kept beside the range (a bound: a page of many directions keeps few). */
const MAX_OTHER_RANGES = 4;

/** A sentence read as a dose; `also`, the next sentence giving its frequency, quoted apart. */
type Found = { d: Parsed; s: string; group: AgeGroup; age: number | null; seq: number; also?: string; signed?: boolean; priced?: boolean; prescriber?: boolean; supplyBasis?: boolean };

/** The highest count a day, per unit, of the closed directions `among` keeps: what a children's or
 *  a signed quote's dose is weighed against before it is left out. */
function highestPerUnit(found: readonly Found[], among: (f: Found) => boolean): Map<string, number> {
  const highest = new Map<string, number>();
  for (const f of found) if (among(f) && !f.d.open) highest.set(f.d.unit, Math.max(highest.get(f.d.unit) ?? 0, f.d.max));
  return highest;
}

/** "Take 1 capsule in the morning. Take 2 capsules in the evening.": next sentences, each a dose at
 *  a time of day of its own, in one unit, for one age group, none offered as an alternative ("Or
 *  ..."), are one day's schedule: their doses add up (3 capsules), never their union (1-2). */
function splitOverSentences(found: Found[]): void {
  // the slots a merged schedule already holds (a third sentence adds only a slot of its own)
  const slots = new Map<Parsed, Set<string>>();
  for (let k = 1; k < found.length;) {
    const a = found[k - 1]!;
    const b = found[k]!;
    const held = slots.get(a.d) ?? (a.d.slot ? new Set([a.d.slot]) : null);
    const joins = held !== null && b.d.slot !== undefined && !held.has(b.d.slot) && a.d.unit === b.d.unit && a.group === b.group && b.seq === a.seq + 1
      && !OR_WORDS.has(b.s.split(/[\s,]/, 1)[0]!.toLowerCase()) && !a.d.open && !b.d.open;
    if (!joins) {
      k++;
      continue;
    }
    a.d = { min: a.d.min + b.d.min, max: a.d.max + b.d.max, unit: a.d.unit, per: [Math.min(a.d.per[0], b.d.per[0]), Math.max(a.d.per[1], b.d.per[1])], open: false };
    slots.set(a.d, new Set([...held!, b.d.slot!]));
    a.s = `${a.s} ${b.s}`;
    a.seq = b.seq;
    found.splice(k, 1);
  }
}

/** "Take 2 capsules daily. May take up to 2 times a day.": a count of intakes with no unit, right
 *  after a dose in units taken once a day in the same age group, is that dose's frequency, from the
 *  dose once a day up (2-4 capsules), never a count of one-unit servings (1-2 capsules: below the
 *  label's own dose). */
function frequencyOfDoseBefore(found: Found[]): void {
  for (let k = 1; k < found.length;) {
    const a = found[k - 1]!;
    const b = found[k]!;
    const once = !a.d.unitless && !a.d.open && a.d.min === a.d.per[0] && a.d.max === a.d.per[1];
    if (!(once && b.d.unitless && !b.d.open && b.seq === a.seq + 1 && b.group === a.group)) {
      k++;
      continue;
    }
    // (from the dose once a day: the count may be an allowance on some days, "On training days take twice daily")
    a.d = { min: a.d.min, max: Math.max(a.d.max, a.d.per[1] * b.d.max), unit: a.d.unit, per: a.d.per, open: false };
    // (each sentence stays a quote of its own: the frequency's is the one giving the maximum)
    a.also = b.s;
    a.seq = b.seq;
    found.splice(k, 1);
  }
}

/** Reads directions from text. Never throws; returns range null when nothing is found. */
export function parseDirections(text: string): DirectionsResult {
  const res: DirectionsResult = { range: null, openEnded: false, texts: [] };
  if (typeof text !== 'string' || text.length === 0) return res;
  const { found, ceiling, adultCeiling, counted } = readSentences(text.slice(0, 200_000));
  if (ceiling) res.ceiling = ceiling;
  settleGroups(found);
  splitOverSentences(found);
  frequencyOfDoseBefore(found);
  addAdultsDoses(found, res);
  capAtCeiling(res.range, adultCeiling);
  upToCeilingAsNeeded(res.range, adultCeiling);
  if (counted && res.range === null && !res.openEnded) res.countsUnits = true;
  return res;
}

/** Every sentence of the page that gives a dose, with its age group; and the daily maximum the
 *  page states, with the adults' own plain one. */
const NON_SPACE_RE = /\S/;

function readSentences(sample: string): { found: Found[]; ceiling: DirectionsResult['ceiling'] | null; adultCeiling: { max: number; unit: string } | null; counted: boolean } {
  const found: Found[] = [];
  // an adults' (or no group's) intake counted in units with no frequency ("Take 3 capsules with water")
  let counted = false;
  let seq = 0;
  const dayDoses: DayDoses = DAY_DOSE_NOTE_RE.test(sample) ? 'note' : DAY_DOSES_RE.test(sample) ? 'ceiling' : false;
  let ceiling: DirectionsResult['ceiling'] | null = null;
  // an age group heading a line, ended by a colon ("Dzieci powyżej 6. roku życia (o masie ciała
  // powyżej 20 kg): ... 4–6 tabletek na dobę"), is the group of that line's sentences (an ordinal's or
  // an abbreviation's period splits them), or, heading a line of its own, of the one sentence right
  // after it. A warning that names children ("Keep out of reach of children.") heads nothing.
  let next: AgeGroup = null;
  // the dose the sentence before gave: a sentence right after it may raise it or add to it
  let prev: Parsed | null = null;
  // the age group of the sentence that gave prev: a sentence that only completes that dose is its group's
  let prevGroup: AgeGroup = null;
  // the ages the group of `next` and of `prevGroup` names (groupAge), to find the oldest group
  let nextAge: number | null = null;
  let prevAge: number | null = null;
  // the label's own daily maximum for adults, in a unit ("Do not exceed 2 scoops per day")
  let adultCeiling: { max: number; unit: string } | null = null;
  // the largest intake in each unit the page states for adults or for no group
  const intakeMax = new Map<string, number>();
  // (a sentence met again, a table's repeated row or a shop's repeated card, is parsed once: the
  // parsers are pure and their results never changed after, only replaced; a fuzz input of 20,000
  // identical facts rows spent a third of its second here)
  const parse = once((s: string) => raisedInClause(s, parseSentence(s, dayDoses)));
  const bare = once(bareDose);
  // (the reviews under their heading: "Opinie" over "Tomasz ★★★☆☆ „Po co aż 3 tabletki dziennie?
  // Wolę magnez 375 mg, jedna kapsułka ...": a customer's routine, never a direction; its "jedna
  // kapsułka" had widened the label's 3 a day to 1-3; issue 8, round 47)
  let review: ReviewState = 0;
  // the line of an age group's name alone, heading the sentence after it (`next`'s line)
  let nextLine: string | null = null;
  // a frequency alone ("Chew twice daily.") and the last sentence of the counts with none that follow
  // it ("Adults: 2 gummies."), which take its frequency; the frequencies so used, dropped at the end
  let freqOnly: { f: Found; seq: number } | null = null;
  // each age group's count with no frequency, in the sentences right before this one
  let countsBefore: { s: string; group: AgeGroup; age: number | null; seq: number }[] = [];
  const freqUsed = new Set<Found>();
  for (const line of sample.split('\n')) {
    // (a blank line says nothing and changes nothing below: skipped before the tests a line gets; a
    // fuzz input of 200,000 blank lines spent 750 ms in them)
    if (!NON_SPACE_RE.test(line)) continue;
    review = reviewState(line, review);
    if (review > 0) {
      prev = null;
      next = null;
      continue;
    }
    // (a line that ends in a price is a product card, "Potas 300 mg – 2 tabletki dziennie – 15,49 zł":
    // its dose and its maximum are another product's, and no sentence after it follows from it;
    // cross-sell cards under the directions had widened the day to 1-3; issue 8, round 31)
    // (nor does a table's header row over per-unit columns, "Składnik | w 1 kapsułce | w 2 kapsułkach
    // (dzienna porcja) | %RWS*": read as "1 capsule ... daily", it lowered "dwie kapsułki dziennie"
    // to 1-2; issue 8, round 31)
    if (isProductCard(line, dayDoses) || isHeaderRowNoDose(line, dayDoses)) {
      prev = null;
      next = null;
      continue;
    }
    // (a line quoted and signed, "\u201e... 2 tabletki dziennie.\u201d - Paweł", may be a customer's
    // dose, or the label's own words signed by the brand, a pharmacist or "Suggested Use": read on
    // its own, linked to no sentence around it, and kept only when nothing unsigned gives directions)
    const signed = SIGNED_QUOTE_LINE_RE.test(line);
    // (a line that ends in a price with its dose first, "Take 2 capsules daily. $19.99", is a buy
    // box's directions or a card with no name before its dose, "1 capsule daily – $9.99" under the
    // card's name: kept only where nothing else gives a dose as high in its unit; review 31)
    const priced = endsInPrice(line);
    if (signed || priced) prev = null;
    const head = lineHeadGroup(line);
    let sentenceAt = -1;
    for (const whole of splitSentences(line).flatMap(splitAtGroups)) {
      // (a pack's supply in days, "60-DAY SUPPLY AT ONE SERVING", counts its days at a dose: that
      // dose is no direction, read only up to the supply's words; issue 8, round 59)
      const sup = splitSupply(whole);
      const s = sup ? supplyDirection(sup, parse) : whole;
      sentenceAt++;
      const lineGroup: AgeGroup = head?.rest && sentenceAt >= head.from ? head.group : null;
      if (s.length > 600) continue;
      // (a customer's own routine, "my doctor had me go to 6 a day", is no direction, as a question is none)
      const extra: Parsed | null = isQuestion(s) || firstPerson(s) || !prev ? null : extraDose(s, prev);
      const parsed: Parsed | null = isQuestion(s) || firstPerson(s) ? null : extra ?? parse(s) ?? allowanceAfter(s, found[found.length - 1]?.d, prev) ?? (prev ? followUp(s, prev) ?? repeatAfter(s, prev) ?? repeatOnce(s, prev) : null);
      // (a count of times with no unit inside a conditional clause, "If you take it twice daily, space
      // the doses", "Falls Sie es zweimal täglich einnehmen, ...": a warning's condition, no intake)
      const direct: Parsed | null = parsed && conditionalFrequency(s) ? null : parsed;
      const completed: Parsed | null = direct || !prev || isQuestion(s) || firstPerson(s) ? null : onceAfter(s, prev);
      // (an OTC dose table copied one cell per line, the age's line over the dose's, under the label's
      // note that its doses are a day's: the two lines are one row; the review of round 72, no day)
      const cellRow: Parsed | null = direct || completed || dayDoses !== 'note' || nextLine === null || isQuestion(s) ? null : parse(`${nextLine} | ${s}`);
      const d: Parsed | null = direct ?? completed ?? cellRow;
      seq++;
      // (a sentence that only says once a day, "One a day only.", completes the dose right before it
      // with that dose's group: after "Children 6-12 years: take 1 capsule." it is the children's
      // day, never an adults' 1 a day that widened their "2 capsules daily" to 1-2; review of round 53)
      const named: NamedGroup = completed ? { group: prevGroup, age: prevAge } : namedGroup(s, { group: next, age: nextAge }, { group: lineGroup, age: head?.age ?? null });
      const { group, age } = named;
      // (a heading line of its own names the group of the sentence right after it, whatever that
      // sentence says later: "Kids 4–12" over "Chew 1 gummy daily with adult supervision."; but a
      // sentence that opens with a group's name is that group's, "Adults take 4 capsules daily;
      // children 1" under "Children 4–12"; issue 8, review 19)
      // (an extra dose at another time of day than the dose before it, with no word of an option, is the
      // day's second intake: "Take 1 capsule with breakfast; take 1 more with your evening meal" is 2 a day,
      // never 1-2; the review of the rules of rounds 66-68, the day's least understated)
      const lastFound = found[found.length - 1];
      if (d && d === extra && lastFound && lastFound.d === prev && lastFound.group === group && scheduledExtra(s, lastFound.s)) found.pop();
      if (d) found.push({ d, s, group, age, seq, ...(signed ? { signed } : {}), ...(priced ? { priced } : {}), ...(PRESCRIBER_SUBJECT_RE.test(s) ? { prescriber: true } : {}) });
      // ("Directions: Chew twice daily. Adults: 2 gummies. Children 4 years and older: 1 gummy.": each
      // group's count right after a frequency alone is taken at it; the review of round 72, the adults'
      // 2 gummies twice a day read as 2 servings of one, half the label's day)
      const atFreq: Parsed | null = !d && freqOnly && freqOnly.seq === seq - 1 && !isQuestion(s) && !firstPerson(s) ? countAtFrequency(s, group, freqOnly.f.d, bare) : null;
      if (atFreq) {
        found.push({ d: atFreq, s, group, age, seq, also: freqOnly!.f.s });
        freqUsed.add(freqOnly!.f);
      }
      freqOnly = d?.unitless && !d.open ? { f: found[found.length - 1]!, seq } : atFreq ? { f: freqOnly!.f, seq } : null;
      // ("Adults: 2 tablets. Children 4-8: 1 tablet. Chew twice daily.": the groups' counts right before a
      // frequency alone are taken at it too; review 76, the adults' day read as 2 servings of one tablet)
      if (d?.unitless && !d.open && countsBefore[countsBefore.length - 1]?.seq === seq - 1) {
        const own = found[found.length - 1]!;
        let given = 0;
        for (const c of countsBefore) {
          const at = countAtFrequency(c.s, c.group, d, bare);
          if (!at) continue;
          found.push({ d: at, s: c.s, group: c.group, age: c.age, seq: c.seq, also: s });
          given++;
        }
        if (given > 0) freqUsed.add(own);
      }
      // (the run of group counts with no frequency right before this sentence)
      const runs = countsBefore[countsBefore.length - 1]?.seq === seq - 1 ? countsBefore : [];
      countsBefore = !d && !isQuestion(s) && !firstPerson(s) && group !== null && bare(s) !== null ? [...runs, { s, group, age, seq }].slice(-MAX_COUNTS_BEFORE) : [];
      // (a supply's basis that gives a day, "Reicht für 30 Tage bei 2 Kapseln täglich", is the maker's
      // day: kept only where no other direction gives a dose in its unit; a helper session's review of
      // rounds 59-61: the day of such a page, its only direction, was lost)
      const basisDose = !d && sup?.basis && !isQuestion(s) && !firstPerson(s) ? parse(sup.basis) : null;
      if (basisDose && !basisDose.open) found.push({ d: basisDose, s: sup!.basis, group, age, seq, supplyBasis: true });
      // (a dose with no frequency is kept for the next sentence only, never as a direction)
      prev = d ?? (isQuestion(s) || firstPerson(s) ? null : bare(s));
      prevGroup = group;
      prevAge = age;
      if (!d && prev && !prev.open && !prev.unitless && group !== 'child') counted = true;
      next = null;
      // (an intake the page states, with or without its count a day: a maximum below it is no
      // bound of the adults' day, see below)
      const intake = d ?? prev;
      if (intake && !intake.open && !intake.unitless && group !== 'child') intakeMax.set(intake.unit, Math.max(intakeMax.get(intake.unit) ?? 0, intake.per[1]));
      const c: Parsed | null = ceiling ? null : ceilingOf(s);
      // (a children's maximum is no day of the page: "Take 2 capsules as needed. Children 6-12: do
      // not exceed 1 capsule in 24 hours" read 1 a day, with no day for adults at all; review 31)
      if (c && group !== 'child') ceiling = { max: c.max, unit: c.unit, text: s };
      // (a children's ceiling, "Children: do not exceed 1 scoop per day", bounds no adult's day)
      // (and only the label's own plain order, "Do not exceed 2 scoops per day.": a ceiling with a
      // subject of its own, "Pregnant or nursing women should not exceed 2 capsules per day", or a
      // condition after it, "... per day for more than 2 weeks", "... per day of Zinc Complex", is
      // someone else's or for a while, and cut the adults' day below their label's dose; review 28)
      if (c && group !== 'child' && group !== 'teen' && plainCeiling(s)) adultCeiling ??= { max: c.max, unit: c.unit };
    }
    nextLine = null;
    if (head && !head.rest) {
      next = head.group;
      nextAge = head.age;
      nextLine = line.trim();
    }
    if (signed || priced) {
      prev = null;
      next = null;
    }
  }
  // (a maximum below an intake the label states, "Take 2 capsules as needed" over "Do not exceed 1
  // capsule in 24 hours before surgery" or "Pregnant women should not take more than 1 capsule per
  // day", is another group's or another time's: read as the page's day, it put the day below one
  // intake; review 31)
  if (ceiling && ceiling.max < (intakeMax.get(ceiling.unit) ?? 0)) ceiling = null;
  return { found: freqUsed.size > 0 ? found.filter((f) => !freqUsed.has(f)) : found, ceiling, adultCeiling, counted };
}

/** A sentence split at a pack's supply counted in days ("60-day supply at one serving", "Reicht für
 *  60 Tage bei 1 Kapsel täglich"): the text before it, the supply's basis (the dose its count is at,
 *  no direction beside the label's own) and the clause after the basis. */
type SupplySplit = { before: string; basis: string; after: string };
function splitSupply(s: string): SupplySplit | null {
  const m = SUPPLY_RE().exec(s);
  if (!m) return null;
  const rest = s.slice(m.index + m[0].length);
  const cut = SUPPLY_CLAUSE_END_RE.exec(rest);
  return { before: s.slice(0, m.index), basis: cut ? rest.slice(0, cut.index) : rest, after: cut ? rest.slice(cut.index + cut[0].length) : '' };
}
/** The end of a supply's basis: a comma, a colon, a semicolon or a dash, with a new clause after it. */
const SUPPLY_CLAUSE_END_RE = /[ \t]{0,2}(?:[,:;]|[ \t][–—-])[ \t]{0,3}(?=\p{L})/u;

/** The sentence's direction around a pack's supply: the text before the supply, or the clause after
 *  its basis when that one gives a dose and the text before gives none ("One bottle lasts 2 months:
 *  take 1 capsule daily", "120 tablets is a 60-day supply, take 1 tablet twice daily", "Zapas na 2
 *  miesiące, przyjmować 1 kapsułkę dziennie"; a helper session's review of rounds 59-61: the whole
 *  clause after the supply had been cut, the day lost). */
function supplyDirection(sup: SupplySplit, parse: (s: string) => Parsed | null): string {
  // (never a clause that is itself another supply's basis, "..., or 45 days at 2 tablets daily")
  // (a clause with a verb of taking is a direction, whatever duration opens it: "60-day supply, for 1
  // week take 1 capsule daily, then 2", "2-month supply: within 2 weeks take 1 capsule daily"; the
  // review of rounds 63-64, the day lost)
  const again = SUPPLY_BASIS_AGAIN_RE().test(sup.after) && !tokenize(sup.after).some((t) => TAKE.has(t.l));
  if (sup.after && !again && !parse(sup.before) && parse(sup.after)) return sup.after;
  return sup.before;
}

/** `f` remembering its result for each sentence it was given. */
function once<T>(f: (s: string) => T): (s: string) => T {
  const seen = new Map<string, T>();
  return (s) => {
    if (seen.has(s)) return seen.get(s)!;
    const r = f(s);
    seen.set(s, r);
    return r;
  };
}

/** The fields of a product card: "VitaNova Bisglycinaat – 1 tablet per dag – € 14,95", "... | ...". */
const CARD_FIELD_SPLIT_RE = /[ \t]{1,3}[–—-][ \t]{1,3}|\|/;

/** A line that ends in a price is a product card ("Potas 300 mg – 2 tabletki dziennie – 15,49 zł"),
 *  unless the dose is the line's own: a card opens with its product's name, and the dose comes in a
 *  field after it; a dose in the line's first field ("Take 2 capsules daily. $19.99", "Sposób
 *  użycia: 2 kapsułki dziennie – 29,99 zł", "Subscribe & save: 2 capsules daily, 60-day supply for
 *  $16.99") or in a field a directions heading opens ("... | Directions: Take 2 capsules daily. |
 *  $14.99") is the product's own directions with its price beside them (review 31: a buy box's
 *  "Take 2 capsules daily. $19.99" had been dropped, and the page's day with it). */
function isProductCard(line: string, dayDoses: DayDoses): boolean {
  if (!endsInPrice(line)) return false;
  const gives = (f: string): boolean => splitSentences(f).some((s) => !isQuestion(s) && parseSentence(s, dayDoses) !== null);
  return !line.split(CARD_FIELD_SPLIT_RE).some((f, i) => (i === 0 || DIRECTIONS_HEADING_RE().test(f.trim())) && gives(f));
}

/** A table's header row over per-unit columns ("Składnik | w 1 kapsułce | w 2 kapsułkach (dzienna
 *  porcja) | %RWS*") names columns and gives no dose; but a row of that shape that reads as a dose
 *  a day with its parentheses left out ("Erwachsene | je 2 Kapseln täglich", "Täglich | je 2
 *  Kapseln | je 1 Kapsel", "Zalecane spożycie | w 2 kapsułkach dziennie") states the dose (review
 *  31: such rows had been skipped, and the page's day lost with them). */
function isHeaderRowNoDose(line: string, dayDoses: DayDoses): boolean {
  if (!isColumnHeaderRow(line) && !isDailyColumnsHeaderRow(line)) return false;
  // (a daily dose's column head, "W dziennej porcji (2 tabletki)", "per daily dose (2 capsules)", "par
  // dose journalière", names a column: its day word is no frequency of the one-unit column's count
  // before it, "1 tabletka | W dziennej porcji" read 1 tablet a day, the day widened to 1-2; issue 8,
  // round 66)
  const cells = line.replace(/\([^()\n]*\)/g, ' ').split('|').filter((c) => !DAILY_HEADER_RE().test(c)).join('|');
  return !splitSentences(cells).some((s) => parseSentence(s, dayDoses) !== null);
}

/** Age groups settled across sentences (the oldest children's group as adults when no adults are
 *  named), and signed quotes no higher than the unsigned directions left out. */
function settleGroups(found: Found[]): void {
  // children named with an adult's age are the children's only beside the adults named as such:
  // with no adults named they are the oldest group, whose dose is the adults' ("Children 12 years
  // and older: 2 tablets daily. Children 6-11 years: 1 tablet daily." is 2 a day, not 1-2; review
  // of round 24: the younger children's dose had lowered the day's)
  // (nor beside a general dose with no group, the adults' where none are named: "Tomar 2 comprimidos
  // al día ... Niños a partir de 12 años: 1 comprimido al día" is 2 a day; merged as the adults', the
  // children's tablet lowered the day to 1-2; issue 8, round 36. Left out only when no higher.)
  const adultsNamed = found.some((f) => f.group === 'adult');
  const general = found.some((f) => f.group === null && !f.d.open && !f.signed && !f.priced);
  for (const f of found) if (f.group === 'teen') f.group = adultsNamed || general ? 'child' : 'adult';
  // (a signed quote's dose no higher than the unsigned directions' in its unit is left out: the Polish
  // review's child dose lowered a label's 6 tablets a day to 2-6; one read higher may be the label's
  // own words signed by the brand, and never makes the dose lower; issue 8, round 27, review 27)
  const unsignedMax = highestPerUnit(found, (f) => !f.signed);
  const signedOut = (f: Found): boolean => !!f.signed && !f.d.open && f.d.max <= (unsignedMax.get(f.d.unit) ?? -Infinity);
  if (found.some(signedOut)) found.splice(0, found.length, ...found.filter((f) => !signedOut(f)));
  // (so is a dose on a line that ends in a price no higher than the others': a card's under the
  // directions only lowered the day, the buy box's own stands where it is the only one or the
  // highest; review 31)
  const unpricedMax = highestPerUnit(found, (f) => !f.priced);
  const pricedOut = (f: Found): boolean => !!f.priced && !f.d.open && f.d.max <= (unpricedMax.get(f.d.unit) ?? -Infinity);
  if (found.some(pricedOut)) found.splice(0, found.length, ...found.filter((f) => !pricedOut(f)));
  // (a prescriber's discretion, "A: Your doctor may increase the dose up to 3 tablets daily", is what
  // a doctor may do, not the label's direction: beside the label's own closed dose in its unit it is
  // left out; its "up to" had lowered "1 tablet twice daily" to 1-3 a day; issue 8, round 39. Alone
  // on the page it is still read: a day is never lost to it.)
  // (the label's own dose must be for the prescriber sentence's audience: a children's "1 tablet
  // daily" beside "Your doctor may tell you to take 2 tablets twice daily", the only adults' words,
  // does not stand for the adults' day; review 39)
  // (a supply's basis beside another direction in its unit is only the count of the pack's days)
  const basisOut = (f: Found): boolean => !!f.supplyBasis && found.some((o) => !o.supplyBasis && o.d.unit === f.d.unit);
  if (found.some(basisOut)) found.splice(0, found.length, ...found.filter((f) => !basisOut(f)));
  const own = (f: Found): boolean => !f.prescriber && !f.signed && !f.priced && !f.d.open && !f.supplyBasis;
  const prescriberOut = (f: Found): boolean => !!f.prescriber && found.some((o) => own(o) && o.d.unit === f.d.unit && sameAudience(o.group, f.group));
  if (found.some(prescriberOut)) found.splice(0, found.length, ...found.filter((f) => !prescriberOut(f)));
}

/** The oldest children's group that gives a closed dose, by the ages its head names; null when
 *  fewer than two groups name their ages. */
function oldestAge(found: readonly Found[]): number | null {
  const ages = new Set<number>();
  for (const f of found) if (f.group === 'child' && f.age !== null && !f.d.open) ages.add(f.age);
  return ages.size < 2 ? null : Math.max(...ages);
}

/** Two age groups' directions are for the same people: the same group, or adults and the
 *  ungrouped (a label's plain direction is the adults'). */
function sameAudience(a: AgeGroup, b: AgeGroup): boolean {
  return a === b || ((a === 'adult' || a === null) && (b === 'adult' || b === null));
}

/** The directions' range: the adults' doses (or the ungrouped ones) in one unit, the others apart. */
function addAdultsDoses(found: readonly Found[], res: DirectionsResult): void {
  // directions by age: the adults' when the page gives them beside children's
  // (a page that names no adults gives the general dose with no group, and the children's apart:
  // "1 bustina al giorno" over "Ragazzi sopra i 12 anni: mezza bustina al giorno"; its ungrouped
  // doses stand for the adults'; the oldest children's group settled above counts as adults named)
  const named = found.some((f) => f.group === 'adult');
  const adultGroup: AgeGroup = named ? 'adult' : null;
  const adults = named || found.some((f) => f.group === null && !f.d.open);
  // (a children's dose is left out only when it is no higher than the adults' in its unit: one read
  // higher is more likely the adults' own under a heading misread, and never makes the dose lower;
  // issue 8, review 19)
  const adultMax = highestPerUnit(found, (f) => f.group === adultGroup);
  // (a product dosed only by age, no adults named and no dose for everyone: the oldest group's dose,
  // the one the verdict is made on, never understated; "Ages 4-8: 1 gummy daily. Ages 9 and older: 2
  // gummies daily" is 2 a day, not 1-2, whose low end is a dose no one in the profile takes; a younger
  // group's dose higher than the oldest's in its unit is kept: a misread age never lowers the day)
  const oldest = adults ? null : oldestAge(found);
  const oldestMax = oldest === null ? null : highestPerUnit(found, (f) => f.group === 'child' && f.age === oldest);
  // (an article's one comes after the doses stated with a figure, and lowers none of their minimum:
  // "Ein Beutel täglich ..." beside "Verzehrempfehlung: 2 Beutel täglich"; review of round 48)
  let stated = false;
  const ordered = [...found.filter((f) => !f.d.articleOnly), ...found.filter((f) => f.d.articleOnly)];
  for (const { d, s, group, age, also } of ordered) {
    if (adults && group === 'child' && (d.open || d.max <= (adultMax.get(d.unit) ?? Infinity))) continue;
    if (oldestMax && group === 'child' && age !== null && age < oldest! && (d.open || d.max <= (oldestMax.get(d.unit) ?? Infinity))) continue;
    if (d.open) {
      res.openEnded = true;
      res.texts.push(s);
      continue;
    }
    res.texts.push(s, ...(also ? [also] : []));
    const r = res.range;
    if (!r) {
      res.range = { min: d.min, max: d.max, unit: d.unit, perIntake: { min: d.per[0], max: d.per[1] }, text: s, sources: also ? [s, also] : [s], ...(d.unitless ? { unitless: true } : {}) };
      stated = !d.articleOnly && !raisedNeed(s);
    } else if (r.unit === d.unit && r.unitless === d.unitless) {
      // the evidence quotes the sentence giving the maximum too ("Ages 4-8: 1 gummy ... Ages 9+: 2 gummies")
      if (d.max > r.max) r.sources = [r.sources[0]!, also ?? s];
      const lowers = !(d.articleOnly && stated);
      if (!d.articleOnly && !raisedNeed(s)) stated = true;
      if (lowers) r.min = Math.min(r.min, d.min);
      r.max = Math.max(r.max, d.max);
      r.perIntake = { min: lowers ? Math.min(r.perIntake.min, d.per[0]) : r.perIntake.min, max: Math.max(r.perIntake.max, d.per[1]) };
    } else if ((res.others ??= []).length < MAX_OTHER_RANGES) {
      res.others.push({ min: d.min, max: d.max, unit: d.unit, perIntake: { min: d.per[0], max: d.per[1] }, text: s, sources: [s], ...(d.unitless ? { unitless: true } : {}) });
    }
  }
}

const NEED = new Set(RAISED_NEED_WORDS);
/** A sentence whose dose is for a time of greater need ("nei periodi di maggior fabbisogno si possono
 *  assumere due bustine al giorno", "bei erhöhtem Bedarf 2 Kapseln"): a raised dose beside the plain
 *  one, never the one an article's plain dose must yield to (round 62: the plain sachet a day was
 *  lost, 2 a day read, not 1-2). */
function raisedNeed(s: string): boolean {
  return tokenize(s).some((t) => NEED.has(t.l));
}

/** Words at most before a plain ceiling ("Do not", "Ne pas", "Take no", "Nicht") and after its
 *  count ("2 scoops per day", "4 comprimés par jour", "2 Kapseln pro Tag einnehmen"). */
const PLAIN_CEILING_LEAD = 3;
const PLAIN_CEILING_TAIL = 5;

/** Is the ceiling sentence a plain order for the reader, with no subject before it and no condition
 *  after its count: only one figure, a few words before the ceiling word, a few after it? */
const CEILING_VERB_TAIL = new Set(CEILING_VERB_TAIL_WORDS);
function plainCeiling(s: string): boolean {
  // ("Do not exceed 3 capsules in 24 hours" is "3 capsules per day": its hours are no second
  // figure, and "three capsules" counts its figure as a word; the 24 alone had been taken as the
  // one figure; review 31)
  // (an exception after it, "unless advised by your physician", and the verb words that close the
  // order, "sollten nicht verzehrt werden", are no condition on the maximum; issue 8, round 59)
  const t = s.replace(IN_24_HOURS_RE, 'per day').replace(/[.!]\s*$/, '').replace(CEILING_UNLESS_RE(), '');
  const m = CEILING_RE().exec(t);
  if (!m) return false;
  const words = (x: string): string[] => x.match(/[\p{L}\d][\p{L}\d'’.,-]*/gu) ?? [];
  const before = words(t.slice(0, m.index));
  const after = words(t.slice(m.index + m[0].length)).filter((w) => !CEILING_VERB_TAIL.has(w.toLowerCase()));
  // (an article is no figure: "Do not exceed 4 capsules a day" has one; its "a" counted as a second
  // figure, the maximum was no plain one; issue 8, round 59)
  const figures = (ws: string[]): number => ws.filter((w) => /\d/.test(w) || (numberWord(w) !== null && !A_ONE.has(w.toLowerCase()))).length;
  // (the verb last, as German puts it: "4 Kapseln pro Tag nicht überschreiten" is the same plain
  // order, its count and "nicht" before the ceiling word; issue 8, kind 3)
  if (after.length === 0) return before.length <= PLAIN_CEILING_TAIL + PLAIN_CEILING_LEAD && figures(before) === 1;
  return before.length <= PLAIN_CEILING_LEAD && after.length <= PLAIN_CEILING_TAIL && figures(after) === 1;
}

/** A day read above the label's own daily maximum in its unit ("can be increased to 2 scoops, taken
 *  morning and evening" read as 2 twice, under "Do not exceed 2 scoops per day") is a schedule
 *  misread: the day stops at the maximum. Only a maximum no lower than one intake and the day's
 *  lowest, never a children's: a day is never cut below a dose the label gives. */
function capAtCeiling(r: DirectionsRange | null, ceiling: { max: number; unit: string } | null): void {
  if (!r || !ceiling || r.unitless || r.unit !== ceiling.unit) return;
  if (ceiling.max < r.perIntake.max || ceiling.max < r.min || ceiling.max >= r.max) return;
  // (a maximum the label counts itself, "Take 1 scoop 1 to 3 times daily", is no misread: the label
  // contradicts itself, and the higher of its words stands; review 28)
  const top = dropNonDose(tokenize(r.sources[r.sources.length - 1] ?? r.text));
  if (top.some((_, i) => (freqAt(top, i)?.[1] ?? 0) >= 2)) return;
  r.max = ceiling.max;
}

/** A dose taken "as needed" ("bei Bedarf", "au besoin"), in the shops' languages. */
const AS_NEEDED_RE = /\b(?:as needed|when needed|as required)\b|\bbei Bedarf\b|\bau besoin\b|\bsi besoin\b|\bsegún (?:sea )?necesario\b|\bal bisogno\b|\bindien nodig\b|\bvid behov\b|\bw razie potrzeby\b|\bdle potřeby\b/i;

/** "Take one to two capsules as needed. Do not exceed three capsules in 24 hours.": a dose taken as
 *  needed, with no count of times a day, is repeated up to the label's own daily maximum in its unit:
 *  the day reaches the maximum (1-3), never stops at one intake (1-2 understated the day the label
 *  allows; issue 8, round 31). Only the adults' plain maximum, above the dose read. */
function upToCeilingAsNeeded(r: DirectionsRange | null, ceiling: { max: number; unit: string } | null): void {
  if (!r || !ceiling || r.unitless || r.unit !== ceiling.unit || ceiling.max <= r.max) return;
  // (only a dose taken as needed: beside a dose with its own count a day, the rounds' keys read a
  // maximum as a cap, never as the day, "Take 2 capsules daily. Do not exceed 4 capsules"; round 59
  // widened only which maxima are the label's plain ones, see plainCeiling)
  if (r.max !== r.perIntake.max || !r.sources.some((s) => AS_NEEDED_RE.test(s))) return;
  r.max = ceiling.max;
}
