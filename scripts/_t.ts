import { extractFromText } from '../src/extract/index.ts';
const r = extractFromText('Acme Magnesium Powder\nEach scoop gives 150 mg of magnesium.\nMix 1/2 to 1 teaspoon in water daily.');
console.log(r.serving, r.servingsPerDay, r.assumptions);
