// The safety evaluation: one reading + one profile -> a verdict and warnings, every figure from
// the data tables (src/data/). Pure: no browser API, no zod at runtime (types only), so the
// background, the popup and the `check` command can all call it.
//
// Levels (issue 4): compare the TOP of the total daily range with the limit.
//   over-limit    max > limit (the detail says "can exceed" when min <= limit)
//   near-limit    max >= 90% of the limit, up to and including the limit itself
//   within-limit  below that
//   unknown       the amount could not be read (never "within"); also a page with no
//                 magnesium product (status "absent"), with the info warning
//                 "not-a-magnesium-product" (the background normally does not call us then)
//   no-limit      the standard sets no limit for the age (infants; EU ages 1-3)
// An unreadable product whose stack ALONE is over the limit is "over-limit": the total can only
// be higher. The product already in the stack (options.inStack) is not counted twice: its list
// entry is replaced by the larger of that entry and the page's daily dose, so a stronger variant
// of a listed product never makes the total look lower than it is. Food never counts.
import type { Assessment, Level } from '../core/assessment.ts';
import type { Profile } from '../core/profile.ts';
import type { Range, Reading } from '../core/reading.ts';
import { nutrientData } from '../data/nutrients.ts';
import { productDose, type ManualAmount } from './dose.ts';
import { roundMg } from './format.ts';
import { levelFor } from './level.ts';
import { resolveLimit } from './limit.ts';
import { rdaFor } from './rda.ts';
import { collectWarnings } from './warnings/index.ts';
import { rdaCoverage } from './warnings/helpful.ts';
import type { RuleContext } from './warnings/context.ts';

export interface EvaluateOptions {
  /** the amount the user typed in the popup; replaces the page's figures */
  manual?: ManualAmount | null;
  /** this product is already in the user's stack: do not add it again */
  inStack?: boolean;
  /** the daily mg of the stack entry that matched (with inStack); the larger of it and the
   *  page's dose is counted. Absent: the entry is taken to cover the page's dose. */
  inStackMg?: number;
}

export function evaluate(reading: Reading, profile: Profile, options: EvaluateOptions = {}): Assessment {
  const data = nutrientData(reading.nutrient);
  const limit = resolveLimit(data, profile);
  const rda = rdaFor(data, profile);
  const dose = productDose(reading, options.manual);
  const inStack = options.inStack === true;
  const stackMg = roundMg(profile.stack.reduce((sum, item) => sum + item.dailyMg, 0));

  if (reading.status === 'absent' && !options.manual && !inStack) {
    return {
      nutrient: data.id,
      level: 'unknown',
      limitMg: limit.limitMg,
      limitSource: limit.limitSource,
      productDailyMg: null,
      stackDailyMg: stackMg,
      totalDailyMg: null,
      warnings: [{
        id: 'not-a-magnesium-product',
        severity: 'info',
        title: `No ${data.name} product found on this page`,
        detail: `This page does not show a ${data.name} supplement, so there is nothing to check.`,
        source: data.labelConvention.source,
      }],
      rda: { mg: rda.mg, kind: rda.kind, group: rda.group, source: rda.source },
      rdaCoveragePct: null,
    };
  }

  let total: Range | null = null;
  if (inStack) {
    const entry = options.inStackMg;
    const page = dose.dailyMg;
    total = entry === undefined || !page
      ? { min: stackMg, max: stackMg }
      : { min: roundMg(stackMg - entry + Math.max(entry, page.min)), max: roundMg(stackMg - entry + Math.max(entry, page.max)) };
  } else if (dose.dailyMg) total = { min: roundMg(dose.dailyMg.min + stackMg), max: roundMg(dose.dailyMg.max + stackMg) };

  let level: Level;
  if (limit.limitMg === null) level = 'no-limit';
  else if (total) level = levelFor(total, limit.limitMg, data.nearLimitFraction.value);
  else level = stackMg > limit.limitMg ? 'over-limit' : 'unknown';

  const ctx: RuleContext = { data, reading, profile, dose, limit, rda, stackMg, total, inStack, level };
  return {
    nutrient: data.id,
    level,
    limitMg: limit.limitMg,
    limitSource: limit.limitSource,
    productDailyMg: dose.dailyMg,
    stackDailyMg: stackMg,
    totalDailyMg: total,
    warnings: collectWarnings(ctx),
    rda: { mg: rda.mg, kind: rda.kind, group: rda.group, source: rda.source },
    rdaCoveragePct: rdaCoverage(ctx),
  };
}
