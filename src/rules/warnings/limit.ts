// Warnings about the limit: over, near, no limit set, the doctor's limit, an assumed adult age,
// a child's limit.
import type { Warning } from '../../core/assessment.ts';
import { bandFor } from '../life-stage.ts';
import { mg, mgRange, num, roundMg, capitalize } from '../format.ts';
import { limitPhrase } from '../limit.ts';
import { nearThreshold } from '../level.ts';
import type { RuleContext } from './context.ts';

/** "This product (400 mg a day) plus 100 mg a day from your list comes to 500 mg" */
function totalPhrase(ctx: RuleContext): string {
  const { dose, stackMg, total, inStack, data } = ctx;
  if (!total) return '';
  if (inStack) return `Your list, which already includes this product, comes to ${mgRange(total)} of ${data.name} a day`;
  if (!dose.dailyMg) return '';
  if (stackMg > 0) {
    return `This product (${mgRange(dose.dailyMg)} a day) plus ${mg(stackMg)} a day from the supplements and medicines in your list comes to ${mgRange(total)} a day`;
  }
  return `This product comes to ${mgRange(total)} of ${data.name} a day`;
}

export function overLimit(ctx: RuleContext): Warning[] {
  const { limit, total, stackMg, data } = ctx;
  if (ctx.level !== 'over-limit' || limit.limitMg === null) return [];
  const L = limit.limitMg;
  if (!total) {
    // amount unreadable, but the list alone is already over
    return [{
      id: 'over-limit',
      severity: 'danger',
      title: 'Over your daily limit before this product',
      detail: `The supplements and medicines in your list already come to ${mg(stackMg)} of ${data.name} a day, ${mg(roundMg(stackMg - L))} over ${limitPhrase(limit, mg(L))}, before this product, whose amount could not be read.`,
      source: limit.citation,
    }];
  }
  const over = roundMg(total.max - L);
  const always = total.min > L;
  const detail = always
    ? `${totalPhrase(ctx)}: ${mg(over)} over ${limitPhrase(limit, mg(L))}.`
    : `${totalPhrase(ctx)}, which can exceed ${limitPhrase(limit, mg(L))}: up to ${mg(over)} over at the highest dose in the directions.`;
  return [{
    id: 'over-limit',
    severity: 'danger',
    title: always ? `Over your daily limit by ${mg(over)}` : `Can exceed your daily limit by up to ${mg(over)}`,
    detail: `${detail} The limit counts supplements and medicines, not food; take more only if your doctor advises it.`,
    source: limit.citation,
  }];
}

export function nearLimit(ctx: RuleContext): Warning[] {
  const { limit, total, data } = ctx;
  if (ctx.level !== 'near-limit' || limit.limitMg === null || !total) return [];
  const L = limit.limitMg;
  const pct = num(data.nearLimitFraction.value * 100);
  const gap = roundMg(L - total.max);
  const where = gap === 0 ? `exactly at ${limitPhrase(limit, mg(L))}` : `within ${pct}% of ${limitPhrase(limit, mg(L))}: ${mg(gap)} below it`;
  return [{
    id: 'near-limit',
    severity: 'warning',
    title: gap === 0 ? 'At your daily limit' : 'Close to your daily limit',
    detail: `${totalPhrase(ctx)}, ${where}. Adding another supplement, antacid or laxative with ${data.name} could take you over.`,
    source: limit.citation,
  }];
}

export function noLimit(ctx: RuleContext): Warning[] {
  const { limit, data } = ctx;
  if (limit.limitMg !== null) return [];
  const infant = limit.ageYears < 1;
  if (infant) {
    return [{
      id: 'infant-no-limit',
      severity: 'warning',
      title: 'No limit is set for infants: ask a paediatrician',
      detail: `Under ${limit.standard.name} reference values ${limit.noLimitReason}, so this cannot be checked against a limit. Ask a paediatrician before giving a baby any ${data.name} supplement.`,
      source: limit.standardCitation,
    }];
  }
  // A standard that sets no limit for this age (EU, ages 1-3). The standard is not switched; the
  // default standard's figure is named for information.
  const def = data.standards[data.defaultStandard];
  const defRow = bandFor(def.rows, limit.ageYears);
  const other = def.id !== limit.standard.id && defRow.limitMg !== null
    ? ` (For comparison, the ${def.name} limit at ${defRow.label} is ${mg(defRow.limitMg)} a day.)`
    : '';
  return [{
    id: 'no-limit-for-age',
    severity: 'warning',
    title: `No ${limit.standard.name} limit for ${limit.row.label}: ask a paediatrician`,
    detail: `${capitalize(limit.noLimitReason ?? 'no limit is set for this age')}, so this cannot be checked against a limit. Ask a paediatrician before giving a young child a ${data.name} supplement.${other}`,
    source: limit.standardCitation,
  }];
}

export function doctorLimit(ctx: RuleContext): Warning[] {
  const { limit } = ctx;
  if (!limit.doctor || limit.limitMg === null) return [];
  const replaced = limit.standardLimitMg === null
    ? `the ${limit.standard.name} reference values, which set none for ${limit.row.label}`
    : `the ${limit.standardLimitSource} of ${mg(limit.standardLimitMg)} a day`;
  return [{
    id: 'doctor-limit',
    severity: 'info',
    title: "Your doctor's limit is used",
    detail: `Your doctor's limit of ${mg(limit.limitMg)} a day replaces ${replaced}.`,
    source: `Your doctor's limit, entered in your profile; replaces: ${limit.standardCitation}`,
  }];
}

export function ageAssumed(ctx: RuleContext): Warning[] {
  const { limit, profile } = ctx;
  if (profile.ageYears !== null) return [];
  const lim = !limit.doctor && limit.limitMg !== null ? ` (limit ${mg(limit.limitMg)} a day)` : '';
  return [{
    id: 'age-assumed',
    severity: 'info',
    title: 'Adult values assumed',
    detail: `Your profile has no age, so the adult values are used${lim}. Children have lower limits: add your age in options.`,
    source: limit.standardCitation,
  }];
}

export function childLimit(ctx: RuleContext): Warning[] {
  const { limit, profile, data } = ctx;
  const age = profile.ageYears;
  if (age === null || age < 1 || age >= 18 || limit.doctor || limit.standardLimitMg === null) return [];
  const L = limit.standardLimitMg;
  const adult = limit.adultLimitMg;
  const compare = adult === null ? '' : L < adult ? `, lower than the adult limit of ${mg(adult)}` : ', the same as for adults';
  const fallback = limit.fallbackFrom
    ? ` The ${limit.fallbackFrom.limitName} is for adults only, so the ${limit.rowStandard.name} limit for children is used.`
    : '';
  return [{
    id: 'child-limit',
    severity: adult !== null && L < adult ? 'caution' : 'info',
    title: `Child's limit: ${mg(L)} a day`,
    detail: `For ${limit.row.label} the limit for ${data.name} from supplements and medicines is ${mg(L)} a day (${limit.standardLimitSource})${compare}.${fallback} Ask a paediatrician or pharmacist before giving a child an adult product.`,
    source: limit.standardCitation,
  }];
}

/** Used by the diarrhea rule: the total reaches the near-limit zone. */
export function atOrNearLimit(ctx: RuleContext): boolean {
  const { limit, total, data } = ctx;
  if (limit.limitMg === null || !total) return false;
  return total.max >= nearThreshold(limit.limitMg, data.nearLimitFraction.value);
}

