// Stage 7, confidence: how sure the reading is of its amount, and why when it is not.
//  label: a facts panel or a label row ("<Element> (as citrate) 200 mg", a row flattened in text)
//  text:  a sentence that ties the amount to a serving, a unit or a day ("each capsule provides ...")
//  weak:  a title, a variant line, a lone amount, loose prose, or amounts that disagree
// A weak reading is never shown green (the rules decide; this stage only says how sure).
import { msg, type Msg } from '../msg.ts';
import type { Confidence } from '../../core/reading.ts';
import type { Dose } from './choose.ts';
import { TIER } from './tie.ts';

export interface ConfidenceResult {
  confidence: Confidence;
  /** why the reading is weak (null for label and text) */
  reason: Msg | null;
}

export function confidenceOf(dose: Dose, disagrees: boolean): ConfidenceResult {
  const w = dose.winner;
  if (disagrees) return { confidence: 'weak', reason: msg('reading_weak_disagreement') };
  if (w.tie === 'title') return { confidence: 'weak', reason: msg('reading_weak_title') };
  if (w.tie === 'variant' || w.tie === 'standalone') return { confidence: 'weak', reason: msg('reading_weak_lone_amount') };
  if (w.tier >= TIER.rowInProse && w.tier !== TIER.prose) return { confidence: 'label', reason: null };
  if (w.statedPer) return { confidence: 'text', reason: null };
  return { confidence: 'weak', reason: msg('reading_weak_prose') };
}
