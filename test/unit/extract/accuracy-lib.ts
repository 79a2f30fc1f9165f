// Scoring of extract against the answers people wrote for pages (a careful reading of each page,
// in answers.json files): used by scripts/accuracy.ts and the fixture tests.
//  - the real pages in ../shared/pages: answers.json and answers-more.json (read in place, never
//    copied into the repo); DOSE_GUARD_SHARED_DIR points at another shared folder (its pages/ are
//    read; an empty one runs the tests as a fresh clone would: those tests skip with a notice)
//  - our own synthetic pages: every folder test/fixtures/<name>/ with an answers.json
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readPageFile } from '../../../scripts/lib/read-page.ts';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const SHARED_ENV = process.env['DOSE_GUARD_SHARED_DIR'];
export const PAGES_DIR = path.join(SHARED_ENV ? path.resolve(SHARED_ENV) : path.resolve(REPO_ROOT, '../shared'), 'pages');
/** The real pages are here. */
export const SHARED_PRESENT = existsSync(path.join(PAGES_DIR, 'answers.json'));
/** Tests on the real pages must run (CI), unless the pages were hidden on purpose (a clone's run). */
export const SHARED_REQUIRED = process.env['CI'] === 'true' && !SHARED_ENV;
export const FIXTURES_DIR = path.join(REPO_ROOT, 'test/fixtures');
export const SCORED_FIELDS = ['status', 'perServingMg', 'servingsPerDay', 'dailyMg'] as const;

/** The US adult upper limit for supplemental magnesium, and the share of it under which a reading
 *  of a page whose true daily dose is above it would reassure falsely (issue 8). */
export const ADULT_LIMIT_MG = 350;
export const REASSURING_SHARE = 0.9;

export interface Answer {
  file: string;
  url: string | null;
  status: string;
  perServingMg: number | null;
  servingsPerDay: { min: number; max: number } | null;
  dailyMg: { min: number; max: number } | null;
  certain: string[];
}

export interface AnswerSet {
  name: string;
  dir: string;
  file: string;
  /** real pages (people's), or our own synthetic ones */
  real: boolean;
}

/** Every set of pages with answers: the real pages first, then each fixture folder. */
export function answerSets(): AnswerSet[] {
  const sets: AnswerSet[] = [
    { name: 'real pages (shared/pages answers.json)', dir: PAGES_DIR, file: 'answers.json', real: true },
    { name: 'more real pages (shared/pages answers-more.json)', dir: PAGES_DIR, file: 'answers-more.json', real: true },
  ];
  for (const d of readdirSync(FIXTURES_DIR).sort()) {
    if (existsSync(path.join(FIXTURES_DIR, d, 'answers.json'))) sets.push({ name: `${d} (test/fixtures/${d})`, dir: path.join(FIXTURES_DIR, d), file: 'answers.json', real: false });
  }
  return sets;
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

export function loadAnswers(dir: string, file = 'answers.json'): Answer[] | null {
  const p = path.join(dir, file);
  if (!existsSync(p)) return null;
  return JSON.parse(readFileSync(p, 'utf8')) as Answer[];
}

interface ReadingLike {
  status: string;
  perServingMg: number | null;
  dailyMg: { min: number; max: number } | null;
  [k: string]: unknown;
}

/** The reading states less than the page's certain daily dose (or, without one, its certain amount
 *  per serving): the user would be told they take less than they do. */
export function understates(a: Answer, r: ReadingLike): boolean {
  if (a.certain.includes('dailyMg') && a.dailyMg && r.dailyMg) return r.dailyMg.max < a.dailyMg.max * 0.99;
  if (a.certain.includes('perServingMg') && a.perServingMg !== null && r.perServingMg !== null) return r.perServingMg < a.perServingMg * 0.99;
  return false;
}

/** The page's certain daily dose is at least 90% of the adult limit, and the reading is below that
 *  or absent: a shopper near or over the limit would be reassured. (Unreadable is "?", not reassuring;
 *  a reading without directions is taken at one serving a day, as the rules do.) */
export function reassuresFalsely(a: Answer, r: ReadingLike): boolean {
  if (!a.certain.includes('dailyMg') || !a.dailyMg) return false;
  const line = ADULT_LIMIT_MG * REASSURING_SHARE;
  if (a.dailyMg.max < line) return false;
  if (r.status === 'absent') return true;
  if (r.status !== 'found') return false;
  const daily = r.dailyMg?.max ?? r.perServingMg;
  return daily !== null && daily < line;
}

/** The page's certain daily dose was not read at all (unreadable, absent, or found without a daily
 *  figure): the user is not told it, which is safe only when the page shows "?". Counted apart from
 *  the understated doses, to watch beside them. */
export function missesDailyDose(a: Answer, r: ReadingLike): boolean {
  return a.certain.includes('dailyMg') && a.dailyMg !== null && r.dailyMg === null;
}

export interface Score {
  right: number;
  total: number;
  perField: Record<string, { right: number; total: number }>;
  misses: Miss[];
  hits: string[];
  understated: string[];
  falselyReassuring: string[];
  missingDaily: string[];
  pages: number;
}

export function scoreAll(dir: string, file = 'answers.json'): Score | null {
  const answers = loadAnswers(dir, file);
  if (!answers) return null;
  const perField: Record<string, { right: number; total: number }> = {};
  for (const f of SCORED_FIELDS) perField[f] = { right: 0, total: 0 };
  const s: Score = { right: 0, total: 0, perField, misses: [], hits: [], understated: [], falselyReassuring: [], missingDaily: [], pages: answers.length };
  for (const a of answers) {
    const reading = readPageFile(path.join(dir, a.file), a.url ?? undefined) as unknown as ReadingLike;
    for (const f of SCORED_FIELDS) {
      if (!a.certain.includes(f)) continue;
      s.total++;
      perField[f]!.total++;
      const want = (a as unknown as Record<string, unknown>)[f];
      if (same(f, reading[f] ?? null, want)) {
        s.right++;
        perField[f]!.right++;
        s.hits.push(`${a.file}#${f}`);
      } else s.misses.push({ file: a.file, field: f, got: reading[f], want });
    }
    if (understates(a, reading)) s.understated.push(a.file);
    if (reassuresFalsely(a, reading)) s.falselyReassuring.push(a.file);
    if (missesDailyDose(a, reading)) s.missingDaily.push(a.file);
  }
  return s;
}
