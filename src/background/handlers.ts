// What the background does for each message and event. Every change of a tab's state goes
// through `serial`, one at a time, so two messages for one tab never interleave. Each writes the
// tab's state first and then shows it (sync.ts), so a worker stopped in between leaves the state
// to show again, never a badge without a state.
import browser from './browser.ts';
import { msg } from '../core/message.ts';
import type { ContentToBackground, ScriptReply, SitesReply, TabState, TabStateReply, UiToBackground, BackgroundToContent } from '../core/messages.ts';
import { PROFILE_KEY, loadProfile, saveProfile } from '../profile/store.ts';
import { assess, type ProfileView } from './assess.ts';
import { normalizePageUrl, stackItemFor } from '../rules/in-stack.ts';
import { NOTE_PREFS_KEY, loadNotePrefs, readNotePrefs, saveNotePrefs, siteOf, withDismissed, withSiteOff } from '../ui/prefs.ts';
import { allTabStates, forgetTab, getTabState, isStale, noteEpoch, removeTabState, setTabState, tabRecord, type TabRecord } from './tab-state.ts';
import { noNote, noteFor, showBadge, tellTab } from './present.ts';
import { NUMBER_SHAPE_KEY, browserLocales, numberShapeToKeep, translator, useNumberShape } from '../i18n/index.ts';
import { serial } from './serial.ts';
import { unreadableReading } from '../core/unreadable.ts';
import { pageByAddress } from '../extract/stores/addresses.ts';
import { INJECTED_SCRIPTS, type InjectedScript } from '../core/files.ts';
import { readInSlices, workerHost } from './slices.ts';
import { holdInput, inputHash, keptReadingEntry, pendingInputs, readingFor, type Kept } from './kept-readings.ts';
import type { LabelInput } from '../extract/input.ts';
import type { Reading } from '../core/reading.ts';
import { listSites, reconcileSites, removeSite } from './sites.ts';
import { present, reapply, refreshAll } from './sync.ts';

async function currentProfile(): Promise<ProfileView> {
  // One read of storage for all three: every page's verdict waits on it.
  const stored = await browser.storage.local.get([PROFILE_KEY, NOTE_PREFS_KEY, NUMBER_SHAPE_KEY]);
  useNumberShape(stored[NUMBER_SHAPE_KEY]);
  const { profile, problems } = await loadProfile({ get: async () => stored, set: async () => undefined, remove: async () => undefined });
  return { profile, repaired: problems.filter((p) => p.action !== 'ignored').map((p) => p.field), notes: readNotePrefs(stored[NOTE_PREFS_KEY]), locales: browserLocales() };
}

/** A page's message that carries its reading, or the text to read it from. */
type PageMsg = Extract<ContentToBackground, { type: 'page-reading' | 'page-input' }>;

class PageChanged extends Error {
  /** what the popup says (index.ts renders it in the UI language) */
  readonly said = msg('bg_page_changed');
  constructor() {
    super('the tab shows another page than the popup rendered');
  }
}

/** The tab's state, provided it still shows the page the popup rendered. */
async function shownState(tabId: number, url: string): Promise<TabState> {
  const state = await getTabState(tabId);
  if (!state || state.url !== url) throw new PageChanged();
  return state;
}

/** `url` is the page's address as the browser reports the sender, not as the page claims. */
export async function onContentMessage(message: Exclude<ContentToBackground, { type: 'load-script' }>, tabId: number, url: string): Promise<BackgroundToContent> {
  if (message.type === 'note-dismiss') return onNoteDismissed(message.scope, url);
  // The session's code (what the page runs after its first read: src/content/page-start.ts) goes
  // into the page with the answer to its first read, while the page is read here: it is there when
  // the answer comes (issue 14). A page whose session could not be put in asks (content/first-read.ts).
  const session = message.type !== 'no-product' && message.first ? loadOnce('session', tabId, message.epoch) : undefined;
  const reply = await pageVerdict(message, tabId, url);
  await session;
  // The note's code goes into the page with the first verdict that shows one, before the answer:
  // the page then shows it at once, without asking for it (one message and one round trip fewer
  // in the page, issue 14). A page whose note could not be put in still asks (inject.ts).
  if (reply.type === 'verdict' && reply.showNote) await loadOnce('note', tabId, message.epoch);
  return reply;
}

