// The data tables: complete, contiguous, sourced; the registry keyed by nutrient; every message key
// of the data in the English locale; every source id in the registry.
import { describe, expect, it } from 'vitest';
import { NUTRIENTS } from '../../../src/core/reading.ts';
import { STANDARDS, MEDICATIONS, CONDITIONS } from '../../../src/core/profile.ts';
import { NUTRIENT_DATA, nutrientData, type AgeBand } from '../../../src/data/nutrients.ts';
import { SOURCES, SOURCE_IDS } from '../../../src/data/sources.ts';
import { readMessages } from '../../../src/i18n/node.ts';

const english = readMessages('en');

function contiguous(rows: AgeBand[]): void {
  expect(rows[0]!.fromYears).toBe(0);
  for (let i = 1; i < rows.length; i++) expect(rows[i]!.fromYears).toBe(rows[i - 1]!.toYears);
  expect(rows[rows.length - 1]!.toYears).toBeNull();
}

/** Every message key anywhere in a value (a Msg's "key", or a field naming a key). */
function keysIn(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string' && /^(rules|verdict|src)_[a-z0-9_]+$/.test(value)) out.push(value);
  else if (Array.isArray(value)) value.forEach((v) => keysIn(v, out));
  else if (value && typeof value === 'object') Object.values(value).forEach((v) => keysIn(v, out));
  return out;
}

/** Every "sources" list anywhere in a value. */
function sourcesIn(value: unknown, out: string[] = []): string[] {
  if (Array.isArray(value)) value.forEach((v) => sourcesIn(v, out));
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if (k === 'sources') out.push(...(v as string[]));
      else sourcesIn(v, out);
    }
  }
  return out;
}

describe('nutrient registry', () => {
  it('has data for every nutrient a reading can name', () => {
    for (const n of NUTRIENTS) expect(nutrientData(n).id).toBe(n);
    expect(Object.keys(NUTRIENT_DATA).sort()).toEqual([...NUTRIENTS].sort());
  });
});

describe('source registry', () => {
  it('every source has a citation, a plain name in the locale, and an https address or none', () => {
    for (const id of SOURCE_IDS) {
      const s = SOURCES[id];
      expect(s.citation.length, id).toBeGreaterThan(20);
      expect(english[s.name], id).toBeDefined();
      if (s.url !== null) expect(s.url, id).toMatch(/^https:\/\//);
    }
  });
  it('no short name carries a year or an agency acronym: the UI reads plain words', () => {
    for (const id of SOURCE_IDS) expect(english[SOURCES[id].name]!.message, id).not.toMatch(/\b(19|20)\d\d\b|\b(IOM|ODS|EFSA|SCF|EVM|FDA|UL|RDA|AI|DRI)\b/);
  });
});

describe.each(Object.values(NUTRIENT_DATA))('$id tables', (data) => {
  it('intake tables cover every age, with sources; a gap names the table used instead', () => {
    for (const table of Object.values(data.intakeTables)) {
      contiguous(table.rows);
      expect(table.sources.length).toBeGreaterThan(0);
      for (const row of table.rows) {
        if ('fallback' in row) expect(data.intakeTables[row.fallback].rows.some((r) => !('fallback' in r) && r.fromYears <= row.fromYears)).toBe(true);
        else expect(table.sentence[row.kind], `${table.id} ${row.kind}`).toBeTruthy();
      }
    }
  });
  it('every standard covers every age, with sources and an intake table; only babies are left without a limit', () => {
    expect(Object.keys(data.standards).sort()).toEqual([...STANDARDS].sort());
    for (const std of Object.values(data.standards)) {
      contiguous(std.rows);
      expect(std.sources.length).toBeGreaterThan(0);
      expect(data.intakeTables[std.intakes]).toBeDefined();
      for (const row of std.rows) {
        if (row.limitMg === null && !row.fallback) expect(row.toYears, `${std.id}: a child with no limit`).toBe(1);
        if (row.fallback) expect(data.standards[row.fallback.standard].rows.some((r) => r.fromYears <= row.fromYears && r.limitMg !== null)).toBe(true);
      }
    }
  });
  it('a rule for every medication; conditions other than osteoporosis (a helpful note) in the table', () => {
    expect(data.medications.map((m) => m.id).sort()).toEqual([...MEDICATIONS].sort());
    expect(data.conditions.map((c) => c.id).sort()).toEqual(CONDITIONS.filter((c) => c !== 'osteoporosis').sort());
    for (const r of [...data.medications, ...data.conditions]) expect(r.sources.length).toBeGreaterThan(0);
  });
  it('every message key of the tables is in the English locale; every source id in the registry', () => {
    expect(keysIn(data).filter((k) => !(k in english))).toEqual([]);
    const sources = sourcesIn(data);
    expect(sources.length).toBeGreaterThan(10);
    expect(sources.filter((id) => !(SOURCE_IDS as readonly string[]).includes(id))).toEqual([]);
  });
  it('foods and facts are sourced', () => {
    expect(data.foods.sources.map((id) => SOURCES[id].citation).join()).toContain('USDA FoodData Central');
    expect(data.diarrheaForms.sources.map((id) => SOURCES[id].citation).join()).toContain('NIH');
    expect(data.bone?.sources.map((id) => SOURCES[id].citation).join()).toContain('Castiglioni');
  });
});

describe('magnesium figures (docs/magnesium-reference.md, sections 2, 5, 8)', () => {
  const mg = nutrientData('magnesium');
  it('standards', () => {
    expect(mg.standards.us.rows.map((r) => r.limitMg)).toEqual([null, 65, 110, 350]);
    expect(mg.standards.eu.rows.map((r) => r.limitMg)).toEqual([null, null, 250]);
    expect(mg.standards.uk.rows.at(-1)!.limitMg).toBe(400);
    expect(mg.standards.canada.rows.map((r) => r.limitMg)).toEqual([null, 65, 110, 350]);
    expect(mg.defaultStandard).toBe('us');
  });
  it('diarrhea forms', () => {
    expect(mg.diarrheaForms.value.map((f) => f.form).sort()).toEqual(['carbonate', 'chloride', 'gluconate', 'oxide']);
  });
  it('food table', () => {
    const foods = mg.foods.value;
    expect(foods).toHaveLength(17);
    expect(foods[0]).toMatchObject({ food: { key: 'rules_food_pumpkin_seeds' }, serving: { key: 'rules_serving_oz', args: [1, 28] }, mgMin: 156 });
    expect(foods.find((f) => f.food.key === 'rules_food_milk')).toMatchObject({ mgMin: 24, mgMax: 27 });
  });
});
