// The nutrient and the label words in the languages of European shops: data tables
// (src/data/magnesium/names.ts) compiled by the lexicon, read in labels and directions.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { NUTRIENT_NAMES } from '../../../src/data/magnesium/names.ts';
import { parseDirections } from '../../../src/extract/text/directions.ts';
import { html, lex, text } from './helpers.ts';

describe('the nutrient named in the languages of European shops', () => {
  it('every name in the table is recognised, in any case', () => {
    for (const n of NUTRIENT_NAMES.magnesium) {
      for (const w of n.words) {
        expect(lex.mention.test(w), w).toBe(true);
        expect(lex.mention.test(w.toUpperCase()), w.toUpperCase()).toBe(true);
        expect(lex.names(`x ${w} y`), w).toBe(true);
      }
    }
    expect(lex.mention.test('Manganese 2 mg')).toBe(false);
    expect(lex.names('Manganese 2 mg')).toBe(false);
  });
  it('a Polish facts table with "% RWS" and "1 tabletka musująca", directions "dziennie"', () => {
    const page = `<html><body><h1 class="product-name">Magnez + B6 375 mg, 20 tabletek musujących</h1>
      <div><h2>Skład</h2><table><tr><th>Składnik</th><th>1 tabletka musująca</th><th>% RWS*</th></tr>
      <tr><td>Magnez</td><td>375 mg</td><td>100%</td></tr><tr><td>Witamina B6</td><td>1,4 mg</td><td>100%</td></tr></table></div>
      <div><h2>Sposób użycia</h2><p>Dorośli: 1 tabletka musująca dziennie.</p></div></body></html>`;
    expect(html('https://apteka.example.pl/magnez-b6-p12345', page)).toMatchObject({ status: 'found', perServingMg: 375, servingsPerDay: { min: 1, max: 1 }, dailyMg: { min: 375, max: 375 } });
  });
  it('Czech, Hungarian and Dutch rows and directions', () => {
    expect(text('Hořčík 300 mg, 60 tablet\nDoplněk stravy\nhořčík | 300 mg | 80 % RHP\nUžívejte 1 tabletu denně.')).toMatchObject({ perServingMg: 300, dailyMg: { min: 300, max: 300 } });
    expect(text('Magnézium 250 mg tabletta\nÉtrend-kiegészítő\nMagnézium | 250 mg | 67%\nNaponta 1 tabletta.')).toMatchObject({ perServingMg: 250, dailyMg: { min: 250, max: 250 } });
    expect(text('Magnesium 375 mg\nVoedingssupplement\nMagnesium | 375 mg | 100% RI\nNeem 1 tablet per dag.')).toMatchObject({ perServingMg: 375, dailyMg: { min: 375, max: 375 } });
  });
  it('Baltic: Estonian rows and sachets a day ("1–2 kotikest päevas"), Latvian and Lithuanian rows (round 52: an Estonian page read absent)', () => {
    expect(text('Magneesium 150 mg joogipulber, 20 kotikest\nToidulisand\nMagneesium | 150 mg | 40 % RV\nLahusta 1–2 kotikest päevas klaasis vees.'))
      .toMatchObject({ status: 'found', perServingMg: 150, servingsPerDay: { min: 1, max: 2 }, dailyMg: { min: 150, max: 300 } });
    expect(text('Magnijs 200 mg, 60 tabletes\nUztura bagātinātājs\nMagnijs | 200 mg | 53 %')).toMatchObject({ status: 'found', perServingMg: 200 });
    expect(text('Magnis 250 mg, 60 tablečių\nMaisto papildas\nMagnis | 250 mg | 67 %')).toMatchObject({ status: 'found', perServingMg: 250 });
  });
  it('Croatian: a table\'s "u 1 tableti" column beside "na 100 g", and "jednu tabletu dnevno" (round 52: the per-100 g figure read, unreadable)', () => {
    expect(text('Magnezij 300 mg tablete\nDodatak prehrani\nHranjive tvari | na 100 g | u 1 tableti (1,5 g) | %PUV*\nMagnezij | 20000 mg | 300 mg | 80 %\nNačin uporabe: Odrasli: jednu tabletu dnevno.'))
      .toMatchObject({ status: 'found', perServingMg: 300, servingsPerDay: { min: 1, max: 1 }, dailyMg: { min: 300, max: 300 } });
    expect(parseDirections('Odrasli: dvije kapsule dnevno uz obrok.').range).toMatchObject({ min: 2, max: 2, unit: 'capsule' });
  });
  it('Polish compound names and "2 razy dziennie"', () => {
    const r = text('Cytrynian magnezu 1200 mg\nSuplement diety\nPrzyjmować 2 razy dziennie po 1 tabletce.');
    expect(r).toMatchObject({ status: 'found', basis: 'compound-estimate', form: 'citrate', servingsPerDay: { min: 2, max: 2 } });
  });
  it('Greek: the element, its compounds\' adjectives ("γλυκονικό μαγνήσιο"), capsules and tablets "την ημέρα" (round 46)', () => {
    const r = text('Γλυκονικό Μαγνήσιο 500 mg, 90 ταμπλέτες\nΣυμπλήρωμα διατροφής\nΚάθε ταμπλέτα περιέχει:\nΓλυκονικό μαγνήσιο 500 mg\n2 ταμπλέτες την ημέρα με νερό.');
    expect(r).toMatchObject({ status: 'found', basis: 'compound-estimate', form: 'gluconate', servingsPerDay: { min: 2, max: 2 } });
    expect(text('ΜΑΓΝΗΣΙΟ 200 mg\nΜαγνήσιο | 200 mg | 53% NRV\n1 κάψουλα 2 φορές την ημέρα.')).toMatchObject({ perServingMg: 200, dailyMg: { min: 400, max: 400 } });
  });
  it('German: a decimal comma, "pro Tagesdosis"', () => {
    expect(text('Nährwerte pro Tagesdosis\nMagnesium | 187,5 mg | 50 % NRV')).toMatchObject({ perServingMg: 187.5 });
  });
});

