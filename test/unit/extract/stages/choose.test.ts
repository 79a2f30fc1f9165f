// The choose stage: which kept amount is the dose. A facts panel first; the element's own amount
// before a compound's weight before a %DV; per serving before per day; surer tiers; rows summed.
import { describe, expect, it } from 'vitest';
import { html, text, traced } from '../helpers.ts';

describe('the order amounts are chosen in', () => {
  it('an amount per serving is preferred over one per day', () => {
    const r = text('Magnesium Kapseln\npro Tagesdosis (2 Kapseln): davon 300 mg Magnesium\nje Kapsel 150 mg Magnesium\nTäglich 2 Kapseln.');
    expect(r).toMatchObject({ perServingMg: 150, dailyMg: { min: 300, max: 300 } });
  });
  it('where the directions\' day may hold fewer units than one serving ("Take 1 to 3 capsules daily" under "Serving Size: 3 Capsules"), the label\'s per-unit column is the serving they count (round 55)', () => {
    const page = 'Acme Magnesium Glycinate 180 Capsules\nSupplement Facts\nServing Size: 3 Capsules\n | Amount Per Serving | % Daily Value | Per Capsule\nMagnesium (as magnesium bisglycinate chelate) | 300 mg | 71% | 100 mg\nSuggested use: Take 1 to 3 capsules daily, in divided doses.';
    expect(text(page)).toMatchObject({ perServingMg: 100, serving: { count: 1, unit: 'capsule' }, servingsPerDay: { min: 1, max: 3 }, dailyMg: { min: 100, max: 300 } });
    // (directions that take the whole serving keep the serving's own amount)
    expect(text(page.replace('Take 1 to 3 capsules daily, in divided doses.', 'Take 3 capsules daily.'))).toMatchObject({ perServingMg: 300, servingsPerDay: { min: 1, max: 1 }, dailyMg: { min: 300, max: 300 } });
  });
  it('a facts panel flattened onto one line is surer than a per-capsule FAQ sentence', () => {
    const r = text('Magnesium Malate 120 Capsules\nSupplement Facts Serving Size 3 Capsules Servings Per Container 40 Amount Per Serving %DV Magnesium (as Magnesium Malate) 300 mg 71% Malic Acid 1,100 mg\nDirections: Take 3 capsules daily in divided doses.\nA: Each capsule provides 100 mg of elemental magnesium.');
    expect(r).toMatchObject({ perServingMg: 300, servingsPerDay: { min: 1, max: 1 }, dailyMg: { min: 300, max: 300 } });
  });
  it('the element\'s own amount wins over a compound\'s weight above a serving\'s cap', () => {
    const r = text('Magnesium Citrate 12000 mg per serving\nEach capsule provides 150 mg of elemental magnesium.\nTake 1 capsule daily.');
    expect(r).toMatchObject({ status: 'found', perServingMg: 150 });
  });
  it('the label\'s own figure for its serving of several units before a figure per single unit', () => {
    const r = text('Magnesium Chelate 400mg\nEach tablet delivers 133 mg of elemental magnesium as a bis-glycinate chelate or 400 mg per 3 tablet serving.\nAdults take 3 tablets daily.');
    expect(r).toMatchObject({ perServingMg: 400, serving: { count: 3, unit: 'tablet' }, servingsPerDay: { min: 1, max: 1 }, dailyMg: { min: 400, max: 400 } });
  });
  it('the trace says why the winner won', () => {
    const { trace } = traced('Magnesium Capsules\nSupplement Facts\nMagnesium (as citrate) | 200 mg | 48%');
    const won = trace.entries.find((e) => e.stage === 'choose' && e.verdict === 'chosen');
    expect(won).toMatchObject({ amount: '200 mg' });
    expect(won?.why).toMatch(/elemental/);
  });
});

