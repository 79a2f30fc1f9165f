// Warnings about how sure the amount is: unreadable, estimated from a compound weight or %DV,
// one serving assumed, typed in by the user, applied to the skin, already in the list.
import type { Warning } from '../../core/assessment.ts';
import { COMPOUND_FORMS } from '../../data/magnesium/forms.ts';
import { LABEL_VALUES } from '../../data/magnesium/label-values.ts';
import { mg, mgRange, num } from '../format.ts';
import type { RuleContext } from './context.ts';

export function unreadable(ctx: RuleContext): Warning[] {
  const { reading, dose, data, inStack } = ctx;
  if (dose.dailyMg || reading.status === 'absent') return [];
  const seen = reading.seen ? ` The page shows "${reading.seen}", but not as an amount per serving, so it is not used.` : '';
  const next = inStack
    ? ' The amount you entered in your list is used instead.'
    : ' This product cannot be checked until you enter the amount from the label.';
  return [{
    id: 'amount-unreadable',
    severity: inStack ? 'info' : 'warning',
    title: 'Amount not readable from this page',
    detail: `The ${data.name} amount per serving could not be read from this page.${seen}${next}`,
    source: data.labelConvention.source,
  }];
}

export function compoundEstimate(ctx: RuleContext): Warning[] {
  const { reading, dose, data } = ctx;
  if (dose.manual || !dose.dailyMg || reading.basis !== 'compound-estimate') return [];
  const form = formFor(ctx);
  const share = form ? ` (${num(form.share * 100)}% for ${data.name} ${form.form})` : '';
  const named = reading.form ? `${data.name} ${reading.form}` : `the ${data.name} compound`;
  return [{
    id: 'compound-estimate',
    severity: 'caution',
    title: 'Estimated from the compound weight',
    detail: `The page gives the weight of ${named}, not of ${data.name} itself. The ${data.name} in it was estimated with the ${data.elementalShare.value}${share}, so the real amount is likely lower. If the figure is the ${data.name} itself (some pages print it so), the dose is several times higher: check the Supplement Facts panel.`,
    source: data.elementalShare.source,
  }];
}

export function dvEstimate(ctx: RuleContext): Warning[] {
  const { reading, dose, data } = ctx;
  if (dose.manual || !dose.dailyMg || reading.basis !== 'dv-estimate') return [];
  const v = LABEL_VALUES[data.id];
  return [{
    id: 'dv-estimate',
    severity: 'caution',
    title: 'Estimated from a % Daily Value',
    detail: `The page gives only a percentage of the daily reference value, so the amount was calculated from it and is an estimate: current US labels use ${mg(v.dv)} (older ones ${mg(v.dvOld)}), EU labels ${mg(v.nrv)}.`,
    source: data.dailyValue.source,
  }];
}

export function servingsAssumed(ctx: RuleContext): Warning[] {
  const { dose, data } = ctx;
  if (!dose.assumedOneServing || !dose.dailyMg) return [];
  return [{
    id: 'servings-assumed',
    severity: 'caution',
    title: 'Assumes one serving a day',
    detail: `The page gives no directions for how many servings to take a day, so the figure assumes one serving (${mgRange(dose.dailyMg)}). If you take more, the total is higher.`,
    source: data.labelConvention.source,
  }];
}

export function manualEntry(ctx: RuleContext): Warning[] {
  const { dose } = ctx;
  if (!dose.manual || dose.perServingMg === null || !dose.servingsPerDay) return [];
  const spd = dose.servingsPerDay.min === dose.servingsPerDay.max
    ? num(dose.servingsPerDay.min)
    : `${num(dose.servingsPerDay.min)}-${num(dose.servingsPerDay.max)}`;
  return [{
    id: 'manual-entry',
    severity: 'info',
    title: 'Using the amount you entered',
    detail: `${mg(dose.perServingMg)} per serving, ${spd} serving(s) a day, as you entered it from the label.`,
    source: 'Entered by you from the product label',
  }];
}

export function topical(ctx: RuleContext): Warning[] {
  const { reading, data } = ctx;
  if (reading.route !== 'topical' || reading.status === 'absent') return [];
  return [{
    id: 'topical-product',
    severity: 'info',
    title: 'Applied to the skin: counted to be safe',
    detail: `The page says this product is applied to the skin. The limits are for ${data.name} from supplements and medicines; to be safe, Dose Guard counts it in the total.`,
    source: data.ulCriticalEffect.source,
  }];
}

export function alreadyInStack(ctx: RuleContext): Warning[] {
  const { inStack, stackMg, total } = ctx;
  if (!inStack) return [];
  const raised = total !== null && total.max > stackMg;
  return [{
    id: 'already-in-stack',
    severity: 'info',
    title: 'Already in your list: counted once',
    detail: raised
      ? `This product is in your list of supplements, so it is counted once; the page's daily amount is higher than your list entry, so the higher figure is used (total ${mgRange(total)} a day).`
      : `This product is in your list of supplements, so it is not added again: your list total of ${mg(stackMg)} a day is used.`,
    source: 'Your supplement list, entered in your profile',
  }];
}

export function formFor(ctx: RuleContext) {
  const f = ctx.reading.form?.toLowerCase();
  if (!f) return null;
  const forms = COMPOUND_FORMS[ctx.data.id] ?? [];
  return forms.find((x) => x.form === f) ?? forms.find((x) => x.names.some((n) => new RegExp(`\\b${n}\\b`, 'u').test(f))) ?? null;
}
