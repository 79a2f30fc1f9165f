// Embedded store JSON (script#__NEXT_DATA__ and similar) turned into label text:
// nutrient objects become facts rows ("Magnesium | 200 mg | 48%"), strings under direction-like
// keys become directions, description-like strings become body text. Bounded walk.
import { htmlToText } from '../dom.ts';

export interface JsonText {
  facts: string[];
  directions: string[];
  description: string[];
  servingLines: string[];
}

const NAME_KEYS = ['name', 'nutrient', 'nutrient_name', 'label', 'title', 'displayName'];
const AMOUNT_KEYS = ['amount', 'quantity', 'value', 'amountPerServing', 'amount_per_serving'];
const UNIT_KEYS = ['unit', 'unit_of_measurement', 'uom', 'unitOfMeasure'];
// (and the spellings a shop's JSON may use beside Walmart's "dvp": "percentDailyValue"; the review of round 72)
const PCT_KEYS = ['dvp', 'percentage', 'percent', 'dailyValue', 'daily_value', 'percent_daily_value', 'percentDailyValue', 'dailyValuePercent', 'percentages'];
const DIRECTIONS_KEY_RE = /^(?:directions?|suggested_?use|usage|use_?instructions|how_?to_?use|dosage|directions_?for_?use)$/i;
const DESCRIPTION_KEY_RE = /^(?:short_?description|long_?description|description|downstream_description|bullet_descriptions|soft_bullets|highlights|features)$/i;
const FACTS_KEY_RE = /^facts$|nutrition|supplement_?facts|vitamin_?minerals|key_?nutrients|nutrients|child_?nutrients|main_?nutrient|value_prepared_list|active_?ingredients|serving_?(?:size_?)?info/i;
/** A facts block's rows given as strings ("values": ["Magnesium (as oxide) 50 mg 12%", ...]). */
const ROW_LIST_KEY_RE = /^(?:values|rows|lines)$/i;
const SERVING_KEY_RE = /serving/i;
/** Keys that hold other products: a recommendation carousel's, a comparison's ("relatedProducts":
 *  [{"nutrients": [{"name": "<Element>", "amount": "50", ...}]}]): their facts are never this
 *  product's (review of round 32: a Next.js page's related gummy's 50 mg read for a product whose
 *  own facts are an image, falsely reassuring for unreadable). */
const OTHER_PRODUCTS_KEY_RE = /related|recommend|similar|upsell|up_sell|cross_?sell|also_?(?:bought|viewed|like)|frequently|you_?may|compare|comparison|carousel|other_?products/i;

/** An ingredients field, which some stores fill with the whole label ("Supplement Facts — Serving
 *  Size: 2 Tablets; Servings Per Container: 90. Amount Per Serving: <Element> Citrate 1,000 mg"). */
const INGREDIENTS_KEY_RE = /^(?:ingredients?|ingredient_?statement|ingredients_?text)$/i;
/** A label's own words in such a field: its serving size or its facts' heading. */
const FACTS_TEXT_RE = /\b(?:serving size|supplement facts|nutrition facts|amount per serving)\b/i;
/** The label given as one string, as its lines: at a semicolon, a dash between words, or a stop
 *  before a capital ("Serving Size: 2 Tablets; Servings Per Container: 90. Amount Per Serving: ..."). */
function factsLines(t: string): string[] {
  return t.split(/;[ \t]{0,3}|[ \t][—–][ \t]|(?<=[^\s.]\.)[ \t](?=\p{Lu})|\n/u).map((x) => x.trim()).filter(Boolean);
}

/** A nutrient row's share of the daily value as the label prints it ("12%"), when the row gives that
 *  and no amount: a figure with a per cent sign or a bare number (Walmart's "dvp": "12%" or "95"). */
function percentOnly(o: Record<string, unknown>): string | null {
  if (pick(o, AMOUNT_KEYS) !== undefined) return null;
  const pct = pick(o, PCT_KEYS);
  const ok = typeof pct === 'number' || (typeof pct === 'string' && /^\d{1,5}(?:[.,]\d{1,3})? ?%?$/.test(pct.trim()));
  return ok ? String(pct).replace(/%?$/, '%') : null;
}

function pick(o: Record<string, unknown>, keys: readonly string[]): unknown {
  for (const k of keys) if (o[k] !== undefined && o[k] !== null && o[k] !== '') return o[k];
  return undefined;
}

function asText(v: unknown): string | null {
  if (typeof v === 'string') return v.length > 0 ? htmlToText(v) : null;
  if (typeof v === 'number') return String(v);
  if (Array.isArray(v)) {
    const parts = v.map(asText).filter((x): x is string => Boolean(x));
    return parts.length ? parts.join('\n') : null;
  }
  if (v && typeof v === 'object') {
    const o = v as Record<string, unknown>;
    return asText(pick(o, [...TEXT_KEYS, 'content']));
  }
  return null;
}

/** The keys of an object that holds a text alone ({"value": ...}, {"displayValue": ...}: the review of round 72). */
const TEXT_KEYS = ['value', 'text', 'values', 'displayValue'];

/** The most rows of one such table read. */
const MAX_TABLE_ROWS = 200;

function isStrings(v: unknown): v is string[] {
  return Array.isArray(v) && v.every((x) => typeof x === 'string');
}

/** A JSON key as words: "serving_size" and "servingSize" both read "serving size". */
function spacedKey(key: string): string {
  return key.replace(/_/g, ' ').replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2');
}

