// npm run accuracy: runs extract over every page with a known answer and scores only each answer's
// `certain` fields (status, perServingMg within 1%, servingsPerDay, dailyMg within 1%).
// Sources: the real store pages (../shared/pages: answers.json, and answers-more.json with its
// own line), then every synthetic folder test/fixtures/<name>/ with an answers.json (our own pages
// in store layouts and the held-out rounds). Prints per source the per-field counts, the misses,
// the understated doses (a daily dose, or an amount per serving, below the page's) and the falsely
// reassuring pages (the page's daily dose at least 90% of the 350 mg adult limit, read below that
// or absent) and the missing daily doses (a certain daily dose not read at all).
// It ends with one line "accuracy: N/M fields right" over the REAL pages of
// answers.json: our own synthetic pages (all 100% by test) must not pad the figure that tells how
// well Dose Guard reads the pages people actually visit. Without ../shared/pages the last line
// covers the synthetic pages and says so.
import { answerSets, scoreAll } from '../test/unit/extract/accuracy-lib.ts';

const verbose = process.argv.includes('--verbose') || process.argv.includes('-v');

let right = 0;
let total = 0;
let realRight = 0;
let realTotal = 0;
let mainLine: string | null = null;
for (const src of answerSets()) {
  const res = scoreAll(src.dir, src.file);
  if (!res) {
    console.log(`${src.name}: no ${src.file} under ${src.dir}, skipped`);
    continue;
  }
  console.log(`${src.name}: ${res.right}/${res.total} (${res.pages} pages)`);
  for (const [field, s] of Object.entries(res.perField)) console.log(`  ${field.padEnd(14)} ${s.right}/${s.total}`);
  for (const m of res.misses) console.log(`  miss ${m.file} ${m.field}: got ${JSON.stringify(m.got)} want ${JSON.stringify(m.want)}`);
  console.log(`  understated doses: ${res.understated.length}${res.understated.length ? ` (${res.understated.join(', ')})` : ''}`);
  console.log(`  falsely reassuring pages: ${res.falselyReassuring.length}${res.falselyReassuring.length ? ` (${res.falselyReassuring.join(', ')})` : ''}`);
  console.log(`  missing daily doses: ${res.missingDaily.length}${res.missingDaily.length ? ` (${res.missingDaily.join(', ')})` : ''}`);
  if (verbose) for (const h of res.hits) console.log(`  hit ${h}`);
  right += res.right;
  total += res.total;
  if (src.real) {
    realRight += res.right;
    realTotal += res.total;
  }
  if (src.real && src.file === 'answers.json') mainLine = `accuracy: ${res.right}/${res.total} fields right`;
}
if (total === 0) {
  process.stderr.write('accuracy: no answers.json found in any source\n');
  process.exit(1);
}
console.log(`real pages, both sets: ${realRight}/${realTotal} fields right`);
console.log(`synthetic pages (ours): ${right - realRight}/${total - realTotal} fields right`);
console.log(`all fixtures: ${right}/${total} fields right`);
console.log(mainLine ?? `accuracy: ${right}/${total} fields right (synthetic pages only: ../shared/pages not found)`);
