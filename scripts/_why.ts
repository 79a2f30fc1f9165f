import { readFileSync } from 'node:fs';
import { extractFromText, Trace, formatTrace } from '../src/extract/index.ts';
const t = new Trace();
const r = extractFromText(readFileSync(process.argv[2]!, 'utf8'), process.argv[3], { trace: t });
const { evidence, ...rest } = r;
console.log(JSON.stringify(rest));
console.log(formatTrace(t).split('\n').filter((l) => !l.includes(' found ')).join('\n'));
