// Turns a tab's state into what the user sees outside the popup: the badge and the page note.
import browser from 'webextension-polyfill';
import type { BackgroundToContent, TabState } from '../core/messages.ts';
import type { Profile } from '../core/profile.ts';
import { lookFor, formatMg, formatRange } from '../ui/verdict.ts';

export async function showBadge(tabId: number, state: TabState | null): Promise<void> {
  const assessment = state?.assessment;
  const relevant = state && state.reading.status !== 'absent' && assessment;
  try {
    if (!relevant) {
      await browser.action.setBadgeText({ tabId, text: '' });
      await browser.action.setTitle({ tabId, title: 'Dose Guard' });
      return;
    }
    const look = lookFor(assessment);
    await browser.action.setBadgeBackgroundColor({ tabId, color: look.color });
    // Firefox only: keep the text white on every colour.
    await (browser.action as { setBadgeTextColor?: (d: object) => Promise<void> }).setBadgeTextColor?.({ tabId, color: '#ffffff' });
    await browser.action.setBadgeText({ tabId, text: look.badge });
    await browser.action.setTitle({ tabId, title: `Dose Guard: ${look.headline}` });
  } catch {
    // The tab closed meanwhile: nothing to show.
  }
}

/** The answer that shows nothing on the page. */
export const noNote = (): BackgroundToContent => ({ type: 'verdict', level: 'unknown', color: '#5f6368', headline: '', detail: '', showNote: false });

export function noteFor(state: TabState, profile: Profile): BackgroundToContent {
  const a = state.assessment;
  const show = profile.settings.pageNotes && state.reading.status !== 'absent' && a !== null;
  if (!a) return noNote();
  const look = lookFor(a);
  let detail: string;
  if (a.level === 'unknown') {
    detail = 'The magnesium amount could not be read here. Open Dose Guard to enter it from the label.';
  } else {
    const parts: string[] = [];
    if (a.productDailyMg) parts.push(`This product: ${formatRange(a.productDailyMg)}/day`);
    if (a.stackDailyMg > 0 && a.totalDailyMg) parts.push(`with what you already take: ${formatRange(a.totalDailyMg)}/day`);
    if (a.limitMg !== null) parts.push(`limit ${formatMg(a.limitMg)}/day`);
    detail = parts.join('; ') + '.';
  }
  return { type: 'verdict', level: a.level, color: look.color, headline: look.headline, detail: detail.slice(0, 400), showNote: show };
}

export async function tellTab(tabId: number, message: BackgroundToContent): Promise<void> {
  try {
    await browser.tabs.sendMessage(tabId, message);
  } catch {
    // No content script there (yet): the badge and popup still show the result.
  }
}