describe('a compound\'s weight', () => {
  it('alone, it is estimated with the share of the compound (the highest plausible one)', () => {
    const r = text('Magnesium Citrate 1,000 mg per serving\nServing Size: 2 tablets\nTake 2 tablets daily.');
    expect(r).toMatchObject({ status: 'found', perServingMg: 162, basis: 'compound-estimate', form: 'citrate' });
    expect(r.assumptions.map((a) => a.key)).toContain('reading_compound_estimate');
  });
  it('one a unit could hold as the element itself is read as the element: the higher figure', () => {
    const r = text('Magnesium Oxide Tablets\nMagnesium Oxide 400 mg per tablet\nTake 1 tablet daily.');
    expect(r).toMatchObject({ perServingMg: 400, basis: 'elemental' });
    expect(r.assumptions.map((a) => a.key)).toContain('reading_compound_read_as_element');
  });
  it('a figure more than a serving holds of the element is the compound\'s weight, estimated (never "unreadable" for a plausible compound)', () => {
    expect(text('Acme Recovery Powder\nServing: 1 scoop (5 g)\nMagnesium citrate | 1,250 mg\nMix 1 scoop daily.')).toMatchObject({ status: 'found', perServingMg: 202.5, basis: 'compound-estimate' });
  });
  it('compounds\' rows of one table, one form each and no elemental row: each estimated and summed, every row estimated when one must be', () => {
    const r = text('Acme Recovery Powder\nWHAT\'S INSIDE (per 5 g serve)\nMagnesium citrate | 1,250 mg\nMagnesium bisglycinate | 850 mg\nMix one level scoop (5 g) in water once or twice daily.');
    // 1,250 x 16.2% + 850 x 14.1%
    expect(r).toMatchObject({ status: 'found', perServingMg: 322.35, basis: 'compound-estimate', dailyMg: { min: 322.35, max: 644.7 } });
    expect(r.assumptions.map((a) => a.key)).toContain('reading_rows_summed');
    // (one form twice is no second source)
    expect(text('Acme Powder\nMagnesium citrate | 1,250 mg\nMagnesium citrate | 1,250 mg\nMix 1 scoop daily.').perServingMg).toBe(202.5);
  });
});

