import { describe, expect, it } from 'vitest';
import { dvToMg } from '../../../../src/extract/text/dv.ts';
import { LABEL_VALUES } from '../../../../src/data/magnesium/label-values.ts';

const values = LABEL_VALUES.magnesium;

describe('%DV / %NRV to mg (estimates)', () => {
  it('US %DV uses 420 mg', () => expect(dvToMg('Magnesium | 25%', values)).toMatchObject({ mg: 105, reference: 'dv' }));
  it('EU %NRV uses 375 mg', () => expect(dvToMg('Magnesium | 40% NRV', values)).toMatchObject({ mg: 150, reference: 'nrv' }));
  it('no percentage', () => expect(dvToMg('Magnesium', values)).toBeNull());
});
