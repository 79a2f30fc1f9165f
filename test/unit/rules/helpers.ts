// Builders for readings and profiles used by the rules tests.
import { DEFAULT_PROFILE, type Profile } from '../../../src/core/profile.ts';
import type { Reading } from '../../../src/core/reading.ts';

export function reading(over: Partial<Reading> = {}): Reading {
  return {
    nutrient: 'magnesium',
    status: 'found',
    pageKind: 'product',
    source: 'test',
    product: { name: 'Test Magnesium', brand: null },
    perServingMg: 100,
    basis: 'elemental',
    form: 'citrate',
    route: 'oral',
    serving: { count: 1, unit: 'capsule' },
    servingsPerContainer: 60,
    servingsPerDay: { min: 1, max: 1 },
    dailyMg: null,
    evidence: [],
    seen: null,
    confidence: 'label',
    assumptions: [],
    disagreement: null,
    licence: null,
    reason: null,
    ...over,
  };
}

/** A reading whose daily dose is exactly `mg` (one serving a day, stated). */
export function daily(mg: number, over: Partial<Reading> = {}): Reading {
  return reading({ perServingMg: mg, servingsPerDay: { min: 1, max: 1 }, ...over });
}

export function profile(over: Partial<Profile> = {}): Profile {
  return { ...structuredClone(DEFAULT_PROFILE), ...over };
}

export function ids(ws: { id: string }[]): string[] {
  return ws.map((w) => w.id);
}
