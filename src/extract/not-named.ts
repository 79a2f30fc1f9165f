// What a product page that does not name the nutrient reports, without the engine: no amount
// (absent), as the engine would read it (test/unit/extract/gate.test.ts), so that the popup says
// the product lists none, not that Dose Guard never looked. Said by the gate (gate.ts) and by the
// content script's own test on a page it would send whole (names-anywhere.ts).
import type { Nutrient, Reading } from '../core/reading.ts';
import { DEFAULT_NUTRIENT } from '../data/mention-stems.ts';
import { storeAt } from './stores/product-areas.ts';

export function notNamedReading(url: string, nutrient: Nutrient = DEFAULT_NUTRIENT): Reading {
  return {
    nutrient, status: 'absent', pageKind: 'product', source: storeAt(url),
    product: { name: null, brand: null }, perServingMg: null, basis: null, form: null, route: 'oral',
    serving: null, servingsPerContainer: null, servingsPerDay: null, dailyMg: null,
    evidence: [], seen: null, confidence: null, assumptions: [], disagreement: null, licence: null, reason: null,
  };
}
