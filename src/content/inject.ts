// Code a page may never need, or not before its first message, asked of the background when it is
// needed, which injects it into this world (src/core/files.ts; issue 14): a large page's read
// (in-place-main.ts), its gate (gate-main.ts) and reader (reader.ts: the store's adapter), the
// session (session-main.ts, the watcher with it) and the note (note-main.ts). Each leaves
// one entry point in this isolated world, which the page cannot see (the session: the page's
// start, page-start.ts, its `check`).
// Asked again a few times if the background does not answer (a stopped worker is woken by the
// message; one stopped mid-way answers nothing).
import type { LabelInput } from '../extract/input.ts';
import type { Reading } from '../core/reading.ts';
import type { BackgroundToContent, ContentToBackground, ScriptReply } from '../core/messages.ts';
import type { InjectedScript } from '../core/files.ts';
import type { NoteOptions } from './note.ts';
import type { PageRead } from './page-read.ts';
import type { RuntimeLike } from './api.ts';

/** A large page read in place: what its store's adapter reads. */
export type PageReader = (url: string) => LabelInput;

/** What the page at `url` reports when the gate stops it (no name of the nutrient where the store's
 *  adapter reads), or null: read it. */
export type PageGate = (url: string) => Reading | null;

/** The note's two entry points (note-main.ts). */
export interface NoteApi {
  /** shows (or updates) the note for the page `pageKey` as the background's verdict says, its
   *  fields checked there; `onDismiss` is its close buttons' */
  show(verdict: VerdictMessage, pageKey: string, onDismiss: NoteOptions['onDismiss']): void;
  remove(): void;
}

/** The background's verdict on the page (a note to show). */
export type VerdictMessage = Extract<BackgroundToContent, { type: 'verdict' }>;

/** A large page's read, in place (in-place-read.ts): its message, or null when `current()` says a
 *  newer read overtook it. */
export type InPlaceRead = (url: string, epoch: number, force: boolean, current: () => boolean) => Promise<PageRead | null>;

declare global {
  // eslint-disable-next-line no-var
  var __doseGuardGate: PageGate | undefined;
  // eslint-disable-next-line no-var
  var __doseGuardReadPage: PageReader | undefined;
  // eslint-disable-next-line no-var
  var __doseGuardReadInPlace: InPlaceRead | undefined;
  // eslint-disable-next-line no-var
  var __doseGuardNote: NoteApi | undefined;
}

const ATTEMPTS = 3;
const ATTEMPT_TIMEOUT_MS = 4_000;

/** The script's entry point (`present`: what it leaves in this world once it ran), asked for
 *  unless it runs already; null if the background could not inject it. */
export async function injected<T>(runtime: RuntimeLike, script: InjectedScript, present: () => T | undefined): Promise<T | null> {
  for (let n = 0; n < ATTEMPTS && !present(); n++) {
    const ask: ContentToBackground = { type: 'load-script', script };
    const reply = await withTimeout(runtime.sendMessage(ask), ATTEMPT_TIMEOUT_MS).catch(() => null);
    if (isScriptReply(reply) && !reply.loaded) break;
  }
  return present() ?? null;
}

/** A large or heavy page's gate. */
export function pageGate(runtime: RuntimeLike): Promise<PageGate | null> {
  return injected(runtime, 'gate', () => globalThis.__doseGuardGate);
}

/** A large page's read. */
export function inPlaceRead(runtime: RuntimeLike): Promise<InPlaceRead | null> {
  return injected(runtime, 'inPlace', () => globalThis.__doseGuardReadInPlace);
}

/** A large page's reader. */
export function pageReader(runtime: RuntimeLike): Promise<PageReader | null> {
  return injected(runtime, 'reader', () => globalThis.__doseGuardReadPage);
}

/** The note. */
export function noteApi(runtime: RuntimeLike): Promise<NoteApi | null> {
  return injected(runtime, 'note', () => globalThis.__doseGuardNote);
}

function isScriptReply(reply: unknown): reply is ScriptReply {
  return typeof reply === 'object' && reply !== null && (reply as { type?: unknown }).type === 'script';
}

function withTimeout<T>(p: Promise<T>, ms: number): Promise<T | null> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<null>((resolve) => (timer = setTimeout(() => resolve(null), ms)));
  return Promise.race([p, late]).finally(() => clearTimeout(timer));
}
