// npm run --silent extract -- <file.html|file.txt> [--url <page url>]
// Prints one JSON object (the full Reading) for the page.
import { readPageFile } from './lib/read-page.ts';

const args = process.argv.slice(2);
let file: string | undefined;
let url: string | undefined;
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--url') url = args[++i];
  else if (args[i] !== '--') file ??= args[i];
}
if (!file) {
  process.stderr.write('usage: npm run --silent extract -- <file.html|file.txt> [--url <page url>]\n');
  process.exit(2);
}
try {
  process.stdout.write(JSON.stringify(readPageFile(file, url), null, 2) + '\n');
} catch (e) {
  process.stderr.write(`extract: ${(e as Error).message}\n`);
  process.exit(1);
}
