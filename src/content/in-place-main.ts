// A large page's read (in-place-read.ts), injected by the background (scripting.executeScript, into
// the content script's own isolated world) when the content script asks, on a large page only
// (inject.ts; issue 14). The page cannot see or call it.
import type {} from './inject.ts';
import { readInPlace } from './in-place-read.ts';

globalThis.__doseGuardReadInPlace ??= readInPlace;
