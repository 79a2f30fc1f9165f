// The share of the element in each compound, against the reference figures (Dose Guard's magnesium
// reference, section 4, computed from the formulas with standard atomic weights): the anhydrous
// salt's share when the label leaves the salt open, the named hydrate's or exact salt's when it
// names it (issue 12 point 1), and a figure that is surely the salt's weight always estimated
// (a named hydrate, a "Daily Value not established" mark, a drug's strength: issue 12 point 2).
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { COMPOUND_FORMS } from '../../../src/data/magnesium/forms.ts';
import { formIn } from '../../../src/extract/text/compound.ts';
import { REPO_ROOT } from './accuracy-lib.ts';
import { lex, text } from './helpers.ts';

// [label words, form, share %] from the reference table
const REFERENCE: [string, string, number][] = [
  ['magnesium oxide', 'oxide', 60.3],
  ['magnesium hydroxide', 'hydroxide', 41.7],
  ['magnesium carbonate', 'carbonate', 28.8],
  ['basic magnesium carbonate', 'carbonate', 25],
  ['magnesium chloride', 'chloride', 25.5],
  ['magnesium chloride hexahydrate', 'chloride', 12.0],
  ['magnesium sulfate', 'sulfate', 20.2],
  ['magnesium sulfate heptahydrate', 'sulfate', 9.9],
  ['Epsom salt', 'sulfate', 9.9],
  ['magnesium citrate', 'citrate', 16.2],
  ['trimagnesium dicitrate', 'citrate', 16.2],
  ['trimagnesium dicitrate nonahydrate', 'citrate', 11.9],
  ['magnesium malate', 'malate', 15.5],
  ['dimagnesium malate', 'malate', 27.2],
  ['magnesium dimalate', 'malate', 27.2],
  ['dimalato de magnésio', 'malate', 27.2],
  ['magnesium malate trihydrate', 'malate', 11.6],
  ['magnesium bisglycinate', 'bisglycinate', 14.1],
  ['magnesium glycinate dihydrate', 'bisglycinate', 11.7],
  ['magnesium glycerophosphate', 'glycerophosphate', 12.5],
  ['magnesium lactate', 'lactate', 12.0],
  ['magnesium L-lactate dihydrate', 'lactate', 10.2],
  ['magnesium taurate', 'taurate', 8.9],
  ['taurato de magnésio', 'taurate', 8.9],
  // (the hydrate after the nutrient's name, in the Romance order: round 58)
  ['cloruro de magnesio hexahidratado', 'chloride', 12.0],
  ['chlorure de magnésium hexahydraté', 'chloride', 12.0],
  ['magnesium pidolate', 'pidolate', 8.7],
  ['magnesium aspartate', 'aspartate', 8.4],
  ['magnesium aspartate dihydrate', 'aspartate', 7.5],
  ['magnesium L-threonate', 'l-threonate', 8.3],
  ['magnesium orotate', 'orotate', 7.3],
  ['magnesium orotate dihydrate', 'orotate', 6.6],
  ['magnesium gluconate', 'gluconate', 5.9],
  ['magnesium gluconate dihydrate', 'gluconate', 5.4],
];

describe('the share of each compound, as the reference gives it', () => {
  it.each(REFERENCE)('%s: %s, %s%', (words, form, pct) => {
    const f = formIn(words, lex);
    expect(f?.form).toBe(form);
    expect(Math.round(f!.share * 1000) / 10).toBe(pct);
  });
  it('every form of the table has a row here', () => {
    expect(new Set(REFERENCE.map((r) => r[1]))).toEqual(new Set(COMPOUND_FORMS.magnesium.map((f) => f.form)));
  });
  it('Finnish names, glued to the element\'s and in the partitive ("magnesiummalaattia", "magnesiumsitraatti"), are the compounds (round 59)', () => {
    for (const [w, form] of [['magnesiummalaattia', 'malate'], ['Magnesiumsitraatti', 'citrate'], ['magnesiumbisglysinaatti', 'bisglycinate'], ['magnesiumoksidia', 'oxide'], ['magnesiumkloridi', 'chloride'], ['magnesiumtauraatti', 'taurate']] as const) {
      expect(formIn(w, lex)?.form, w).toBe(form);
    }
    // (its compound's weight is no element's: "1500 mg magnesiummalaattia päiväannoksessa" over "Magnesium 300 mg")
    expect(text('Acme Magnesiummalaatti 90 kaps.\n- 1500 mg magnesiummalaattia päiväannoksessa\nRavintosisältö / 3 kapselia (päiväannos)\nMagnesium 300 mg 80 %*\nAikuisille 1 kapseli kolme kertaa päivässä.')).toMatchObject({ status: 'found', perServingMg: 300, serving: { count: 3, unit: 'capsule' }, servingsPerDay: { min: 1, max: 1 }, dailyMg: { min: 300, max: 300 } });
  });
  it('a "dimalate" ("dimalato de magnésio") is the malate at the higher share of its two salts, a compound\'s weight, never the element', () => {
    expect(formIn('dimalato de magnésio', lex)).toMatchObject({ form: 'malate', share: 0.272 });
    expect(formIn('Magnesium Dimalate', lex)).toMatchObject({ form: 'malate', share: 0.272 });
    expect(text('Acme Magnésio 60 cápsulas\nCada cápsula contém 500 mg de dimalato de magnésio.\nTomar 1 cápsula ao dia.')).toMatchObject({ basis: 'compound-estimate', perServingMg: 136 });
  });
  it('French names with their accents name the form ("glycérophosphate de magnésium", "thréonate")', () => {
    expect(formIn('Glycérophosphate de magnésium', lex)?.form).toBe('glycerophosphate');
    expect(formIn('L-thréonate de magnésium', lex)?.form).toBe('l-threonate');
    // a leaflet's compound row and its elemental row: the element, never the compound's weight
    expect(text('MAGNÉVIA 100 mg, comprimé\nComposition\nGlycérophosphate de magnésium ........ 800,00 mg\nQuantité correspondant en magnésium ........ 100,00 mg\npour un comprimé.\nAdultes : 3 à 4 comprimés par jour.'))
      .toMatchObject({ perServingMg: 100, basis: 'elemental', dailyMg: { min: 300, max: 400 } });
  });
  it('an unnamed salt keeps the anhydrous share; a hydrate named elsewhere on the line is not this one\'s', () => {
    expect(formIn('magnesium chloride, vitamin B6 hydrochloride hexahydrate-free formula with other words', lex)?.share).toBe(0.255);
  });
});

