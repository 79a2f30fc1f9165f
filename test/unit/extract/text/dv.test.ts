import { describe, expect, it } from 'vitest';
import { dvToMg } from '../../../../src/extract/text/dv.ts';

describe('%DV / %NRV to mg (estimates)', () => {
  it('US %DV uses 420 mg', () => expect(dvToMg('Magnesium | 25%')).toMatchObject({ mg: 105, reference: 'dv' }));
  it('EU %NRV uses 375 mg', () => expect(dvToMg('Magnesium | 40% NRV')).toMatchObject({ mg: 150, reference: 'nrv' }));
  it('no percentage', () => expect(dvToMg('Magnesium')).toBeNull());
});
