// npm run accuracy: runs extract over every fixture with a known answer and scores only each
// answer's `certain` fields (status, perServingMg within 1%, servingsPerDay, dailyMg within 1%).
// Sources: the real store pages (../shared/pages/answers.json), the synthetic held-out pages
// (test/fixtures/holdout/answers.json), the synthetic store-layout pages
// (test/fixtures/stores/answers.json) the second held-out set (test/fixtures/holdout2/answers.json) and the third
// (test/fixtures/holdout3/answers.json, text excerpts) and the fourth (test/fixtures/holdout4, text and HTML) and the fifth (test/fixtures/holdout5,
// HTML in big stores' layouts). Prints per-field counts per source, the misses,
// the synthetic and overall totals, and ends with one line "accuracy: N/M fields right" over the
// REAL pages: our own synthetic pages (all 100% by test) must not pad the figure that tells how
// well Dose Guard reads the pages people actually visit. Without ../shared/pages the last line
// covers the synthetic pages and says so.
import path from 'node:path';
import { scoreAll, PAGES_DIR, REPO_ROOT } from '../test/unit/extract/accuracy-lib.ts';

const verbose = process.argv.includes('--verbose') || process.argv.includes('-v');

const SOURCES: { name: string; dir: string; real: boolean }[] = [
  { name: 'real pages (shared/pages)', dir: PAGES_DIR, real: true },
  { name: 'holdout (test/fixtures/holdout)', dir: path.join(REPO_ROOT, 'test/fixtures/holdout'), real: false },
  { name: 'stores (test/fixtures/stores)', dir: path.join(REPO_ROOT, 'test/fixtures/stores'), real: false },
  { name: 'holdout2 (test/fixtures/holdout2)', dir: path.join(REPO_ROOT, 'test/fixtures/holdout2'), real: false },
  { name: 'holdout3 (test/fixtures/holdout3)', dir: path.join(REPO_ROOT, 'test/fixtures/holdout3'), real: false },
  { name: 'holdout4 (test/fixtures/holdout4)', dir: path.join(REPO_ROOT, 'test/fixtures/holdout4'), real: false },
  { name: 'holdout5 (test/fixtures/holdout5)', dir: path.join(REPO_ROOT, 'test/fixtures/holdout5'), real: false },
];

let right = 0;
let total = 0;
let realRight = 0;
let realTotal = 0;
let realFound = false;
for (const src of SOURCES) {
  const res = scoreAll(src.dir);
  if (!res) {
    console.log(`${src.name}: no answers.json under ${src.dir}, skipped`);
    continue;
  }
  console.log(`${src.name}: ${res.right}/${res.total}`);
  for (const [field, s] of Object.entries(res.perField)) console.log(`  ${field.padEnd(14)} ${s.right}/${s.total}`);
  if (verbose || res.misses.length > 0) {
    for (const m of res.misses) console.log(`  miss ${m.file} ${m.field}: got ${JSON.stringify(m.got)} want ${JSON.stringify(m.want)}`);
  }
  right += res.right;
  total += res.total;
  if (src.real) {
    realFound = true;
    realRight += res.right;
    realTotal += res.total;
  }
}
if (total === 0) {
  process.stderr.write('accuracy: no answers.json found in any source\n');
  process.exit(1);
}
console.log(`synthetic pages (ours): ${right - realRight}/${total - realTotal} fields right`);
console.log(`all fixtures: ${right}/${total} fields right`);
console.log(realFound
  ? `accuracy: ${realRight}/${realTotal} fields right`
  : `accuracy: ${right}/${total} fields right (synthetic pages only: ../shared/pages not found)`);
