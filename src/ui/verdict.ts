// How each verdict level looks everywhere it is shown: badge, popup, on-page note.
// One table, so the three never disagree.
import type { Assessment, Level } from '../core/assessment.ts';

export interface LevelLook {
  /** toolbar badge text, at most 4 characters */
  badge: string;
  /** badge and accent colour */
  color: string;
  /** one line a user reads first */
  headline: string;
}

export const LEVEL_LOOK: Record<Level, LevelLook> = {
  'over-limit': { badge: 'OVER', color: '#b3261e', headline: 'Over your daily limit' },
  'near-limit': { badge: 'NEAR', color: '#a35200', headline: 'Close to your daily limit' },
  'within-limit': { badge: 'OK', color: '#1e6b3a', headline: 'Within your daily limit' },
  unknown: { badge: '?', color: '#5f6368', headline: 'Amount not readable from this page' },
  // Not reassurance: no limit means nobody has set a safe amount for this age.
  'no-limit': { badge: 'ASK', color: '#a35200', headline: 'Cannot check: no limit is set for this age. Ask a paediatrician.' },
};

/** A "see your doctor first" warning (kidney disease) outranks a green or amber verdict: the
 *  dose may be within the limit, but the user must not read that as "fine for me". */
const ASK_FIRST: LevelLook = { badge: 'ASK', color: '#b3261e', headline: 'Ask your doctor before taking this' };
/** Part of the stored profile was unreadable and took defaults: the check may miss something. */
const CHECK_PROFILE: LevelLook = { badge: '!', color: '#a35200', headline: 'Check your profile: part of it could not be read' };
/** Within the limit only on the assumption of one serving a day (no directions were read). */
const ASSUMED_ONE: LevelLook = { badge: 'OK?', color: '#5f6368', headline: 'Within the limit at 1 serving a day (directions not found)' };
/** Within the limit only if the label's figure is a compound's weight, as it most likely is: if it
 *  were the magnesium itself, the dose would be several times higher. */
const ASSUMED_COMPOUND: LevelLook = { badge: 'OK?', color: '#5f6368', headline: 'Within the limit if the label gives the compound\'s weight: check the label' };

export function lookFor(assessment: Pick<Assessment, 'level' | 'warnings'>): LevelLook {
  const { level, warnings } = assessment;
  const has = (test: (w: Assessment['warnings'][number]) => boolean) => warnings.some(test);
  const calm = level === 'within-limit' || level === 'near-limit';
  if (calm && has((w) => w.severity === 'danger')) return ASK_FIRST;
  if (calm && has((w) => w.id === 'profile-repaired')) return CHECK_PROFILE;
  if (level === 'within-limit' && has((w) => w.id === 'servings-assumed')) return ASSUMED_ONE;
  if (level === 'within-limit' && has((w) => w.id === 'compound-estimate')) return ASSUMED_COMPOUND;
  return LEVEL_LOOK[level];
}

export function formatMg(mg: number): string {
  const rounded = mg >= 100 ? Math.round(mg) : Math.round(mg * 10) / 10;
  return `${rounded.toLocaleString('en-US')} mg`;
}

export function formatRange(range: { min: number; max: number }, unit = ' mg'): string {
  const f = (n: number) => (n >= 100 ? Math.round(n) : Math.round(n * 10) / 10).toLocaleString('en-US');
  return range.min === range.max ? `${f(range.min)}${unit}` : `${f(range.min)}–${f(range.max)}${unit}`;
}
