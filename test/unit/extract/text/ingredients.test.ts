// The first ingredient of a product's ingredients list: a list that opens with the nutrient's
// compound makes a product of the nutrient even when its name is a brand's.
import { describe, expect, it } from 'vitest';
import { blendHoldsNutrient, ingredientsNameNutrient, ingredientsOpenWithNutrient } from '../../../../src/extract/text/ingredients.ts';
import { lex } from '../helpers.ts';

describe('an ingredients list that opens with the nutrient', () => {
  it('the list on the heading\'s line or on the line under it, in any supported language', () => {
    expect(ingredientsOpenWithNutrient('Ingredients: magnesium glycinate, rice flour.', lex)).toBe('magnesium glycinate, rice flour.');
    expect(ingredientsOpenWithNutrient('Zutaten\nMagnesiumoxid, Kapselhülle: HPMC.', lex)).toBe('Magnesiumoxid, Kapselhülle: HPMC.');
    expect(ingredientsOpenWithNutrient('Ingrédients : citrate de magnésium, arôme.', lex)).not.toBeNull();
  });
  it('an excipient (no known form), another first ingredient, "Other ingredients" or no list at all: none', () => {
    expect(ingredientsOpenWithNutrient('Ingredients: magnesium stearate, cellulose.', lex)).toBeNull();
    expect(ingredientsOpenWithNutrient('Ingredients: zinc gluconate, magnesium citrate.', lex)).toBeNull();
    expect(ingredientsOpenWithNutrient('Other ingredients: magnesium citrate, sugar.', lex)).toBeNull();
    expect(ingredientsOpenWithNutrient('Contains magnesium citrate.', lex)).toBeNull();
  });
  it('a tab label "Ingredients" among others does not stop the search for the list itself', () => {
    expect(ingredientsOpenWithNutrient('Ingredients\nDescription\nMore text\nIngredients: magnesium malate, cellulose.', lex)).not.toBeNull();
  });
});

describe('a proprietary blend that holds the nutrient', () => {
  it('a blend row with its parts on the next line or in its own words names the compound part', () => {
    expect(blendHoldsNutrient('Recovery Matrix (proprietary blend) 1,250 mg | †\nZinc Aspartate, Magnesium Aspartate, Vitamin B6', lex)).toBe('Magnesium Aspartate');
    expect(blendHoldsNutrient('Proprietary Formula: ashwagandha root, magnesium glycinate, L-theanine 800 mg', lex)).toBe('magnesium glycinate');
  });
  it('an excipient, or the nutrient named without a blend, is none', () => {
    expect(blendHoldsNutrient('Proprietary blend 500 mg\nAshwagandha, Chamomile, Magnesium Stearate', lex)).toBeNull();
    expect(blendHoldsNutrient('Magnesium (as aspartate) 200 mg', lex)).toBeNull();
  });
});

describe('an ingredients list that names the nutrient\'s compound further on', () => {
  it('a compound of the nutrient anywhere in the list is found; an additive named by its function, or an excipient, is not', () => {
    expect(ingredientsNameNutrient('Sastojci: kalcijev karbonat, magnezijev citrat, želatinska kapsula, sredstvo protiv zgrudnjavanja: magnezijev stearat.', lex)).toBe('magnezijev citrat');
    expect(ingredientsNameNutrient('Ingredients: calcium carbonate, gelatin, anti-caking agent: magnesium stearate.', lex)).toBeNull();
    expect(ingredientsNameNutrient('Zutaten: Zucker, Säureregulator: Magnesiumcitrat.', lex)).toBeNull();
  });
});
