// A worker of the background as the tests start it: the background's modules evaluated afresh over
// a browser whose storage outlives each worker (kept-readings.test.ts, no-product-address.test.ts).
import { readFileSync } from 'node:fs';
import { vi } from 'vitest';

/** The tab the tests' pages are in. */
export const TAB = 7;

/** The browser's own i18n API over our English messages (the badge reads "OVER", as a user sees). */
const EN = JSON.parse(readFileSync(new URL('../../../public/_locales/en/messages.json', import.meta.url), 'utf8')) as Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;
const i18n = {
  getUILanguage: () => 'en',
  getMessage(key: string, subs: string | string[] = []): string {
    const entry = EN[key];
    if (!entry) return '';
    const args = typeof subs === 'string' ? [subs] : subs;
    const named = entry.message.replace(/\$(\w+)\$/g, (_, name: string) => entry.placeholders?.[name.toLowerCase()]?.content ?? '');
    return named.replace(/\$(\d)/g, (_, n: string) => args[Number(n) - 1] ?? '');
  },
};

/** What outlives a worker: session and local storage. What the user sees: badges and notes. */
export interface Browser {
  session: Map<string, unknown>;
  local: Map<string, unknown>;
  badges: Map<number, string>;
  /** messages the background pushed to each tab */
  told: { tabId: number; message: { type: string; url?: string; badge?: string } }[];
}

function area(map: Map<string, unknown>) {
  return {
    get: async (keys: string | string[] | null) => {
      const wanted = keys === null ? [...map.keys()] : typeof keys === 'string' ? [keys] : keys;
      return Object.fromEntries(wanted.filter((k) => map.has(k)).map((k) => [k, structuredClone(map.get(k))]));
    },
    set: async (items: Record<string, unknown>) => {
      for (const [k, v] of Object.entries(items)) map.set(k, structuredClone(v));
    },
    remove: async (keys: string | string[]) => {
      for (const k of typeof keys === 'string' ? [keys] : keys) map.delete(k);
    },
    clear: async () => map.clear(),
  };
}

/** The browser's API as one worker sees it; `stop()` leaves every later call of it hanging. */
function workerApi(b: Browser) {
  let stopped = false;
  const never = new Promise<never>(() => undefined);
  const live = <A extends unknown[], R>(fn: (...args: A) => Promise<R>) => (...args: A): Promise<R> => (stopped ? never : fn(...args));
  const session = area(b.session);
  const local = area(b.local);
  const api = {
    i18n,
    runtime: { id: 'dose-guard', getURL: (p: string) => `chrome-extension://dose-guard/${p}`, getManifest: () => ({}) },
    storage: {
      session: { get: live(session.get), set: live(session.set), remove: live(session.remove), clear: live(session.clear) },
      local: { get: live(local.get), set: live(local.set), remove: live(local.remove), clear: live(local.clear) },
    },
    action: {
      setBadgeText: live(async ({ tabId, text }: { tabId: number; text: string }) => void b.badges.set(tabId, text)),
      setBadgeBackgroundColor: live(async () => undefined),
      setTitle: live(async () => undefined),
    },
    tabs: {
      query: live(async () => [{ id: TAB }]),
      sendMessage: live(async (tabId: number, message: Browser['told'][number]['message']) => void b.told.push({ tabId, message })),
    },
  };
  return { api, stop: () => void (stopped = true) };
}

/** A new worker: the background's modules evaluated afresh, over the same browser. */
export async function startWorker(b: Browser) {
  const { api, stop } = workerApi(b);
  (globalThis as { chrome?: unknown }).chrome = api;
  vi.resetModules();
  const handlers = await import('../../../src/background/handlers.ts');
  return { ...handlers, stop };
}
