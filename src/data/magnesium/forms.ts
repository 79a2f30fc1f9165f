// Elemental magnesium share of common compounds, by mass (anhydrous, the HIGHEST plausible
// share, so an estimate from a compound weight never understates the dose).
// Source: /work/shared/reference/magnesium.md section 4 ("Elemental magnesium share of common
// compounds"), computed from the formulas with standard atomic weights; agrees with PubChem
// molar masses. Keyed by nutrient so another mineral can be added as data later.
import type { Nutrient } from '../../core/reading.ts';

export interface CompoundForm {
  /** canonical lower-case name used in Reading.form */
  readonly form: string;
  /** words that name it on labels (lower case, EN/DE/FR/ES/IT/PL/CS/HU), matched as whole words */
  readonly names: readonly string[];
  /** fraction of the compound's mass that is the element (anhydrous; highest plausible) */
  readonly share: number;
}

export const COMPOUND_FORMS: Readonly<Record<Nutrient, readonly CompoundForm[]>> = {
  magnesium: [
    { form: 'oxide', names: ['oxide', 'oxid', 'oxyde', 'óxido', 'ossido', 'tlenek', 'tlenku', 'oxidu'], share: 0.603 },
    { form: 'hydroxide', names: ['hydroxide', 'hydroxid', 'hydroxyde', 'hidróxido', 'idrossido', 'wodorotlenek', 'wodorotlenku'], share: 0.417 },
    { form: 'carbonate', names: ['carbonate', 'carbonat', 'carbonato', 'węglan', 'węglanu', 'uhličitan', 'uhličitanu', 'karbonát'], share: 0.288 },
    { form: 'chloride', names: ['chloride', 'chlorid', 'chlorure', 'cloruro', 'chlorek', 'chlorku', 'chloridu', 'klorid'], share: 0.255 },
    { form: 'sulfate', names: ['sulfate', 'sulphate', 'sulfat', 'sulfato', 'solfato', 'siarczan', 'siarczanu', 'síran', 'síranu', 'szulfát'], share: 0.202 },
    { form: 'citrate', names: ['citrate', 'citrat', 'citrato', 'dicitrate', 'cytrynian', 'cytrynianu', 'citrát', 'citrátu'], share: 0.162 },
    // dimagnesium malate is 27.2%; "malate" alone is taken at the higher figure (never understate)
    { form: 'malate', names: ['malate', 'malat', 'malato', 'jabłczan', 'jabłczanu', 'malát'], share: 0.272 },
    {
      form: 'bisglycinate',
      names: ['bisglycinate', 'glycinate', 'diglycinate', 'glycine', 'bisglycinat', 'glycinat', 'bisglycinato', 'glicinato', 'diglicinato', 'glycinato', 'diglicynian', 'diglicynianu', 'glicynian', 'glicynianu', 'bisglycinát', 'glycinát', 'biszglicinát', 'glicinát'],
      share: 0.141,
    },
    { form: 'glycerophosphate', names: ['glycerophosphate', 'glycerophosphat', 'glicerofosfato', 'glicerofosforan', 'glicerofosforanu'], share: 0.125 },
    { form: 'lactate', names: ['lactate', 'lactat', 'lactato', 'lattato', 'mleczan', 'mleczanu', 'laktát', 'laktátu'], share: 0.12 },
    { form: 'taurate', names: ['taurate', 'taurat', 'taurinate', 'taurinato', 'taurynian', 'taurynianu', 'taurát'], share: 0.089 },
    { form: 'pidolate', names: ['pidolate', 'pidolat', 'pidolato', 'pidolan', 'pidolanu'], share: 0.087 },
    { form: 'aspartate', names: ['aspartate', 'aspartat', 'aspartato', 'asparaginian', 'asparaginianu', 'aspartát', 'aszpartát'], share: 0.084 },
    { form: 'l-threonate', names: ['threonate', 'threonat', 'treonato', 'treonian', 'treonianu', 'threonát'], share: 0.083 },
    { form: 'orotate', names: ['orotate', 'orotat', 'orotato', 'orotan', 'orotanu', 'orotát'], share: 0.073 },
    { form: 'gluconate', names: ['gluconate', 'gluconat', 'gluconato', 'glukonian', 'glukonianu', 'glukonát', 'glukonátu'], share: 0.059 },
  ],
};

/** The form named by a word, or null. */
export function findForm(nutrient: Nutrient, word: string): CompoundForm | null {
  const w = word.toLowerCase();
  for (const f of COMPOUND_FORMS[nutrient]) if (f.names.includes(w)) return f;
  return null;
}
