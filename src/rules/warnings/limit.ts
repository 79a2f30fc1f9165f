// Warnings about the limit: over it (and what that risks), very large doses, near it, no limit set,
// the doctor's limit, an assumed adult age, a child's limit.
import { msg, type Msg } from '../../core/message.ts';
import type { Warning } from '../../core/assessment.ts';
import { uniqueSources } from '../../data/sources.ts';
import { mgArg, roundMg, sentences } from '../format.ts';
import { limitPhrase } from '../limit.ts';
import { nearThreshold } from '../level.ts';
import { stageApplies } from '../rda.ts';
import type { RuleContext } from './context.ts';

/** "This product (400 mg a day) plus 100 mg a day from your list comes to 500 mg a day." */
function totalSentence(ctx: RuleContext): Msg | null {
  const { dose, stackMg, total, inStack } = ctx;
  if (!total) return null;
  if (inStack) return msg('rules_total_in_list', mgArg(total));
  if (!dose.dailyMg) return null;
  if (stackMg > 0) return msg('rules_total_with_stack', mgArg(dose.dailyMg), { mg: stackMg }, mgArg(total));
  return msg('rules_total_product', mgArg(total));
}

/** Over the limit: a caution, not a danger. The limit guards healthy people against diarrhea and
 *  cramps, so a little over it is a risk of those, not of poisoning; "danger" is kept for kidney
 *  disease and very large doses. A doctor's limit has the doctor's reasons, not the standard's. */
export function overLimit(ctx: RuleContext): Warning[] {
  const { limit, total, stackMg, data } = ctx;
  if (ctx.level !== 'over-limit' || limit.limitMg === null) return [];
  const L = limit.limitMg;
  const why = limit.doctor ? msg('rules_over_why_doctor') : msg('rules_over_why');
  const sources = uniqueSources(limit.sources, limit.doctor ? [] : data.limitBasis.sources);
  if (!total) {
    // amount unreadable, but the list alone is already over
    return [{
      id: 'over-limit',
      severity: 'caution',
      title: msg('rules_over_before_title'),
      detail: sentences(msg('rules_over_before_detail', { mg: stackMg }, { mg: roundMg(stackMg - L) }, limitPhrase(limit)), why),
      sources,
    }];
  }
  const over = roundMg(total.max - L);
  const always = total.min > L;
  return [{
    id: 'over-limit',
    severity: 'caution',
    title: msg(always ? 'rules_over_title' : 'rules_over_can_title', { mg: over }),
    detail: sentences(
      totalSentence(ctx),
      msg(always ? 'rules_over_by' : 'rules_over_up_to', { mg: over }, limitPhrase(limit)),
      why,
    ),
    sources,
  }];
}

/** A daily amount at which deaths have been reported (laxatives, antacids): a danger, at any limit. */
export function veryLargeDose(ctx: RuleContext): Warning[] {
  const { data, total, stackMg } = ctx;
  const amount = total ?? { min: stackMg, max: stackMg };
  if (amount.max < data.veryLargeDoseMg.value) return [];
  return [{
    id: 'very-large-dose',
    severity: 'danger',
    title: msg('rules_very_large_title'),
    detail: msg('rules_very_large_detail', mgArg(amount), { mg: data.veryLargeDoseMg.value }),
    sources: data.veryLargeDoseMg.sources,
  }];
}

/** When to see a doctor: over the limit, a very large dose, or a condition under which the limit
 *  does not apply (kidney disease). */
export function excessSymptoms(ctx: RuleContext): Warning[] {
  const { data, level, total, askDoctor } = ctx;
  const veryLarge = (total?.max ?? ctx.stackMg) >= data.veryLargeDoseMg.value;
  if (level !== 'over-limit' && !veryLarge && !askDoctor) return [];
  return [{
    id: 'symptoms-of-excess',
    severity: 'caution',
    title: msg('rules_symptoms_title'),
    detail: msg('rules_symptoms_detail'),
    sources: data.excessSymptoms.sources,
  }];
}

