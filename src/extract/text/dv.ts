// %DV / %NRV -> mg, an estimate (mg = % x reference value / 100). The reference values are the
// nutrient's label values (src/data/magnesium/label-values.ts).
import type { LabelValues } from '../../data/reading-data.ts';
import { EU_REFERENCE_ABBR_RE, PERCENT_RE } from './patterns.ts';
import { parseNumber } from './numbers.ts';

export interface DvEstimate {
  mg: number;
  percent: number;
  reference: 'dv' | 'nrv';
  raw: string;
}

/** Reads the first percentage in a row and converts it. EU wording (NRV/NRW/VNR/AR) uses the
 *  EU NRV; otherwise the current US DV (the higher US figure, so the estimate does not understate). */
export function dvToMg(rowText: string, values: LabelValues, euHint = false): DvEstimate | null {
  if (typeof rowText !== 'string') return null;
  const m = new RegExp(PERCENT_RE.source).exec(rowText);
  if (!m) return null;
  const pct = parseNumber(m[1] ?? '');
  if (pct === null || pct <= 0 || pct > 2000) return null;
  const eu = euHint || /\b(?:nrv|nrw|vnr|ar|rda)\b/i.test(rowText) || EU_REFERENCE_ABBR_RE().test(rowText);
  const ref = eu ? values.nrv : values.dv;
  return { mg: Math.round(pct * ref) / 100, percent: pct, reference: eu ? 'nrv' : 'dv', raw: m[0] };
}
