// Delivery of the page's reading to the background, until the background acknowledges it.
// The service worker can be stopped at any moment (Chromium stops idle workers, and stops them
// under memory pressure): a message it was handling is then lost, and sendMessage rejects or
// resolves with nothing. So the content script sends again, with backoff, until it gets the
// background's answer (the verdict to show). The background handles a repeated reading the same
// way as the first (it recomputes the tab's state from it), so sending twice is harmless.
import type { BackgroundToContent, ContentToBackground } from '../core/messages.ts';
import type { RuntimeLike } from './api.ts';

export interface DeliveryTiming {
  /** wait before the first retry; each retry waits twice as long as the one before */
  firstRetryMs: number;
  /** longest wait between two attempts */
  maxRetryMs: number;
  /** attempts in all; past them the page keeps no verdict (the badge and popup still have theirs) */
  maxAttempts: number;
  /** an attempt that neither answers nor fails in this time counts as failed */
  attemptTimeoutMs: number;
}

// 0.25 + 0.5 + 1 + 2 + 4 + 8 + 8 ... s: a stopped worker restarts in well under a second, so the
// first retries cover it; the later ones cover a browser that is busy for a while, for about a
// minute in all, and then stop: retrying for the life of the page would wake it for nothing.
// An attempt waits at most 4 s for its answer: a worker stopped while handling it may never
// answer at all, and a reading normally takes well under a second, even on a busy machine.
export const DEFAULT_TIMING: DeliveryTiming = { firstRetryMs: 250, maxRetryMs: 8_000, maxAttempts: 12, attemptTimeoutMs: 4_000 };

export interface Deliverer {
  /** sends `message`, replacing any earlier one still being retried */
  send(message: ContentToBackground): void;
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
): Deliverer {
  /** each send gets a number; an answer to an older send than the latest is dropped */
  let current = 0;
  let retry: ReturnType<typeof setTimeout> | undefined;
  /** the message waiting for a retry, if any (null while an attempt is out, or once answered) */
  let waiting: { message: ContentToBackground; id: number } | null = null;

  function attempt(message: ContentToBackground, id: number, n: number): void {
    let settled = false;
    const settle = (reply: unknown) => {
      if (settled) return;
      settled = true;
      clearTimeout(timeout);
      if (id !== current) return;
      if (isAck(reply)) return onAck(reply);
      if (n + 1 >= timing.maxAttempts) return;
      const wait = Math.min(timing.firstRetryMs * 2 ** n, timing.maxRetryMs);
      waiting = { message, id };
      retry = setTimeout(() => {
        waiting = null;
        if (alive()) attempt(message, id, n + 1);
      }, wait);
    };
    const timeout = setTimeout(() => settle(undefined), timing.attemptTimeoutMs);
    let sent: Promise<unknown>;
    try {
      sent = runtime.sendMessage(message);
    } catch (error) {
      // "Extension context invalidated" throws synchronously in Chrome.
      sent = Promise.reject(error);
    }
    sent.then(settle, () => settle(undefined));
  }

  return {
    send(message) {
      clearTimeout(retry);
      waiting = null;
      current++;
      attempt(message, current, 0);
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
