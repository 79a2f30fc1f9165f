// This product's daily dose as a range: amount per serving x servings per day (both ends of the
// directions' range). Missing directions: one serving a day, and the warnings say so. A typed-in
// amount (the popup's manual entry) replaces the page's figures.
import type { Range, Reading } from '../core/reading.ts';
import { roundMg } from './format.ts';

export interface ManualAmount {
  perServingMg: number;
  servingsPerDay: Range;
}

export interface ProductDose {
  /** null when the amount could not be read */
  dailyMg: Range | null;
  perServingMg: number | null;
  servingsPerDay: Range | null;
  /** true when the directions gave no servings per day and one was assumed */
  assumedOneServing: boolean;
  manual: boolean;
}

const ONE: Range = { min: 1, max: 1 };

export function productDose(reading: Reading, manual?: ManualAmount | null): ProductDose {
  if (manual) {
    return {
      dailyMg: times(manual.perServingMg, manual.servingsPerDay),
      perServingMg: manual.perServingMg,
      servingsPerDay: manual.servingsPerDay,
      assumedOneServing: false,
      manual: true,
    };
  }
  const none: ProductDose = { dailyMg: null, perServingMg: null, servingsPerDay: null, assumedOneServing: false, manual: false };
  if (reading.status !== 'found') return none;
  if (reading.perServingMg !== null) {
    const spd = reading.servingsPerDay ?? ONE;
    return {
      dailyMg: times(reading.perServingMg, spd),
      perServingMg: reading.perServingMg,
      servingsPerDay: spd,
      assumedOneServing: reading.servingsPerDay === null,
      manual: false,
    };
  }
  if (reading.dailyMg !== null) {
    return { ...none, dailyMg: { min: roundMg(reading.dailyMg.min), max: roundMg(reading.dailyMg.max) }, servingsPerDay: reading.servingsPerDay };
  }
  return none;
}

function times(perServingMg: number, spd: Range): Range {
  const a = roundMg(perServingMg * spd.min);
  const b = roundMg(perServingMg * spd.max);
  return { min: Math.min(a, b), max: Math.max(a, b) };
}
