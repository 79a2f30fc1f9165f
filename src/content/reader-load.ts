// A large page's reader (reader.ts: the store's adapter), asked of the background, which injects
// it into this world (issue 14). Asked again a few times if the background does not answer (a
// stopped worker is woken by the message; one stopped mid-way answers nothing).
import type { LabelInput } from '../extract/input.ts';
import type { ReaderReply } from '../core/messages.ts';
import type { RuntimeLike } from './api.ts';

export type PageReader = (url: string) => LabelInput;

const ATTEMPTS = 3;
const ATTEMPT_TIMEOUT_MS = 4_000;

/** The reader, once it runs in this world; null if the background could not inject it. */
export async function pageReader(runtime: RuntimeLike): Promise<PageReader | null> {
  for (let n = 0; n < ATTEMPTS && !globalThis.__doseGuardRead; n++) {
    const reply = await withTimeout(runtime.sendMessage({ type: 'load-reader' }), ATTEMPT_TIMEOUT_MS).catch(() => null);
    if (isReaderReply(reply) && !reply.loaded) break;
  }
  return globalThis.__doseGuardRead ?? null;
}

function isReaderReply(reply: unknown): reply is ReaderReply {
  return typeof reply === 'object' && reply !== null && (reply as { type?: unknown }).type === 'reader';
}

function withTimeout<T>(p: Promise<T>, ms: number): Promise<T | null> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<null>((resolve) => (timer = setTimeout(() => resolve(null), ms)));
  return Promise.race([p, late]).finally(() => clearTimeout(timer));
}
