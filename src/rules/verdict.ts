// The ONE place that decides what the user is told first: the badge, the popup's headline and the
// page note all show Assessment.verdict. From the level, the reading's certainty and the profile's
// state it picks a kind, the badge text, a headline and, for every answer that is not plain, the
// reason to show first under it.
//
// In order:
//  1. a condition under which the healthy-adult limit does not apply (kidney disease): ask the
//     doctor, whatever the dose;
//  2. no limit for the age (babies): ask, never reassure;
//  3. part of the saved profile unreadable and the verdict would be calm (within, near): check the
//     profile first, the check may have missed something;
//  4. over; 5. unknown (the amount could not be read); 6. near;
//  7. within: green only when nothing was assumed. One serving a day assumed, a compound or %DV
//     estimate, a weak reading, a page that disagrees with itself, or a profile with no age (the
//     adult limit assumed) make it "within on an assumption", with that assumption as the reason.
import { msg, type Msg } from '../core/message.ts';
import type { Level, Verdict, VerdictKind } from '../core/assessment.ts';
import { mgArg } from './format.ts';
import type { RuleContext } from './warnings/context.ts';

/** Everything the decision reads, worked out from the evaluation (see verdictFacts). */
export interface VerdictFacts {
  level: Level;
  /** the page shows no product of the nutrient at all */
  absent: boolean;
  /** why the doctor must be asked first (a condition of the profile), or null */
  askDoctor: Msg | null;
  /** the age band no limit is set for, when level is no-limit */
  noLimitBand: Msg | null;
  /** fields of the saved profile that could not be read, in words */
  repaired: Msg[];
  /** why the amount could not be read (the reading engine's reason), or null */
  unreadableReason: Msg | null;
  /** the first assumption the dose rests on, as the reason to show; null when nothing is assumed */
  assumption: Msg | null;
}

const BADGE: Record<VerdictKind, string> = {
  over: 'verdict_badge_over',
  near: 'verdict_badge_near',
  within: 'verdict_badge_ok',
  'within-assumed': 'verdict_badge_ok_assumed',
  unknown: 'verdict_badge_unknown',
  'ask-doctor': 'verdict_badge_ask',
  'check-profile': 'verdict_badge_check',
  'no-limit-for-age': 'verdict_badge_ask',
};

const HEADLINE: Record<VerdictKind, string> = {
  over: 'verdict_over',
  near: 'verdict_near',
  within: 'verdict_within',
  'within-assumed': 'verdict_within_assumed',
  unknown: 'verdict_unknown',
  'ask-doctor': 'verdict_ask_doctor',
  'check-profile': 'verdict_check_profile',
  'no-limit-for-age': 'verdict_no_limit',
};

function verdict(kind: VerdictKind, reason: Msg | null, headline = HEADLINE[kind]): Verdict {
  return { kind, badge: msg(BADGE[kind]), headline: msg(headline), reason };
}

export function decideVerdict(f: VerdictFacts): Verdict {
  if (f.absent) return verdict('unknown', msg('verdict_reason_absent'), 'verdict_absent');
  if (f.askDoctor) return verdict('ask-doctor', f.askDoctor);
  if (f.level === 'no-limit') return verdict('no-limit-for-age', msg('verdict_reason_no_limit', f.noLimitBand ?? msg('rules_band_infants')));
  const calm = f.level === 'within-limit' || f.level === 'near-limit';
  if (calm && f.repaired.length) return verdict('check-profile', msg('verdict_reason_profile', { list: f.repaired }));
  if (f.level === 'over-limit') return verdict('over', null);
  if (f.level === 'unknown') return verdict('unknown', f.unreadableReason ?? msg('verdict_reason_unreadable'));
  if (f.level === 'near-limit') return verdict('near', null);
  return f.assumption ? verdict('within-assumed', f.assumption) : verdict('within', null);
}

/** The facts of one evaluation. The assumptions, most telling first; a typed-in amount assumes nothing. */
export function verdictFacts(ctx: RuleContext, absent: boolean): VerdictFacts {
  const { reading, dose, limit } = ctx;
  const fromPage = !dose.manual && dose.dailyMg !== null;
  let assumption: Msg | null = null;
  if (fromPage) {
    if (reading.disagreement && reading.perServingMg !== null) {
      assumption = msg('verdict_reason_disagreement', { mg: reading.disagreement.otherMg }, { mg: reading.perServingMg });
    } else if (reading.confidence === 'weak') {
      assumption = reading.reason ?? msg('verdict_reason_weak');
    } else if (reading.basis === 'compound-estimate') {
      assumption = msg('verdict_reason_compound');
    } else if (reading.basis === 'dv-estimate') {
      assumption = msg('verdict_reason_dv');
    } else if (dose.assumedOneServing && dose.dailyMg) {
      assumption = msg('verdict_reason_one_serving', mgArg(dose.dailyMg));
    }
  }
  // Children have lower limits: with no age in the profile (a first run, above all), a dose within
  // the adult limit is not yet "within your limit". (Over the adult limit is over a child's too.)
  if (!assumption && limit.ageAssumed && !limit.doctor && limit.limitMg !== null) {
    assumption = msg('verdict_reason_age_assumed', { mg: limit.limitMg });
  }
  return {
    level: ctx.level,
    absent,
    askDoctor: ctx.askDoctor,
    noLimitBand: limit.limitMg === null ? limit.row.label : null,
    repaired: ctx.repaired,
    unreadableReason: reading.status === 'unreadable' ? reading.reason : null,
    assumption,
  };
}
