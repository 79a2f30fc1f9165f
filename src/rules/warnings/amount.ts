// Warnings about how sure the amount is: unreadable, estimated from a compound weight or %DV, one
// serving assumed, read from weak text, stated twice on the page, typed in by the user, applied to
// the skin, already in the list; and a licence whose monograph allows more than the limit.
import { msg } from '../../core/message.ts';
import type { Warning } from '../../core/assessment.ts';
import { COMPOUND_FORMS } from '../../data/magnesium/forms.ts';
import { LABEL_VALUES } from '../../data/magnesium/label-values.ts';
import { uniqueSources } from '../../data/sources.ts';
import { mgArg, sentences } from '../format.ts';
import type { RuleContext } from './context.ts';

export function unreadable(ctx: RuleContext): Warning[] {
  const { reading, dose, data, inStack } = ctx;
  if (dose.dailyMg || reading.status === 'absent') return [];
  return [{
    id: 'amount-unreadable',
    severity: inStack ? 'info' : 'warning',
    title: msg('rules_unreadable_title'),
    detail: sentences(
      msg('rules_unreadable_detail'),
      reading.seen ? msg('rules_unreadable_seen', reading.seen) : null,
      reading.reason,
      msg(inStack ? 'rules_unreadable_in_list' : 'rules_unreadable_enter'),
    ),
    sources: data.labelConvention.sources,
  }];
}

export function compoundEstimate(ctx: RuleContext): Warning[] {
  const { reading, dose, data } = ctx;
  if (dose.manual || !dose.dailyMg || reading.basis !== 'compound-estimate') return [];
  const form = formFor(ctx);
  return [{
    id: 'compound-estimate',
    severity: 'caution',
    title: msg('rules_compound_title'),
    detail: sentences(
      reading.form ? msg('rules_compound_detail', reading.form) : msg('rules_compound_detail_unnamed'),
      form ? msg('rules_compound_share', { pct: Math.round(form.share * 1000) / 10 }) : msg('rules_compound_share_unknown'),
      msg('rules_compound_check'),
    ),
    sources: data.elementalShare.sources,
  }];
}

export function dvEstimate(ctx: RuleContext): Warning[] {
  const { reading, dose, data } = ctx;
  if (dose.manual || !dose.dailyMg || reading.basis !== 'dv-estimate') return [];
  const v = LABEL_VALUES[data.id];
  return [{
    id: 'dv-estimate',
    severity: 'caution',
    title: msg('rules_dv_title'),
    detail: msg('rules_dv_detail', { mg: v.dv }, { mg: v.dvOld }, { mg: v.nrv }),
    sources: data.dailyValue.sources,
  }];
}

export function servingsAssumed(ctx: RuleContext): Warning[] {
  const { dose, data } = ctx;
  if (!dose.assumedOneServing || !dose.dailyMg) return [];
  return [{
    id: 'servings-assumed',
    severity: 'caution',
    title: msg('rules_servings_title'),
    detail: msg('rules_servings_detail', mgArg(dose.dailyMg)),
    sources: data.labelConvention.sources,
  }];
}

/** The reading engine found the amount only in a title or loose text, or in candidates that
 *  disagree: it may be wrong, so the label should be checked. */
export function weakReading(ctx: RuleContext): Warning[] {
  const { reading, dose, data } = ctx;
  if (dose.manual || !dose.dailyMg || reading.confidence !== 'weak') return [];
  return [{
    id: 'weak-reading',
    severity: 'caution',
    title: msg('rules_weak_title'),
    detail: sentences(reading.reason ?? msg('rules_weak_detail'), msg('rules_weak_check')),
    sources: data.labelConvention.sources,
  }];
}

/** The page states two different amounts; the higher one is used (never understate). */
export function disagreement(ctx: RuleContext): Warning[] {
  const { reading, dose } = ctx;
  const other = reading.disagreement;
  if (dose.manual || !other || reading.perServingMg === null) return [];
  return [{
    id: 'page-disagrees',
    severity: 'caution',
    title: msg('rules_disagree_title'),
    detail: msg('rules_disagree_detail', other.quote, { mg: other.otherMg }, { mg: reading.perServingMg }),
    sources: ['dose-guard'],
  }];
}

export function manualEntry(ctx: RuleContext): Warning[] {
  const { dose } = ctx;
  if (!dose.manual || dose.perServingMg === null || !dose.servingsPerDay) return [];
  return [{
    id: 'manual-entry',
    severity: 'info',
    title: msg('rules_manual_title'),
    detail: msg('rules_manual_detail', { mg: dose.perServingMg }, { range: dose.servingsPerDay }),
    sources: ['your-entry'],
  }];
}

export function topical(ctx: RuleContext): Warning[] {
  const { reading, data } = ctx;
  if (reading.route !== 'topical' || reading.status === 'absent') return [];
  return [{
    id: 'topical-product',
    severity: 'info',
    title: msg('rules_topical_title'),
    detail: msg('rules_topical_detail'),
    sources: data.limitBasis.sources,
  }];
}

export function alreadyInStack(ctx: RuleContext): Warning[] {
  const { inStack, stackMg, total } = ctx;
  if (!inStack) return [];
  const raised = total !== null && total.max > stackMg;
  return [{
    id: 'already-in-stack',
    severity: 'info',
    title: msg('rules_in_list_title'),
    detail: raised ? msg('rules_in_list_raised', mgArg(total)) : msg('rules_in_list_same', { mg: stackMg }),
    sources: ['your-profile'],
  }];
}

/** A Canadian licensed natural health product (NPN): its monograph allows adult products above the
 *  limit of the DRI tables. Said for adults only, and without changing the limit checked against. */
export function licensedProduct(ctx: RuleContext): Warning[] {
  const { reading, data, profile } = ctx;
  const licence = reading.licence;
  if (!licence || licence.scheme !== 'ca-npn' || reading.status === 'absent') return [];
  if (profile.ageYears !== null && profile.ageYears < data.assumedAdultAgeYears) return [];
  const rule = data.licences[licence.scheme];
  const dri = data.standards.canada.rows.at(-1)?.limitMg ?? null;
  if (dri === null) return [];
  return [{
    id: 'licensed-product',
    severity: 'info',
    title: msg('rules_licence_ca_title'),
    detail: msg('rules_licence_ca_detail', licence.number, { mg: rule.value.adultMaxMg }, { mg: dri }),
    sources: uniqueSources(rule.sources),
  }];
}

export function formFor(ctx: RuleContext) {
  const f = ctx.reading.form?.toLowerCase();
  if (!f) return null;
  const forms = COMPOUND_FORMS[ctx.data.id] ?? [];
  return forms.find((x) => x.form === f) ?? forms.find((x) => x.names.some((n) => new RegExp(`\\b${n}\\b`, 'u').test(f))) ?? null;
}
