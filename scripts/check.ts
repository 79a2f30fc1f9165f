// `npm run --silent check -- <file.html|file.txt> [--url <url>] [--profile <profile.json>]`
// Reads one saved page (or label text) like the extension does, evaluates it against a profile
// and prints the extraction with the assessment as JSON:
//   { ...reading, "inStack": bool, "assessment": { level, limitMg, limitSource, totalDailyMg, warnings, ... } }
// The profile is the JSON the options page exports (docs/profile-format.md). Missing fields take
// safe defaults (adult, US). A bad field is an error naming it (exit 2); an unknown extra field
// is only a warning on stderr.
import { readFileSync } from 'node:fs';
import { DEFAULT_PROFILE, type Profile } from '../src/core/profile.ts';
import type { Reading } from '../src/core/reading.ts';
import { readProfile } from '../src/profile/load.ts';
import type { FieldProblem } from '../src/profile/parse.ts';
import { evaluate } from '../src/rules/evaluate.ts';
import { stackItemFor } from '../src/rules/in-stack.ts';
import { readPageFile } from './lib/read-page.ts';

const USAGE = 'usage: npm run --silent check -- <file.html|file.txt> [--url <url>] [--profile <profile.json>]';

interface Args {
  file: string;
  url: string | undefined;
  profilePath: string | undefined;
}

function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(2);
}

function parseArgs(argv: string[]): Args {
  let file: string | undefined;
  let url: string | undefined;
  let profilePath: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--url' || a === '--profile') {
      const v = argv[++i];
      if (v === undefined) fail(`error: ${a} needs a value\n${USAGE}`);
      if (a === '--url') url = v;
      else profilePath = v;
    } else if (a.startsWith('--url=')) url = a.slice(6);
    else if (a.startsWith('--profile=')) profilePath = a.slice(10);
    else if (a === '--') continue;
    else if (a === '--help' || a === '-h') {
      process.stdout.write(`${USAGE}\n`);
      process.exit(0);
    } else if (a.startsWith('--')) fail(`error: unknown option ${a}\n${USAGE}`);
    else if (file === undefined) file = a;
    else fail(`error: more than one input file\n${USAGE}`);
  }
  if (file === undefined) fail(`error: no input file\n${USAGE}`);
  return { file, url, profilePath };
}

/** An unknown extra field, or a version number read as current, changes nothing that matters. */
function onlyWarning(p: FieldProblem): boolean {
  // A profile file may leave fields out (docs/profile-format.md): the default is used, with a warning.
  return p.action === 'ignored' || p.action === 'missing' || p.message === 'unknown field (ignored)' || p.field === 'schemaVersion';
}

function loadProfile(path: string): Profile {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    fail(`error: cannot read profile ${path}: ${(e as Error).message}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    fail(`error: profile ${path} is not valid JSON: ${(e as Error).message}`);
  }
  // Same reading as the options page's import: migrate older shapes, then validate field by field.
  const { profile, problems } = readProfile(json);
  const errors = problems.filter((p) => !onlyWarning(p));
  for (const p of problems) {
    if (!errors.includes(p)) process.stderr.write(`warning: profile field "${p.field}": ${p.message}\n`);
  }
  if (errors.length) fail(errors.map((p) => `error: profile field "${p.field}": ${p.message}`).join('\n'));
  return profile;
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const profile = args.profilePath ? loadProfile(args.profilePath) : structuredClone(DEFAULT_PROFILE);
  let reading: Reading;
  try {
    reading = await readPageFile(args.file, args.url);
  } catch (e) {
    fail(`error: cannot read ${args.file}: ${(e as Error).message}`);
  }
  const entry = stackItemFor(profile.stack, reading, args.url);
  const inStack = entry !== undefined;
  const assessment = evaluate(reading, profile, { inStack, inStackMg: entry?.dailyMg });
  process.stdout.write(`${JSON.stringify({ ...reading, inStack, assessment }, null, 2)}\n`);
}

await main();
