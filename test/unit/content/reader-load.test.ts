// A large page asks the background for its reader (src/content/reader-load.ts): what the content
// script gets back decides whether the page is read in place, or sent whole, or said unreadable.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { pageReader } from '../../../src/content/reader-load.ts';
import type { RuntimeLike } from '../../../src/content/api.ts';

const reader = () => ({ url: 'u', source: 's', pageKind: 'product' as const, title: null, brand: null, facts: null, directions: null, body: null });

function runtimeAnswering(answer: (n: number) => Promise<unknown>): RuntimeLike & { calls: unknown[] } {
  const calls: unknown[] = [];
  return {
    calls,
    sendMessage: (message) => {
      calls.push(message);
      return answer(calls.length);
    },
    onMessage: { addListener: () => undefined, removeListener: () => undefined },
  };
}

afterEach(() => {
  delete globalThis.__doseGuardRead;
  vi.useRealTimers();
});

describe('the large page\'s reader, asked of the background', () => {
  it('is the reader the background injected', async () => {
    const runtime = runtimeAnswering(async () => {
      globalThis.__doseGuardRead = reader;
      return { type: 'reader', loaded: true };
    });
    expect(await pageReader(runtime)).toBe(reader);
    expect(runtime.calls).toEqual([{ type: 'load-reader' }]);
  });

  it('is asked for once only: a reader already in the page is used as it is', async () => {
    globalThis.__doseGuardRead = reader;
    const runtime = runtimeAnswering(async () => ({ type: 'reader', loaded: true }));
    expect(await pageReader(runtime)).toBe(reader);
    expect(runtime.calls).toEqual([]);
  });

  it('is none when the background says it could not inject it (not asked again)', async () => {
    const runtime = runtimeAnswering(async () => ({ type: 'reader', loaded: false }));
    expect(await pageReader(runtime)).toBeNull();
    expect(runtime.calls).toHaveLength(1);
  });

  it('is asked again when the background does not answer (a worker stopped mid-way), then given up', async () => {
    const runtime = runtimeAnswering(async () => {
      throw new Error('Could not establish connection. Receiving end does not exist.');
    });
    expect(await pageReader(runtime)).toBeNull();
    expect(runtime.calls).toHaveLength(3);
  });

  it('waits for a silent background no longer than its timeout, then asks again', async () => {
    vi.useFakeTimers();
    const runtime = runtimeAnswering((n) => (n < 2 ? new Promise(() => undefined) : Promise.resolve().then(() => {
      globalThis.__doseGuardRead = reader;
      return { type: 'reader', loaded: true };
    })));
    const got = pageReader(runtime);
    await vi.advanceTimersByTimeAsync(4_000);
    expect(await got).toBe(reader);
    expect(runtime.calls).toHaveLength(2);
  });
});
