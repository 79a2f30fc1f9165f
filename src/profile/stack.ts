// Arithmetic for "What you already take": numbers typed by the user, per-serving amounts turned
// into a daily amount, and the stack total. Pure: no DOM, no browser API.
import type { StackItem } from '../core/profile.ts';

/** The schema's ceiling for one item (src/core/profile.ts StackItem.dailyMg). */
export const MAX_ITEM_DAILY_MG = 10_000;
/** More than this many servings a day is a typing mistake, not a regimen. */
export const MAX_SERVINGS_PER_DAY = 24;

export type NumberInput =
  | { ok: true; value: number }
  | { ok: false; reason: 'empty' | 'not-a-number' };

/**
 * Reads a number typed by a person: "200", "12.5", "12,5" (decimal comma), "200 mg", " 3 ".
 * "1,000" is refused rather than guessed (thousands separator or decimal comma?).
 */
export function readNumber(text: string): NumberInput {
  const t = text.trim().replace(/\s*mg$/i, '').trim();
  if (t === '') return { ok: false, reason: 'empty' };
  const m = /^(\d+)(?:[.,](\d{1,2})|\.(\d+))?$/.exec(t) ?? /^()\.(\d+)$/.exec(t);
  if (!m) return { ok: false, reason: 'not-a-number' };
  const whole = m[1] || '0';
  const fraction = m[2] ?? m[3] ?? '';
  const value = Number(fraction ? `${whole}.${fraction}` : whole);
  return Number.isFinite(value) ? { ok: true, value } : { ok: false, reason: 'not-a-number' };
}

/** Rounds to 0.1 mg, the precision stored and shown. */
export function roundMg(mg: number): number {
  return Math.round(mg * 10) / 10;
}

/** mg per serving x servings per day, rounded to 0.1 mg. */
export function dailyFromServing(perServingMg: number, servingsPerDay: number): number {
  return roundMg(perServingMg * servingsPerDay);
}

/** A label's "N mg per serving of S tablets", taken T tablets a day: N x T / S, rounded to 0.1 mg. */
export function dailyFromUnits(perServingMg: number, unitsPerServing: number, unitsPerDay: number): number {
  return roundMg((perServingMg * unitsPerDay) / unitsPerServing);
}

export interface StackTotal {
  /** every item, mg/day */
  totalMg: number;
  /** items marked as medicines (antacids, laxatives) */
  medicinesMg: number;
  /** the rest: supplements */
  supplementsMg: number;
  count: number;
}

export function stackTotal(items: ReadonlyArray<Pick<StackItem, 'dailyMg' | 'medicine'>>): StackTotal {
  let medicines = 0;
  let supplements = 0;
  for (const item of items) {
    if (!Number.isFinite(item.dailyMg) || item.dailyMg <= 0) continue;
    if (item.medicine) medicines += item.dailyMg;
    else supplements += item.dailyMg;
  }
  return {
    totalMg: roundMg(medicines + supplements),
    medicinesMg: roundMg(medicines),
    supplementsMg: roundMg(supplements),
    count: items.length,
  };
}
