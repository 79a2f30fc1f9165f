// Renders a message (src/core/message.ts) in one locale. Pure: the caller gives the lookup
// (chrome.i18n.getMessage in the extension, the messages.json files in Node), so the same code
// formats the popup, the page note, the `check` command and the tests.
import type { Msg, MsgArg, NumRange } from '../core/message.ts';
import { learnShape, shapeNumber, shapeRange, type NumberShape } from './number-shape.ts';

/** Finds a message by key and fills its placeholders with already formatted strings; '' if unknown. */
export type Lookup = (key: string, substitutions: string[]) => string;

export interface Translator {
  /** the BCP 47 locale numbers are formatted for ("de", "en-US", "pl") */
  locale: string;
  /** the message for a key, its placeholders filled with the given strings */
  t(key: string, ...substitutions: string[]): string;
  /** a message with typed arguments, each formatted for the locale */
  tr(message: Msg): string;
  /** a number with at most one decimal, in the locale's digits and marks */
  num(n: number): string;
  /** "350 mg", "100–200 mg" */
  mg(amount: number | NumRange): string;
}

/** The locale's number shape (number-shape.ts), where one is kept: known() the one to format with
 *  (null: Intl), learned() told of a shape learned from Intl once Intl is loaded anyway. */
export interface ShapeStore {
  known(): NumberShape | null;
  learned(shape: NumberShape): void;
}

const isRange = (v: unknown): v is NumRange => typeof v === 'object' && v !== null && 'min' in v && 'max' in v;

export function makeTranslator(locale: string, lookup: Lookup, shapes?: ShapeStore): Translator {
  // Each formatter is made on first use: making one loads the locale's ICU data, some 10-20 ms in
  // a worker just started (issue 14: most of a cold worker's time before its first answer), and
  // many messages format no number and no list at all.
  let numbers: Intl.NumberFormat | undefined;
  let lists: Intl.ListFormat | undefined;
  // And a number the kept shape covers needs no formatter at all.
  const numberFormat = () => {
    if (numbers) return numbers;
    numbers = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
    const shape = shapes && learnShape(numbers, locale);
    if (shape) shapes.learned(shape);
    return numbers;
  };
  const listFormat = () => (lists ??= new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' }));
  const known = () => shapes?.known() ?? null;
  const num = (n: number) => {
    const shape = known();
    return (shape && shapeNumber(shape, n)) ?? numberFormat().format(n);
  };
  const range = (min: number, max: number) => {
    const shape = known();
    return (shape && shapeRange(shape, min, max)) ?? numberFormat().formatRange(min, max);
  };
  const numOrRange = (v: number | NumRange) => (isRange(v) ? (v.min === v.max ? num(v.min) : range(v.min, v.max)) : num(v));
  const t = (key: string, ...subs: string[]) => lookup(key, subs);
  const mg = (amount: number | NumRange) => t('fmt_mg', numOrRange(amount));

  function arg(a: MsgArg): string {
    if (typeof a === 'string') return a;
    if (typeof a === 'number') return num(a);
    if ('key' in a) return tr(a);
    if ('mg' in a) return mg(a.mg);
    if ('pct' in a) return t('fmt_pct', numOrRange(a.pct));
    if ('range' in a) return numOrRange(a.range);
    return listFormat().format(a.list.map(arg));
  }

  function tr(message: Msg): string {
    return t(message.key, ...(message.args ?? []).map(arg));
  }

  return { locale, t, tr, num, mg };
}
