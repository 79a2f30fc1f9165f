// Elemental magnesium share of common compounds, by mass. Names in the shops' languages, Greek's
// adjectives too ("κιτρικό μαγνήσιο", citrate; issue 8, round 46), with and without the accent;
// Finnish's with their partitive ("magnesiummalaattia", malate; issue 8, round 59).
// `share` is the anhydrous salt's (the
// HIGHEST plausible share, so an estimate from a compound weight never understates the dose) and
// is used when the label leaves the salt open; `exactSalts` are used when the label names the
// hydrate or the salt exactly ("magnesium chloride hexahydrate", "Epsom salt", "dimagnesium malate").
// Source: Dose Guard's magnesium reference (docs/magnesium-reference.md), section 4 "Elemental magnesium share of common
// compounds": computed from the formulas with standard atomic weights; they agree with PubChem
// molar masses. Keyed by nutrient so another mineral can be added as data later.
import type { Nutrient } from '../../core/reading.ts';
import type { CompoundForm } from '../reading-data.ts';

export type { CompoundForm, ExactSalt } from '../reading-data.ts';

/** Milligrams of the element in one millimole: its standard atomic weight (IUPAC, 24.305 g/mol,
 *  the weight the reference's shares are computed with). German and Austrian medicines state
 *  magnesium in mmol ("10 mmol Magnesium" = 243 mg). */
export const ELEMENT_MG_PER_MMOL: Readonly<Record<Nutrient, number>> = { magnesium: 24.305 };