/** For each script put into pages with an answer, each tab's document (by its epoch) this worker
 *  has put it in: a page that reports again, or re-reads, does not get it twice. (A new worker
 *  forgets, and injects it once more: each of these scripts runs once, note-main.ts,
 *  session-main.ts.) */
const loadedIn = { session: new Map<number, number>(), note: new Map<number, number>() };

async function loadOnce(script: keyof typeof loadedIn, tabId: number, epoch: number): Promise<void> {
  if (loadedIn[script].get(tabId) === epoch) return;
  const { loaded } = await loadScript(tabId, script);
  if (loaded) loadedIn[script].set(tabId, epoch);
}

function pageVerdict(message: Exclude<ContentToBackground, { type: 'load-script' | 'note-dismiss' }>, tabId: number, url: string): Promise<BackgroundToContent> {
  return serial(async () => {
    // A small page's markup: read by its adapter here, then on as the regions it read.
    const msg = atNoProductAddress(message) ? asNoProduct(message) : message.type === 'page-html' ? await pageInputOf(message, url) : message;
    // The tab's record and the profile in one round trip: a worker this message has just woken
    // answers the page sooner (issue 14).
    const [record, view] = await Promise.all([tabRecord(tabId), msg.type === 'no-product' ? null : currentProfile()]);
    // From a page the tab has already left: answered, so the old page stops sending, and ignored.
    if (isStale(record, msg.epoch)) return noNote();
    if (msg.type === 'no-product' || !view) {
      await noteEpoch(tabId, record, msg.epoch);
      await clearTab(tabId);
      return noNote();
    }
    return onPageReading(msg, tabId, url, record, view);
  });
}

/**
 * A script the content script asked for (src/core/files.ts: a large page's read, its gate and
 * reader, the session, the note), or that an answer brings (the session, the note),
 * injected into the top frame's content-script world, where the content script then runs it. Not
 * inside `serial`: it touches no state. A failure (the tab closed, the page gone) is answered, never
 * thrown: the page then sends its markup, or says it could not be read, or shows no note.
 */
export async function loadScript(tabId: number, script: InjectedScript): Promise<ScriptReply> {
  try {
    await browser.scripting.executeScript({ target: { tabId, frameIds: [0] }, files: [INJECTED_SCRIPTS[script]] });
    return { type: 'script', loaded: true };
  } catch (error) {
    console.debug(`[Dose Guard] the ${script} script could not be injected`, error);
    return { type: 'script', loaded: false };
  }
}

/** A page's text (its markup, or what its adapter read) from an address of a store where no
 *  product page is (an account, order or search page: stores/addresses.ts), that the user did not
 *  ask to be read. The content script sends none from there, but its test of the address is the
 *  one its manifest entry gives it (a product folder's script checks only that a name follows the
 *  folder) on the address it finds when it runs: a page that moved in place before that, or a
 *  large page read in place (no gate here), would otherwise be read. Tested on the address the page
 *  read itself at, as the gate tests it. */
function atNoProductAddress(message: Exclude<ContentToBackground, { type: 'load-script' | 'note-dismiss' }>): boolean {
  return (message.type === 'page-html' || message.type === 'page-input') && !message.asked && pageByAddress(message.url) === 'other-path';
}

function asNoProduct(message: { url: string; epoch: number }): Extract<ContentToBackground, { type: 'no-product' }> {
  return { type: 'no-product', url: message.url, epoch: message.epoch };
}

/** What a small page's markup says, as the page would have said it (page-input.ts readPageHtml):
 *  the gate's answer (html-tree.ts rebuilds the tree it looks at), or what the store's adapter read.
 *  Both at the address the page read itself at, as a large page's are: a message sent as the page
 *  navigates in place can reach the worker before the browser knows the new address (the sender's
 *  would then be the old one). The verdict is still kept for the sender's address. */
