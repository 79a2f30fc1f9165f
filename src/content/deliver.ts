// Delivery of the page's reading to the background, until the background acknowledges it.
// The service worker can be stopped at any moment (Chromium stops idle workers, and stops them
// under memory pressure): a message it was handling is then lost, and sendMessage rejects or
// resolves with nothing. So the content script sends again, often at first, then with backoff,
// until it gets the background's answer (the verdict to show). Sending twice is harmless and cheap:
// the background answers a repeated page text from the reading it kept for it, without reading it
// again, and recomputes the tab's state from it (src/background/kept-readings.ts).
import type { BackgroundToContent, ContentToBackground } from '../core/messages.ts';
import type { RuntimeLike } from './api.ts';

export interface DeliveryTiming {
  /** wait before the first retry; each retry waits twice as long as the one before */
  firstRetryMs: number;
  /** longest wait between two attempts */
  maxRetryMs: number;
  /** for this long after the first attempt, no retry waits more than `earlyRetryMs` */
  earlyForMs: number;
  /** longest wait between two attempts early on; each wait is drawn at random between half and
   *  all of it, so the tabs of one browser do not all retry at the same instants */
  earlyRetryMs: number;
  /** attempts in all; past them the page keeps no verdict (the badge and popup still have theirs) */
  maxAttempts: number;
  /** an attempt that neither answers nor fails in this time counts as failed */
  attemptTimeoutMs: number;
}

// Early on, an attempt every 0.25-0.5 s, for 15 s: a worker that is stopped again and again (as
// Chromium may do to an extension's worker) is woken by a page's message, and a worker that lives a
// few hundred ms between two stops can read every page's text then (what a page sent is kept, and
// read by the next worker: src/background/kept-readings.ts); a retry a few seconds later would miss
// those moments (test/browser/delivery.test.ts lost pages that way). That is about 35 attempts;
// then one every 8 s, up to 44 in all (a little over a minute), and then no more: retrying for the
// life of the page would wake it for nothing.
// A message normally gets its answer at the first attempt, so these cost nothing on a healthy
// browser. An attempt waits at most 4 s for its answer: a worker stopped while handling it may never
// answer at all, and a reading normally takes well under a second, even on a busy machine.
export const DEFAULT_TIMING: DeliveryTiming = {
  firstRetryMs: 250, maxRetryMs: 8_000, earlyForMs: 15_000, earlyRetryMs: 500, maxAttempts: 44, attemptTimeoutMs: 4_000,
};

export interface Deliverer {
  /** sends `message`, replacing any earlier one still being retried; `sent`: its first attempt,
   *  already made by the caller (runtime.sendMessage's promise), to be retried from */
  send(message: ContentToBackground, sent?: Promise<unknown>): void;
  /** stops retrying (the page went away, or the extension was updated under it) */
  cancel(): void;
  /** a new worker has started (it says so): a message still waiting for its retry goes now,
   *  and the backoff starts again, since a fresh worker is the best moment to be heard */
  nudge(): void;
}

/** An answer the background gives to a page reading: a verdict (shown or not). */
export function isAck(reply: unknown): reply is Extract<BackgroundToContent, { type: 'verdict' }> {
  return typeof reply === 'object' && reply !== null && (reply as { type?: unknown }).type === 'verdict';
}

export function deliverer(
  runtime: Pick<RuntimeLike, 'sendMessage'>,
  onAck: (reply: Extract<BackgroundToContent, { type: 'verdict' }>) => void,
  /** false once the extension context is gone: retrying is then pointless */
  alive: () => boolean,
  timing: DeliveryTiming = DEFAULT_TIMING,
  random: () => number = Math.random,
): Deliverer {
  /** each send gets a number; an answer to an older send than the latest is dropped */
  let current = 0;
  let retry: ReturnType<typeof setTimeout> | undefined;
  /** the message waiting for a retry, if any (null while an attempt is out, or once answered) */
  let waiting: { message: ContentToBackground; id: number } | null = null;

  /** when the message being delivered was first sent */
  let firstSent = 0;

  /** the wait before retry number n + 1 */
  function waitAfter(n: number): number {
    const backoff = timing.firstRetryMs * 2 ** n;
    if (Date.now() - firstSent < timing.earlyForMs) return Math.min(backoff, timing.earlyRetryMs * (0.5 + random() / 2));
    return Math.min(backoff, timing.maxRetryMs);
  }

  function attempt(message: ContentToBackground, id: number, n: number, made?: Promise<unknown>): void {
    let settled = false;
    let timeout: ReturnType<typeof setTimeout> | undefined;
    const settle = (reply: unknown) => {
      if (settled) return;
      settled = true;
      clearTimeout(timeout);
      if (id !== current) return;
      if (isAck(reply)) return onAck(reply);
      if (n + 1 >= timing.maxAttempts) return;
      const wait = waitAfter(n);
      waiting = { message, id };
      retry = setTimeout(() => {
        waiting = null;
        if (alive()) attempt(message, id, n + 1);
      }, wait);
    };
    const sent = made ?? sendNow(runtime, message);
    // (the message first, its timer after: the page's reading leaves as early as it can; the answer
    // comes in a later task, so the timer is always set by then)
    timeout = setTimeout(() => settle(undefined), timing.attemptTimeoutMs);
    sent.then(settle, () => settle(undefined));
  }

  return {
    send(message, sent) {
      if (retry !== undefined) clearTimeout(retry);
      waiting = null;
      current++;
      firstSent = Date.now();
      attempt(message, current, 0, sent);
    },
    cancel() {
      clearTimeout(retry);
      waiting = null;
      current++;
    },
    nudge() {
      if (!waiting || waiting.id !== current || !alive()) return;
      const { message, id } = waiting;
      clearTimeout(retry);
      waiting = null;
      attempt(message, id, 0);
    },
  };
}

/** `message` sent once: runtime.sendMessage's promise, a rejected one if it threw ("Extension
 *  context invalidated" throws synchronously in Chrome). */
export function sendNow(runtime: Pick<RuntimeLike, 'sendMessage'>, message: ContentToBackground): Promise<unknown> {
  try {
    return runtime.sendMessage(message);
  } catch (error) {
    return Promise.reject(error);
  }
}