describe('facts rows summed', () => {
  it('two one-column rows for the element from two sources are summed', () => {
    const r = text('Acme Magnesium Capsules\nServing Size: 2 Capsules\nMagnesium (as Magnesium Oxide) | 100 mg | 24%\nMagnesium (as Magnesium Glycinate) | 50 mg | 12%');
    expect(r.perServingMg).toBe(150);
    expect(r.evidence.filter((e) => e.field === 'perServing')).toHaveLength(2);
  });
  it('a blend\'s weight beside the element\'s row is no source to add ("Tri-Magnesium Blend 1,650 mg" under "Magnesium 250 mg"): the element\'s row is the dose, never unreadable', () => {
    const r = text('Evening Calm Magnesium Drink Mix, Lemon\n$24.00\nAdd to cart\nSupplement Facts\nServing Size 1 Scoop (5 g)\nAmount Per Serving\t% Daily Value\nMagnesium\t250 mg\t60%\nPotassium (as potassium citrate)\t80 mg\t2%\nTri-Magnesium Blend\t1,650 mg\t†\n  Magnesium citrate, magnesium malate, magnesium glycinate\nMix 1 scoop with water daily.');
    expect([r.status, r.perServingMg]).toEqual(['found', 250]);
  });
  it('a facts panel flattened to text, without cell separators: rows of the element from sources of their own on next lines are summed, never the higher one alone', () => {
    const r = text('Dual Magnesium\nSupplement Facts\nServing Size 2 Capsules\nMagnesium (as magnesium glycinate) 100 mg 24%\nMagnesium (as magnesium oxide) 150 mg 36%\nTake 2 capsules daily.');
    expect(r).toMatchObject({ perServingMg: 250, dailyMg: { min: 250, max: 250 }, disagreement: null });
    expect(r.assumptions.map((a) => a.key)).toContain('reading_rows_summed');
  });
  it('the elemental equivalents of two compounds on next lines are two sources, summed ("... chelate 500 mg (equiv. magnesium 100 mg)" + "... oxide 250 mg (equiv. magnesium 150 mg)")', () => {
    const r = text('Acme Magnesium Ultra 120 Tablets\nEach tablet contains:\nMagnesium amino acid chelate 500 mg (equiv. magnesium 100 mg)\nMagnesium oxide – heavy 250 mg (equiv. magnesium 150 mg)\nAdults: Take 1 tablet twice daily.');
    expect(r).toMatchObject({ perServingMg: 250, basis: 'elemental', dailyMg: { min: 500, max: 500 } });
    // (the same equivalent restated on the next line is no second source)
    expect(text('Acme Magnesium\nMagnesium amino acid chelate 500 mg (equiv. magnesium 100 mg)\nMagnesium amino acid chelate 500 mg (equiv. magnesium 100 mg)').perServingMg).toBe(100);
  });
  it('the elemental equivalents each under its own compound\'s row, a line apart, are two sources, summed', () => {
    const r = text('Acme Magnesium Forte\nEach tablet contains:\nMagnesium citrate | 1,000 mg\n(equiv. magnesium 160 mg)\nMagnesium oxide | 100 mg\n(equiv. magnesium 60 mg)\nDirections: Take 1 tablet twice daily.');
    expect(r).toMatchObject({ perServingMg: 220, basis: 'elemental', dailyMg: { min: 440, max: 440 } });
    // (the same equivalent restated a line apart is no second source)
    const again = text('Acme Magnesium Forte\nEach tablet contains:\nMagnesium citrate | 1,000 mg\n(equiv. magnesium 160 mg)\nMagnesium citrate | 1,000 mg\n(equiv. magnesium 160 mg)');
    expect(again.perServingMg).toBe(160);
  });
  it('flattened rows of one form (a description restating the panel), or apart on the page, are not summed', () => {
    expect(text('Magnesium Glycinate\nMagnesium (as magnesium glycinate) 200 mg 48%\nMagnesium (as glycinate) 200 mg per serving').perServingMg).toBe(200);
    expect(text('Dual Magnesium\nMagnesium (as magnesium glycinate) 100 mg 24%\nSuitable for vegans.\nMagnesium (as magnesium oxide) 150 mg 36%').perServingMg).toBe(150);
  });
  it('a total and the sources it is made of are not added: the total is the dose, and no disagreement', () => {
    const named = text('Triple Magnesium\nServing Size: 3 Capsules\nTotal Magnesium | 300 mg | 71%\nfrom Magnesium Bisglycinate | 150 mg | *\nfrom Magnesium Malate | 75 mg | *\nfrom Magnesium Citrate | 75 mg | *');
    expect(named).toMatchObject({ perServingMg: 300, confidence: 'label', disagreement: null });
    const unnamed = text('Triple Magnesium\nServing Size: 3 Capsules\nMagnesium | 300 mg | 71%\nfrom Magnesium Bisglycinate | 150 mg\nfrom Magnesium Malate | 100 mg\nfrom Magnesium Citrate | 50 mg');
    expect(unnamed).toMatchObject({ perServingMg: 300, disagreement: null });
  });
  it('an ingredients list\'s line restating the nutrition row\'s amount is the same amount, not a second source', () => {
    const r = text('Magnesium Citrate Tablets\nServing Size: 2 Tablets\nActive Ingredients | Magnesium (as magnesium citrate) 200 mg\nMagnesium | 200 mg | 48%\nTake 2 tablets twice daily.');
    expect(r).toMatchObject({ perServingMg: 200, dailyMg: { min: 400, max: 400 } });
  });
  it('several amounts that disagree with the chosen one: the highest of them is the dose, never the first found', () => {
    const r = text('Triple Magnesium Complex\nSupplement Facts Serving Size 2 Tablets Amount Per Serving %DV Magnesium (as magnesium oxide) 100 mg 24% Magnesium (as magnesium citrate) 50 mg 12% Magnesium (as magnesium bisglycinate) 50 mg 12% Total Magnesium 200 mg 48% Other ingredients: cellulose.\nTake 2 tablets daily.');
    expect(r).toMatchObject({ perServingMg: 200, dailyMg: { min: 200, max: 200 } });
  });
  it('rows of one amount restated for two counts of one unit are not summed; a row with no basis and a block\'s row, or a kit\'s tablet and capsule, still are', () => {
    expect(text('Magnésium Marin\nPour 1 comprimé\nMagnésium | 75 mg\nPour 4 comprimés\nMagnésium | 300 mg\nConseils : 2 à 4 comprimés par jour.')).toMatchObject({ perServingMg: 75 });
    const mid = text('Acme Magnesium 120 Capsules\nSupplement Facts\nServing Size 2 Capsules\nMagnesium (as glycinate) | 200 mg\nPer 2 capsules\nMagnesium (as citrate) | 200 mg\nDirections: take 2 capsules daily.');
    expect(mid).toMatchObject({ perServingMg: 400, dailyMg: { min: 400, max: 400 } });
    const kit = text('Acme Magnesium Day & Night Kit\nMorning tablet\nPer 1 tablet\nMagnesium (as citrate) | 200 mg\nEvening capsule\nPer 1 capsule\nMagnesium (as glycinate) | 200 mg\nDirections: take 1 morning tablet and 1 evening capsule daily.');
    expect(kit.dailyMg?.max).toBeGreaterThanOrEqual(400);
  });
  it('indented sub-rows named "as <form>" under the element\'s row are its parts: the total is the dose', () => {
    const r = text('Dual Magnesium\nServing Size: 2 Tablets\nMagnesium | 400 mg | 95%\nas Magnesium Glycinate | 150 mg\nas Magnesium Oxide | 250 mg');
    expect(r).toMatchObject({ perServingMg: 400, disagreement: null });
  });
  it('the element\'s bare row and its only source\'s row with the same amount (an ingredients list beside the nutrition block) are one amount, not two', () => {
    const r = text('Magnesium Gummies\nServing Size: 2 Gummies\nMagnesium (as Magnesium Citrate) | 125 mg\nCalories | 15\nTotal Sugars | 3 g\nMagnesium | 125 mg | 30%');
    expect(r.perServingMg).toBe(125);
    // (two sources of the same amount, each naming its form, stay two)
    expect(text('Magnesium Complex\nServing Size: 2 Capsules\nMagnesium (as oxide) | 100 mg\nMagnesium (as citrate) | 100 mg').perServingMg).toBe(200);
  });
  it('a bare row and a full row of the same amount side by side, or a row naming a source not in the forms table, are two sources, summed', () => {
    expect(text('Magnesium Blend\nServing Size: 2 Capsules\nMagnesium | 200 mg | 48%\nMagnesium (as magnesium glycinate) | 200 mg | 48%').perServingMg).toBe(400);
    expect(text('Magnesium Blend\nServing Size: 2 Capsules\nMagnesium (as magnesium oxide) | 200 mg | 48%\nMagnesium (from marine algae) | 200 mg | 48%').perServingMg).toBe(400);
    // (an indented sub-row under the bare row is still its only part)
    expect(text('Magnesium Glycinate\nServing Size: 2 Capsules\nMagnesium | 200 mg | 48%\nas Magnesium Glycinate | 200 mg').perServingMg).toBe(200);
  });
  it('sub-rows "as <form>" with no total row above are sources, summed: one of them equal to the others\' sum is no total', () => {
    const r = text('Magnesium Trio\nServing Size: 2 Tablets\nAmount Per Serving | % Daily Value\nas Magnesium Oxide | 200 mg | 48%\nas Magnesium Citrate | 100 mg | 24%\nas Magnesium Glycinate | 100 mg | 24%');
    expect(r.perServingMg).toBe(400);
  });
  it('two sources that happen to add up to a third are still three sources, summed (never a part for the whole)', () => {
    const r = text('Magnesium Complex\nServing Size: 2 Capsules\nMagnesium (as oxide) | 200 mg\nMagnesium (as citrate) | 100 mg\nMagnesium (as glycinate) | 100 mg');
    expect(r.perServingMg).toBe(400);
  });
  it('a comparison chart\'s row (one amount per product) is not summed with the facts row', () => {
    const r = text('Acme Magnesium Glycinate Capsules\nServing Size: 3 Capsules\nMagnesium (as Magnesium Bisglycinate) | 350 mg | 83%\nDirections: Take 3 capsules daily.\nMagnesium per serving | 300 mg | 200 mg | 144 mg');
    expect(r).toMatchObject({ perServingMg: 350, dailyMg: { min: 350, max: 350 } });
  });
});

