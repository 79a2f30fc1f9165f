import { extractFromText } from '../src/extract/index.ts';
for (const t of ['Magnesium Oxide Tablets\nSupplement Facts\nMagnesium Oxide | 500 mg | *\n* Daily Value not established.\nTake 1 tablet daily.', 'Magnesium Oxide Tablets\nSupplement Facts\nMagnesium Oxide | 500 mg | 119%\nTake 1 tablet daily.', 'MAG-OXIDE\nDrug Facts\nActive ingredient (in each tablet)\nMagnesium oxide 400 mg\nPurpose: Antacid\nDirections: take 2 tablets daily', 'Dimagnesium malate 300 mg per capsule. Take 1 capsule daily.', 'Epsom Salt (magnesium sulfate heptahydrate) 1,000 mg per serving']) {
  const r = extractFromText(t); console.log(r.status, r.perServingMg, r.basis, r.form, r.dailyMg);
}
