// npm run accuracy: runs extract over every fixture with a known answer (shared/pages/answers.json)
// and prints, per field, how many are right, scoring only each answer's `certain` fields, then
// one line "accuracy: N/M fields right" over status, perServingMg (within 1%), servingsPerDay, dailyMg.
import { scoreAll, PAGES_DIR } from '../test/unit/extract/accuracy-lib.ts';

const verbose = process.argv.includes('--verbose') || process.argv.includes('-v');
const res = scoreAll(PAGES_DIR);
if (!res) {
  process.stderr.write(`accuracy: no answers.json under ${PAGES_DIR}\n`);
  process.exit(1);
}
for (const [field, s] of Object.entries(res.perField)) console.log(`${field.padEnd(14)} ${s.right}/${s.total}`);
if (verbose || res.misses.length > 0) {
  for (const m of res.misses) console.log(`  miss ${m.file} ${m.field}: got ${JSON.stringify(m.got)} want ${JSON.stringify(m.want)}`);
}
console.log(`accuracy: ${res.right}/${res.total} fields right`);
