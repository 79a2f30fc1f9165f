import { describe, expect, it } from 'vitest';
import { dvToMg } from '../../../../src/extract/text/dv.ts';
import { LABEL_VALUES } from '../../../../src/data/magnesium/label-values.ts';
import { text } from '../helpers.ts';

const values = LABEL_VALUES.magnesium;

describe('%DV / %NRV to mg (estimates)', () => {
  it('US %DV uses 420 mg', () => expect(dvToMg('Magnesium | 25%', values)).toMatchObject({ mg: 105, reference: 'dv' }));
  it('EU %NRV uses 375 mg', () => expect(dvToMg('Magnesium | 40% NRV', values)).toMatchObject({ mg: 150, reference: 'nrv' }));
  it('no percentage', () => expect(dvToMg('Magnesium', values)).toBeNull());
});

describe('a share stated in prose: "RI" is the EU reference, and the words its bracket glosses are no reference value (issue 8, round 47)', () => {
  it('"RI", "VNR" and the other European abbreviations convert against the EU NRV', () => {
    expect(dvToMg('40% RI', values)).toMatchObject({ reference: 'nrv', mg: 150 });
    expect(dvToMg('40 % VNR', values)).toMatchObject({ reference: 'nrv', mg: 150 });
    expect(dvToMg('40% DV', values)).toMatchObject({ reference: 'dv', mg: 168 });
  });
  it('a tablet that gives "een kwart van de referentie-inname (25% RI)" is read as a dv-estimate per tablet; the reference value itself stays no dose', () => {
    const page = 'Acme Magnesium Citraat, 90 tabletten\n€ 8,49\nIn winkelwagen\nAcme Magnesium Citraat levert per tablet een kwart van de referentie-inname (25% RI) van magnesium.\nVolwassenen: 2 tabletten per dag.';
    expect(text(page)).toMatchObject({ status: 'found', basis: 'dv-estimate', perServingMg: 93.75, dailyMg: { min: 187.5, max: 187.5 } });
    expect(text('Acme Magnesium Citraat, 90 tabletten\n€ 8,49\nIn winkelwagen\nDe referentie-inname van magnesium is 375 mg (100% RI).\nVolwassenen: 2 tabletten per dag.').perServingMg ?? null).toBeNull();
  });
});
