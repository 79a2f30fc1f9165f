// Sources cited by what they are (clinical review, point 9): no path of this machine in any file,
// no "issue N" in anything the user reads; every rule's source is a published citation (report or
// agency, year, table or section) in the one registry, src/data/sources.ts.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { SOURCES, SOURCE_IDS } from '../../../src/data/sources.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = path.join(dir, name);
    if (statSync(p).isDirectory()) return name === 'fixtures' || name === 'node_modules' ? [] : files(p);
    return /\.(ts|mts|mjs|html|css|json|md)$/.test(name) ? [p] : [];
  });
}

const MACHINE_PATH = /(^|[\s'"`(])\/(work|home|root|Users|mnt)\//;
const ISSUE = /\bissue ?#?\d+/i;

describe('no machine path, no issue number', () => {
  const scanned = [...files(path.join(root, 'src')), ...files(path.join(root, 'scripts')), ...files(path.join(root, 'test/unit')),
    ...files(path.join(root, 'docs')).filter((f) => !f.endsWith('magnesium-reference.md'))];
  it('no path of this machine in source files and their comments (cite the published source instead)', () => {
    const offending = scanned
      .map((f) => path.relative(root, f))
      .filter((f) => MACHINE_PATH.test(readFileSync(path.join(root, f), 'utf8')));
    expect(offending).toEqual([]);
  });
  // A comment may name the issue that taught a rule (that is how the team finds the why); what the
  // user reads as a source never does.
  it('no issue number in what the user reads: the data tables and the messages', () => {
    const userFacing = [...files(path.join(root, 'src/data')), path.join(root, 'public/_locales/en/messages.json')]
      .map((f) => path.relative(root, f))
      .filter((f) => ISSUE.test(readFileSync(path.join(root, f), 'utf8').replace(/^\s*(\/\/|\*|\/\*).*$/gm, '')));
    expect(userFacing).toEqual([]);
  });
});

describe('the source registry: published citations', () => {
  // [id, what the citation must name: the publication, its year, and the table or section used]
  const table: [string, string[]][] = [
    ['iom-1997', ['Institute of Medicine (1997)', 'Dietary Reference Intakes for Calcium, Phosphorus, Magnesium, Vitamin D, and Fluoride', 'Magnesium chapter', 'upper intake level']],
    ['nih-ods', ['NIH Office of Dietary Supplements', 'Magnesium: Fact Sheet for Health Professionals', 'Health Risks from Excessive Magnesium']],
    ['nih-ods-interactions', ['Magnesium: Fact Sheet for Health Professionals', 'Interactions with Medications']],
    ['nih-ods-foods', ['food sources', 'USDA FoodData Central']],
    ['scf-2001', ['Scientific Committee on Food (2001)', 'EFSA (2006)', 'Tolerable Upper Intake Levels for Vitamins and Minerals', '250 mg/day']],
    ['efsa-2015', ['EFSA', '(2015)', 'Dietary Reference Values for magnesium', 'EFSA Journal 13(7):4186']],
    ['evm-2003', ['Expert Group on Vitamins and Minerals (2003)', 'Safe Upper Levels for Vitamins and Minerals', 'guidance level of 400 mg/day']],
    ['health-canada-dri', ['Health Canada', 'Dietary Reference Intakes tables', '350 mg/day']],
    ['health-canada-monograph', ['Health Canada', 'monograph "Magnesium"', '500 mg']],
    ['fda-ppi-2011', ['US Food and Drug Administration (2011)', 'Proton Pump Inhibitor']],
    ['tivicay-label', ['Tivicay (dolutegravir)', 'US prescribing information', 'Drug Interactions', '2 hours before or 6 hours after']],
    ['biktarvy-label', ['Biktarvy', 'US prescribing information', 'Drug Interactions']],
    ['levothyroxine-label', ['Levothyroxine', 'US prescribing information', '4 hours']],
    ['penicillamine-label', ['Cuprimine and Depen (penicillamine)', 'US prescribing information']],
    ['elemental-shares', ['chemical formula', 'standard atomic weights', 'PubChem']],
    ['promacta-label', ['Promacta (eltrombopag)', 'US prescribing information', '2 hours before or 4 hours after']],
    ['neurontin-label', ['Neurontin (gabapentin)', 'US prescribing information', '20%', '2 hours after']],
    ['castiglioni-2013', ['Castiglioni S', '(2013)', 'Nutrients 5(8)']],
    ['us-supplement-facts', ['21 CFR 101.36']],
    ['us-daily-value', ['21 CFR 101.9', '2016 rule', '420 mg']],
    ['eu-food-information', ['Regulation (EU) No 1169/2011', 'Annex XIII', '375 mg']],
  ];
  for (const [id, parts] of table) {
    it(id, () => {
      const s = SOURCES[id as keyof typeof SOURCES];
      for (const part of parts) expect(s.citation).toContain(part);
      expect(s.citation).not.toMatch(ISSUE);
      expect(s.citation).not.toMatch(MACHINE_PATH);
    });
  }
  it('every id is in the table above or is one of the user\'s own or Dose Guard\'s own rules', () => {
    const own = ['dose-guard', 'your-profile', 'your-entry'];
    expect([...table.map(([id]) => id), ...own].sort()).toEqual([...SOURCE_IDS].sort());
  });
});
