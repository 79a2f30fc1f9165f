// The find stage: every amount that could state the dose, after one pre-filter regex per line,
// with the work bounded per line and per region.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { closesNameCell, findStage, MAX_AMOUNTS_PER_LINE, MAX_AMOUNTS_PER_REGION } from '../../../../src/extract/stages/find.ts';
import { runSteps } from '../../../../src/extract/stages/step.ts';
import { MAY_HOLD_DOSE_RE } from '../../../../src/extract/text/patterns.ts';
import { findAmounts } from '../../../../src/extract/text/amount.ts';
import { lex, text } from '../helpers.ts';

const find = (body: string, title = '') => runSteps(findStage({ facts: '', body, title }, lex, null)).lines;

describe('the pre-filter', () => {
  it('passes every line that holds an amount or a percentage', () => {
    for (const l of ['200 mg', '1,000mg', '187,5 mg', '400 mcg', '50 µg', '2 g', '250 milligrams', '48%', '40 % NRV', '<1 mg']) {
      expect(MAY_HOLD_DOSE_RE.test(l), l).toBe(true);
    }
  });
  it('skips lines that hold neither, with one test', () => {
    for (const l of ['Magnesium (as citrate)', 'Take 2 capsules daily', 'Serving Size: 2', 'SKU 12345']) expect(MAY_HOLD_DOSE_RE.test(l), l).toBe(false);
  });
  it('agrees with the amount parser: no amount on a line it skips', () => {
    const lines = ['Magnesium 200', 'mg 200', '200\nmg', 'B12 mg', 'x1000mg', 'Take 2 capsules'];
    for (const l of lines) if (!MAY_HOLD_DOSE_RE.test(l)) expect(findAmounts(l), l).toEqual([]);
  });
});

describe('what is found', () => {
  it('lines naming the nutrient with an amount; a title; variant and lone-amount lines', () => {
    const f = find('Magnesium (as citrate) 200 mg\nZinc 15 mg\nSize: 90 Capsules - 140 mg\n250 mg\nTake 2 capsules daily.', 'Magnesium Citrate 200 mg');
    expect(f.map((x) => [x.kind, x.line.region, x.amounts.map((a) => a.raw)])).toEqual([
      ['label', 'body', ['200 mg']], ['variant', 'body', ['140 mg']], ['standalone', 'body', ['250 mg']], ['title', 'title', ['200 mg']],
    ]);
  });
  it('a product information row copied as text, its cells apart by spaces or a tab ("Strength  200 Milligrams"), is a variant line; a word after the gap is none', () => {
    const f = find('Item Form  Capsule\nStrength  200 Milligrams\nSize\t90 Capsules - 140 mg\nDosage  as directed, 2 capsules 100 mg');
    expect(f.map((x) => [x.kind, x.amounts.map((a) => a.raw)])).toEqual([['variant', ['200 Milligrams']], ['variant', ['140 mg']]]);
  });
  it('a row whose cells lost their separators ("Magnesio150 mg40%") is read as its cells; a word glued to a figure that is no name is not', () => {
    const f = find('Magnesio150 mg40%\nMagnésium / Magnesium300 mg.80 %\nMagnez1,5 g40 %\nMagnesium B12 mg\nMagnesium and Zinc15 mg\nMagnesium (as aspartate)450 mg107%');
    // (the line's text stays as the page has it: an amount's place is in it, for its quote)
    expect(f.map((x) => [x.line.text, x.amounts.map((a) => [a.mg, x.line.text.slice(a.start, a.end)])])).toEqual([
      ['Magnesio150 mg40%', [[150, '150 mg']]], ['Magnésium / Magnesium300 mg.80 %', [[300, '300 mg']]], ['Magnez1,5 g40 %', [[1500, '1,5 g']]],
      ['Magnesium B12 mg', []], ['Magnesium and Zinc15 mg', []], ['Magnesium (as aspartate)450 mg107%', [[450, '450 mg']]],
    ]);
  });
  it('a line of the facts panel is a table row; a body line with cells too', () => {
    const f = runSteps(findStage({ facts: 'Magnesium 200 mg', body: 'Magnesium | 100 mg\nMagnesium 50 mg', title: '' }, lex, null)).lines;
    expect(f.map((x) => x.line.isRow)).toEqual([true, true, false]);
  });
});

