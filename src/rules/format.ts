// Number wording for the warnings. One place, so every figure reads the same way.
import type { Range } from '../core/reading.ts';

const NUM = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 });

/** Round to 0.01 mg: removes float noise (116.67 x 3) without moving any real figure. */
export function roundMg(n: number): number {
  return Math.round(n * 100) / 100;
}

export function num(n: number): string {
  return NUM.format(n);
}

export function mg(n: number): string {
  return `${num(n)} mg`;
}

export function mgRange(r: Range): string {
  return r.min === r.max ? mg(r.min) : `${num(r.min)}-${num(r.max)} mg`;
}

export function pctRange(r: Range): string {
  const a = Math.round(r.min);
  const b = Math.round(r.max);
  return a === b ? `${a}%` : `${a}-${b}%`;
}

export function sameRange(n: number): Range {
  return { min: n, max: n };
}

/** "a, b, c and d" */
export function listAnd(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** Join citations, each once, in order. */
export function joinSources(...sources: string[]): string {
  const parts: string[] = [];
  for (const s of sources) for (const p of s.split('; ')) if (p && !parts.includes(p)) parts.push(p);
  return parts.join('; ');
}

/** "kidney disease" -> "Kidney disease" */
export function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
