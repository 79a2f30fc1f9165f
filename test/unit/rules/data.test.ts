// The data tables: complete, contiguous, sourced; the registry keyed by nutrient.
import { describe, expect, it } from 'vitest';
import { NUTRIENTS } from '../../../src/core/reading.ts';
import { STANDARDS, MEDICATIONS, CONDITIONS } from '../../../src/core/profile.ts';
import { NUTRIENT_DATA, nutrientData, type AgeBand } from '../../../src/data/nutrients.ts';
import { MAGNESIUM_FOODS } from '../../../src/data/magnesium/foods.ts';

function contiguous(rows: AgeBand[]): void {
  expect(rows[0]!.fromYears).toBe(0);
  for (let i = 1; i < rows.length; i++) expect(rows[i]!.fromYears).toBe(rows[i - 1]!.toYears);
  expect(rows[rows.length - 1]!.toYears).toBeNull();
}

describe('nutrient registry', () => {
  it('has data for every nutrient a reading can name', () => {
    for (const n of NUTRIENTS) expect(nutrientData(n).id).toBe(n);
    expect(Object.keys(NUTRIENT_DATA).sort()).toEqual([...NUTRIENTS].sort());
  });
});

describe.each(Object.values(NUTRIENT_DATA))('$id tables', (data) => {
  it('intake rows cover every age, each with a source', () => {
    contiguous(data.intakes);
    for (const r of data.intakes) expect(r.source).toMatch(/IOM \(1997\)/);
  });
  it('every standard covers every age, with a source; fallbacks point at a standard with a figure', () => {
    expect(Object.keys(data.standards).sort()).toEqual([...STANDARDS].sort());
    for (const std of Object.values(data.standards)) {
      contiguous(std.rows);
      for (const row of std.rows) {
        expect(row.source.length).toBeGreaterThan(10);
        if (row.limitMg === null && !row.fallback) expect(row.noLimitReason).toBeTruthy();
        if (row.fallback) expect(data.standards[row.fallback].rows.some((r) => r.fromYears <= row.fromYears && r.limitMg !== null)).toBe(true);
      }
    }
  });
  it('a rule for every medication; conditions other than osteoporosis (a helpful note) in the table', () => {
    expect(data.medications.map((m) => m.id).sort()).toEqual([...MEDICATIONS].sort());
    expect(data.conditions.map((c) => c.id).sort()).toEqual(CONDITIONS.filter((c) => c !== 'osteoporosis').sort());
    for (const r of [...data.medications, ...data.conditions]) {
      expect(r.source.length).toBeGreaterThan(10);
      expect(r.title.length).toBeLessThan(80);
    }
  });
  it('foods and facts are sourced', () => {
    for (const f of data.foods) expect(f.source).toContain('USDA FoodData Central');
    expect(data.diarrheaForms.source).toContain('NIH');
    expect(data.bone?.source).toContain('Castiglioni');
  });
});

describe('magnesium figures (reference sections 2, 5, 8)', () => {
  const mg = nutrientData('magnesium');
  it('standards', () => {
    expect(mg.standards.us.rows.map((r) => r.limitMg)).toEqual([null, 65, 110, 350]);
    expect(mg.standards.eu.rows.map((r) => r.limitMg)).toEqual([null, null, 250]);
    expect(mg.standards.uk.rows.at(-1)!.limitMg).toBe(400);
    expect(mg.standards.canada.rows.map((r) => r.limitMg)).toEqual([null, 65, 110, 350]);
    expect(mg.defaultStandard).toBe('us');
  });
  it('diarrhea forms', () => {
    expect([...mg.diarrheaForms.value].sort()).toEqual(['carbonate', 'chloride', 'gluconate', 'oxide']);
  });
  it('food table', () => {
    expect(MAGNESIUM_FOODS).toHaveLength(17);
    expect(MAGNESIUM_FOODS[0]).toMatchObject({ food: 'Pumpkin seeds, roasted', serving: '1 oz', mgMin: 156 });
    expect(MAGNESIUM_FOODS.find((f) => f.food === 'Milk')).toMatchObject({ mgMin: 24, mgMax: 27 });
  });
});
