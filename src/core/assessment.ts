// What the safety rules return for one reading and one profile.
import { z } from './zod.ts';
import { Range } from './reading.ts';

export const LEVELS = ['over-limit', 'near-limit', 'within-limit', 'unknown', 'no-limit'] as const;
export const Level = z.enum(LEVELS);
export type Level = z.infer<typeof Level>;

export const Severity = z.enum(['danger', 'warning', 'caution', 'info']);
export type Severity = z.infer<typeof Severity>;

export const Warning = z.object({
  /** stable id, e.g. "over-limit", "interaction-bisphosphonate" */
  id: z.string(),
  severity: Severity,
  title: z.string(),
  detail: z.string(),
  /** citation: the publication or agency the rule comes from */
  source: z.string(),
});
export type Warning = z.infer<typeof Warning>;

export const Assessment = z.object({
  nutrient: z.string(),
  level: Level,
  /** the limit applied, mg/day of supplemental magnesium; null when none is set (infants) */
  limitMg: z.nullable(z.number()),
  /** where the limit comes from, e.g. "US IOM 1997 / NIH ODS UL, age 9+" or "Your doctor's limit" */
  limitSource: z.string(),
  /** this product's daily dose (assumed 1 serving when the directions are missing) */
  productDailyMg: z.nullable(Range),
  /** other supplements and medicines in the stack, mg/day */
  stackDailyMg: z.number(),
  /** product + stack */
  totalDailyMg: z.nullable(Range),
  warnings: z.array(Warning),
  /** the user's RDA (AI for infants), mg/day from food + supplements; a range when the profile
   *  leaves sex or age open. Optional: added by the safety rules (issue 4). */
  rda: z.optional(z.nullable(z.object({
    mg: Range,
    kind: z.enum(['RDA', 'AI']),
    /** who it is for, e.g. "females 31-50 years", "pregnancy, 19-30 years" */
    group: z.string(),
    source: z.string(),
  }))),
  /** % of that RDA this product's daily dose supplies (whole percent); null when the amount is unknown */
  rdaCoveragePct: z.optional(z.nullable(Range)),
});
export type Assessment = z.infer<typeof Assessment>;
