// `npm run --silent check -- <file.html|file.txt> [--url <url>] [--profile <profile.json>]`
// Reads one saved page (or label text) like the extension does, evaluates it against a profile
// and prints the extraction with the assessment as JSON, every message rendered in English as the
// extension shows it, and the full citation of every source named:
//   { ...reading, "inStack": bool,
//     "assessment": { level, verdict: { kind, badge, headline, reason }, limitMg, limitSource,
//                     limitSources, totalDailyMg, warnings: [{ id, severity, title, detail, sources }], ... },
//     "sources": { "<id>": { name, citation, url } } }
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
import type { Msg } from '../src/core/message.ts';
import { SOURCES, SOURCE_IDS, type SourceId } from '../src/data/sources.ts';
import { nodeTranslator } from '../src/i18n/node.ts';
import type { Translator } from '../src/i18n/format.ts';
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
  // No browser here: a profile on "auto" takes the default standard; --url names the store's region.
  const assessment = evaluate(reading, profile, { inStack, inStackMg: entry?.dailyMg, pageUrl: args.url });
  const tr = nodeTranslator('en');
  const named = new Set<SourceId>();
  const rendered = render({ ...reading, inStack, assessment }, tr, named) as object;
  const sources = Object.fromEntries(SOURCE_IDS.filter((id) => named.has(id)).map((id) => {
    const { name, citation, url } = SOURCES[id];
    return [id, { name: tr.t(name), citation, url }];
  }));
  process.stdout.write(`${JSON.stringify({ ...rendered, sources }, null, 2)}\n`);
}

const isMsg = (v: object): v is Msg =>
  typeof (v as Msg).key === 'string' && Object.keys(v).every((k) => k === 'key' || k === 'args');

/** Every message rendered in English; every list of source ids noted, to print each citation once. */
function render(value: unknown, tr: Translator, named: Set<SourceId>, key = ''): unknown {
  if (Array.isArray(value)) {
    if (/^(sources|limitSources)$/.test(key)) for (const id of value as SourceId[]) named.add(id);
    return value.map((v) => render(v, tr, named));
  }
  if (value === null || typeof value !== 'object') return value;
  if (isMsg(value)) return tr.tr(value);
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, render(v, tr, named, k)]));
}

await main();