describe('what makes a line a table row', () => {
  it('a long line with one "|" far from its amounts (a whole page flattened, a menu\'s separator) is no row; a dense one is', () => {
    const menu = `Free shipping on orders $40+ | Subscribe & save 10% ${'Shop Sleep Focus Minerals Bundles About Learn '.repeat(14)}Supplement Facts Serving Size 3 Capsules Amount Per Serving %DV Magnesium (as magnesium citrate) 144 mg 34% Other ingredients: cellulose.`;
    expect(find(menu).map((x) => x.line.isRow)).toEqual([false]);
    expect(text(`${menu}\nTake 3 capsules daily.`)).toMatchObject({ status: 'found', perServingMg: 144 });
    const table = Array.from({ length: 20 }, (_, i) => `Row ${i} | ${i} mg`).join(' | ') + ' | Magnesium | 200 mg';
    expect(find(table).map((x) => x.line.isRow)).toEqual([true]);
  });
});

describe('a long page line holding a real table row', () => {
  it('a "|" close before an amount makes a long line a row: the row\'s amount is read, never lost to prose', () => {
    const prose = 'Our chelated formula is gentle on the stomach and loved by customers. '.repeat(12);
    const page = `Home | Shop | Sleep ${prose}Nutrient | Amount | %DV Magnesium (as glycinate) | 350 mg | 83% Vitamin B6 | 2 mg | 118% ${prose}Directions: take 2 capsules daily.`;
    expect(find(page).every((x) => x.line.isRow)).toBe(true);
    expect(text(page)).toMatchObject({ status: 'found', perServingMg: 350 });
  });
});

describe('a heading line of one basis', () => {
  it('is the column of the rows beneath it only while they hold figures: a table\'s own header row ends it', () => {
    const r = text('Acme Magnesium Citrate 180 Tablets\nPer tablet\nNutrient | Per daily dose (3 tablets) | %NRV\nMagnesium | 375 mg | 100%\nDirections: take 3 tablets daily.');
    expect(r).toMatchObject({ perServingMg: 375, dailyMg: { min: 375, max: 375 } });
  });
});

