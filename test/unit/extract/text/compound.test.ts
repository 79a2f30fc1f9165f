import { describe, expect, it } from 'vitest';
import { classifyName, formIn } from '../../../../src/extract/text/compound.ts';
import { lexiconFor } from '../../../../src/extract/lexicon.ts';

const lex = lexiconFor('magnesium');

describe('classifyName: elemental or compound weight', () => {
  it.each([
    ['Magnesium (as magnesium bisglycinate chelate)', 'elemental', 'bisglycinate'],
    ['Magnesium (as Magnesium Oxide and Magnesium Bisglycinate)', 'elemental', 'oxide'],
    ['Magnesium (elemental) from magnesium citrate', 'elemental', 'citrate'],
    ['(providing elemental magnesium)', 'elemental', null],
    ['Magnesium', 'elemental', null],
    ['Magnesium Citrate', 'compound', 'citrate'],
    ['Magnesium Glycinate', 'compound', 'bisglycinate'],
    ['Magnesiumcitrat', 'compound', 'citrate'],
    ['citrato de magnesio', 'compound', 'citrate'],
    ['Magnesium Taurate', 'compound', 'taurate'],
  ])('%s', (name, kind, form) => {
    const c = classifyName(name, lex);
    expect(c.kind).toBe(kind);
    expect(c.form?.form ?? null).toBe(form);
  });
  it('forms carry the reference shares', () => {
    expect(formIn('magnesium oxide', lex)?.share).toBe(0.603);
    expect(formIn('magnesium citrate', lex)?.share).toBe(0.162);
    expect(formIn('no form here', lex)).toBeNull();
  });
});
