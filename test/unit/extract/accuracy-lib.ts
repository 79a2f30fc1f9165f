// Scoring of extract against an answers.json (shared/pages, test/fixtures/holdout, test/fixtures/stores); used by scripts/accuracy.ts and the tests.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readPageFile } from '../../../scripts/lib/read-page.ts';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const PAGES_DIR = path.resolve(REPO_ROOT, '../shared/pages');
export const SCORED_FIELDS = ['status', 'perServingMg', 'servingsPerDay', 'dailyMg'] as const;

interface Answer {
  file: string;
  url: string | null;
  status: string;
  perServingMg: number | null;
  servingsPerDay: { min: number; max: number } | null;
  dailyMg: { min: number; max: number } | null;
  certain: string[];
}

export interface Miss { file: string; field: string; got: unknown; want: unknown }

function near(a: number, b: number): boolean {
  return Math.abs(a - b) <= Math.abs(b) * 0.01 + 1e-9;
}

function same(field: string, got: unknown, want: unknown): boolean {
  if (want === null || got === null) return want === got;
  if (field === 'status') return got === want;
  if (field === 'perServingMg') return near(got as number, want as number);
  const g = got as { min: number; max: number };
  const w = want as { min: number; max: number };
  const tol = field === 'dailyMg' ? near : (x: number, y: number) => Math.abs(x - y) < 1e-6;
  return tol(g.min, w.min) && tol(g.max, w.max);
}

export function loadAnswers(dir: string): Answer[] | null {
  const p = path.join(dir, 'answers.json');
  if (!existsSync(p)) return null;
  return JSON.parse(readFileSync(p, 'utf8')) as Answer[];
}

export function scoreAll(dir: string) {
  const answers = loadAnswers(dir);
  if (!answers) return null;
  const perField: Record<string, { right: number; total: number }> = {};
  for (const f of SCORED_FIELDS) perField[f] = { right: 0, total: 0 };
  const misses: Miss[] = [];
  const hits: string[] = [];
  let right = 0;
  let total = 0;
  for (const a of answers) {
    const reading = readPageFile(path.join(dir, a.file), a.url ?? undefined) as unknown as Record<string, unknown>;
    for (const f of SCORED_FIELDS) {
      if (!a.certain.includes(f)) continue;
      total++;
      perField[f]!.total++;
      const want = (a as unknown as Record<string, unknown>)[f];
      if (same(f, reading[f] ?? null, want)) {
        right++;
        perField[f]!.right++;
        hits.push(`${a.file}#${f}`);
      } else misses.push({ file: a.file, field: f, got: reading[f], want });
    }
  }
  return { right, total, perField, misses, hits };
}
