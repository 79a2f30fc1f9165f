// A line that ends in a price is a product card or a listing ("... 200 mg pro Kapsel 19,95 €",
// "Potas 300 mg – 2 tabletki dziennie – 15,49 zł"): its amounts and its directions are another
// product's. Shared by the reject stage (amounts) and the directions reader (doses, maxima).
import { CURRENCY_SIGN_RE, CURRENCY_WORD_RE, PRICE_NUMBER_RE, PRICE_WORD_RE } from './patterns.ts';

/** The line ends in a price ("... 200 mg pro Kapsel 19,95 €", "... 60 Tablets £8.99"). */
export function endsInPrice(line: string): boolean {
  let b = line.length;
  while (b > 0 && (line[b - 1] === ' ' || line[b - 1] === '*' || line[b - 1] === '\t')) b--;
  const words = line.slice(Math.max(0, b - 40), b).split(' ');
  const last = words[words.length - 1] ?? '';
  if (PRICE_WORD_RE().test(last)) return true;
  const prev = words[words.length - 2] ?? '';
  // (a sign before its number may carry its country's letters: "– R$ 69,90" on a Brazilian cross-sell
  // line was chosen as the dose; issue 8, round 24)
  // (and a currency's code in capitals before its number: "– CHF 34.50", "EUR 12,90"; round 35)
  return CURRENCY_WORD_RE().test(last) ? PRICE_NUMBER_RE.test(prev) : (CURRENCY_SIGN_RE.test(prev) || isCurrencyCode(prev)) && PRICE_NUMBER_RE.test(last);
}

/** A currency's three-letter code in capitals ("CHF", "EUR", "SEK"): in lower case the same letters
 *  may be a word. */
function isCurrencyCode(w: string): boolean {
  return /^[A-Z]{3}$/.test(w) && CURRENCY_WORD_RE().test(w);
}

/** A price among the first words of a text ("- 60 gélules 8,49 € ...", "120 caps $17.20"): a card's
 *  fields after its amount, on a line where the cards run on with no line of their own. */
export function priceWithin(text: string, maxWords: number): boolean {
  const words = text.trim().split(/\s+/).slice(0, maxWords);
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const prev = words[i - 1] ?? '';
    if (PRICE_WORD_RE().test(w) || (CURRENCY_WORD_RE().test(w) && PRICE_NUMBER_RE.test(prev)) || (CURRENCY_SIGN_RE.test(prev) && PRICE_NUMBER_RE.test(w))) return true;
  }
  return false;
}
