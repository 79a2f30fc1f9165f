// The bench's statistics: a page's ratio to the floor is the ratio of two medians of a few loads
// each, and on a small page those loads spread by 3x (the floor's own time there is 2-4 ms, mostly
// the browser's start of an isolated world), so the ratio moves by a third from one run to the
// next (issue 14's runs: 1.24x to 1.94x for pages of the same kind and size). The interval says
// how far the noise of this run's loads leaves a page's ratio from the one printed, so a reader of
// the table can tell a page over a target from one on it by chance. It covers the noise within one
// run only, not what changes between runs (the machine's speed on the day), and at 90% about one
// page in ten is expected outside its interval.
import { seededRandom } from './random.ts';

/** Fewer loads than this give no interval worth printing (a resampled median of 3 loads takes 3
 *  values at most). */
export const MIN_LOADS_FOR_INTERVAL = 5;

export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length === 0 ? NaN : s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
}

/** A seed from a page's name: pages with as many loads are not all resampled the same way. */
export function seedOf(name: string): number {
  let h = 2166136261;
  for (let i = 0; i < name.length; i++) h = Math.imul(h ^ name.charCodeAt(i), 16777619);
  return h >>> 0;
}

export interface RatioInterval {
  /** median(ours) / median(floor) */
  ratio: number;
  /** the 5th and 95th percentiles of that ratio over the resamplings; null with fewer than
   *  MIN_LOADS_FOR_INTERVAL loads a side */
  low: number | null;
  high: number | null;
}

/**
 * The ratio median(ours) / median(floor), and its 90% interval: the 5th and 95th percentiles of that
 * ratio over `resamples` resamplings of the loads (a percentile bootstrap; seeded, so the same loads
 * give the same interval). The bench takes the loads in pairs (ours, then the floor's, then ours...):
 * with as many on each side, a resampling draws pairs, so that a slow moment both loads of a pair
 * met counts once, as it did.
 */
export function ratioInterval(ours: readonly number[], floor: readonly number[], seed = 14, resamples = 2_000): RatioInterval {
  const ratio = median(ours) / median(floor);
  if (Math.min(ours.length, floor.length) < MIN_LOADS_FOR_INTERVAL) return { ratio, low: null, high: null };
  const random = seededRandom(seed);
  /** n indices drawn with replacement from 0..n-1 */
  const draw = (n: number) => Array.from({ length: n }, () => Math.floor(random() * n));
  const pick = (xs: readonly number[], at: number[]) => at.map((i) => xs[i]!);
  const ratios: number[] = [];
  for (let r = 0; r < resamples; r++) {
    const a = draw(ours.length);
    const b = ours.length === floor.length ? a : draw(floor.length);
    ratios.push(median(pick(ours, a)) / median(pick(floor, b)));
  }
  ratios.sort((x, y) => x - y);
  return { ratio, low: ratios[Math.floor(resamples * 0.05)]!, high: ratios[Math.ceil(resamples * 0.95) - 1]! };
}
