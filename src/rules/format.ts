// Figures and messages as the rules hand them out. The rules never write a sentence themselves:
// they pick message keys and give their figures as typed arguments (src/core/message.ts).
import { msg, type Msg } from '../core/message.ts';
import type { Range } from '../core/reading.ts';

/** Round to 0.01 mg: removes float noise (116.67 x 3) without moving any real figure. */
export function roundMg(n: number): number {
  return Math.round(n * 100) / 100;
}

export function sameRange(n: number): Range {
  return { min: n, max: n };
}

/** An amount argument: one figure when the range is one. */
export function mgArg(r: Range | number): { mg: number | Range } {
  return typeof r === 'number' || r.min !== r.max ? { mg: r } : { mg: r.min };
}

// One key per count, so a language can join sentences its own way (no space in Japanese).
const JOIN: Record<number, string> = { 2: 'rules_join_2', 3: 'rules_join_3', 4: 'rules_join_4' };

/** Several whole sentences shown as one paragraph (a warning's detail). Empty entries are dropped. */
export function sentences(...parts: (Msg | null | false | undefined)[]): Msg {
  const list = parts.filter((p): p is Msg => Boolean(p));
  if (list.length === 1) return list[0]!;
  const key = JOIN[list.length];
  if (!key) throw new Error(`no joiner for ${list.length} sentences`);
  return msg(key, ...list);
}
