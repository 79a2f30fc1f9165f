// The verdict for a known total: compare the TOP of the daily range with the limit.
// max > limit: over (even 1 mg). max >= (1 - near) x limit, up to and including the limit: near.
import type { Range } from '../core/reading.ts';
import { roundMg } from './format.ts';

export type KnownLevel = 'over-limit' | 'near-limit' | 'within-limit';

export function nearThreshold(limitMg: number, nearFraction: number): number {
  return roundMg(limitMg * (1 - nearFraction));
}

export function levelFor(total: Range, limitMg: number, nearFraction: number): KnownLevel {
  if (total.max > limitMg) return 'over-limit';
  if (total.max >= nearThreshold(limitMg, nearFraction)) return 'near-limit';
  return 'within-limit';
}