describe('the unit a dose is stated per', () => {
  it('a facts row per nothing takes the unit the page states the same amount per elsewhere, with no serving size: "½ scoop once or twice daily" is half a serving', () => {
    const page = 'Acme Magnesium Citrate Powder 250 g\nEach level scoop delivers 300 mg of elemental magnesium.\nMedicinal ingredients\nMagnesium (magnesium citrate) | 300 mg\nRecommended dose: Take ½ scoop once or twice daily.';
    expect(text(page)).toMatchObject({ perServingMg: 300, serving: { count: 1, unit: 'scoop' }, servingsPerDay: { min: 0.5, max: 1 }, dailyMg: { min: 150, max: 300 } });
  });
  it('with a labelled serving size the row keeps it', () => {
    const page = 'Acme Magnesium Capsules\nServing size: 2 capsules\nMagnesium (as citrate) | 200 mg\nA: 200 mg per capsule.\nTake 2 capsules daily.';
    expect(text(page)).toMatchObject({ perServingMg: 200, serving: { count: 2, unit: 'capsule' }, dailyMg: { min: 200, max: 200 } });
  });
});

describe('a figure no page can honestly mean makes the page unreadable, never a verdict (issue 9)', () => {
  it('above what a serving can hold: no lower figure is taken instead', () => {
    const r = text('Magnesium Capsules\nSupplement Facts\nMagnesium (as oxide) | 12,000 mg | 2857%\nEach capsule provides 150 mg of elemental magnesium.');
    expect(r).toMatchObject({ status: 'unreadable', perServingMg: null, dailyMg: null, reason: { key: 'reading_reason_implausible', args: [{ mg: 12000 }] } });
  });
  it('a figure past a serving beside the element\'s own amount in words on the same line is a blend\'s weight: the element\'s amount is read', () => {
    const r = text('Triple Magnesium Complex\n1050MG TRIPLE MAGNESIUM COMPLEX: Each 3-capsule serving provides 1,050 mg of three magnesium compounds (glycinate, malate and citrate), delivering 150 mg of elemental magnesium (36% DV).\nTake 3 capsules daily.');
    expect(r).toMatchObject({ status: 'found', perServingMg: 150, dailyMg: { min: 150, max: 150 } });
  });
  it('a figure past a serving that is itself stated as the element\'s is never skipped for a smaller one beside it: the page is refused, not read lower', () => {
    const r = text('Magnesium Loading Powder\nOne scoop provides 1,100 mg elemental magnesium (as citrate); a half scoop provides 550 mg elemental magnesium.\nTake 1 scoop daily.');
    expect(r).toMatchObject({ status: 'unreadable', perServingMg: null, dailyMg: null });
  });
  it.each([['a negative amount', '-200 mg'], ['an exponent', '1e+21 mg'], ['a minus sign', '−150 mg']])('%s', (_what, amount) => {
    const r = text(`Magnesium Capsules\nMagnesium | ${amount} | 48%\nTake 1 capsule daily.`);
    expect(r).toMatchObject({ status: 'unreadable', perServingMg: null, reason: { key: 'reading_reason_bad_number', args: [amount] } });
  });
  it('a negative quantity in a store\'s product data (Walmart __NEXT_DATA__)', () => {
    const next = JSON.stringify({ props: { pageProps: { initialData: { data: { product: { name: 'Acme Magnesium 60 Tablets', brand: 'Acme' }, idml: { nutritionFacts: { vitaminMinerals: { childNutrients: [{ name: 'Magnesium', amount: -250, unit: 'mg', dvp: '60' }] } } } } } } } });
    const r = html('https://www.walmart.com/ip/acme-magnesium/1', `<html><body><main><h1 id="main-title">Acme Magnesium 60 Tablets</h1></main><script id="__NEXT_DATA__" type="application/json">${next}</script></body></html>`);
    expect(r).toMatchObject({ status: 'unreadable', perServingMg: null, reason: { key: 'reading_reason_bad_number' } });
  });
  it('a zero is no dose: the next figure is read', () => {
    expect(text('Magnesium Capsules\nMagnesium (as oxide) | 0 mg | 0%\nEach capsule provides 150 mg of elemental magnesium.').perServingMg).toBe(150);
  });
});