describe('European directions and layouts (issue 8 kind 5)', () => {
  it.each([
    ['Prendre 1 ampoule 2 fois par jour.', 2, 2, 'ampoule'],
    ['1 à 2 sachets par jour', 1, 2, 'packet'],
    ['Prendre 2 comprimés matin et soir', 4, 4, 'tablet'],
    ['3-mal täglich 2 Tabletten', 6, 6, 'tablet'],
    ['Täglich 1 bis 2 Kapseln', 1, 2, 'capsule'],
    ['2 Kapseln morgens und abends einnehmen.', 4, 4, 'capsule'],
    ['Tomar 1 sobre al día', 1, 1, 'packet'],
  ])('%s', (t, min, max, unit) => expect(parseDirections(t).range).toMatchObject({ min, max, unit }));
  it('a dot leader between the name and the amount, and ampoules a day', () => {
    expect(text('Magnésium 300\nMagnésium ............ 150 mg\nConseils : 1 à 2 ampoules par jour.')).toMatchObject({ perServingMg: 150, serving: { count: 1, unit: 'ampoule' }, servingsPerDay: { min: 1, max: 2 }, dailyMg: { min: 150, max: 300 } });
  });
});

describe('more shops\' words: Dutch, Nordic, Czech, Italian and German forms', () => {
  it('directions: "2 maal daags 1 tablet", "2- bis 3-mal täglich 1 Beutel", "1 kapsle 2× denně", "1 flaconcino da 1 a 3 volte al giorno", "20 droppar 1–3 gånger dagligen"', () => {
    const units = (s: string) => {
      const r = parseDirections(s).range;
      return r ? [r.min, r.max, r.unit] : null;
    };
    expect(units('Gebruik: 2 maal daags 1 tablet innemen met water.')).toEqual([2, 2, 'tablet']);
    expect(units('Erwachsene: 2- bis 3-mal täglich 1 Beutel (entsprechend 243 bis 364,5 mg Magnesium pro Tag).')).toEqual([2, 3, 'packet']);
    expect(units('1 kapsle 2× denně, zapít vodou.')).toEqual([2, 2, 'capsule']);
    expect(units('Adulti: 1 flaconcino da 1 a 3 volte al giorno, diluito in acqua.')).toEqual([1, 3, 'ampoule']);
    expect(units('Vuxna: 20 droppar 1–3 gånger dagligen.')).toEqual([20, 60, 'drop']);
  });
  it('Dutch compound names ("magnesiumcitraat", "Magnesium Bisglycinaat") are compounds, not the element', () => {
    expect(text('Magnesiumcitraat tabletten\nVoedingssupplement\n400 mg magnesiumcitraat per tablet\n1 tablet per dag.')).toMatchObject({ status: 'found', basis: 'compound-estimate', form: 'citrate' });
  });
  it('Czech salt names put the element after the salt as an adjective ("chlorid hořečnatý hexahydrát"), and "1 000 mg" per the daily dose of 2 capsules', () => {
    const r = text('Magnesium chlorid hexahydrát 60 kapslí\nDoplněk stravy\nSložení v doporučené denní dávce (2 kapsle):\nchlorid hořečnatý hexahydrát ........ 1 000 mg\nDoporučené dávkování:\n1 kapsle 2× denně (ráno a večer).');
    expect(r).toMatchObject({ status: 'found', basis: 'compound-estimate', form: 'chloride', perServingMg: 120, serving: { count: 2, unit: 'capsule' }, servingsPerDay: { min: 1, max: 1 }, dailyMg: { min: 120, max: 120 }, confidence: 'label' });
  });
  it('a price in crowns or złoty ends a product card ("Hořčík 375 mg + B6, 20 šumivých tablet – 79 Kč")', () => {
    expect(text('Magnesium chlorid 60 kapslí\nDoplněk stravy\nHořčík 375 mg + B6, 20 šumivých tablet – 79 Kč').perServingMg).toBeNull();
  });
});

