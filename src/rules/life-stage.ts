// Finding the row of an age-banded table for an age. Bands are [fromYears, toYears): a child of
// 3 years 11 months is in "1-3 years"; on the 4th birthday the "4-8 years" row applies.
import type { AgeBand } from '../data/nutrients.ts';

export function bandFor<T extends AgeBand>(rows: readonly T[], ageYears: number): T {
  let found: T | undefined;
  for (const row of rows) {
    if (ageYears >= row.fromYears && (row.toYears === null || ageYears < row.toYears)) found = row;
  }
  if (!found) throw new Error(`no table row covers age ${ageYears}`);
  return found;
}

