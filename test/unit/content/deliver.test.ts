// The content script's delivery of a reading to the background (issue 9, point 1): a stopped
// service worker loses the message it was handling, so the reading is sent again, with backoff,
// until the background answers with a verdict.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ContentToBackground } from '../../../src/core/messages.ts';
import { deliverer, type DeliveryTiming } from '../../../src/content/deliver.ts';

const TIMING: DeliveryTiming = { firstRetryMs: 100, maxRetryMs: 800, earlyForMs: 0, earlyRetryMs: 50, maxAttempts: 6, attemptTimeoutMs: 5_000 };
const verdict = { type: 'verdict', level: 'over-limit', color: '#b3261e', headline: 'Over', detail: '', showNote: true } as const;
const reading = (url: string) => ({ type: 'page-reading', url, epoch: 1, reading: {} }) as unknown as ContentToBackground;

/** A runtime whose answers are scripted: each call takes the next outcome. */
function runtime(outcomes: Array<'reject' | 'nothing' | 'hang' | 'ack'>) {
  const sent: ContentToBackground[] = [];
  return {
    sent,
    sendMessage: vi.fn((message: unknown) => {
      sent.push(message as ContentToBackground);
      const outcome = outcomes.shift() ?? 'ack';
      if (outcome === 'reject') return Promise.reject(new Error('A listener indicated an asynchronous response by returning true, but the message channel closed'));
      if (outcome === 'nothing') return Promise.resolve(undefined);
      if (outcome === 'hang') return new Promise(() => undefined);
      return Promise.resolve(verdict);
    }),
  };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('delivery of a reading to the background', () => {
  it('sends again after a lost message, a missing answer and a hung one, until the background answers', async () => {
    const rt = runtime(['reject', 'nothing', 'hang', 'ack']);
    const acks: unknown[] = [];
    deliverer(rt, (r) => acks.push(r), () => true, TIMING).send(reading('https://a'));
    await vi.runAllTimersAsync();
    expect(rt.sent).toHaveLength(4);
    expect(acks).toEqual([verdict]);
  });

  it('takes a first attempt made already (the first read, sent before the rest of the script is set up): not sent twice, and retried if lost', async () => {
    const rt = runtime(['ack']);
    const acks: unknown[] = [];
    const message = reading('https://a');
    deliverer(rt, (r) => acks.push(r), () => true, TIMING).send(message, Promise.reject(new Error('the worker stopped')));
    await vi.runAllTimersAsync();
    // one attempt made by the caller (lost), one retry by the deliverer (answered)
    expect(rt.sent).toEqual([message]);
    expect(acks).toEqual([verdict]);

    const answered = runtime([]);
    deliverer(answered, (r) => acks.push(r), () => true, TIMING).send(message, Promise.resolve(verdict));
    await vi.runAllTimersAsync();
    expect(answered.sent).toEqual([]);
    expect(acks).toEqual([verdict, verdict]);
  });

  it('waits longer before each retry (backoff), up to the longest wait', async () => {
    const rt = runtime(['reject', 'reject', 'reject', 'reject', 'reject', 'ack']);
    deliverer(rt, () => undefined, () => true, TIMING).send(reading('https://a'));
    const times: number[] = [];
    rt.sendMessage.mockImplementation(() => {
      times.push(Date.now());
      return times.length < 5 ? Promise.reject(new Error('lost')) : Promise.resolve(verdict);
    });
    await vi.runAllTimersAsync();
    const gaps = times.slice(1).map((t, i) => t - times[i]!);
    expect(gaps).toEqual([200, 400, 800, 800]);
  });

  it('retries at most every earlyRetryMs, at random moments, for earlyForMs, then backs off', async () => {
    const times: number[] = [];
    const rt = {
      sendMessage: vi.fn(() => {
        times.push(Date.now());
        return Promise.reject(new Error('lost'));
      }),
    };
    const timing = { ...TIMING, earlyForMs: 2_000, earlyRetryMs: 200, maxAttempts: 30 };
    const draws = [0, 1, 0.5];
    let k = 0;
    deliverer(rt, () => undefined, () => true, timing, () => draws[k++ % draws.length]!).send(reading('https://a'));
    await vi.runAllTimersAsync();
    const gaps = times.slice(1).map((t, i) => t - times[i]!);
    // 100 ms first (below the early cap), then between 100 and 200 ms (the draws), never more
    // while early; once past 2 s, the backoff's doubling up to the longest wait
    expect(gaps.slice(0, 4)).toEqual([100, 200, 150, 100]);
    const early = gaps.filter((_, i) => times[i + 1]! - times[0]! < 2_000);
    expect(Math.max(...early)).toBeLessThanOrEqual(200);
    expect(gaps.at(-1)).toBe(800);
    expect(times).toHaveLength(30);
  });

  it('sends a reading waiting for its retry at once when a new worker says it has started', async () => {
    const rt = runtime(['reject', 'ack']);
    const acks: unknown[] = [];
    const d = deliverer(rt, (r) => acks.push(r), () => true, { ...TIMING, firstRetryMs: 60_000, maxRetryMs: 60_000 });
    d.send(reading('https://a'));
    await vi.advanceTimersByTimeAsync(10);
    expect(rt.sent).toHaveLength(1);
    d.nudge();
    await vi.advanceTimersByTimeAsync(10);
    expect(rt.sent).toHaveLength(2);
    expect(acks).toEqual([verdict]);
    // Answered: a later start has nothing to send.
    d.nudge();
    await vi.advanceTimersByTimeAsync(120_000);
    expect(rt.sent).toHaveLength(2);
  });

  it('gives up after its last attempt instead of waking the page for ever', async () => {
    const rt = runtime(Array(20).fill('reject'));
    const acks: unknown[] = [];
    deliverer(rt, (r) => acks.push(r), () => true, TIMING).send(reading('https://a'));
    await vi.runAllTimersAsync();
    expect(rt.sent).toHaveLength(TIMING.maxAttempts);
    expect(acks).toEqual([]);
  });

  it('stops retrying once the extension context is gone', async () => {
    const rt = runtime(Array(20).fill('reject'));
    let alive = true;
    const d = deliverer(rt, () => undefined, () => alive, TIMING);
    d.send(reading('https://a'));
    await vi.advanceTimersByTimeAsync(0);
    alive = false;
    await vi.runAllTimersAsync();
    expect(rt.sent).toHaveLength(1);
  });

  it('a newer reading replaces an older one being retried, and an old answer is not shown', async () => {
    let resolveOld!: (v: unknown) => void;
    const calls: string[] = [];
    const rt = {
      sendMessage: vi.fn((m: unknown) => {
        const url = (m as { url: string }).url;
        calls.push(url);
        if (url === 'https://old') return new Promise((r) => (resolveOld = r));
        return Promise.resolve({ ...verdict, headline: 'new' });
      }),
    };
    const acks: string[] = [];
    const d = deliverer(rt, (r) => acks.push(r.headline), () => true, TIMING);
    d.send(reading('https://old'));
    d.send(reading('https://new'));
    resolveOld({ ...verdict, headline: 'old' });
    await vi.runAllTimersAsync();
    expect(acks).toEqual(['new']);
    expect(calls).toEqual(['https://old', 'https://new']);
  });
});