describe('more European label wording', () => {
  it('"per dose giornaliera (2 compresse)": the daily dose, never a package ("Dose" is German for a tin)', () => {
    expect(text('Magnesio Supremo 32 compresse\nTenori medi per dose giornaliera (2 compresse): Magnesio 375 mg 100% VNR.\nModalità d\'uso: 2 compresse al giorno.')).toMatchObject({ status: 'found', perServingMg: 375, dailyMg: { min: 375, max: 375 } });
  });
  it('Romanian "2 capsule pe zi", German "Brausetablette" and "Kautabletten" count as units a day', () => {
    expect(text('Magneziu Bisglicinat 60 capsule\nO capsulă conține 200 mg magneziu.\nMod de administrare: 2 capsule pe zi.')).toMatchObject({ perServingMg: 200, dailyMg: { min: 400, max: 400 } });
    expect(parseDirections('Erwachsene: täglich 2 Brausetabletten in Wasser auflösen.').range).toMatchObject({ min: 2, max: 2, unit: 'tablet' });
    expect(parseDirections('3 Kautabletten täglich.').range).toMatchObject({ min: 3, max: 3, unit: 'tablet' });
  });
  it('Finnish "1 tabletti 1–2 kertaa päivässä" counts units a day, and a "2 tablettia" column heads a table of two', () => {
    expect(parseDirections('Käyttö: 1 tabletti 1–2 kertaa päivässä ruokailun yhteydessä.').range).toMatchObject({ min: 1, max: 2, unit: 'tablet' });
    expect(parseDirections('2 kapselia päivittäin.').range).toMatchObject({ min: 2, max: 2, unit: 'capsule' });
    const r = text('Luusto Kalsium + Magnesium, 120 tablettia\n2 tablettia | % saantisuosituksesta (RI)\nMagnesium (magnesiumoksidi) | 250 mg | 67 %\nKäyttö: 1 tabletti 1–2 kertaa päivässä.');
    expect(r).toMatchObject({ perServingMg: 250, servingsPerDay: { min: 0.5, max: 1 }, dailyMg: { min: 125, max: 250 } });
  });
  it('"1 comprimé matin et soir": two times of day are a schedule, with no verb', () => {
    expect(parseDirections('Conseils d\'utilisation : 1 comprimé matin et soir au cours des repas.').range).toMatchObject({ min: 2, max: 2, unit: 'tablet' });
    // (one time of day without a verb is no direction: "1 capsule in the morning pack")
    expect(parseDirections('Contains 1 capsule at night pack.').range).toBeNull();
  });
});