async function pageInputOf(msg: Extract<ContentToBackground, { type: 'page-html' }>, url: string): Promise<PageMsg | Extract<ContentToBackground, { type: 'no-product' }>> {
  const { readPageHtml, notNamedReading } = await import('../extract/index.ts');
  const { url: pageUrl, epoch } = msg;
  try {
    const read = readPageHtml(msg.html, pageUrl, { gated: !msg.gatePassed });
    if (read.gate === 'read') return { type: 'page-input', url: pageUrl, epoch, input: read.input };
    if (read.gate === 'not-a-product-address') return { type: 'no-product', url: pageUrl, epoch };
    return { type: 'page-reading', url: pageUrl, epoch, reading: notNamedReading(pageUrl) };
  } catch (error) {
    // as in the page: an adapter that cannot read the page never passes it for one without the nutrient
    console.debug('[Dose Guard] reading failed', error);
    return { type: 'page-reading', url: pageUrl, epoch, reading: unreadableReading({ key: 'content_reading_failed' }) };
  }
}

/** The page's reading, made here from what its adapter read (a page-input), or as the page made it
 *  without the engine (a page-reading); with, for a page-input, what to keep of it along with the
 *  tab's state (kept-readings.ts). */
async function readingOf(msg: PageMsg, tabId: number, url: string, record: TabRecord): Promise<{ reading: Reading; keep: Record<string, unknown> }> {
  if (msg.type === 'page-reading') return { reading: msg.reading, keep: {} };
  const page = { url, epoch: msg.epoch, hash: await inputHash(msg.input) };
  const kept = record.kept();
  // The same input of the same page, read before (by this worker or a stopped one): not again.
  const done = readingFor(kept, page);
  if (done) return { reading: done, keep: {} };
  // Kept until read, so that a worker stopped during the read leaves it to the next one. (Written
  // while the engine reads: a write takes a few ms, and the read gives way every few ms.)
  const held = kept?.input && kept.hash === page.hash && kept.url === url && kept.epoch === msg.epoch
    ? Promise.resolve()
    : holdInput(tabId, { ...page, input: msg.input }).catch(() => undefined); // (storage full: read all the same)
  const reading = await readInput(msg.input, url);
  await held;
  return { reading, keep: keptReadingEntry(tabId, { ...page, reading }) };
}

async function readInput(input: LabelInput, url: string): Promise<Reading> {
  // The engine is set up on the first page's text, not when the worker starts (vite.config.ts
  // bundles this import into the one background script: nothing is fetched).
  const { readInputSteps } = await import('../extract/index.ts');
  // (the address the browser reports for the sender, not the one the page put in its text)
  return readInSlices(readInputSteps({ ...input, url }), workerHost);
}

/** The note's close button (this product) or "Don't show notes on this site". Saving the note's
 *  preferences re-publishes every tab (index.ts), so the site's other tabs drop their notes too. */
function onNoteDismissed(scope: 'page' | 'site', url: string): Promise<BackgroundToContent> {
  return serial(async () => {
    const notes = await loadNotePrefs(browser.storage.local);
    const site = siteOf(url);
    if (scope === 'site' && site) await saveNotePrefs(browser.storage.local, withSiteOff(notes, site));
    if (scope === 'page') await saveNotePrefs(browser.storage.local, withDismissed(notes, normalizePageUrl(url)));
    return noNote();
  });
}

/** Runs inside `serial` (onContentMessage). */
async function onPageReading(msg: PageMsg, tabId: number, url: string, record: TabRecord, view: ProfileView): Promise<BackgroundToContent> {
  const source = msg.type === 'page-input' ? msg.input.source : msg.reading.source;
  if (view.profile.settings.disabledStores.includes(source)) {
    // The user turned Dose Guard off for this store: keep nothing, show nothing.
    await noteEpoch(tabId, record, msg.epoch);
    await removeTabState(tabId);
    await showBadge(tabId, null);
    return noNote();
  }
  const previous = record.state();
  // A manual entry belongs to the page it was typed on (kept while the same page re-reports).
  const manual = previous && previous.url === url ? previous.manual : null;
  const { reading, keep } = await readingOf(msg, tabId, url, record);
  const state = assess({ tabId, url, reading, manual, updatedAt: Date.now() }, view);
  await setTabState(state, msg.epoch, keep);
  await showBadge(tabId, state);
  const note = noteFor(state, view.profile, view.notes);
  keepNumberShape();
  return note;
}

