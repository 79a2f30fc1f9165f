// Numbers as labels print them: "1,000", "187,5" (European decimal comma), "1.000,5", "3/4",
// and number words in EN/DE/FR/ES/IT (and the languages of NUMBER_WORDS_EXTRA, data).
import { NUMBER_WORDS_EXTRA } from '../../data/magnesium/names.ts';

const WORDS: Readonly<Record<string, number>> = {
  // English
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, a: 1, an: 1, single: 1, half: 0.5,
  // German
  ein: 1, eine: 1, einen: 1, einer: 1, zwei: 2, drei: 3, vier: 4, fünf: 5, sechs: 6, halbe: 0.5,
  // French
  un: 1, une: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, demi: 0.5, demie: 0.5,
  // Spanish
  uno: 1, una: 1, dos: 2, tres: 3, cuatro: 4, cinco: 5, seis: 6, media: 0.5, medio: 0.5,
  // Italian
  due: 2, tre: 3, quattro: 4, mezza: 0.5, mezzo: 0.5,
  // Portuguese ("meia medida a uma medida, duas vezes por dia": read as no count, the day was lost)
  // (not "um", German's "around")
  uma: 1, dois: 2, duas: 2, três: 3, quatro: 4, meia: 0.5, meio: 0.5,
  // Polish / Czech
  // ("po jednej kapsułce", the locative after "po": the leftovers of round 66)
  jedna: 1, jedną: 1, jednej: 1, jeden: 1, jednu: 1, dwie: 2, dwa: 2, dvě: 2, trzy: 3, tři: 3,
};

/** The number words of a count of 2 to 6 units, in every language the reader knows ("in jeder Tagesdosis
 *  von zwei Kapseln", "par dose journalière de deux gélules"): read where a count's figure is. */
export const COUNT_WORDS_2_TO_6: readonly string[] = Object.entries({ ...WORDS, ...NUMBER_WORDS_EXTRA })
  .filter(([, v]) => Number.isInteger(v) && v >= 2 && v <= 6).map(([w]) => w);

/** The fractions printed as one character ("½ Scoop", "1½ teaspoons"). */
const VULGAR: Readonly<Record<string, number>> = { '½': 1 / 2, '¼': 1 / 4, '¾': 3 / 4, '⅓': 1 / 3, '⅔': 2 / 3 };

/** Parses a number word (not "a"/"an", which are only numbers in count position), or a fraction
 *  character ("½"). */
export function numberWord(word: string): number | null {
  const w = word.toLowerCase();
  const v = WORDS[w] ?? NUMBER_WORDS_EXTRA[w] ?? VULGAR[word];
  return v === undefined ? null : v;
}

/** Parses label number text. Returns null for anything that is not a finite number.
 *  `dotIsDecimal`: a single dot before three digits is a decimal point ("1.745 g": grams are never
 *  counted in thousands on a label), not the European thousands mark ("1.000 mg"). */
export function parseNumber(raw: string, dotIsDecimal = false): number | null {
  const s = raw.trim();
  if (s.length === 0 || s.length > 24) return null;
  // "1½": a whole number and a fraction character
  const vulgar = /^(\d{1,2})?([½¼¾⅓⅔])$/.exec(s);
  if (vulgar) return Number(vulgar[1] ?? 0) + VULGAR[vulgar[2]!]!;
  // "1 000": thousands parted by a space (French, Nordic, Czech and Polish labels)
  if (/^\d{1,3}(?:[ \u00a0\u202f]\d{3}){1,2}$/.test(s)) return Number(s.replace(/\D/g, ''));
  const frac = /^(\d{1,3})\/(\d{1,3})$/.exec(s);
  if (frac) {
    const d = Number(frac[2]);
    return d === 0 ? null : Number(frac[1]) / d;
  }
  if (!/^\d[\d.,]*$/.test(s)) return null;
  const lastDot = s.lastIndexOf('.');
  const lastComma = s.lastIndexOf(',');
  let normal: string;
  if (lastDot >= 0 && lastComma >= 0) {
    // both: the last one is the decimal mark
    normal = lastDot > lastComma ? s.replace(/,/g, '') : s.replace(/\./g, '').replace(',', '.');
  } else if (lastComma >= 0 || lastDot >= 0) {
    const sep = lastComma >= 0 ? ',' : '.';
    const parts = s.split(sep);
    const after = parts[parts.length - 1] ?? '';
    const thousands = parts.length > 2 || (after.length === 3 && parts[0] !== '0' && (sep === ',' || (parts[0]!.length <= 3 && !dotIsDecimal)));
    normal = thousands ? parts.join('') : parts.join('.');
    // "1.000" with a dot: thousands on European pages; "0.125" stays decimal (leading 0)
  } else normal = s;
  const v = Number(normal);
  return Number.isFinite(v) ? v : null;
}
