// The content script asks the background for the code a page may never need (src/content/inject.ts):
// a large page's reader (what it gets back decides whether the page is read in place, or sent whole,
// or said unreadable) and the note.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { noteApi, pageReader } from '../../../src/content/inject.ts';
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
  delete globalThis.__doseGuardReadPage;
  delete globalThis.__doseGuardNote;
  vi.useRealTimers();
});

describe('the large page\'s reader, asked of the background', () => {
  it('is the reader the background injected', async () => {
    const runtime = runtimeAnswering(async () => {
      globalThis.__doseGuardReadPage = reader;
      return { type: 'script', loaded: true };
    });
    expect(await pageReader(runtime)).toBe(reader);
    expect(runtime.calls).toEqual([{ type: 'load-script', script: 'reader' }]);
  });

  it('is asked for once only: a reader already in the page is used as it is', async () => {
    globalThis.__doseGuardReadPage = reader;
    const runtime = runtimeAnswering(async () => ({ type: 'script', loaded: true }));
    expect(await pageReader(runtime)).toBe(reader);
    expect(runtime.calls).toEqual([]);
  });

  it('is none when the background says it could not inject it (not asked again)', async () => {
    const runtime = runtimeAnswering(async () => ({ type: 'script', loaded: false }));
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
      globalThis.__doseGuardReadPage = reader;
      return { type: 'script', loaded: true };
    })));
    const got = pageReader(runtime);
    await vi.advanceTimersByTimeAsync(4_000);
    expect(await got).toBe(reader);
    expect(runtime.calls).toHaveLength(2);
  });
});

describe('the note, asked of the background with the first verdict that shows one', () => {
  const note = { show: () => undefined, remove: () => undefined };

  it('is the note the background injected', async () => {
    const runtime = runtimeAnswering(async () => {
      globalThis.__doseGuardNote = note;
      return { type: 'script', loaded: true };
    });
    expect(await noteApi(runtime)).toBe(note);
    expect(runtime.calls).toEqual([{ type: 'load-script', script: 'note' }]);
  });

  it('is asked for once only: the note already in the page is used as it is', async () => {
    globalThis.__doseGuardNote = note;
    const runtime = runtimeAnswering(async () => ({ type: 'script', loaded: true }));
    expect(await noteApi(runtime)).toBe(note);
    expect(runtime.calls).toEqual([]);
  });

  it('is none when the background could not inject it (the badge and popup still tell the verdict)', async () => {
    const runtime = runtimeAnswering(async () => ({ type: 'script', loaded: false }));
    expect(await noteApi(runtime)).toBeNull();
    expect(runtime.calls).toHaveLength(1);
  });
});
