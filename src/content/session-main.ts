// The session (session.ts), injected by the background (scripting.executeScript, into the content
// script's own isolated world) with its answer to the page's first read, or when the content
// script asks for it (page-start.ts; issue 14): no store page compiles it before its first message.
// It runs once per page: injected again (a new worker does not know it ran), it does nothing. The
// page cannot see or call it.
import { runtime } from './api.ts';
import type {} from './page-start.ts';
import { startSession } from './session.ts';

const page = globalThis.__doseGuardPage;
if (page && !page.check && page.alive() && runtime && globalThis.__doseGuardLoaded) startSession(page);
