// The words that show a text names magnesium: what the gate asks of a page before the reading
// engine loads (src/extract/gate.ts). Kept apart from the rest of the reading data (compounds,
// label values, caps) so the content script carries these lists and nothing else of the tables.
import type { MentionData } from '../mention-data.ts';
import { NUTRIENT_NAMES } from './names.ts';

export const MAGNESIUM_MENTION: MentionData = {
  names: NUTRIENT_NAMES.magnesium,
  // "Milk of Magnesia" (a laxative) names the element only by its old name
  mentions: ['magnesia'],
  symbols: ['mg2+'],
};