/** Keeps a number shape the verdict's figures taught (i18n/number-shape.ts), after the answer: the
 *  next worker woken formats its first verdict without loading Intl. */
function keepNumberShape(): void {
  const shape = numberShapeToKeep();
  if (shape) setTimeout(() => void browser.storage.local.set({ [NUMBER_SHAPE_KEY]: shape }).catch(() => undefined), 0);
}

export function onUiMessage(msg: UiToBackground): Promise<TabStateReply | SitesReply> {
  if (msg.type === 'data-deleted') return onDataDeleted().then(() => ({ ok: true, state: null }));
  if (msg.type === 'scan-tab') return scanTab(msg.tabId);
  if (msg.type === 'list-sites') return listSites().then((sites) => ({ ok: true, sites }));
  if (msg.type === 'remove-site') return removeSite(msg.site).then((sites) => ({ ok: true, sites }));
  if (msg.type === 'add-site') return addSite(msg.tabId, msg.site);
  return serial(async () => {
    switch (msg.type) {
      case 'get-tab-state':
        // The popup opens: the badge and note follow the state it is about to show.
        return { ok: true, state: await reapply(msg.tabId, await currentProfile()) };
      case 'manual-entry':
      case 'clear-manual': {
        const state = await shownState(msg.tabId, msg.url);
        const manual = msg.type === 'manual-entry' ? { perServingMg: msg.perServingMg, servingsPerDay: msg.servingsPerDay } : null;
        const view = await currentProfile();
        const next = assess({ ...state, manual }, view);
        await publish(next, view);
        return { ok: true, state: next };
      }
      case 'add-to-stack': {
        const state = await shownState(msg.tabId, msg.url);
        const view = await currentProfile();
        const { profile } = view;
        const daily = state.manual
          ? state.manual.perServingMg * state.manual.servingsPerDay.max
          : state.reading.dailyMg?.max ?? state.reading.perServingMg;
        if (!daily || stackItemFor(profile.stack, state.reading, state.url)) return { ok: true, state };
        profile.stack.push({
          id: crypto.randomUUID(),
          name: state.reading.product.name ?? new URL(state.url).host,
          dailyMg: Math.round(daily * 10) / 10,
          url: state.url,
        });
        await saveProfile(browser.storage.local, profile);
        const next = assess(state, view);
        await publish(next, view);
        return { ok: true, state: next };
      }
      case 'remove-from-stack': {
        const state = await shownState(msg.tabId, msg.url);
        const view = await currentProfile();
        const { profile } = view;
        const entry = stackItemFor(profile.stack, state.reading, state.url);
        if (!entry) return { ok: true, state };
        profile.stack = profile.stack.filter((item) => item !== entry);
        await saveProfile(browser.storage.local, profile);
        const next = assess(state, view);
        await publish(next, view);
        return { ok: true, state: next };
      }
      case 'set-standard': {
        const state = await shownState(msg.tabId, msg.url);
        const view = await currentProfile();
        view.profile.standard = msg.standard;
        await saveProfile(browser.storage.local, view.profile);
        const next = assess(state, view);
        await publish(next, view);
        return { ok: true, state: next };
      }
      case 'save-basics': {
        const state = await shownState(msg.tabId, msg.url);
        const view = await currentProfile();
        const { profile } = view;
        profile.ageYears = msg.ageYears;
        profile.sex = msg.sex;
        // Pregnancy and breastfeeding are not asked here; they never go with a male profile.
        if (msg.sex === 'male') profile.pregnant = profile.lactating = false;
        await saveProfile(browser.storage.local, profile);
        const next = assess(state, view);
        await publish(next, view);
        return { ok: true, state: next };
      }
    }
  });
}

