// Medicines (clinical review, point 8): every interaction with its timing and its source, as the
// reference gives them (docs/magnesium-reference.md, section 5); the four medicines added with the
// profile ids integrase-inhibitor, eltrombopag, gabapentin and penicillamine; potassium-sparing
// diuretics say magnesium can build up; every id is listed in docs/profile-format.md and offered
// by the options page with a plain name and examples.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MEDICATIONS, type Medication } from '../../../src/core/profile.ts';
import { readMessages } from '../../../src/i18n/node.ts';
import { evaluate } from '../../../src/rules/evaluate.ts';
import { daily, ids, profile, reading, warning } from './helpers.ts';

const adult = (over = {}) => profile({ ageYears: 40, sex: 'female', ...over });

// [medicine, severity, what the title says, what the detail must say, a citation must name]
const INTERACTIONS: [Medication, string, string, string[], RegExp][] = [
  ['bisphosphonate', 'warning', 'Bisphosphonates: take at least 2 hours apart', ['alendronate', 'at least 2 hours apart', 'absorption'], /NIH.*Interactions with Medications/],
  ['tetracycline', 'warning', 'Tetracycline antibiotics: 2 hours before or 4–6 hours after', ['doxycycline', 'at least 2 hours before or 4–6 hours after magnesium'], /NIH.*Interactions with Medications/],
  ['quinolone', 'warning', 'Quinolone antibiotics: 2 hours before or 4–6 hours after', ['ciprofloxacin', 'at least 2 hours before or 4–6 hours after magnesium'], /NIH.*Interactions with Medications/],
  ['levothyroxine', 'warning', 'Levothyroxine: keep 4 hours apart', ['at least 4 hours apart', 'antacids'], /Levothyroxine .*prescribing information/],
  ['integrase-inhibitor', 'warning', 'HIV integrase inhibitors: 2 hours before or 6 hours after', ['dolutegravir', 'bictegravir', 'cabotegravir', 'raltegravir', '2 hours before or 6 hours after magnesium supplements, antacids or laxatives'], /Tivicay .*Drug Interactions.*|Biktarvy .*Drug Interactions/],
  ['eltrombopag', 'warning', 'Eltrombopag: 2 hours before or 4 hours after', ['at least 2 hours before or 4 hours after any product with magnesium'], /Promacta \(eltrombopag\), US prescribing information/],
  ['gabapentin', 'caution', 'Gabapentin: take it 2 hours after antacids', ['magnesium and aluminium', 'by about 20%', 'at least 2 hours after such an antacid'], /Neurontin \(gabapentin\), US prescribing information/],
  ['penicillamine', 'warning', 'Penicillamine: take it apart from minerals', ['lower the absorption of penicillamine', 'different times of day'], /Cuprimine and Depen \(penicillamine\)/],
  ['loop-diuretic', 'info', 'Loop diuretics increase magnesium loss', ['furosemide', 'increase the magnesium lost', 'doctor'], /NIH.*Interactions with Medications/],
  ['thiazide-diuretic', 'info', 'Thiazide diuretics increase magnesium loss', ['hydrochlorothiazide', 'increase the magnesium lost', 'doctor'], /NIH.*Interactions with Medications/],
  ['potassium-sparing-diuretic', 'caution', 'Potassium-sparing diuretics: magnesium can build up', ['reduce the magnesium lost', 'can build up in the body', 'doctor or pharmacist'], /NIH.*Interactions with Medications/],
  ['ppi', 'info', 'Long-term heartburn medicines (PPIs) can lower magnesium', ['omeprazole', 'more than 1 year', 'low magnesium'], /FDA Drug Safety Communication/],
];

describe('medication interactions', () => {
  it('the table covers every medicine the profile accepts, the four new ones included', () => {
    expect(INTERACTIONS.map((x) => x[0]).sort()).toEqual([...MEDICATIONS].sort());
    expect(MEDICATIONS).toEqual(expect.arrayContaining(['integrase-inhibitor', 'eltrombopag', 'gabapentin', 'penicillamine']));
  });
  for (const [med, severity, title, phrases, source] of INTERACTIONS) {
    it(med, () => {
      const w = warning(evaluate(daily(100), adult({ medications: [med] })), `interaction-${med}`);
      expect(w.severity).toBe(severity);
      expect(w.title).toBe(title);
      for (const p of phrases) expect(w.detail).toContain(p);
      expect(w.citations).toMatch(source);
      // shown for an unreadable product too
      expect(ids(evaluate(reading({ status: 'unreadable', perServingMg: null }), adult({ medications: [med] })).warnings)).toContain(`interaction-${med}`);
    });
  }
});

describe('the profile format and the options page know every medicine', () => {
  const english = readMessages('en');
  it('docs/profile-format.md lists every medication id', () => {
    const doc = readFileSync(new URL('../../../docs/profile-format.md', import.meta.url), 'utf8');
    for (const id of MEDICATIONS) expect(doc, id).toContain(`| \`${id}\` |`);
  });
  it('the options page offers each with a plain name and examples ("Such as ...")', async () => {
    const { MEDICATION_CHOICES } = await import('../../../src/options/choices.ts');
    expect(MEDICATION_CHOICES.map((c) => c.value).sort()).toEqual([...MEDICATIONS].sort());
    for (const id of MEDICATIONS) {
      const key = `opt_choice_${id.replace(/-/g, '_')}`;
      expect(english[key]?.message, key).toBeTruthy();
      expect(english[`${key}_hint`]?.message, `${key}_hint`).toMatch(/^Such as /);
    }
  });
});
