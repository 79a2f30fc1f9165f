// A reading with no amount, for a page that could not be read to the end: never a verdict of
// "safe"; the popup asks for the amount from the label. Types only from src/core: the content
// script uses this too, and zod must stay out of the page.
import type { Msg } from './message.ts';
import type { Reading } from './reading.ts';

export function unreadableReading(reason: Msg): Reading {
  return {
    nutrient: 'magnesium', status: 'unreadable', pageKind: 'product', source: 'generic',
    product: { name: null, brand: null }, perServingMg: null, basis: null, form: null, route: 'oral',
    serving: null, servingsPerContainer: null, servingsPerDay: null, dailyMg: null,
    evidence: [], seen: null, confidence: null, assumptions: [], disagreement: null, licence: null, reason,
  };
}