/**
 * "Check this page" (activeTab): ask a content script already in the page to read it again;
 * only where none answers, inject one. The page then reports like any store page; where a content
 * script was there with no session to answer (a page where nothing was read), the one injected
 * asks for the session, which reads the page whatever its address (content/first-read.ts).
 */
async function scanTab(tabId: number): Promise<TabStateReply> {
  const answered = await browser.tabs.sendMessage(tabId, { type: 'rescan' } satisfies BackgroundToContent).then(() => true, () => false);
  if (!answered) {
    const script = browser.runtime.getManifest().content_scripts?.[0]?.js?.[0] ?? 'content.js';
    await browser.scripting.executeScript({ target: { tabId }, files: [script] });
  }
  return { ok: true, state: await getTabState(tabId) };
}

/** "Always check this site", once the browser granted the site: its script is registered (if the
 *  permission's own event has not done it yet) and the page in the tab is read now. */
async function addSite(tabId: number, site: string): Promise<TabStateReply> {
  const sites = await reconcileSites();
  if (!sites.includes(site)) throw new Error(translator().t('bg_site_refused'));
  return scanTab(tabId);
}

async function publish(state: TabState, view: ProfileView): Promise<void> {
  await setTabState(state);
  await present(state.tabId, state, view);
}

/** The profile changed (options page, import, "I take this"): every open tab's verdict follows. */
export function onProfileChanged(): Promise<void> {
  return serial(async () => {
    const view = await currentProfile();
    for (const state of await allTabStates()) {
      await publish(assess(state, view), view);
    }
  });
}

/** A worker (re)started: finish whatever a stopped one left half done. */
export async function onWorkerStart(): Promise<void> {
  // A page whose reading met a stopped worker is waiting to send it again: now is the moment.
  await serial(async () => {
    for (const tab of await browser.tabs.query({})) if (tab.id !== undefined) void tellTab(tab.id, { type: 'worker-started' });
  });
  // A page's input a stopped worker left unread: read now, each in its turn, whatever woke this worker.
  const pending = await pendingInputs().catch(() => []);
  await Promise.all(pending.map(({ tabId, kept }) => finishPending(tabId, kept)));
  await serial(async () => refreshAll(await currentProfile()));
}

/** Reads an input a stopped worker left, unless the tab has moved on since, and shows the verdict:
 *  badge, state, and the note pushed to the page (whose own retry is then answered from the kept
 *  reading). */
function finishPending(tabId: number, left: Kept): Promise<void> {
  return serial(async () => {
    const [record, view] = await Promise.all([tabRecord(tabId), currentProfile()]);
    const kept = record.kept();
    // (read meanwhile, replaced by a newer page's input, or the tab left the page)
    if (!kept?.input || kept.reading || kept.hash !== left.hash || kept.epoch !== left.epoch || kept.url !== left.url) return;
    if (isStale(record, kept.epoch)) return;
    const note = await onPageReading({ type: 'page-input', url: kept.url, epoch: kept.epoch, input: kept.input }, tabId, kept.url, record, view);
    void tellTab(tabId, note);
  });
}

/** A tab came to the front: its badge and note follow its stored state. */
export function onTabActivated(tabId: number): Promise<void> {
  return serial(async () => {
    await reapply(tabId, await currentProfile());
  });
}

/** After "Delete all my data": clear every badge and ask each page to read itself again. */
export function onDataDeleted(): Promise<void> {
  return serial(async () => {
    await browser.storage.session.clear();
    for (const tab of await browser.tabs.query({})) {
      if (tab.id === undefined) continue;
      await showBadge(tab.id, null);
      await tellTab(tab.id, { type: 'rescan' });
    }
  });
}

/** The tab loads another page: its verdict goes (the new page reports its own). */
export function onTabGone(tabId: number): Promise<void> {
  return serial(() => clearTab(tabId));
}

/** The tab is closed. */
export function onTabClosed(tabId: number): Promise<void> {
  loadedIn.session.delete(tabId);
  loadedIn.note.delete(tabId);
  return serial(() => forgetTab(tabId));
}

async function clearTab(tabId: number): Promise<void> {
  await removeTabState(tabId);
  await showBadge(tabId, null);
}