describe('a row whose cells landed on lines of their own', () => {
  it('"Magnesium (Magnesium L-Threonate) |" then "50mg |": one row', () => {
    const f = find('Ingredient |\nAmount |\nMagnesium (Magnesium L-Threonate) |\n50mg |\n|\nNon-Medicinal Ingredients:');
    expect(f.map((x) => [x.kind, x.line.text, x.amounts.map((a) => a.raw)])).toEqual([['label', 'Magnesium (Magnesium L-Threonate) | 50mg |', ['50mg']]]);
  });
  it('an amount line after prose naming the nutrient is no cell', () => {
    expect(find('Magnesium supports muscles.\n50 mg').map((x) => x.kind)).toEqual(['standalone']);
  });
  it('under a facts heading in page text, a name line and the amount line under it are one row', () => {
    const f = find('Nutrition Panel\nPer Serving\nMagnesium (as magnesium lactate)\n220 mg\n52%\nIron\n4 mg');
    expect(f.map((x) => [x.kind, x.line.text, x.line.isRow])).toEqual([['label', 'Magnesium (as magnesium lactate) 220 mg', true]]);
  });
  it('the amount cell may carry its marks and percentage after a space, a tab or a bar', () => {
    for (const cell of ['220 mg 52%', '220 mg\t52%', '220 mg‡', '220 mg | 52%', '\t220 mg\t<1%']) {
      const f = find(`Supplement Facts\nMagnesium (as lactate)\n${cell}`);
      expect(f.map((x) => [x.kind, x.amounts[0]!.raw]), cell).toEqual([['label', '220 mg']]);
    }
  });
  it('a bracket line goes on with the name above it ("Magnesium", then "(as ...)‡", then the amount)', () => {
    const f = find('Amount Per Serving\nMagnesium\n(as magnesium taurate)‡\n\t90 mg\n\t21%');
    expect(f.map((x) => x.line.text)).toEqual(['Magnesium (as magnesium taurate)‡ \t90 mg']);
  });
  it('a lone amount under another nutrient\'s name in such a panel is no lone amount of ours', () => {
    expect(find('Supplement Facts\nCalcium (as carbonate)\n600 mg\nMagnesium (as oxide)\n250 mg').map((x) => [x.kind, x.amounts[0]!.raw])).toEqual([['label', '250 mg']]);
  });
  it('the panel ends at a sentence or a heading of other products: a card\'s name and amount under it are no row', () => {
    expect(find('Supplement Facts\nVitamin C\n500 mg\nDirections: Take 1 tablet daily.\nMagnesium Glycinate\n400 mg').map((x) => x.kind)).toEqual(['standalone']);
    expect(find('Supplement Facts\nVitamin C\n500 mg\nYou may also like\nMagnesium Glycinate\n400 mg').map((x) => x.kind)).toEqual(['standalone']);
  });
  it('a heading whose unit word passes the pre-filter ("Pour 2 gélules :", its "2 g") opens a panel: it holds no amount', () => {
    for (const head of ['Pour 2 gélules :', 'Pro 2 Kapseln:']) {
      const f = find(`${head}\nMagnesium: 200 mg\nVitamin B6: 1.4 mg`);
      expect(f.map((x) => [x.line.text, x.line.inFacts === true]), head).toEqual([['Magnesium: 200 mg', true]]);
    }
    // a line that states an amount is no heading, whatever its first words
    expect(find('Pour 2 gélules 200 mg\nMagnesium: 200 mg').some((x) => x.line.inFacts)).toBe(false);
  });
  it('without a facts heading above, a name line and an amount line stay apart', () => {
    expect(find('Magnesium Glycinate\n120 mg').map((x) => x.kind)).toEqual(['standalone']);
  });
  it('a panel of cells on lines of their own is read as the label, not as lone amounts that differ', () => {
    const r = text('Acme Cal-Mag Tablets\nSupplement Facts\nServing Size: 3 Tablets\nAmount Per Serving\nCalcium (as citrate)\n600 mg\n46%\nMagnesium (as oxide, citrate)\n300 mg\n71%\nZinc (as picolinate)\n12 mg\n109%\nSuggested Use: Take 3 tablets daily with food.');
    expect(r).toMatchObject({ status: 'found', perServingMg: 300, basis: 'elemental', confidence: 'label', dailyMg: { min: 300, max: 300 } });
  });
  it('the element\'s own amount in the row wins over the compound\'s weight in prose', () => {
    const r = text('Acme Magnesium L-Threonate\nEach capsule delivers 667mg of magnesium L-threonate.\nIngredient |\nAmount |\nMagnesium (Magnesium L-Threonate) |\n50mg |\nDirections for Use: Take 1 capsule, 1 - 3 times per day.');
    expect(r).toMatchObject({ perServingMg: 50, basis: 'elemental', servingsPerDay: { min: 1, max: 3 }, dailyMg: { min: 50, max: 150 } });
  });
});