export function jsonToText(root: unknown, maxNodes = 200_000): JsonText {
  const out: JsonText = { facts: [], directions: [], description: [], servingLines: [] };
  let n = 0;
  const walk = (v: unknown, key: string, inFacts: boolean): void => {
    if (++n > maxNodes || v === null || v === undefined) return;
    if (Array.isArray(v)) {
      for (const x of v) walk(x, key, inFacts);
      return;
    }
    if (typeof v !== 'object') {
      if (typeof v === 'string' && v.length > 0) {
        if (DIRECTIONS_KEY_RE.test(key)) out.directions.push(htmlToText(v));
        else if (DESCRIPTION_KEY_RE.test(key)) out.description.push(htmlToText(v));
        else if (INGREDIENTS_KEY_RE.test(key) && FACTS_TEXT_RE.test(v)) out.facts.push(...factsLines(htmlToText(v)));
        else if (inFacts && SERVING_KEY_RE.test(key) && !/^serving_size|^servings_per_container/.test(key)) out.servingLines.push(`${spacedKey(key)}: ${v}`);
        // (a row as the label prints it, with a figure: read as a facts row, verbatim)
        else if (inFacts && ROW_LIST_KEY_RE.test(key) && /\d/.test(v)) out.facts.push(htmlToText(v));
      }
      return;
    }
    const o = v as Record<string, unknown>;
    // (a label in an ingredients field: {"ingredients": {"name": "Ingredients", "value": "Supplement Facts — Serving Size: ..."}})
    if (INGREDIENTS_KEY_RE.test(key)) {
      const t = asText(pick(o, ['value', 'text', 'values']));
      if (t && FACTS_TEXT_RE.test(t)) out.facts.push(...factsLines(t));
    }
    // a facts table given as its columns' headers and rows of a name and one value per column
    // ({"columns": ["Amount Per Tablet", "Amount Per Daily Dose (3 Tablets)", "% DV"], "rows":
    // [{"name": "<Element> (as citrate)", "values": ["100 mg", "300 mg", "71%"]}]}): the table as
    // the label prints it, a header row over rows with a cell per column (issue 8, round 32)
    const cols = o['columns'];
    const rows = o['rows'];
    if (inFacts && isStrings(cols) && cols.length > 1 && Array.isArray(rows)) {
      out.facts.push(cols.join(' | '));
      for (const row of rows.slice(0, MAX_TABLE_ROWS)) {
        const r = (row ?? {}) as Record<string, unknown>;
        const name = pick(r, NAME_KEYS);
        const cells = r['values'];
        if (typeof name === 'string' && isStrings(cells)) out.facts.push([name, ...cells].map((c) => htmlToText(c)).join(' | '));
      }
      for (const [k, x] of Object.entries(o)) if (k !== 'columns' && k !== 'rows' && !OTHER_PRODUCTS_KEY_RE.test(k)) walk(x, k, true);
      return;
    }
    // Target-style serving fields: serving_size "2" + serving_size_unit_of_measurement "capsules"
    const ss = o['serving_size'];
    const su = o['serving_size_unit_of_measurement'];
    if ((typeof ss === 'string' || typeof ss === 'number') && typeof su === 'string') out.servingLines.push(`Serving Size: ${ss} ${su}`);
    const spc = o['servings_per_container'];
    if (typeof spc === 'string' || typeof spc === 'number') out.servingLines.push(`Servings Per Container: ${spc}`);
    const name = pick(o, NAME_KEYS);
    const amount = pick(o, AMOUNT_KEYS);
    let share: string | null = null;
    if (inFacts && typeof name === 'string' && (typeof amount === 'string' || typeof amount === 'number')) {
      const unit = pick(o, UNIT_KEYS);
      const pct = pick(o, PCT_KEYS);
      const amt = `${amount}${typeof unit === 'string' && !/[a-zµ]/i.test(String(amount)) ? ` ${unit}` : ''}`;
      const pctText = typeof pct === 'string' || typeof pct === 'number' ? ` | ${String(pct).replace(/%?$/, '%')}` : '';
      if (/serving/i.test(name)) out.servingLines.push(`${name}: ${amt}`);
      else out.facts.push(`${name} | ${amt}${pctText}`);
    } else if (inFacts && typeof name === 'string' && (share = percentOnly(o)) !== null) {
      // a row that gives only its share of the daily value ({"name": "<Element>", "amount": null,
      // "dvp": "12%"}), as a label that prints the % DV alone: the row as the label prints it, so
      // the engine estimates the amount from it (round 70: a Walmart multivitamin's only figure)
      out.facts.push(`${name} | ${share}`);
    } else if (typeof name === 'string' ? DIRECTIONS_KEY_RE.test(name.replace(/\s+/g, '_')) : name === undefined && DIRECTIONS_KEY_RE.test(key)) {
      // the directions by their name, or, as an object of their text alone, by their key
      // ({"directions": {"value": "Adults: take one tablet daily."}}: no name says what it is)
      const t = asText(pick(o, TEXT_KEYS));
      if (t) out.directions.push(t);
    }
    for (const [k, x] of Object.entries(o)) {
      if (OTHER_PRODUCTS_KEY_RE.test(k)) continue;
      walk(x, k, inFacts || FACTS_KEY_RE.test(k));
    }
  };
  walk(root, '', false);
  return out;
}
