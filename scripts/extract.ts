// npm run --silent extract -- <file.html|file.txt> [--url <page url>] [--why]
// Prints one JSON object (the full Reading) for the page. With --why, prints instead the engine's
// trace: every amount found, the stage that kept or rejected it and the reason, why the winner
// won; then the reading's main figures and, in the user's words, its reason and assumptions.
import { formatTrace, Trace } from '../src/extract/index.ts';
import { nodeTranslator } from '../src/i18n/node.ts';
import { readPageFile } from './lib/read-page.ts';

const USAGE = 'usage: npm run --silent extract -- <file.html|file.txt> [--url <page url>] [--why]';
const args = process.argv.slice(2);
let file: string | undefined;
let url: string | undefined;
let why = false;
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--url') url = args[++i];
  else if (args[i] === '--why') why = true;
  else if (args[i] !== '--') file ??= args[i];
}
if (!file) {
  process.stderr.write(`${USAGE}\n`);
  process.exit(2);
}
try {
  const trace = why ? new Trace() : undefined;
  const r = readPageFile(file, url, { trace });
  if (!trace) {
    process.stdout.write(JSON.stringify(r, null, 2) + '\n');
  } else {
    const tr = nodeTranslator('en');
    const figures = [
      `status ${r.status}`,
      r.perServingMg !== null ? `${r.perServingMg} mg per serving (${r.basis})` : null,
      r.serving ? `serving ${r.serving.count} ${r.serving.unit}` : null,
      r.servingsPerDay ? `${r.servingsPerDay.min}-${r.servingsPerDay.max} servings a day` : null,
      r.dailyMg ? `${r.dailyMg.min}-${r.dailyMg.max} mg a day` : null,
      r.confidence ? `confidence ${r.confidence}` : null,
    ].filter(Boolean).join(', ');
    const lines = [
      formatTrace(trace),
      '',
      `reading: ${figures}`,
      ...(r.seen ? [`seen: ${r.seen}`] : []),
      ...(r.reason ? [`why: ${tr.tr(r.reason)}`] : []),
      ...r.assumptions.map((m) => `assumed: ${tr.tr(m)}`),
      ...(r.disagreement ? [`the page also says ${r.disagreement.otherMg} mg: «${r.disagreement.quote}»`] : []),
    ];
    process.stdout.write(lines.join('\n') + '\n');
  }
} catch (e) {
  process.stderr.write(`extract: ${(e as Error).message}\n`);
  process.exit(1);
}