describe('a block of other products', () => {
  it('the cards under a heading of other products ("Bekijk ook", "Das könnte Ihnen auch gefallen") are marked', () => {
    const f = find('Magnesium Citraat 200 mg per tablet\nBekijk ook\nDuinvit Magnesium Bisglycinaat 100 mg – 120 capsules\nMagnesium Tauraat 125 mg\nKlanten over dit product\nIk neem 1 tablet met magnesium 200 mg.');
    expect(f.map((x) => [x.amounts[0]!.raw, x.line.crossSell ?? false])).toEqual([['200 mg', false], ['100 mg', true], ['125 mg', true], ['200 mg', false]]);
  });
  it('a heading that says anywhere in it that other products follow ("Practitioners who recommend this product also recommend") starts the block too', () => {
    const f = find('Magnesium Malate Tablets\nPractitioners who recommend this product also recommend\nAcme Magnesium Glycinate 120 mg — 120 capsules\nKunden kauften auch\nAcme Magnesium Citrat 150 mg – 90 Kapseln');
    expect(f.map((x) => [x.amounts[0]!.raw, x.line.crossSell ?? false])).toEqual([['120 mg', true], ['150 mg', true]]);
    expect(text('Acme Magnesium Malate — 120 Tablets\nSupplement Facts\n[label image]\nShoppers who viewed this also viewed\nAcme Magnesium Glycinate 120 mg — 120 capsules')).toMatchObject({ status: 'unreadable', perServingMg: null });
  });
  it('a comparison table under such a heading is theirs to its end, its header row without a figure included', () => {
    const page = 'Strength  200 Milligrams\nCompare with similar items\n        This Item            Recommendations\n        Acme Magnesium       Brightroot Triple\n        200 mg per Capsule   Magnesium Complex 500mg\nPrice   $13.97               $18.95\nCustomer reviews\nMagnesium 300 mg';
    const f = find(page);
    expect(f.map((x) => [x.amounts[0]!.raw, x.line.crossSell ?? false])).toEqual([['200 Milligrams', false], ['200 mg', true], ['300 mg', false]]);
  });
  it('"Das könnte Sie auch interessieren" (the polite form) heads other products too (round 35)', () => {
    const f = find('Magnesium Vital Sticks\nDas könnte Sie auch interessieren\nMagnesium Bisglycinat 120 mg Kapseln, 90 Stk');
    expect(f.map((x) => [x.amounts[0]!.raw, x.line.crossSell ?? false])).toEqual([['120 mg', true]]);
  });
  it('a sports shop\'s "Stack it with" heading starts a block of other products', () => {
    const f = find('ZMA Night Recovery\nStack it with\nCreatine Monohydrate 5 g\nMagnesium Glycinate 200 mg Capsules\nReviews\nMagnesium 150 mg in each capsule, as the label says.');
    expect(f.map((x) => [x.amounts[0]!.raw, x.line.crossSell ?? false])).toEqual([['200 mg', true], ['150 mg', false]]);
    expect(text('ZMA Night Recovery\nZinc + Magnesium Aspartate + Vitamin B6\nSTACK IT WITH\nMagnesium Glycinate 200 mg Capsules')).toMatchObject({ perServingMg: null });
  });
  it('a full sentence under a heading of other products ends their block (the product\'s own words, not a card)', () => {
    expect(text('Acme Magnesium Capsules\nPAIR IT WITH YOUR EVENING ROUTINE\nEach capsule provides 200 mg of magnesium.\nTake 2 capsules daily.')).toMatchObject({ status: 'found', perServingMg: 200 });
    const f = find('ZMA Night Recovery\nStack it with\nMagnesium Glycinate 200 mg Capsules\nEach capsule provides 150 mg of magnesium.');
    expect(f.map((x) => [x.amounts[0]!.raw, x.line.crossSell ?? false])).toEqual([['200 mg', true], ['150 mg', false]]);
  });
  it('"Stack it with" / "Pair it with" in the product\'s own sentence (a stop or a colon after it) starts no block of other products', () => {
    expect(text('Acme ZMA Capsules\nStack it with creatine for best results. Each serving provides 450 mg magnesium.\nDirections: Take 3 capsules before bed.')).toMatchObject({ status: 'found', perServingMg: 450 });
    expect(text('Acme Magnesium Capsules\nPair it with a meal: take 2 capsules daily.\nEach capsule provides 200 mg of magnesium.')).toMatchObject({ status: 'found', perServingMg: 200 });
    expect(text('Acme Magnesium Capsules\nSupplement Facts\nServing Size 2 Capsules\nStack it with vitamin D.\nMagnesium (as glycinate) 400 mg\nDirections: Take 2 capsules daily.')).toMatchObject({ status: 'found', perServingMg: 400 });
    expect(text('Acme Magnesium Capsules\nStacks well with zinc and B6 for recovery.\nEach capsule: magnesium 250 mg.\nDirections: Take 2 capsules before bed.')).toMatchObject({ status: 'found', perServingMg: 250 });
  });
  it('a card\'s amount is not the product\'s dose', () => {
    expect(text('Magnesium Pulver Zitrone – 300 g\nMagnesium | 250 mg pro Portion\nDas könnte Ihnen auch gefallen\nMagnesium Bisglycinat Kapseln 120 St. | Magnesium Direkt 400 mg Sticks')).toMatchObject({ perServingMg: 250 });
  });
});

