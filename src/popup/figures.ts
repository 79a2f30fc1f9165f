// The figures the popup puts side by side: this product a day + what the user already takes =
// the total, against the limit. Pure, so that the one promise can be tested on its own: the
// figures on screen always add up. The total is the rules' (Assessment.totalDailyMg); the popup
// only splits it into its two parts, so it can never show a sum the verdict did not judge.
import type { Assessment } from '../core/assessment.ts';
import type { NumRange } from '../core/message.ts';
import type { StackItem } from '../core/profile.ts';

export interface TakenItem {
  name: string;
  dailyMg: number;
  medicine: boolean;
  /** this product's own entry: listed with the others, counted as "this product" */
  isThis: boolean;
}

export interface Figures {
  /** this product a day, as counted in the total; null when its amount is not known */
  product: NumRange | null;
  /** everything else the user takes a day (their list without this product) */
  others: number;
  /** the user's list by name: the items behind `others`, and this product's entry when it is in it */
  items: TakenItem[];
  /** product + others; null when the product's amount is not known */
  total: NumRange | null;
  limit: number | null;
  /** how far the top of the total goes over the limit, when it does */
  overBy: number | null;
  /** how far the top of the total stays under the limit, when it does */
  underBy: number | null;
}

const round = (n: number) => Math.round(n * 100) / 100;

/**
 * `entry` is the list item the rules matched to this product (when the product is in the list):
 * it is counted as this product, not as something else taken. `stack` is the saved list the
 * popup read, for the names; its sum may lag the assessment's by a moment, so the split is taken
 * from the assessment's own figures.
 */
export function figuresFor(a: Assessment, stack: readonly StackItem[], entry: StackItem | undefined): Figures {
  const others = round(Math.max(0, a.stackDailyMg - (entry?.dailyMg ?? 0)));
  const items = stack.map((item) => ({ name: item.name, dailyMg: item.dailyMg, medicine: item.medicine === true, isThis: item === entry }));
  const total = a.totalDailyMg;
  const product = total ? { min: round(total.min - others), max: round(total.max - others) } : null;
  const limit = a.limitMg;
  const overBy = total && limit !== null && total.max > limit ? round(total.max - limit) : null;
  const underBy = total && limit !== null && total.max <= limit ? round(limit - total.max) : null;
  return { product, others, items, total, limit, overBy, underBy };
}