describe('a compound\'s share of the element stated by the page', () => {
  it('"1,000mg magnesium citrate, of which 16% is elemental magnesium" is estimated at the stated 16%, not the table\'s 16.2%', () => {
    const r = text('Acme Magnesium Citrate 90 Capsules\nEach serving (2 capsules) provides 1,000mg magnesium citrate, of which 16% is elemental magnesium.\nDirections: Take 2 capsules once or twice daily.');
    expect(r).toMatchObject({ status: 'found', perServingMg: 160, basis: 'compound-estimate', dailyMg: { min: 160, max: 320 } });
  });
  it('a share far from the table\'s (a misprint) is never taken below it; a %NRV after the weight is no share', () => {
    expect(text('Acme Magnesium Citrate\nEach capsule provides 1,000mg magnesium citrate, of which 6% is elemental magnesium.\nTake 1 capsule daily.')).toMatchObject({ perServingMg: 162 });
    expect(text('Acme Magnesium Citrate\nEach capsule provides 1,000mg magnesium citrate (43% NRV) elemental.\nTake 1 capsule daily.').perServingMg).not.toBe(430);
  });
  it('a percentage lower than the table\'s share but for a rounding is no share: an absorption, another compound\'s part (review 25)', () => {
    // (the table's 14.1% for glycinate: 1,000 mg is 141 mg, 423 mg a day; 10% would read 300)
    for (const tail of ['10% as elemental magnesium is absorbed', '(buffered, 10% from magnesium oxide)']) {
      const r = text(`Acme Magnesium Glycinate\nEach capsule: magnesium glycinate 1,000 mg, ${tail}.\nDirections: take 3 capsules daily.`);
      expect([tail, r.perServingMg, r.dailyMg?.max]).toEqual([tail, 141, 423]);
    }
  });
});