describe('the work is bounded', () => {
  it('a line gives at most MAX_AMOUNTS_PER_LINE amounts', () => {
    const f = find('Magnesium 100 mg '.repeat(5000));
    expect(f[0]!.amounts.length).toBe(MAX_AMOUNTS_PER_LINE);
  });
  it('a region gives at most MAX_AMOUNTS_PER_REGION amounts', () => {
    const f = find('Magnesium 100 mg\n'.repeat(MAX_AMOUNTS_PER_REGION + 500));
    expect(f.reduce((n, x) => n + x.amounts.length, 0)).toBe(MAX_AMOUNTS_PER_REGION);
  });
});

describe('a row that gives its unit in its name cell', () => {
  it('"Magnésio (mg) | 8667 | 260 | 62" under "| 100 g | 3 g | %VD*": the figures under weight columns are amounts, the %VD stays a figure', () => {
    const lines = find('Porção: 3 g (1 colher medida)\n| 100 g | 3 g | %VD*\nMagnésio (mg) | 8667 | 260 | 62');
    const row = lines.find((l) => l.line.text.startsWith('Magnésio'))!;
    expect(row.amounts.map((a) => a.mg)).toEqual([8667, 260]);
    expect(row.columns?.cells).toEqual(['', '100 g', '3 g', '%VD*']);
  });
  it('the per-100 column is rejected and the portion\'s amount read, with its directions', () => {
    expect(text('Porção: 3 g (1 colher medida)\n| 100 g | 3 g | %VD*\nMagnésio (mg) | 8667 | 260 | 62\nDiluir 1 colher medida (3 g) em 200 ml de água.\nConsumir de 1 a 2 vezes ao dia.')).toMatchObject({ status: 'found', perServingMg: 260, dailyMg: { min: 260, max: 520 } });
  });
  it('with no header row of as many cells, bare figures stay no amounts', () => {
    expect(find('Magnésio (mg) | 8667 | 260').flatMap((l) => l.amounts)).toEqual([]);
  });
});

describe('the page\'s reviews under their heading', () => {
  it('a heading of reviews ("Opinie", "Bewertungen (87)") marks the review lines under it: stars, the line right after them, first person; anything else ends it', () => {
    const f = find('Magnez 50 mg w tabletce\nOpinie\nTomasz ★★★☆☆ „Wolę magnez 375 mg"\nEwa ★★★★★\nLekarz kazał 300 mg magnezu.\nMagnez B6 tabletki 100 mg magnezu');
    expect(f.map((x) => [x.amounts[0]!.raw, x.line.review ?? false])).toEqual([['50 mg', false], ['375 mg', true], ['300 mg', true], ['100 mg', false]]);
    const g = find('Magnesium Kapseln\nBewertungen (87)\nHilft sehr, ich nehme dazu 300 mg Magnesium.\nMagnesium 150 mg pro Kapsel');
    expect(g.map((x) => [x.amounts[0]!.raw, x.line.review ?? false])).toEqual([['300 mg', true], ['150 mg', false]]);
  });
  it('a heading of customers\' questions and answers marks its labelled lines ("Frage:", "Antwort:", "Q:", "A:"); an unlabelled line after them ends it', () => {
    const f = find('Magnesium 100 mg pro Kapsel\nFragen und Antworten\nFrage: Wie viel Magnesium pro Tag?\nAntwort: 2 Kapseln ergeben 200 mg Magnesium.\nMagnesium 50 mg pro Portion');
    expect(f.map((x) => [x.amounts[0]?.raw, x.line.review ?? false])).toEqual([['100 mg', false], ['200 mg', true], ['50 mg', false]]);
    const g = find('Magnesium Glycinate Capsules\nCustomer questions & answers (4)\nQ: Is this elemental?\nA: Yes, 60 mg of magnesium per capsule.');
    expect(g.filter((x) => x.amounts.length > 0).map((x) => x.line.review ?? false)).toEqual([true]);
  });
  it('a question\'s label with no heading of questions before it marks nothing ("A: 120 mg magnesium")', () => {
    const f = find('Magnesium Citrate\nA: 120 mg magnesium per tablet');
    expect(f.every((x) => !x.line.review)).toBe(true);
  });
  it('a heading word inside a line is no heading ("Reviews of magnesium 200 mg ...")', () => {
    const f = find('Reviews say magnesium 200 mg per capsule helps.\nMagnesium 200 mg per capsule');
    expect(f.every((x) => !x.line.review)).toBe(true);
  });
});

