// The safety evaluation: one reading + one profile -> the level, the verdict and the warnings,
// every figure from the data tables (src/data/), every word a message key. Pure: no browser API, no
// zod at runtime (types only), so the background, the popup and the `check` command can all call it.
//
// Levels: compare the TOP of the total daily range with the limit.
//   over-limit    max > limit (the detail says "can exceed" when min <= limit)
//   near-limit    max >= 90% of the limit, up to and including the limit itself
//   within-limit  below that
//   unknown       the amount could not be read (never "within"); also a page with no
//                 magnesium product (status "absent"), with the info warning
//                 "not-a-magnesium-product" (the background normally does not call us then)
//   no-limit      no limit is set for the age (babies)
// An unreadable product whose stack ALONE is over the limit is "over-limit": the total can only
// be higher. The product already in the stack (options.inStack) is not counted twice: its list
// entry is replaced by the larger of that entry and the page's daily dose, so a stronger variant
// of a listed product never makes the total look lower than it is. Food never counts.
// What the user is told first is decided from these in one place: ./verdict.ts.
import type { Assessment, Level } from '../core/assessment.ts';
import { msg } from '../core/message.ts';
import type { Profile, ResolvedProfile } from '../core/profile.ts';
import type { Range, Reading } from '../core/reading.ts';
import { nutrientData, type NutrientData } from '../data/nutrients.ts';
import { productDose, type ManualAmount } from './dose.ts';
import { roundMg } from './format.ts';
import { levelFor } from './level.ts';
import { resolveLimit, type AppliedLimit } from './limit.ts';
import { resolveProfile, settleStandard, storeRegionOf } from './region.ts';
import { rdaFor } from './rda.ts';
import { decideVerdict, verdictFacts } from './verdict.ts';
import { collectWarnings } from './warnings/index.ts';
import { rdaCoverage } from './warnings/helpful.ts';
import { repairedFieldNames } from './warnings/profile.ts';
import type { RuleContext, StoreLimit } from './warnings/context.ts';

export interface EvaluateOptions {
  /** the amount the user typed in the popup; replaces the page's figures */
  manual?: ManualAmount | null;
  /** this product is already in the user's stack: do not add it again */
  inStack?: boolean;
  /** the daily mg of the stack entry that matched (with inStack); the larger of it and the
   *  page's dose is counted. Absent: the entry is taken to cover the page's dose. */
  inStackMg?: number;
  /** the saved profile's fields that could not be read and took their defaults, as the profile
   *  reader names them ("ageYears", "medications[1]"): the check may have missed something, so
   *  the verdict is never calm and a warning names them in words */
  repairedFields?: readonly string[];
  /** the browser's languages, most preferred first: a profile on "auto" takes its standard from
   *  them (none given: the default standard) */
  locales?: readonly string[];
  /** the page's address: on a store of another region, that region's limit is checked too */
  pageUrl?: string | null;
}

export function evaluate(reading: Reading, stored: Profile, options: EvaluateOptions = {}): Assessment {
  const data = nutrientData(reading.nutrient);
  const settled = settleStandard(stored.standard, options.locales ?? []);
  const profile = resolveProfile(stored, settled);
  const limit = resolveLimit(data, profile);
  const rda = rdaFor(data, profile);
  const dose = productDose(reading, options.manual);
  const inStack = options.inStack === true;
  const stackMg = roundMg(profile.stack.reduce((sum, item) => sum + item.dailyMg, 0));
  const absent = reading.status === 'absent' && !options.manual && !inStack;

  let total: Range | null = null;
  if (absent) total = null;
  else if (inStack) {
    const entry = options.inStackMg;
    const page = dose.dailyMg;
    total = entry === undefined || !page
      ? { min: stackMg, max: stackMg }
      : { min: roundMg(stackMg - entry + Math.max(entry, page.min)), max: roundMg(stackMg - entry + Math.max(entry, page.max)) };
  } else if (dose.dailyMg) total = { min: roundMg(dose.dailyMg.min + stackMg), max: roundMg(dose.dailyMg.max + stackMg) };

  let level: Level;
  if (absent) level = 'unknown';
  else if (limit.limitMg === null) level = 'no-limit';
  else if (total) level = levelFor(total, limit.limitMg, data.nearLimitFraction.value);
  else level = stackMg > limit.limitMg ? 'over-limit' : 'unknown';

  const store = storeLimit(data, profile, limit, total, options.pageUrl);
  const ctx: RuleContext = {
    data, reading, profile, dose, limit, rda, stackMg, total, inStack, level, store,
    repaired: repairedFieldNames(options.repairedFields ?? []),
    askDoctor: data.conditions.find((c) => c.askDoctor && profile.conditions.includes(c.id))?.askDoctor ?? null,
  };
  const warnings = absent
    ? [{ id: 'not-a-magnesium-product', severity: 'info' as const, title: msg('rules_absent_title'), detail: msg('rules_absent_detail'), sources: data.labelConvention.sources }]
    : collectWarnings(ctx);
  return {
    nutrient: data.id,
    level,
    verdict: decideVerdict(verdictFacts(ctx, absent)),
    limitMg: limit.limitMg,
    limitSource: limit.label,
    limitSources: limit.sources,
    productDailyMg: absent ? null : dose.dailyMg,
    stackDailyMg: stackMg,
    totalDailyMg: total,
    warnings,
    rda: { mg: rda.mg, kind: rda.kind, group: rda.group, sources: rda.sources },
    rdaCoveragePct: absent ? null : rdaCoverage(ctx),
    standard: { used: settled.standard, auto: settled.auto && { locale: settled.auto.locale, basis: settled.auto.basis } },
    storeRegion: store && {
      host: store.host,
      standard: store.limit.standard.id,
      limitMg: store.limit.limitMg,
      name: msg(store.limit.standard.name),
      usedName: msg(limit.standard.name),
      level: store.level,
    },
  };
}

/** The limit of the store's own region, when the page is on a store of a region whose standard
 *  is not the one used. A doctor's limit is the user's own: no store's standard replaces it. */
function storeLimit(data: NutrientData, profile: ResolvedProfile, limit: AppliedLimit, total: Range | null, pageUrl?: string | null): StoreLimit | null {
  const store = storeRegionOf(pageUrl);
  if (!store || store.standard === profile.standard || limit.doctor) return null;
  const there = resolveLimit(data, { ...profile, standard: store.standard, doctorLimitMg: null });
  const level = total && there.limitMg !== null ? levelFor(total, there.limitMg, data.nearLimitFraction.value) : null;
  return { host: store.host, limit: there, level };
}
