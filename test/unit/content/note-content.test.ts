// @vitest-environment jsdom
// The note shows only what it expects of the background's verdict (note-main.ts): a message of the
// wrong shape, or fields of the wrong kind, never reach the page as anything but bounded text and a
// colour.
import { afterAll, describe, expect, it } from 'vitest';
import { noteContentOf } from '../../../src/content/note-main.ts';
import type { VerdictMessage } from '../../../src/content/inject.ts';

afterAll(() => {
  delete globalThis.__doseGuardNote;
});

const verdict = (fields: Record<string, unknown>) => ({ type: 'verdict', showNote: true, level: 'over', ...fields }) as unknown as VerdictMessage;

describe('the note\'s content from a verdict', () => {
  it('keeps a verdict\'s own words and colour as they are', () => {
    const content = noteContentOf(verdict({ color: '#b3261e', badge: '700', headline: 'Over your limit', detail: '700 mg a day', words: { title: 'Dose Guard', close: 'Close' } }));
    expect(content).toMatchObject({ level: 'over', color: '#b3261e', badge: '700', headline: 'Over your limit', detail: '700 mg a day', words: { title: 'Dose Guard', close: 'Close', hint: '' } });
  });
  it('a colour that is no colour is grey, text that is no text is empty, and text is bounded', () => {
    const content = noteContentOf(verdict({ color: 'red; background: url(https://tracker.example/x)', badge: 123456789, headline: 'x'.repeat(5000), detail: { toString: () => 'y' }, words: { title: ['a'], hint: 'h'.repeat(1000) } }));
    expect(content.color).toBe('#5f6368');
    expect(content.badge).toBe('');
    expect(content.headline).toHaveLength(200);
    expect(content.detail).toBe('');
    expect(content.words.title).toBe('');
    expect(content.words.hint).toHaveLength(300);
  });
  it('a verdict with no words at all has every word empty', () => {
    expect(noteContentOf(verdict({ color: '#000000' })).words).toEqual({ title: '', hint: '', offSite: '', details: '', close: '' });
  });
});
