// The page's reviews in its text: a heading of reviews ("Opinie", "Omdömen", "Bewertungen (87)")
// and the customers' lines under it. Their amounts and doses are customers' own, never the label's
// (issue 8, round 47). The heading words are data (src/data/magnesium/names.ts: REVIEW_HEADINGS).
import { DIRECTIONS_HEADING_RE, PANEL_HEAD_NOUN_RE, FIRST_PERSON_EXTRA_RE, FIRST_PERSON_OPENER_RE, FIRST_PERSON_RE, QA_HEADING_LINE_RE, QA_LINE_RE, RATING_COUNT_RE, RATING_STARS_RE, RATING_WORDS_RE, REVIEW_HEADING_LINE_RE, SIGNED_QUOTE_LINE_RE, VERIFIED_BUYER_LINE_RE } from './patterns.ts';

/** A heading is short. */
const MAX_REVIEW_HEADING = 80;

/** Out of the reviews, in them, or in them with a review's rating stars on the last line. */
export type ReviewState = 0 | 1 | 2;

/** A sentence in the first person, in the shops' languages ("I take", "Ich nehme", "Wolę ...",
 *  "Min läkare ...", "Nehme zusätzlich ..."). */
export function firstPerson(s: string): boolean {
  return FIRST_PERSON_RE.test(s) || FIRST_PERSON_EXTRA_RE().test(s) || FIRST_PERSON_OPENER_RE().test(s);
}

/** The state after a non-blank line: a heading of the page's reviews starts their block; a
 *  review's line keeps it: one with rating stars ("Erik ★★★☆☆ God smak ..."), the line right after
 *  such stars (the review's words under "Sabine aus Kassel ★★★★★"), a first-person line ("Hilft
 *  super gegen meine Wadenkrämpfe ..."), or a quote signed by a name ("\"Took two scoops after a
 *  marathon.\" - Sam, Wellington": issue 8, round 52). Anything else ends it: a tab strip's "Reviews (12)" over
 *  the description's "Each capsule provides 200 mg" leaves the product's words its own. */
export function reviewState(line: string, state: ReviewState): ReviewState {
  if (line.length <= MAX_REVIEW_HEADING && (REVIEW_HEADING_LINE_RE().test(line) || QA_HEADING_LINE_RE().test(line))) return 1;
  if (state === 0) return 0;
  // (customers' questions and answers, each line opened by its label: "Question :", "Réponse :"; round 56)
  if (QA_LINE_RE().test(line)) return 1;
  // (the line under a rating opened by one of the label's own headings, "Suggested use: ...", "Nährwerte pro
  // Kapsel: ...", is the product's: a store's aggregate rating under its reviews tab, "Reviews (87)" / "4.7 out
  // of 5 stars", heads no review; the review of round 65's rules, the product's facts read as a review's)
  if (state === 2 && labelHeading(line)) return 0;
  // (a store's aggregate rating with its count of reviews goes on with the block, heading no review)
  if (RATING_COUNT_RE().test(line)) return 1;
  // (or a rating in words heading a review: "5 out of 5 stars - Works for cramps", "4 von 5 Sternen")
  if (RATING_STARS_RE.test(line) || RATING_WORDS_RE().test(line)) return 2;
  // (a reviewer's line marked as a verified buyer's, "Verified purchaser · Gloria", goes on to the next
  // review: its rating in words, "4 out of 5 stars - Strong taste", over its words; round 65)
  if (state === 2 || firstPerson(line) || SIGNED_QUOTE_LINE_RE.test(line) || (line.length <= MAX_REVIEW_HEADING && VERIFIED_BUYER_LINE_RE().test(line))) return 1;
  return 0;
}

/** How far into a line a label's heading ends with its colon or cell ("Conseils d'utilisation :"). */
const LABEL_HEADING_REACH = 40;

/** A line opened by one of the label's own headings, its directions' or its composition's, ended by a
 *  colon or a cell ("Suggested use: Take 2 capsules", "Nährwerte pro Kapsel: Magnesium 200 mg"), or
 *  that heading alone. */
function labelHeading(line: string): boolean {
  const t = line.trimStart();
  // (a directions heading is the whole text before its colon or cell, "Suggested use:", "Dosierung (Erwachsene):";
  // a reviewer's title opened by its word, "Dosage tip: 1 capsule a day is plenty", is the review's; the review
  // of the rules of rounds 66-68: read as the label's directions, the day's least halved)
  const d = DIRECTIONS_HEADING_RE().exec(t);
  if (d && HEADING_END_RE.test(t.slice(d[0].length))) return true;
  // (a composition's heading opens the line: the pattern's later parts, "1 capsule", "per serving", match
  // anywhere, a reviewer's "... 1 capsule a day is plenty" too)
  const p = PANEL_HEAD_NOUN_RE().exec(t);
  if (!p || p.index > PANEL_HEAD_START) return false;
  return t.length <= LABEL_HEADING_REACH || /[:|]/.test(t.slice(0, LABEL_HEADING_REACH));
}

/** Where a composition's heading starts, at most (a cell's bar and spaces before it). */
const PANEL_HEAD_START = 3;
/** The end of a heading: its colon or cell bar, or the line's end, a bracket of its own between. */
const HEADING_END_RE = /^[ \t]{0,3}(?:\([^()\n]{0,30}\)[ \t]{0,3})?(?:[:|]|$)/;