describe('a product name\'s amount beside a compound, per serving of units unknown (issue 8, kind 7)', () => {
  it('"Magnesium Glycinate 400 mg" with no count of units anywhere: the element\'s 400 mg, weak, never the 56.4 mg estimate', () => {
    expect(text('Magnesium Glycinate 400 mg - 180 Capsules\nGentle, highly absorbable magnesium for sleep and relaxation.')).toMatchObject({ perServingMg: 400, basis: 'elemental', confidence: 'weak' });
    // (with its facts sent to a picture, "Supplement Facts (see image)", the name's figure is no label
    // amount: unreadable, as "See Supplement Facts image" was; round 62 reads the cue in any order)
    expect(text('Magnesium Glycinate 400 mg - 180 Capsules\nSupplement Facts (see image)\nGentle, highly absorbable magnesium for sleep and relaxation.')).toMatchObject({ status: 'unreadable', perServingMg: null });
  });
  it('with directions of several units, the figure is theirs: "Take 2 capsules daily" is 400 mg a day', () => {
    expect(text('Magnesium Glycinate 400 mg - 180 Capsules\nGentle magnesium for sleep.\nSuggested use: Take 2 capsules daily.')).toMatchObject({ perServingMg: 400, serving: { count: 2, unit: 'capsule' }, dailyMg: { min: 400, max: 400 } });
  });
  it('one capsule an intake, or more than four units could hold, stays a compound\'s weight', () => {
    expect(text('Magnesium Glycinate 400 mg - 180 Capsules\nDirections: Take 1 capsule daily.')).toMatchObject({ perServingMg: 56.4, basis: 'compound-estimate' });
    expect(text('Magnesium Citrate 1000 mg - 120 Tablets\nSuggested use: Take 2 tablets daily.')).toMatchObject({ basis: 'compound-estimate' });
  });
});

describe('an amount stated for the label\'s one-unit serving before one stated for several (issue 8, round 51)', () => {
  it('"per tablet | per 2 tabletten" with "Per 2 tabletten 400 mg" in the description: 200 mg a tablet, 1-2 a day', () => {
    const page = 'Acme Magnesium 400 Tabletten\n• Per 2 tabletten 400 mg magnesium\nDosering\nVolwassenen: dagelijks 1 tot 2 tabletten innemen.\nVoedingswaarde          per tablet     per 2 tabletten     % RI*\nMagnesium               200 mg         400 mg              107 %';
    expect(text(page)).toMatchObject({ status: 'found', perServingMg: 200, servingsPerDay: { min: 1, max: 2 }, dailyMg: { min: 200, max: 400 } });
  });
});

describe('several "of which <element>" rows, each under its own compound (issue 8, round 58, kind 3)', () => {
  const rows = 'Vitasole Magnesio Citrato + Taurato 90 capsule\nValori medi        Per dose giornaliera (3 capsule)\nCitrato di magnesio              500 mg\n   di cui magnesio                80 mg\nTaurato di magnesio              400 mg\n   di cui magnesio                35 mg\n';
  it('no total stated: the parts are summed, never one part for the whole (a taurate named in the Romance order, "Taurato di magnesio", is a compound\'s row)', () => {
    expect(text(`${rows}Modo d'uso: 3 capsule al giorno.`)).toMatchObject({ status: 'found', perServingMg: 115, basis: 'elemental' });
  });
  it('a total stated under them: the total, never the total and its parts added', () => {
    expect(text(`${rows}Magnesio totale                  115 mg\nModo d'uso: 3 capsule al giorno.`)).toMatchObject({ status: 'found', perServingMg: 115 });
  });
});
