// The bench's statistics: a page's ratio to the floor is the ratio of two medians of a few loads
// each, and on a small page those loads spread by 3x (the floor's own time there is 2-4 ms, mostly
// the browser's start of an isolated world), so the ratio moves by a third from one run to the
// next (issue 14's runs: 1.24x to 1.94x for pages of the same kind and size). The interval says
// how far a page's ratio could be from the one printed with these loads, so a reader of the table
// can tell a page over a target from one on it by chance.
import { seededRandom } from './random.ts';

export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length === 0 ? NaN : s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
}

/** The ratio median(ours) / median(floor), and its 90% interval: the 5th and 95th percentiles of
 *  that ratio over `resamples` resamplings of each side's loads (a percentile bootstrap; seeded, so
 *  the same loads give the same interval). */
export function ratioInterval(ours: readonly number[], floor: readonly number[], resamples = 2_000, seed = 14): { ratio: number; low: number; high: number } {
  const random = seededRandom(seed);
  const resample = (xs: readonly number[]) => Array.from(xs, () => xs[Math.floor(random() * xs.length)]!);
  const ratios: number[] = [];
  for (let i = 0; i < resamples; i++) ratios.push(median(resample(ours)) / median(resample(floor)));
  ratios.sort((a, b) => a - b);
  return { ratio: median(ours) / median(floor), low: ratios[Math.floor(resamples * 0.05)]!, high: ratios[Math.ceil(resamples * 0.95) - 1]! };
}
