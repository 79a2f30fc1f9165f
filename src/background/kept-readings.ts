// A page's reading is never made twice, and never lost with a stopped worker (issues 9 and 14).
// The engine's first read in a new worker is its costliest work (its patterns compiled on first
// use: 50-200 ms, where a warm read takes a few), and a worker can be stopped at any moment. So,
// per tab, storage.session keeps the page's input from the moment it arrives (`pending`) until its
// reading is made, and then the reading instead of the input, under the input's hash:
//  - a page that sends the same input again (its retry after a stopped worker) is answered from
//    the kept reading, without the engine;
//  - a worker stopped in the middle of a read leaves the input behind, and the next worker, woken
//    by whatever event, reads it first thing and pushes the verdict to the tab, without waiting for
//    the page to send again.
// One entry per tab (the newest page's), removed with the tab's state: storage stays small (an
// input is under 4,000 characters on every page we have, 400,000 at most: input-caps.ts).
import browser from './browser.ts';
import { LabelInputSchema } from '../core/messages.ts';
import { Reading } from '../core/reading.ts';
import { lazily, safeParse, z } from '../core/zod.ts';
import type { LabelInput } from '../extract/input.ts';

export const keptKey = (tabId: number) => `read:${tabId}`;

/** What is kept of a tab's newest page reading: the page (its address and document epoch), the
 *  hash of what it sent, and either the input still to read or the reading made from it. */
export interface Kept {
  url: string;
  epoch: number;
  hash: string;
  input?: LabelInput;
  reading?: Reading;
}

const KeptSchema = lazily(() => z.object({
  url: z.string(),
  epoch: z.number(),
  hash: z.string(),
  input: z.optional(LabelInputSchema),
  reading: z.optional(Reading),
}));

/** A kept entry as stored, or null for anything else (absent, or not of our shape). */
export function keptOf(raw: unknown): Kept | null {
  if (raw === undefined) return null;
  const parsed = safeParse(KeptSchema, raw);
  return parsed.success ? (parsed.data as Kept) : null;
}

/** The hash of what a page sent (SHA-256, hex): a retry of the same input has the same. */
export async function inputHash(input: LabelInput): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(JSON.stringify(input)));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

/** The reading already made from this very input of this page, if any. */
export function readingFor(kept: Kept | null, page: Pick<Kept, 'url' | 'epoch' | 'hash'>): Reading | null {
  return kept && kept.reading && kept.url === page.url && kept.epoch === page.epoch && kept.hash === page.hash ? kept.reading : null;
}

/** Keeps a page's input until it is read. */
export async function holdInput(tabId: number, kept: Kept & { input: LabelInput }): Promise<void> {
  await browser.storage.session.set({ [keptKey(tabId)]: { url: kept.url, epoch: kept.epoch, hash: kept.hash, input: kept.input } });
}

/** The entry that keeps a reading (written with the tab's state, in one write). */
export function keptReadingEntry(tabId: number, kept: Kept & { reading: Reading }): Record<string, Kept> {
  return { [keptKey(tabId)]: { url: kept.url, epoch: kept.epoch, hash: kept.hash, reading: kept.reading } };
}

/** Every input a stopped worker left unread, by tab. */
export async function pendingInputs(): Promise<{ tabId: number; kept: Kept & { input: LabelInput } }[]> {
  const all = await browser.storage.session.get(null);
  const out: { tabId: number; kept: Kept & { input: LabelInput } }[] = [];
  for (const [k, v] of Object.entries(all)) {
    const tabId = /^read:(\d+)$/.exec(k)?.[1];
    if (tabId === undefined) continue;
    const kept = keptOf(v);
    if (kept?.input && !kept.reading) out.push({ tabId: Number(tabId), kept: kept as Kept & { input: LabelInput } });
  }
  return out;
}
