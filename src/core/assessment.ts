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
  limitMg: z.number().nullable(),
  /** where the limit comes from, e.g. "US IOM 1997 / NIH ODS UL, age 9+" or "Your doctor's limit" */
  limitSource: z.string(),
  /** this product's daily dose (assumed 1 serving when the directions are missing) */
  productDailyMg: Range.nullable(),
  /** other supplements and medicines in the stack, mg/day */
  stackDailyMg: z.number(),
  /** product + stack */
  totalDailyMg: Range.nullable(),
  warnings: z.array(Warning),
});
export type Assessment = z.infer<typeof Assessment>;
