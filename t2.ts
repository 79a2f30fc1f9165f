import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { documentInput } from './src/extract/index.ts';
const doc = parseHTML(readFileSync(process.argv[2]!, 'utf8')).document as unknown as Document;
const i = documentInput(doc, process.argv[3] ?? '');
console.log(JSON.stringify({ facts: i.facts, directions: i.directions, body: i.body?.slice(0, 3000) }, null, 1));