describe('a card\'s name with no figure keeps the block of other products', () => {
  it('under "Pair it with", the card\'s name, then its amount and price, are the card\'s; the next card\'s name after a price too', () => {
    const f = find('L-Threonate Capsules\nPair it with\nGlycinate Sleep\n200 mg magnesium per serving\n$28.00\nEvening Calm\n150 mg magnesium per capsule\n$24.00');
    expect(f.map((x) => [x.amounts[0]!.raw, x.line.crossSell ?? false])).toEqual([['200 mg', true], ['150 mg', true]]);
  });
  it('only right under the heading or a price, and never a heading of the product\'s own sections or of its reviews', () => {
    expect(find('Magnesium Tablets\nPair it with\nZinc 15 mg Tablets $9.00\nSupplement Facts\nMagnesium 200 mg').map((x) => [x.amounts[0]!.raw, x.line.crossSell ?? false])).toEqual([['200 mg', false]]);
    expect(find('Magnesium Tablets\nPair it with\nZinc 15 mg Tablets\nAbout this product\nMagnesium 200 mg').map((x) => [x.amounts[0]!.raw, x.line.crossSell ?? false])).toEqual([['200 mg', false]]);
  });
});

describe('a row\'s name wrapped onto its amount\'s line, its bracket left open (round 49)', () => {
  it('the name line and the line that closes its bracket before an amount are one row', () => {
    const f = find('Composição\nMagnésio marinho (óxido de magnésio\nde origem marinha)          400 mg\n  dos quais magnésio        240 mg   64%');
    expect(f.map((x) => [x.line.index, x.amounts.map((a) => a.raw)])).toEqual([[2, ['400 mg']], [3, ['240 mg']]]);
    expect(f[0]!.line.text).toContain('Magnésio marinho (óxido de magnésio de origem marinha)');
  });
  it.each([
    ['Magnesium (from oxide', 'and citrate)   250 mg', true],
    ['Magnesium (from oxide)', 'and citrate)   250 mg', false],
    ['Magnesium (from oxide', 'and citrate 250 mg)', false],
    ['Magnesium (from oxide', 'and 2 other forms)   250 mg', false],
    ['Magnesium (from oxide', 'and citrate)   250 mg per day, with food', false],
  ] as const)('%s / %s: %s', (name, t, want) => expect(closesNameCell(name, t)).toBe(want));
});

// The adversarial review of round 49 (its inputs in ../review-inputs/, written by the reviewer).
const reviewInput49 = (file: string): string => readFileSync(new URL(`../review-inputs/${file}`, import.meta.url), 'utf8');
const reviewed49 = (file: string) => text(reviewInput49(file), `https://shop.example/p/${file.replace(/\.txt$/, '')}`);

