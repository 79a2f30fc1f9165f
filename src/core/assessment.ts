// What the safety rules return for one reading and one profile. Every word a user reads is a
// message (src/core/message.ts), rendered in the user's language where it is shown; every figure
// and rule names its sources by id (src/data/sources.ts).
import { lazily, z } from './zod.ts';
import { Range } from './reading.ts';
import { MsgSchema } from './message.ts';
import { SOURCE_IDS } from '../data/sources.ts';
import { Standard } from './profile.ts';

export const LEVELS = ['over-limit', 'near-limit', 'within-limit', 'unknown', 'no-limit'] as const;
export const Level = z.enum(LEVELS);
export type Level = z.infer<typeof Level>;

export const Severity = z.enum(['danger', 'warning', 'caution', 'info']);
export type Severity = z.infer<typeof Severity>;

export const SourceId = z.enum(SOURCE_IDS);
export type SourceId = z.infer<typeof SourceId>;
const Sources = z.array(SourceId).check(z.maxLength(SOURCE_IDS.length));

export const Warning = lazily(() => z.object({
  /** stable id, e.g. "over-limit", "interaction-bisphosphonate" */
  id: z.string().check(z.maxLength(60)),
  severity: Severity,
  title: MsgSchema,
  detail: MsgSchema,
  /** where the rule or figure comes from */
  sources: Sources,
}));
export type Warning = z.infer<typeof Warning>;

/** What the user is told first, decided in one place (src/rules/verdict.ts):
 *  over / near / within: the total against the limit, all of it read for sure;
 *  within-assumed: within the limit only on an assumption (one serving, an estimate, a weak or
 *    self-contradicting page) - never green;
 *  unknown: the amount could not be read; ask-doctor: the limit does not apply (kidney disease);
 *  check-profile: part of the saved profile could not be read; no-limit-for-age: none is set (babies). */
export const VERDICT_KINDS = ['over', 'near', 'within', 'within-assumed', 'unknown', 'ask-doctor', 'check-profile', 'no-limit-for-age'] as const;
export const VerdictKind = z.enum(VERDICT_KINDS);
export type VerdictKind = z.infer<typeof VerdictKind>;

export const Verdict = lazily(() => z.object({
  kind: VerdictKind,
  /** the toolbar badge's text (at most 4 characters in every language) */
  badge: MsgSchema,
  /** the one line a user reads first */
  headline: MsgSchema,
  /** why, for every verdict that is not a plain answer ("OK?", "?", "ASK", "!"): shown first
   *  under the headline; null for over, near and within */
  reason: z.nullable(MsgSchema),
}));
export type Verdict = z.infer<typeof Verdict>;

export const Assessment = lazily(() => z.object({
  nutrient: z.string(),
  level: Level,
  verdict: Verdict,
  /** the limit applied, mg/day of supplemental magnesium; null when none is set (babies) */
  limitMg: z.nullable(z.number()),
  /** what the limit is: "US upper limit, 9 years and over", "Your doctor's limit" */
  limitSource: MsgSchema,
  limitSources: Sources,
  /** this product's daily dose (assumed 1 serving when the directions are missing) */
  productDailyMg: z.nullable(Range),
  /** other supplements and medicines in the stack, mg/day */
  stackDailyMg: z.number(),
  /** product + stack */
  totalDailyMg: z.nullable(Range),
  warnings: z.array(Warning),
  /** the user's recommended intake (RDA) or adequate intake (AI), mg/day from food and
   *  supplements together, from the intake table of the chosen standard; a range when the profile
   *  leaves sex or age open */
  rda: z.nullable(z.object({
    mg: Range,
    kind: z.enum(['RDA', 'AI']),
    /** who it is for: "women, 31 to 50 years", "pregnancy, 19 to 30 years" */
    group: MsgSchema,
    sources: Sources,
  })),
  /** % of that intake this product's daily dose supplies (whole percent); null when the amount is unknown */
  rdaCoveragePct: z.nullable(Range),
  /** the standard the limit comes from; `auto` is set when the profile follows the browser:
   *  the browser language it was taken from and how (src/rules/region.ts) */
  standard: z.optional(z.object({
    used: Standard,
    auto: z.nullable(z.object({
      locale: z.nullable(z.string().check(z.maxLength(40))),
      basis: z.enum(['country', 'language', 'default']),
    })),
  })),
  /** the page is on a store of a region whose standard is not the one used (amazon.de for a
   *  shopper under the US limit): that standard's limit there, for the popup's notice and switch */
  storeRegion: z.optional(z.nullable(z.object({
    host: z.string().check(z.maxLength(255)),
    standard: Standard,
    /** the store standard's limit at the profile's age; null when it sets none */
    limitMg: z.nullable(z.number()),
    /** the short name of the store's standard ("EU limit") and of the one used ("US limit") */
    name: MsgSchema,
    usedName: MsgSchema,
    /** the total against the store's limit; null when the total is unknown */
    level: z.nullable(Level),
  }))),
}));
export type Assessment = z.infer<typeof Assessment>;
