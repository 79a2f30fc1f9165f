// `tsx --import ./scripts/lib/letters-register.mjs script.ts`: the scripts that run the engine from
// src/ (accuracy, extract, check, fuzz) read with the patterns as they ship, \p{L} rewritten into
// the letters' class by the build's own rewrite (scripts/lib/letters-transform.ts, issue 14).
import { register } from 'node:module';

register('./letters-loader.mjs', import.meta.url);