describe('a figure that is surely the salt\'s weight is estimated with the salt\'s share', () => {
  it('a named hydrate: "magnesium chloride hexahydrate 1,000 mg", twice a day, is about 240 mg a day', () => {
    expect(text('Acme Magnesium Chloride Tablets\nEach tablet contains magnesium chloride hexahydrate 1,000 mg.\nDirections: take 1 tablet twice a day with water.'))
      .toMatchObject({ perServingMg: 120, basis: 'compound-estimate', form: 'chloride', dailyMg: { min: 240, max: 240 } });
  });
  it('an exact salt a unit could hold as the element: "Dimagnesium malate 300 mg" is 27.2% of it', () => {
    expect(text('Acme Malate\nDimagnesium malate 300 mg per capsule. Take 1 capsule daily.')).toMatchObject({ perServingMg: 81.6, basis: 'compound-estimate' });
  });
  it('a "dimalate" row ("Dimalato de magnésio 960 mg | **") under the element\'s row is the salt\'s weight, never added to the element', () => {
    expect(text('Magnésio Dimalato 60 cápsulas\nTabela nutricional\nPorção de 2 cápsulas (1,2 g)\nMagnésio 260 mg | 62%\nDimalato de magnésio 960 mg | **\nAdultos: ingerir 2 cápsulas ao dia.'))
      .toMatchObject({ status: 'found', perServingMg: 260, basis: 'elemental', dailyMg: { min: 260, max: 260 } });
  });
  it('a "Daily Value not established" mark on a compound\'s row (the element has a Daily Value)', () => {
    const marked = text('Acme Magnesium Oxide Tablets\nSupplement Facts\nMagnesium Oxide | 500 mg | *\n* Daily Value not established.\nTake 1 tablet daily.');
    expect(marked).toMatchObject({ perServingMg: 301.5, basis: 'compound-estimate', form: 'oxide' });
    // the same row without the mark: a unit could hold 500 mg of the element, the higher reading stands
    expect(text('Acme Magnesium Oxide Tablets\nSupplement Facts\nMagnesium Oxide | 500 mg | 119%\nTake 1 tablet daily.')).toMatchObject({ perServingMg: 500, basis: 'elemental' });
  });
  it('a drug\'s strength: "Active ingredient ... Magnesium oxide 400 mg" on a Drug Facts label', () => {
    const r = text('MAG-OXIDE\nDrug Facts\nActive ingredient (in each tablet)\nMagnesium oxide 400 mg\nPurpose: Antacid\nDirections: take 2 tablets daily');
    expect(r).toMatchObject({ perServingMg: 241.2, basis: 'compound-estimate', dailyMg: { min: 482.4, max: 482.4 } });
  });
});

describe('npm run check', () => {
  it('"magnesium chloride hexahydrate 1,000 mg, 2 a day" gives about 240 mg a day, within the adult limit', () => {
    const r = spawnSync(path.join(REPO_ROOT, 'node_modules/.bin/tsx'), ['scripts/check.ts', 'test/fixtures/extract/chloride-hexahydrate-1000mg-twice-daily.txt'], { cwd: REPO_ROOT, encoding: 'utf8', timeout: 60_000 });
    expect(r.status).toBe(0);
    const json = JSON.parse(r.stdout) as { dailyMg: { max: number }; assessment: { totalDailyMg: { max: number }; limitMg: number } };
    expect(json.dailyMg.max).toBe(240);
    expect(json.assessment.totalDailyMg.max).toBeLessThanOrEqual(json.assessment.limitMg);
  }, 60_000);
});
