// @vitest-environment jsdom
// "What you already take" asks about antacids and laxatives with magnesium (clinical review,
// point 8: they count toward the same limit) and adds one already marked as a medicine.
import { beforeAll, describe, expect, it } from 'vitest';
import { readMessages } from '../../../src/i18n/node.ts';
import { substitute } from '../../../src/i18n/messages-file.ts';

let stackView: typeof import('../../../src/options/stack-view.ts').stackView;
let ErrorSlots: typeof import('../../../src/options/fields.ts').ErrorSlots;

beforeAll(async () => {
  const english = readMessages('en');
  // The browser's i18n API, answering from the English messages file.
  (globalThis as { chrome?: unknown }).chrome = {
    i18n: { getMessage: (key: string, subs: string[] = []) => (english[key] ? substitute(english[key]!, subs) : ''), getUILanguage: () => 'en' },
  };
  ({ stackView } = await import('../../../src/options/stack-view.ts'));
  ({ ErrorSlots } = await import('../../../src/options/fields.ts'));
});

describe('the antacid and laxative question', () => {
  it('is asked where the list is entered, naming milk of magnesia and the salts', () => {
    const view = stackView([], new ErrorSlots(), () => {}, () => {});
    document.body.replaceChildren(view.element);
    const question = document.getElementById('stack-antacid-question')!;
    expect(question.textContent).toContain('Do you take an antacid or laxative with magnesium?');
    expect(question.textContent).toContain('Milk of magnesia');
    expect(question.textContent).toContain('count toward the same daily limit');
  });
  it('its button adds a row already marked as a medicine, and focuses its name', () => {
    let changed = 0;
    const view = stackView([], new ErrorSlots(), () => {}, () => { changed += 1; });
    document.body.replaceChildren(view.element);
    const button = document.getElementById('stack-add-medicine') as HTMLButtonElement;
    expect(button.textContent).toBe('Add an antacid or laxative');
    button.click();
    const rows = view.read();
    expect(rows).toHaveLength(1);
    expect(rows[0]!.medicine).toBe(true);
    expect(changed).toBe(1);
    expect((document.activeElement as HTMLInputElement).id).toMatch(/-name$/);
  });
});
