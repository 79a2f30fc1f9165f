import { parseDirections } from '../src/extract/text/directions.ts';
import { extractFromText } from '../src/extract/index.ts';
for (const s of ['2 fois par jour 1 ampoule', 'Prendre 1 ampoule 2 fois par jour.', '3-mal täglich 2 Tabletten', '2 mal täglich 1 Tablette einnehmen', 'Täglich 1 bis 2 Kapseln', '1 à 2 sachets par jour', '1 à 3 comprimés par jour', 'Take 1 to 2 capsules daily', '2x täglich 1 Kapsel', 'dreimal täglich 2 Tabletten', '1 Beutel täglich', 'Prendre 2 comprimés matin et soir', 'Tomar 1 sobre al día', 'Einmal täglich den Inhalt eines Beutels in Wasser auflösen']) {
  const r = parseDirections(s).range; console.log(s.padEnd(50), r ? `${r.min}-${r.max} ${r.unit}` : null);
}
for (const t of ['Magnesium 300 mg Trinkampullen\nMagnesium ......... 300 mg pro Ampulle\nVerzehrempfehlung: 1-mal täglich 1 Ampulle.', 'Magnésium 300\nMagnésium ............ 150 mg\nConseils : 1 à 2 ampoules par jour.']) { const r = extractFromText(t); console.log(r.perServingMg, r.serving, r.servingsPerDay, r.dailyMg); }
