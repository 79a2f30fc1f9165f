// Node's module hook behind letters-register.mjs: each module under src/, once tsx has made it
// JavaScript, goes through rewriteLetters as Vite's plugin does in the build and the tests.
// Registered after tsx's own hooks, so this file may import TypeScript.
import { fileURLToPath } from 'node:url';
import { rewriteLetters } from './letters-transform.ts';

export async function load(url, context, nextLoad) {
  const result = await nextLoad(url, context);
  if (!url.startsWith('file:') || result.source == null) return result;
  const file = fileURLToPath(url.split('?')[0]);
  if (!/[\\/]src[\\/].*\.(?:[cm]?[jt]sx?)$/.test(file) || file.includes('node_modules')) return result;
  const code = typeof result.source === 'string' ? result.source : Buffer.from(result.source).toString('utf8');
  const out = rewriteLetters(code, file);
  return out === null ? result : { ...result, source: out };
}
