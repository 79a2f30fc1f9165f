import { extractFromText } from '../src/extract/index.ts';
for (const t of ['Magnesium Capsules\nMagnesium | -200 mg | 48%\nTake 1 capsule daily.', 'Magnesium Capsules\nMagnesium | 1e+21 mg\nTake 1 capsule daily.', 'Magnesium Capsules\nSupplement Facts\nMagnesium (as oxide) | 12,000 mg | 2857%\nEach capsule provides 150 mg of elemental magnesium.', 'Magnesium Drops\nEach drop: 5 mg of magnesium.\nTake 50 drops 60 times daily.']) {
  const r = extractFromText(t); console.log(r.status, r.perServingMg, r.reason, r.seen);
}
