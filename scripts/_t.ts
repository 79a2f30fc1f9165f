import { extractFromText } from '../src/extract/index.ts';
const cases: [string, string, string?][] = [
  ['title+directions', 'Magnesium Glycinate 400mg 120 Capsules\nGentle, highly absorbable chelated magnesium.\nSuggested Use: Take 2 capsules daily with food.'],
  ['elemental per 2 caps prose', 'Pure Magnesium Glycinate\n2 capsules provide 200 mg of elemental magnesium.\nTake 2 capsules at bedtime.'],
  ['facts in prose EU', 'Magnesium Citrate Kapseln\nZutaten pro Tagesdosis (3 Kapseln): Magnesiumcitrat 1.500 mg, davon Magnesium 225 mg (60% NRV)\nVerzehrempfehlung: 3 Kapseln täglich mit Wasser.'],
  ['NL', 'Magnesium Citraat 200 mg\nSamenstelling per tablet: Magnesium (als citraat) 200 mg (53% RI)\nGebruik: 1 tablet per dag.'],
  ['IT', 'Magnesio Supremo\nUn cucchiaino (2,3 g) apporta 375 mg di magnesio (100% VNR).\nModo d\'uso: 1 cucchiaino al giorno sciolto in acqua.'],
  ['ES', 'Citrato de Magnesio 120 cápsulas\nCada cápsula contiene 150 mg de magnesio elemental.\nTomar 2 cápsulas al día.'],
  ['half scoop', 'Magnesium Powder\nSupplement Facts\nServing Size: 1/2 scoop (2 g)\nMagnesium (as citrate) | 150 mg | 36%\nDirections: Mix 1 scoop in water daily.'],
  ['gummies ages', 'Kids Magnesium Gummies\nServing size: 2 gummies\nMagnesium (as citrate) 50 mg 12%\nChildren 4+: chew 2 gummies daily. Adults: chew 4 gummies daily.'],
  ['blog', 'How Much Magnesium Should You Take? A Guide\nBy Sarah Lee, RD\nMost adults need 310-420 mg of magnesium per day. A typical supplement provides 200 mg per capsule. You can take one or two capsules daily.'],
  ['recipe', 'Spinach and Almond Salad\nIngredients: 2 cups spinach, 1/4 cup almonds\nThis salad provides 150 mg of magnesium per serving.\nPrep time: 10 minutes'],
  ['category', 'Magnesium Supplements\nShowing 1–24 of 56 results\nNOW Magnesium Citrate 200mg 100 Tablets $9.99\nDoctor\'s Best High Absorption Magnesium 100mg 120 Tablets $12.49\nSolgar Magnesium Citrate 420mg 120 Tablets $18.99'],
  ['monograph', 'Magnesium oxide (Drug Monograph)\nDosage forms: tablet 400 mg, 500 mg; capsule 140 mg.\nUsual adult dose: 400-800 mg per day in divided doses.\nPharmacology: Magnesium is a cofactor...'],
  ['kg', 'Magnesium Citrate Powder\nThe recommended intake is 6 mg/kg body weight per day.\nEach scoop (5 g) provides 300 mg magnesium.\nTake 1 scoop daily.'],
  ['per 2 tablets header table', 'Magnesium + B6\nNutrient | per 2 tablets | %NRV\nMagnesium | 300 mg | 80%\nVitamin B6 | 1.4 mg | 100%\nDirections: Take 2 tablets daily with food.'],
  ['blend', 'Sleep Support Blend\nSupplement Facts\nServing Size 2 Capsules\nMagnesium (as bisglycinate) | 100 mg | 24%\nProprietary Sleep Blend | 650 mg | †\n  Magnesium L-threonate, Valerian root, Chamomile\nTake 2 capsules 30 minutes before bed.'],
  ['amount in url only', 'Magnesium Citrate Capsules\nOur citrate form is highly absorbable. Buy now.', 'https://shop.example.com/products/magnesium-citrate-200mg-90-capsules'],
  ['cut before panel', 'Magnesium Bisglycinate Chelate Capsules\nMagnesium bisglycinate is a chelated form of magnesium that is gentle on the stomach beca'],
  ['spray no mg', 'Magnesium Oil Spray 8 oz\nPure magnesium chloride brine from the Zechstein sea.\nSpray 10-20 times on skin daily.'],
  ['two a day text', 'Magnesium 250mg Tablets\nTwo tablets provide 500 mg of magnesium.\nTake two tablets a day.'],
  ['range caps', 'Magnesium Malate Capsules\nEach capsule: magnesium (as malate) 100 mg\nTake 2 to 4 capsules daily in divided doses.'],
  ['twice daily only', 'Magnesium Taurate 125mg\nEach capsule contains 125 mg of elemental magnesium (as taurate).\nTake 1 capsule twice daily.'],
  ['3x daily german', 'Magnesium 150\nJe Kapsel 150 mg Magnesium (40% NRV).\n3-mal täglich 1 Kapsel einnehmen.'],
  ['drops per ml', 'Liquid Magnesium Drops\nServing size: 1 ml (20 drops)\nMagnesium (as chloride) 100 mg\nAdd 1 ml to water 1-3 times daily.'],
  ['powder tsp half', 'Magnesium Citrate Powder\nServing Size: 1/2 tsp (2 g)\nMagnesium 325 mg 77%\nDirections: Take 1 tsp daily in water.'],
  ['compare table', 'Which magnesium is right for you?\nProduct | Form | Magnesium\nOur Glycinate | Capsule | 200 mg\nOur Citrate | Powder | 300 mg\nOur Oxide | Tablet | 400 mg'],
  ['OTC laxative', 'Magnesium Citrate Oral Solution\nDrug Facts\nActive ingredient (in each 30 mL): Magnesium citrate 1.745 g\nPurpose: Saline laxative\nDirections: adults 10 fl oz (300 mL) once daily'],
];
for (const [name, t, url] of cases) {
  const r = extractFromText(t, url);
  console.log(name.padEnd(26), r.status.padEnd(10), String(r.perServingMg).padEnd(7), (r.basis ?? '').padEnd(17), JSON.stringify(r.serving), JSON.stringify(r.servingsPerDay), JSON.stringify(r.dailyMg), r.confidence, r.reason?.key ?? '');
}
