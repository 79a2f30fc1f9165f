// The background worker evaluates all its modules each time it starts, before it can answer the
// message that woke it (issue 14): the message schemas are built when first used, not when their
// module loads, and a page's reading builds none of the popup's. Built lazily, they accept and
// refuse exactly what they did.
import { describe, expect, it } from 'vitest';
import { Assessment } from '../../../src/core/assessment.ts';
import { msg } from '../../../src/core/message.ts';
import { ContentToBackground, TabState, UiToBackground } from '../../../src/core/messages.ts';
import { Reading } from '../../../src/core/reading.ts';
import { unreadableReading } from '../../../src/core/unreadable.ts';
import { safeParse, type Schema } from '../../../src/core/zod.ts';

/** Has this lazily built schema been built yet? (zod keeps the built schema on its definition) */
const built = (schema: Schema) => (schema._zod.def as { _cachedInner?: unknown })._cachedInner !== undefined;

const pageReading = (reading: unknown) => ({ type: 'page-reading', url: 'https://www.iherb.com/pr/x/1', epoch: 1, reading });

describe('the message schemas are built on first use', () => {
  // (in this order: the first test sees the modules as a worker that has just started)
  it('loading their modules builds none of them', () => {
    for (const schema of [ContentToBackground, UiToBackground, TabState, Reading, Assessment]) expect(built(schema)).toBe(false);
  });

  it("a page's reading builds the reading's schema, not the popup's messages nor the stored state's", () => {
    expect(safeParse(ContentToBackground, pageReading(unreadableReading(msg('bg_reading_refused')))).success).toBe(true);
    expect(built(ContentToBackground)).toBe(true);
    expect(built(Reading)).toBe(true);
    expect(built(UiToBackground)).toBe(false);
    expect(built(Assessment)).toBe(false);
  });

  it('a lazily built schema refuses what the schema refuses, naming the field', () => {
    const reading = { ...unreadableReading(msg('bg_reading_refused')), perServingMg: -5 };
    const parsed = safeParse(ContentToBackground, pageReading(reading));
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.path).toEqual(['reading', 'perServingMg']);
    expect(safeParse(UiToBackground, { type: 'get-tab-state', tabId: -1 }).success).toBe(false);
    expect(safeParse(UiToBackground, { type: 'get-tab-state', tabId: 3 }).success).toBe(true);
  });
});
