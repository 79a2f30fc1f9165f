// Every message between the extension's parts, in one place, named by direction.
// Receivers validate with these schemas; senders build them with the types.
// The content script imports TYPES only (zod stays out of the page's bundle).
import { z } from './zod.ts';
import { Reading, Range } from './reading.ts';
import { Assessment, Level } from './assessment.ts';

// ---- content script -> background -------------------------------------------------------
export const PageReadingMsg = z.object({
  type: z.literal('page-reading'),
  url: z.string().check(z.maxLength(4000)),
  reading: Reading,
});
export const ContentToBackground = z.discriminatedUnion('type', [PageReadingMsg]);
export type ContentToBackground = z.infer<typeof ContentToBackground>;

// ---- extension pages (popup, options) -> background --------------------------------------
export const GetTabStateMsg = z.object({ type: z.literal('get-tab-state'), tabId: z.int().check(z.nonnegative()) });
export const ManualEntryMsg = z.object({
  type: z.literal('manual-entry'),
  tabId: z.int().check(z.nonnegative()),
  perServingMg: z.number().check(z.positive(), z.maximum(10_000)),
  servingsPerDay: Range,
});
export const ClearManualMsg = z.object({ type: z.literal('clear-manual'), tabId: z.int().check(z.nonnegative()) });
export const AddToStackMsg = z.object({ type: z.literal('add-to-stack'), tabId: z.int().check(z.nonnegative()) });
export const ScanTabMsg = z.object({ type: z.literal('scan-tab'), tabId: z.int().check(z.nonnegative()) });
export const UiToBackground = z.discriminatedUnion('type', [
  GetTabStateMsg, ManualEntryMsg, ClearManualMsg, AddToStackMsg, ScanTabMsg,
]);
export type UiToBackground = z.infer<typeof UiToBackground>;

/** What the popup shows for one tab. Kept per tab in storage.session. */
export const TabState = z.object({
  tabId: z.int().check(z.nonnegative()),
  url: z.string(),
  reading: Reading,
  /** set when the user typed the amount in the popup; it replaces the page's figures */
  manual: z.nullable(z.object({ perServingMg: z.number(), servingsPerDay: Range })),
  assessment: z.nullable(Assessment),
  /** true when this product is already in the user's stack (so it is not counted twice) */
  inStack: z.boolean(),
  updatedAt: z.number(),
});
export type TabState = z.infer<typeof TabState>;

export const TabStateReply = z.object({
  ok: z.literal(true),
  state: z.nullable(TabState),
  /** why there is no state: not a supported store, the page is still loading, ... */
  reason: z.optional(z.enum(['none', 'unsupported-page', 'not-scanned'])),
});
export type TabStateReply = z.infer<typeof TabStateReply>;
export const ErrorReply = z.object({ ok: z.literal(false), error: z.string() });
export type ErrorReply = z.infer<typeof ErrorReply>;

// ---- background -> content script ---------------------------------------------------------
export const VerdictMsg = z.object({
  type: z.literal('verdict'),
  level: Level,
  /** accent colour of the note, as the badge's */
  color: z.string().check(z.regex(/^#[0-9a-f]{6}$/i)),
  headline: z.string().check(z.maxLength(200)),
  detail: z.string().check(z.maxLength(400)),
  showNote: z.boolean(),
});
export const RescanMsg = z.object({ type: z.literal('rescan') });
export const BackgroundToContent = z.discriminatedUnion('type', [VerdictMsg, RescanMsg]);
export type BackgroundToContent = z.infer<typeof BackgroundToContent>;
