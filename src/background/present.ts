// Turns a tab's state into what the user sees outside the popup: the badge and the page note, both
// from the rules' verdict (Assessment.verdict), rendered in the browser's language.
import browser from './browser.ts';
import type { Assessment } from '../core/assessment.ts';
import { msg, type Msg } from '../core/message.ts';
import type { BackgroundToContent, TabState } from '../core/messages.ts';
import type { Profile } from '../core/profile.ts';
import { translator } from '../i18n/index.ts';
import { sentences } from '../rules/format.ts';
import { VERDICT_COLOR } from '../ui/verdict.ts';
import type { NotePrefs } from '../ui/prefs.ts';
import { noteWanted } from './note-wanted.ts';

export async function showBadge(tabId: number, state: TabState | null): Promise<void> {
  const assessment = state?.assessment;
  const relevant = state && state.reading.status !== 'absent' && assessment;
  const t = translator();
  try {
    // All at once, the text first: a worker may be stopped at any moment, and the badge's text is
    // what the user reads.
    if (!relevant) {
      await Promise.all([
        browser.action.setBadgeText({ tabId, text: '' }),
        browser.action.setTitle({ tabId, title: t.t('extName') }),
      ]);
      return;
    }
    const { verdict } = assessment;
    await Promise.all([
      browser.action.setBadgeText({ tabId, text: t.tr(verdict.badge) }),
      browser.action.setBadgeBackgroundColor({ tabId, color: VERDICT_COLOR[verdict.kind] }),
      // Firefox only: keep the text white on every colour.
      (browser.action as { setBadgeTextColor?: (d: object) => Promise<void> }).setBadgeTextColor?.({ tabId, color: '#ffffff' }),
      browser.action.setTitle({ tabId, title: t.t('verdict_badge_title', t.tr(verdict.headline)) }),
    ]);
  } catch {
    // The tab closed meanwhile: nothing to show.
  }
}

/** The answer that shows nothing on the page. */
export const noNote = (): BackgroundToContent => ({ type: 'verdict', level: 'unknown', color: VERDICT_COLOR.unknown, badge: '', headline: '', detail: '', showNote: false });

/** The note's figures: this product a day, with what the user already takes, against the limit. */
function figuresLine(a: Assessment): Msg | null {
  const product = a.productDailyMg && { mg: a.productDailyMg };
  const total = a.stackDailyMg > 0 && a.totalDailyMg ? { mg: a.totalDailyMg } : null;
  const limit = a.limitMg !== null ? { mg: a.limitMg } : null;
  if (product && total && limit) return msg('verdict_note_product_total_limit', product, total, limit);
  if (product && total) return msg('verdict_note_product_total', product, total);
  if (product && limit) return msg('verdict_note_product_limit', product, limit);
  if (product) return msg('verdict_note_product', product);
  if (a.totalDailyMg && limit) return msg('verdict_note_total_limit', { mg: a.totalDailyMg }, limit);
  return null;
}

export function noteFor(state: TabState, profile: Profile, notes?: NotePrefs): BackgroundToContent {
  const a = state.assessment;
  const show = noteWanted(state, profile, notes);
  if (!a) return noNote();
  const t = translator();
  const { verdict } = a;
  // The reason first (it is what an "OK?", "?", "ASK" or "!" means), then the figures.
  const figures = figuresLine(a);
  const detail = verdict.reason || figures ? t.tr(sentences(verdict.reason, figures)) : '';
  return {
    type: 'verdict',
    url: state.url,
    level: a.level,
    color: VERDICT_COLOR[verdict.kind],
    badge: t.tr(verdict.badge).slice(0, 8),
    headline: t.tr(verdict.headline).slice(0, 200),
    detail: detail.slice(0, 400),
    showNote: show,
    ...(show ? { words: noteWords(t.tr(verdict.headline)) } : {}),
  };
}

/** The note's own words, in the browser's language (the page renders none: issue 14). */
function noteWords(headline: string): NonNullable<Extract<BackgroundToContent, { type: 'verdict' }>['words']> {
  const t = translator();
  const fit = (s: string) => s.slice(0, 300);
  return {
    title: fit(t.t('note_title', headline)), hint: fit(t.t('note_hint')), offSite: fit(t.t('note_off_site')),
    details: fit(t.t('note_details')), close: fit(t.t('note_close')),
  };
}

export async function tellTab(tabId: number, message: BackgroundToContent): Promise<void> {
  try {
    await browser.tabs.sendMessage(tabId, message);
  } catch {
    // No content script there (yet): the badge and popup still show the result.
  }
}
