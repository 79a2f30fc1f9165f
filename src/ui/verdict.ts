// How each verdict looks wherever it is shown: badge, popup, on-page note. What the verdict is, and
// its words, are decided by the rules (src/rules/verdict.ts); this is only the colour.
import type { VerdictKind } from '../core/assessment.ts';

/** Badge and accent colour per verdict. Green only for a plain, certain "within". */
export const VERDICT_COLOR: Readonly<Record<VerdictKind, string>> = {
  over: '#b3261e',
  near: '#a35200',
  within: '#1e6b3a',
  // Not green: within the limit only if an assumption holds.
  'within-assumed': '#5f6368',
  unknown: '#5f6368',
  'ask-doctor': '#b3261e',
  'check-profile': '#a35200',
  // Not reassurance: no limit means nobody has set a safe amount for this age.
  'no-limit-for-age': '#a35200',
};