export const COMPOUND_FORMS: Readonly<Record<Nutrient, readonly CompoundForm[]>> = {
  magnesium: [
    { form: 'oxide', names: ['oxide', 'oxid', 'oxyde', 'óxido', 'ossido', 'tlenek', 'tlenku', 'oxidu', 'οξείδιο', 'οξειδίου', 'οξειδιο', 'οξειδιου', 'oksidi', 'oksidia'], share: 0.603 },
    { form: 'hydroxide', names: ['hydroxide', 'hydroxid', 'hydroxyde', 'hidróxido', 'idrossido', 'wodorotlenek', 'wodorotlenku', 'υδροξείδιο', 'υδροξειδίου', 'υδροξειδιο', 'υδροξειδιου', 'hydroksidi', 'hydroksidia'], share: 0.417 },
    { form: 'carbonate', names: ['carbonate', 'carbonat', 'carbonato', 'węglan', 'węglanu', 'uhličitan', 'uhličitanu', 'karbonát', 'carbonaat', 'karbonat', 'ανθρακικό', 'ανθρακικού', 'ανθρακικο', 'ανθρακικου', 'karbonaatti', 'karbonaattia'], share: 0.288, exactSalts: [{ names: ['basic', 'hydromagnesite'], share: 0.25 }] },
    { form: 'chloride', names: ['chloride', 'chlorid', 'chlorure', 'cloruro', 'chlorek', 'chlorku', 'chloridu', 'klorid', 'cloreto', 'χλωριούχο', 'χλωριούχου', 'χλωριουχο', 'χλωριουχου', 'kloridi', 'kloridia'], share: 0.255, exactSalts: [{ names: ['hexahydrate', 'hexahydrat', 'hexahydraté', 'hexahydrát', 'hexahydraat', 'hexahydratu', 'hexa-hidratado', 'hexahidratado', 'hexahidrato', 'esaidrato'], share: 0.12 }] },
    { form: 'sulfate', names: ['sulfate', 'sulphate', 'sulfat', 'sulfato', 'solfato', 'siarczan', 'siarczanu', 'síran', 'síranu', 'szulfát', 'sulfaat', 'epsom salt', 'epsom salts', 'bittersalz', 'θειικό', 'θειικού', 'θειικο', 'θειικου', 'sulfaatti', 'sulfaattia'], share: 0.202, exactSalts: [{ names: ['heptahydrate', 'heptahydrat', 'epsom salt', 'epsom salts', 'bittersalz', 'sel d\'epsom'], share: 0.099 }] },
    { form: 'citrate', names: ['citrate', 'citrat', 'citrato', 'dicitrate', 'cytrynian', 'cytrynianu', 'citrát', 'citrátu', 'citraat', 'κιτρικό', 'κιτρικού', 'κιτρικο', 'κιτρικου', 'sitraatti', 'sitraattia'], share: 0.162, exactSalts: [{ names: ['nonahydrate', 'nonahydrat'], share: 0.119 }] },
    // the common 1:1 salt is 15.5%; 27.2% only for dimagnesium malate, named as such, and for a
    // "dimalate" ("dimalato de magnésio"), which shops use for either salt (1:2, 8.4%, or 2:1, 27.2%:
    // a label's "500 mg dimalato" over "260 mg per 2 capsules" is the 2:1): the higher share, so an
    // estimate never understates (issue 8, round 24)
    { form: 'malate', names: ['malate', 'malat', 'malato', 'dimalate', 'dimalat', 'dimalato', 'jabłczan', 'jabłczanu', 'malát', 'malaat', 'μηλικό', 'μηλικού', 'μηλικο', 'μηλικου', 'malaatti', 'malaattia'], share: 0.155, exactSalts: [{ names: ['dimagnesium malate', 'di-magnesium malate', 'dimagnesiummalat', 'dimalate', 'dimalat', 'dimalato'], share: 0.272 }, { names: ['trihydrate', 'trihydrat'], share: 0.116 }] },
    {
      form: 'bisglycinate',
      names: ['bisglysinaatti', 'bisglysinaattia', 'glysinaatti', 'glysinaattia', 'bisglycinate', 'glycinate', 'diglycinate', 'glycine', 'bisglycinat', 'glycinat', 'bisglycinato', 'glicinato', 'diglicinato', 'glycinato', 'diglicynian', 'diglicynianu', 'glicynian', 'glicynianu', 'bisglycinát', 'glycinát', 'biszglicinát', 'glicinát', 'bisglycinaat', 'glycinaat', 'bisglicinato', 'δισγλυκινικό', 'δισγλυκινικού', 'γλυκινικό', 'γλυκινικού', 'δισγλυκινικο', 'γλυκινικο'],
      share: 0.141,
      exactSalts: [{ names: ['dihydrate', 'dihydrat'], share: 0.117 }],
    },
    { form: 'glycerophosphate', names: ['glycerophosphate', 'glycérophosphate', 'glycerophosphat', 'glicerofosfato', 'glicerofosforan', 'glicerofosforanu', 'glycerofosfaat'], share: 0.125 },
    { form: 'lactate', names: ['lactate', 'lactat', 'lactato', 'lattato', 'mleczan', 'mleczanu', 'laktát', 'laktátu', 'lactaat', 'laktat', 'γαλακτικό', 'γαλακτικού', 'γαλακτικο', 'γαλακτικου', 'laktaatti', 'laktaattia'], share: 0.12, exactSalts: [{ names: ['dihydrate', 'dihydrat'], share: 0.102 }] },
    // ("Taurato de magnésio 600 mg" over its "dos quais magnésio" row: unknown, the salt's row stood
    // between two parts and only one part was read; issue 8, round 58)
    { form: 'taurate', names: ['taurate', 'taurat', 'taurato', 'taurinate', 'taurinato', 'taurynian', 'taurynianu', 'taurát', 'tauraat', 'tauraatti', 'tauraattia'], share: 0.089 },
    { form: 'pidolate', names: ['pidolate', 'pidolat', 'pidolato', 'pidolan', 'pidolanu', 'pidolaat'], share: 0.087 },
    { form: 'aspartate', names: ['aspartate', 'aspartat', 'aspartato', 'hydrogenaspartate', 'hydrogenaspartat', 'hidrogenoaspartato', 'asparaginian', 'asparaginianu', 'aspartát', 'aszpartát', 'aspartaat', 'ασπαρτικό', 'ασπαρτικού', 'ασπαρτικο', 'ασπαρτικου', 'aspartaatti', 'aspartaattia'], share: 0.084, exactSalts: [{ names: ['dihydrate', 'dihydrat'], share: 0.075 }] },
    { form: 'l-threonate', names: ['threonate', 'thréonate', 'threonat', 'treonato', 'treonian', 'treonianu', 'threonát', 'threonaat', 'treonaatti', 'treonaattia'], share: 0.083 },
    { form: 'orotate', names: ['orotate', 'orotat', 'orotato', 'orotan', 'orotanu', 'orotát', 'orotaat', 'οροτικό', 'οροτικού', 'οροτικο', 'οροτικου', 'orotaatti', 'orotaattia'], share: 0.073, exactSalts: [{ names: ['dihydrate', 'dihydrat'], share: 0.066 }] },
    { form: 'gluconate', names: ['gluconate', 'gluconat', 'gluconato', 'glukonian', 'glukonianu', 'glukonát', 'glukonátu', 'gluconaat', 'glukonat', 'γλυκονικό', 'γλυκονικού', 'γλυκονικο', 'γλυκονικου', 'glukonaatti', 'glukonaattia'], share: 0.059, exactSalts: [{ names: ['dihydrate', 'dihydrat'], share: 0.054 }] },
  ],
};

/** The form named by a word, or null. */
export function findForm(nutrient: Nutrient, word: string): CompoundForm | null {
  const w = word.toLowerCase();
  for (const f of COMPOUND_FORMS[nutrient]) if (f.names.includes(w)) return f;
  return null;
}