describe('a name left open is joined onto the next line only as a facts table\'s row (review of round 49)', () => {
  it('a product\'s name in the text, its bracket left open, is no row: "Acme Magnesium Complex (also in / chewable form) 250 mg" (f13)', () => {
    const f = find('Nutrition Information      Per capsule\nMagnesium                  100 mg\n\nAcme Magnesium Complex (also in\nchewable form) 250 mg');
    expect(f.map((x) => [x.line.index, x.amounts.map((a) => a.raw)])).toEqual([[1, ['100 mg']]]);
    expect(reviewed49('f13_variant_open_bracket.txt')).toMatchObject({ status: 'found', perServingMg: 100, dailyMg: { min: 100, max: 100 } });
  });
  it('a name in prose, under no heading of a table and no row, is no row (f01)', () => {
    const f = find('Why magnesium?\nMagnesium (recommended for adult\nmen) 420 mg\nis the daily reference intake.');
    expect(f).toEqual([]);
    expect(reviewed49('f01_prose_open_bracket.txt')).toMatchObject({ status: 'found', perServingMg: 100, dailyMg: { min: 200, max: 200 } });
  });
  it('under a table\'s heading or header, or under a row, the row\'s name opening on the nutrient or its form is joined (f02, f10)', () => {
    for (const head of ['Nutrition Information      Per 2 capsules', 'Composição                  Por dose diária (2 cápsulas)', 'Composição', 'Zinc                        10 mg']) {
      const f = find(`${head}\nMagnesium citrate (from marine\nsources)                    1000 mg`);
      expect(f.at(-1)!.line.text, head).toContain('Magnesium citrate (from marine sources)');
    }
    expect(reviewed49('f02_wrap_elemental.txt')).toMatchObject({ status: 'found', perServingMg: 300, dailyMg: { min: 300, max: 300 } });
    expect(reviewed49('f10_wrap_pt_citrato.txt')).toMatchObject({ status: 'found', perServingMg: 160, dailyMg: { min: 160, max: 160 } });
  });
});

describe('a row\'s name wrapped onto the next line keeps the table\'s columns (review of round 49)', () => {
  it('the "of which" row under a wrapped name is still per its columns: 150 mg a capsule, 2 a day, never 150 a day (f07)', () => {
    const f = find('Composição                  Por cápsula     Por dose diária (2 cápsulas)\nMagnésio marinho (óxido de magnésio\nde origem marinha)          250 mg          500 mg\n  dos quais magnésio        150 mg          300 mg');
    expect(f.at(-1)!.columns).toBeDefined();
    expect(reviewed49('f07_wrap_amount_daily_both.txt')).toMatchObject({ status: 'found', perServingMg: 150, servingsPerDay: { min: 2, max: 2 }, dailyMg: { min: 300, max: 300 } });
  });
});

describe('a header pasted as text, its cells apart by runs of spaces, its bases with no per word (round 60)', () => {
  it.each([
    ['Typical values      Each capsule     2 capsules     %NRV (2 caps)', 'Magnesium           75mg             150mg          40%', 'Take 1-2 capsules a day.', 75, [1, 2]],
    ['Nährwerte     Je Kapsel     2 Kapseln     %NRV*', 'Magnesium     120 mg        240 mg        64 %', '1 bis 2 Kapseln täglich.', 120, [1, 2]],
    ['Valeurs moyennes    Chaque gélule    2 gélules', 'Magnésium           60 mg            120 mg', 'Prendre 1 à 2 gélules par jour.', 60, [1, 2]],
    ['Información      Cada cápsula      3 cápsulas      %VRN', 'Magnesio         50 mg             150 mg          40 %', 'Tomar 3 cápsulas al día.', 50, [3, 3]],
    ['Valori medi    Ogni compressa    2 compresse', 'Magnesio       100 mg            200 mg', 'Assumere 2 compresse al giorno.', 100, [2, 2]],
    ['Voedingswaarde    Elke capsule    2 capsules    %RI', 'Magnesium         80 mg           160 mg        43%', 'Neem 1-2 capsules per dag.', 80, [1, 2]],
  ])('%s', (head, row, dir, per, [lo, hi]) => {
    const f = find(`${head}\n${row}`);
    expect(f.at(-1)!.columns).toBeDefined();
    expect(text(`Acme Magnesium 60\nNutrition\n${head}\n${row}\n${dir}`)).toMatchObject({ status: 'found', perServingMg: per, servingsPerDay: { min: lo, max: hi } });
  });
  it('a line of words apart by spaces with one basis, or with an amount in its rest, is no header', () => {
    expect(find('Typical values      Each capsule     %NRV\nMagnesium           75mg             20%').at(-1)!.columns).toBeUndefined();
    expect(find('Zinc 10 mg     Each capsule     2 capsules\nMagnesium           75mg             150mg').at(-1)!.columns).toBeUndefined();
  });
});
