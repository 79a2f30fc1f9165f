// The warning rules, in the order they are listed within one severity. Adding a rule is one
// function and one line here.
import type { Severity, Warning } from '../../core/assessment.ts';
import type { Rule, RuleContext } from './context.ts';
import { ageAssumed, childLimit, doctorLimit, excessSymptoms, nearLimit, noLimit, overLimit, veryLargeDose } from './limit.ts';
import {
  alreadyInStack, compoundEstimate, disagreement, dvEstimate, licensedProduct, manualEntry, servingsAssumed, topical, unreadable, weakReading,
} from './amount.ts';
import { conditions, diarrheaForm, lifeStage, medications } from './medical.ts';
import { osteoporosis, rdaNote } from './helpful.ts';
import { profileRepaired } from './profile.ts';

export const RULES: Rule[] = [
  veryLargeDose, profileRepaired, overLimit, excessSymptoms, nearLimit, noLimit, unreadable,
  conditions, medications,
  disagreement, weakReading, compoundEstimate, dvEstimate, servingsAssumed, diarrheaForm, childLimit,
  lifeStage, doctorLimit, ageAssumed, licensedProduct, manualEntry, topical, alreadyInStack,
  rdaNote, osteoporosis,
];

export const SEVERITY_ORDER: readonly Severity[] = ['danger', 'warning', 'caution', 'info'];

/** Run every rule; most severe first, rule order kept within a severity (stable sort). */
export function collectWarnings(ctx: RuleContext, rules: readonly Rule[] = RULES): Warning[] {
  const all = rules.flatMap((rule) => rule(ctx));
  return all
    .map((w, i) => ({ w, i }))
    .sort((a, b) => SEVERITY_ORDER.indexOf(a.w.severity) - SEVERITY_ORDER.indexOf(b.w.severity) || a.i - b.i)
    .map(({ w }) => w);
}

export type { Rule, RuleContext } from './context.ts';
