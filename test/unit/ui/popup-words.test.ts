// @vitest-environment jsdom
// Pieces of the popup that carry its promises: quotes are the page's words only (a table row's
// bars are not), terms explain themselves, remembered preferences survive bad stored values, and
// teaching notes are shown once, never beside an answer they could soften.
import { beforeAll, describe, expect, it } from 'vitest';
import { readMessages } from '../../../src/i18n/node.ts';
import { substitute } from '../../../src/i18n/messages-file.ts';
import { quotePieces } from '../../../src/ui/quotes.ts';
import { DEFAULT_UI_PREFS, readUiPrefs, withSection, withSeen } from '../../../src/ui/prefs.ts';
import type { Assessment, Warning } from '../../../src/core/assessment.ts';

let term: typeof import('../../../src/ui/term.ts');
let notes: typeof import('../../../src/popup/notes-view.ts');
let t: import('../../../src/i18n/format.ts').Translator;

beforeAll(async () => {
  const english = readMessages('en');
  (globalThis as { chrome?: unknown }).chrome = {
    i18n: { getMessage: (key: string, subs: string[] = []) => (english[key] ? substitute(english[key]!, subs) : ''), getUILanguage: () => 'en' },
  };
  term = await import('../../../src/ui/term.ts');
  notes = await import('../../../src/popup/notes-view.ts');
  t = (await import('../../../src/i18n/index.ts')).translator();
});

describe('quotes', () => {
  it('a table row read as "cell | cell | cell" is shown as its cells, each verbatim', () => {
    expect(quotePieces('Magnesium (as Magnesium Citrate) | 200 mg | 48%')).toEqual(['Magnesium (as Magnesium Citrate)', '200 mg', '48%']);
    expect(quotePieces('| 200 mg | 48%')).toEqual(['200 mg', '48%']);
  });
  it('a sentence stays whole', () => {
    expect(quotePieces('Take 2 capsules  twice daily with food.')).toEqual(['Take 2 capsules twice daily with food.']);
  });
});

describe('terms', () => {
  it('the glossary has a spelling and a one-line explanation for each term, in this language', () => {
    const glossary = term.glossary(t);
    expect(glossary.map((g) => g.id)).toEqual(['ul', 'guidance', 'rda', 'ai', 'dv', 'elemental']);
    for (const g of glossary) {
      expect(g.words.length).toBeGreaterThan(0);
      expect(g.tip.length).toBeGreaterThan(40);
      expect(g.tip.split(/[.!?](\s|$)/).filter((s) => s.trim().length > 3).length, `${g.id}: one or two sentences`).toBeLessThanOrEqual(2);
    }
  });
  it('the first mention of each term in a text gets its explanation; the text is otherwise unchanged', () => {
    const glossary = term.glossary(t);
    const text = 'Estimated from a percentage of the daily value, against the US upper limit and the upper limit again.';
    const explained = new Set<string>();
    const parts = term.withTerms(text, glossary, explained);
    const div = document.createElement('div');
    div.append(...parts);
    expect([...div.querySelectorAll('.term')].map((e) => e.getAttribute('data-term'))).toEqual(['dv', 'ul']);
    expect([...div.childNodes].map((n) => (n as HTMLElement).classList?.contains('term') ? n.firstChild!.textContent : n.textContent).join('')).toBe(text);
    expect(explained).toEqual(new Set(['dv', 'ul']));
  });
  it('a word inside another word is not a term ("ultimately" is not "UL")', () => {
    const parts = term.withTerms('elementally speaking', term.glossary(t), new Set());
    expect(parts).toEqual(['elementally speaking']);
  });
});

describe('what the popup remembers', () => {
  it('falls back field by field on a broken stored value', () => {
    expect(readUiPrefs(undefined)).toEqual(DEFAULT_UI_PREFS);
    expect(readUiPrefs('nonsense')).toEqual(DEFAULT_UI_PREFS);
    expect(readUiPrefs({ openSections: 'reading', seenNotes: ['rda-coverage'] })).toEqual({ openSections: [], seenNotes: ['rda-coverage'] });
  });
  it('opens and closes sections, and marks notes seen once', () => {
    const open = withSection(DEFAULT_UI_PREFS, 'reading', true);
    expect(open.openSections).toEqual(['reading']);
    expect(withSection(open, 'reading', false).openSections).toEqual([]);
    const seen = withSeen(DEFAULT_UI_PREFS, ['rda-coverage']);
    expect(withSeen(seen, ['rda-coverage'])).toBe(seen);
  });
});

describe('teaching notes', () => {
  const w = (id: string, severity: Warning['severity']): Warning => ({ id, severity, title: { key: 'x' }, detail: { key: 'x' }, sources: [] });
  const assessment = (kind: Assessment['verdict']['kind']) => ({
    verdict: { kind }, warnings: [w('interaction-bisphosphonate', 'warning'), w('rda-coverage', 'info'), w('osteoporosis-bone', 'info')],
  }) as unknown as Assessment;
  it('beside a calm answer: shown once under "What to know", then under "Learn more"', () => {
    expect(notes.splitNotes(assessment('within'), [], false).warnings.map((x) => x.id)).toEqual(['interaction-bisphosphonate', 'rda-coverage', 'osteoporosis-bone']);
    const later = notes.splitNotes(assessment('within'), ['rda-coverage', 'osteoporosis-bone'], false);
    expect(later.warnings.map((x) => x.id)).toEqual(['interaction-bisphosphonate']);
    expect(later.learnMore.map((x) => x.id)).toEqual(['rda-coverage', 'osteoporosis-bone']);
  });
  it('beside OVER, ASK or a first run: only under "Learn more"', () => {
    for (const [kind, firstRun] of [['over', false], ['ask-doctor', false], ['within', true]] as const) {
      const split = notes.splitNotes(assessment(kind), [], firstRun);
      expect(split.warnings.map((x) => x.id)).toEqual(['interaction-bisphosphonate']);
      expect(split.learnMore).toHaveLength(2);
    }
  });
});
