// The watcher (watch.ts), injected by the background (scripting.executeScript, into the content
// script's own isolated world) once the page's first read is reported and the page is idle (inject.ts;
// issue 14): the content script's first run, which every store page pays, compiles none of it. The
// page cannot see or call it.
import type {} from './inject.ts';
import { watchPage } from './watch.ts';

globalThis.__doseGuardWatch ??= { watch: watchPage };
