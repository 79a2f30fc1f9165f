// Magnesium for the reading engine: its names, compounds and label values (the tables beside this
// file), the caps on what a serving can honestly hold, and the other nutrients combination
// products name. See src/data/reading-data.ts for what each field means.
import type { ReadingData } from '../reading-data.ts';
import { COMPOUND_FORMS } from './forms.ts';
import { LABEL_VALUES } from './label-values.ts';
import { MAGNESIUM_MENTION } from './mention.ts';

export const MAGNESIUM_READING: ReadingData = {
  nutrient: 'magnesium',
  ...MAGNESIUM_MENTION,
  // "Cal-Mag", "Tri-Mag Complex", "Slow-Mag": the short form product names use
  titleShortNames: ['mag'],
  forms: COMPOUND_FORMS.magnesium,
  labelValues: LABEL_VALUES.magnesium,
  caps: {
    // the largest servings on sale are laxatives and antacids: milk of magnesia holds 500 mg per
    // 15 mL, a magnesium oxide antacid tablet about 240 mg; supplements stay below 500 mg
    maxServingMg: 1000,
    // the largest tablets sold hold about 1,000-1,300 mg of a compound (magnesium oxide 800 mg,
    // "magnesium citrate 1,000 mg" caplets); 1,500 mg leaves room
    maxUnitFillMg: 1500,
    // a scoop or sachet of powder holds a few grams (citrate powders: 2-5 g)
    maxMeasureFillMg: 8000,
    // drops and sprays are counted one by one ("30 drops 3 times daily" = 90)
    maxServingsPerDay: 100,
    // a title's "Magnesium Glycinate 400 mg" is most often the elemental amount of a serving of 2 to 4
    // capsules, as US labels state it (glycinate 400 mg would need about 2,800 mg of the compound)
    maxUnitsPerNamedServing: 4,
    source: 'Dose Guard\'s own bounds, set above the largest servings on the labels it was tested on (milk of magnesia 500 mg per 15 mL, oxide tablets 400 mg); no published figure',
  },
  otherNutrients: [
    'calcium', 'kalzium', 'calcio', 'zinc', 'zink', 'zinco', 'potassium', 'kalium', 'vitamin', 'vitamine', 'vitamina', 'iron', 'eisen',
    'b6', 'b12', 'd3', 'k2', 'multi*', 'melatonin', 'ashwagandha', 'l-theanine', 'theanine', 'boron', 'selenium', 'copper', 'manganese', 'chromium',
  ],
};