describe('a German shop\'s directions heading (issue 8, round 9)', () => {
  it('iHerb in German: "Verwendungsempfehlung" heads the directions, so 2 capsules twice a day are 2 servings of 2', () => {
    const page = `<html><body><h1 id="name" data-testid="product-name">Nordwerk, Magnesiumbisglycinat, 200 mg, 120 Kapseln</h1>
      <div class="product-detail-container"><div id="product-overview">
      <div><h3><strong>Beschreibung</strong></h3><div class="prodOverviewDetail"><p>Gut verträglich.</p></div></div>
      <div><h3><strong>Verwendungsempfehlung</strong></h3><div class="prodOverviewDetail"><p>Zweimal täglich 2 Kapseln zu einer Mahlzeit einnehmen.</p></div></div>
      <div class="supplement-facts-container"><table><tr><td>Serving Size: 2 Capsules</td></tr><tr><td>Amount Per Serving</td><td>%Daily Value</td></tr>
      <tr><td>Magnesium (from 1,420 mg Magnesium Bisglycinate Chelate)</td><td>200 mg</td><td>48%</td></tr></table></div>
      </div></div></body></html>`;
    expect(html('https://de.iherb.com/pr/nordwerk-magnesiumbisglycinat/12345', page)).toMatchObject({ status: 'found', perServingMg: 200, servingsPerDay: { min: 2, max: 2 }, dailyMg: { min: 400, max: 400 } });
  });
});

describe('cross-sell headings in the shops\' languages (issue 8, round 9)', () => {
  it('"Los clientes también vieron": the cards under it are other products, never this one\'s dose', () => {
    const page = 'Glicinato de magnesio, 120 cápsulas\nTamaño de la porción: 2 cápsulas\n| Magnesio (como glicinato de magnesio) | | |\nLos clientes también vieron\nOtra Marca, Magnesio marino, 350 mg, 60 cápsulas';
    expect(text(page).perServingMg).toBeNull();
    expect(text(page.replace('Los clientes también vieron', 'Wird oft zusammen gekauft')).perServingMg).toBeNull();
  });
});

// The adversarial review of round 52's engine pass (review 53; its inputs in ./review-inputs/v53_*, ours, written by the reviewer).
const reviewInput = (file: string): string => readFileSync(new URL(`./review-inputs/${file}`, import.meta.url), 'utf8');

describe('Croatian limits and column headers (review 53)', () => {
  it('"ne uzimati više od 3 kapsule dnevno" is a do-not-exceed line, never the top of a range: 100 mg a day, not 100-300 (r5b)', () => {
    expect(text(reviewInput('v53_r5b_hr_dnevno_warning.txt'), 'https://shop.example.com/products/r5b'))
      .toMatchObject({ status: 'found', perServingMg: 100, servingsPerDay: { min: 1, max: 1 }, dailyMg: { min: 100, max: 100 } });
    expect(parseDirections('Preporučeno dnevno: 1 kapsula. Upozorenje: ne uzimati više od 3 kapsule dnevno.').range).toMatchObject({ min: 1, max: 1, unit: 'capsule' });
    expect(parseDirections('Ne prekoračiti 2 tablete dnevno.').ceiling).toMatchObject({ max: 2, unit: 'tablet' });
  });
  it('the header cell "u 2 kapsule" is a 2-capsule basis as "v 2 kapslích" is: 300 mg a day with "dvije kapsule dnevno", not 600 (r5d)', () => {
    expect(text(reviewInput('v53_r5d_hr_dvije.txt'), 'https://shop.example.com/products/r5d'))
      .toMatchObject({ status: 'found', perServingMg: 300, serving: { count: 2, unit: 'capsule' }, servingsPerDay: { min: 1, max: 1 }, dailyMg: { min: 300, max: 300 } });
    expect(text('Hořčík citrát kapsle\nNutriční hodnoty | v 2 kapslích\nHořčík | 300 mg\nUžívejte dvě kapsle denně.'))
      .toMatchObject({ perServingMg: 300, serving: { count: 2, unit: 'capsule' }, dailyMg: { min: 300, max: 300 } });
  });
});

describe('the nutrient named in Korean, as iHerb\'s kr. site prints it (issue 8, round 64)', () => {
  it.each([
    ['달빛 마그네슘 구미 60개\n1회 제공량: 3개\n마그네슘 150 mg 36%', 150],
    ['달빛 마그네슘 정 90정\n마그네슘 (구연산염) 200 mg', 200],
    ['마그네슘 글리시네이트\n영양 정보\n마그네슘 | 120 mg | 29%', 120],
  ] as const)('"%s"', (page, mg) => expect(text(page)).toMatchObject({ status: 'found', perServingMg: mg }));
  it('another nutrient\'s product in Korean stays absent', () => {
    expect(text('달빛 칼슘 정 90정\n칼슘 500 mg')).toMatchObject({ status: 'absent' });
  });
});