export function nearLimit(ctx: RuleContext): Warning[] {
  const { limit, total, data } = ctx;
  if (ctx.level !== 'near-limit' || limit.limitMg === null || !total) return [];
  const gap = roundMg(limit.limitMg - total.max);
  const where = gap === 0
    ? msg('rules_at_limit', limitPhrase(limit))
    : msg('rules_near_gap', { pct: data.nearLimitFraction.value * 100 }, limitPhrase(limit), { mg: gap });
  return [{
    id: 'near-limit',
    severity: 'info',
    title: msg(gap === 0 ? 'rules_at_title' : 'rules_near_title'),
    detail: sentences(totalSentence(ctx), where, msg('rules_near_more')),
    sources: uniqueSources(limit.sources, data.nearLimitFraction.sources),
  }];
}

/** No standard sets a limit for babies: nothing here can be reassuring. */
export function noLimit(ctx: RuleContext): Warning[] {
  const { limit } = ctx;
  if (limit.limitMg !== null) return [];
  return [{
    id: 'no-limit-for-age',
    severity: 'warning',
    title: msg('rules_no_limit_title'),
    detail: msg('rules_no_limit_detail', limit.row.label),
    sources: limit.standardSources,
  }];
}

export function doctorLimit(ctx: RuleContext): Warning[] {
  const { limit } = ctx;
  if (!limit.doctor || limit.limitMg === null) return [];
  const detail = limit.standardLimitMg === null
    ? msg('rules_doctor_detail_none', { mg: limit.limitMg }, limit.row.label)
    : msg('rules_doctor_detail', { mg: limit.limitMg }, { mg: limit.standardLimitMg }, limit.standardLabel);
  return [{
    id: 'doctor-limit',
    severity: 'info',
    title: msg('rules_doctor_title'),
    detail,
    sources: uniqueSources(['your-profile'], limit.standardSources),
  }];
}

export function ageAssumed(ctx: RuleContext): Warning[] {
  const { limit, profile } = ctx;
  if (profile.ageYears !== null) return [];
  return [{
    id: 'age-assumed',
    severity: 'info',
    title: msg('rules_age_assumed_title'),
    detail: !limit.doctor && limit.limitMg !== null
      ? msg('rules_age_assumed_detail', { mg: limit.limitMg })
      : msg('rules_age_assumed_detail_doctor'),
    sources: limit.standardSources,
  }];
}

/** A child's limit, said with whose it is. Who to ask depends on who gives the product: a parent
 *  (a paediatrician) while the limit is lower than an adult's; the young person themselves (a
 *  doctor or pharmacist) once it is the same; never a paediatrician in pregnancy or breastfeeding. */
export function childLimit(ctx: RuleContext): Warning[] {
  const { limit, profile, data } = ctx;
  const age = profile.ageYears;
  if (age === null || age >= data.adultWordingFromYears || limit.doctor || limit.standardLimitMg === null) return [];
  const L = limit.standardLimitMg;
  const adult = limit.adultLimitMg;
  const lower = adult !== null && L < adult;
  const first = lower
    ? msg('rules_child_detail_lower', limit.row.label, { mg: L }, limit.rowLabel, { mg: adult })
    : msg(adult === null ? 'rules_child_detail' : 'rules_child_detail_same', limit.row.label, { mg: L }, limit.rowLabel);
  const ask = stageApplies(data, profile)
    ? msg('rules_child_ask_midwife')
    : msg(lower ? 'rules_child_ask_paediatrician' : 'rules_child_ask_pharmacist');
  return [{
    id: 'child-limit',
    severity: lower ? 'caution' : 'info',
    title: msg('rules_child_title', { mg: L }),
    detail: sentences(first, limit.fallback ? msg(limit.fallback.sentence) : null, ask),
    sources: limit.standardSources,
  }];
}

/** Used by the diarrhea rule: the total reaches the near-limit zone. */
export function atOrNearLimit(ctx: RuleContext): boolean {
  const { limit, total, data } = ctx;
  if (limit.limitMg === null || !total) return false;
  return total.max >= nearThreshold(limit.limitMg, data.nearLimitFraction.value);
}
