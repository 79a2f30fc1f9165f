// Is this product already in the user's stack? Used by the background and the `check` command:
// the page address (host + path, case-insensitive, trailing slash ignored) or the product name
// (trimmed, case-insensitive) equals a stack item's.
import type { StackItem } from '../core/profile.ts';
import type { Reading } from '../core/reading.ts';

export function normalizePageUrl(url: string): string {
  try {
    const u = new URL(url);
    return `${u.host}${u.pathname.replace(/\/+$/, '')}`.toLowerCase();
  } catch {
    return url.trim().toLowerCase();
  }
}

export function stackItemFor(stack: readonly StackItem[], reading: Reading, url?: string | null): StackItem | undefined {
  const page = url ? normalizePageUrl(url) : null;
  const name = reading.product.name?.trim().toLowerCase() || null;
  return stack.find((item) =>
    (page !== null && item.url && normalizePageUrl(item.url) === page) ||
    (name !== null && item.name.trim().toLowerCase() === name));
}
