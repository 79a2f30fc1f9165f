// The content script runs on every matching store page, so it carries no polyfill: Chrome's
// MV3 `chrome.*` and Firefox's `browser.*` both return promises for what it uses.
export interface RuntimeLike {
  id?: string;
  sendMessage(message: unknown): Promise<unknown>;
  onMessage: { addListener(fn: (message: unknown) => void): void; removeListener(fn: (message: unknown) => void): void };
}

const g = globalThis as unknown as { browser?: { runtime: RuntimeLike }; chrome?: { runtime: RuntimeLike } };

export const runtime: RuntimeLike | undefined = g.browser?.runtime ?? g.chrome?.runtime;

/** False once the extension was updated or removed under this page ("Extension context invalidated"). */
export function extensionAlive(): boolean {
  try {
    return Boolean(runtime?.id);
  } catch {
    return false;
  }
}
