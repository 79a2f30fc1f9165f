// The options page: who the user is and what they already take, saved to storage.local only.
// The background listens to storage.onChanged for PROFILE_KEY and re-checks every open tab, so
// a Save here updates badges and page notes at once.
//
// Save model: one Save button. Every field is checked before anything is written; an invalid
// field blocks the save and shows its message beside it (aria-invalid, aria-describedby).
// A profile repaired on load, or loaded from a file, is shown in the form and written only
// when the user presses Save.
import browser from 'webextension-polyfill';
import { PROFILE_SCHEMA_VERSION } from '../core/profile.ts';
import { describeProblems } from '../profile/describe.ts';
import { formToProfile, profileToForm, rowFromItem, type FormValues } from '../profile/form.ts';
import { canonicalJson, exportFileName, exportJson, importFile as readImportFile } from '../profile/io.ts';
import { readProfile } from '../profile/load.ts';
import type { UiToBackground } from '../core/messages.ts';
import { PROFILE_KEY, ProfileNotSaved, clearAllData, loadProfile, saveProfile } from '../profile/store.ts';
import { h } from '../ui/dom.ts';
import { localizePage } from '../ui/localize.ts';
import { msg } from '../core/message.ts';
import { translator } from '../i18n/index.ts';
import { DEFAULT_NOTE_PREFS, NOTE_PREFS_KEY, loadNotePrefs, readNotePrefs, saveNotePrefs, type NotePrefs } from '../ui/prefs.ts';
import { dataView } from './data-view.ts';
import { sitesView } from './sites-view.ts';
import type { SitesReply } from '../core/messages.ts';
import { formView, type FormView } from './form-view.ts';
import { noticeView, welcomeView } from './welcome.ts';

const t = translator();
localizePage(t);
linkPrivacyPolicy(t.locale);

/** The languages the privacy policy is built in besides English (vite.config.ts). */
declare const __PRIVACY_LANGUAGES__: string[];

/** The footer links the privacy policy in the browser's language where it is translated. */
function linkPrivacyPolicy(locale: string): void {
  const languages = typeof __PRIVACY_LANGUAGES__ === 'undefined' ? [] : __PRIVACY_LANGUAGES__;
  const lang = [locale.replace('-', '_'), locale.split(/[-_]/)[0]].find((l) => l && languages.includes(l));
  const link = document.querySelector<HTMLAnchorElement>('a[href$="privacy.html"]');
  if (lang && link) link.href = `../../privacy.${lang}.html`;
}
const form = document.getElementById('profile-form') as HTMLFormElement;
const sectionsRoot = document.getElementById('form-sections')!;
const statusEl = document.getElementById('status')!;
const dirtyEl = document.getElementById('dirty')!;
const notices = document.getElementById('notices')!;

let view: FormView | null = null;
let dirty = false;
/** the JSON of the last profile this page wrote, to tell our own writes from others' */
let lastWritten: string | null = null;

function say(text: string): void {
  statusEl.textContent = text;
}

function setDirty(value: boolean): void {
  dirty = value;
  dirtyEl.hidden = !value;
}

/** the page note's preferences as last read (they are saved with the profile, by Save) */
let notePrefs: NotePrefs = DEFAULT_NOTE_PREFS;

function render(values: FormValues): void {
  view = formView(values, sectionsRoot, say, () => setDirty(true), notePrefs);
}

function currentErrors() {
  if (!view) return [];
  const result = formToProfile(view.read());
  return result.ok ? [] : result.errors;
}

function showNotice(id: string, title: string, lines: string[], footer: string | null): void {
  document.getElementById(id)?.remove();
  if (lines.length) notices.append(noticeView(id, title, lines, footer));
}

// ---- live validation: a message appears when leaving a field, and goes as soon as it is fixed
form.addEventListener('focusout', (event) => {
  if (view && event.target instanceof Element) view.showErrorsForControl(event.target, currentErrors());
});
const onEdit = () => {
  setDirty(true);
  view?.refreshShownErrors(currentErrors());
};
form.addEventListener('input', onEdit);
form.addEventListener('change', onEdit);

form.addEventListener('submit', (event) => {
  event.preventDefault();
  void save();
});

async function save(): Promise<void> {
  if (!view) return;
  const result = formToProfile(view.read());
  if (!result.ok) {
    view.showErrors(result.errors);
    const n = result.errors.length;
    const first = result.errors[0] ? t.tr(result.errors[0].message) : '';
    say(n === 1 ? t.t('opt_status_not_saved_one', first) : t.t('opt_status_not_saved_other', t.num(n), first));
    view.firstInvalid(result.errors)?.focus();
    return;
  }
  try {
    lastWritten = canonicalJson(result.profile);
    await saveProfile(browser.storage.local, result.profile);
    notePrefs = view.readNotePrefs();
    await saveNotePrefs(browser.storage.local, notePrefs);
  } catch (error) {
    say(error instanceof ProfileNotSaved ? t.tr(error.said) : t.t('opt_status_not_saved_error', (error as Error).message));
    return;
  }
  view.showErrors([]);
  view.assignStackIds(result.profile.stack.map((item) => item.id));
  setDirty(false);
  document.getElementById('repair-notice')?.remove();
  document.getElementById('import-notice')?.remove();
  say(t.t('opt_status_saved'));
}

// ---- changes made elsewhere: "I take this" in the popup, another options tab
browser.storage.onChanged.addListener((changes, area) => {
  // "Don't show notes on this site" in a page's note: shown here at once unless the user is editing.
  if (area === 'local' && NOTE_PREFS_KEY in changes && !dirty && view) {
    const next = readNotePrefs(changes[NOTE_PREFS_KEY]?.newValue);
    if (JSON.stringify(next) !== JSON.stringify(notePrefs)) {
      notePrefs = next;
      render(view.read());
    }
  }
  if (area !== 'local' || !(PROFILE_KEY in changes)) return;
  const next = changes[PROFILE_KEY]?.newValue;
  if (next === undefined ? lastWritten === null : canonicalJson(next) === lastWritten) return;
  lastWritten = next === undefined ? null : canonicalJson(next);
  const { profile } = readProfile(next ?? {});
  if (!dirty || !view) {
    render(profileToForm(profile));
    say(t.t('opt_status_changed_elsewhere', t.t('popup_take_this')));
    return;
  }
  // Unsaved edits here: keep them, and add only the stack items that are new.
  const shown = view.stackKeys();
  const removed = view.removedStackKeys();
  const added = profile.stack.filter((item) => item.id && !shown.has(item.id) && !removed.has(item.id));
  if (added.length) {
    view.appendStack(added.map(rowFromItem));
    say(t.tr(msg(added.length === 1 ? 'opt_status_added_one' : 'opt_status_added_other', { list: added.map((i) => i.name) }, t.t('opt_save'))));
  }
});

window.addEventListener('beforeunload', (event) => {
  if (dirty) event.preventDefault();
});

// ---- your data
async function exportProfile(): Promise<string> {
  const { profile } = await loadProfile(browser.storage.local);
  const name = exportFileName();
  const url = URL.createObjectURL(new Blob([exportJson(profile)], { type: 'application/json' }));
  const link = h('a', { href: url, download: name, hidden: true });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
  return t.t(dirty ? 'opt_status_exported_unsaved' : 'opt_status_exported', name);
}

async function importFile(file: File): Promise<string | null> {
  const result = await readImportFile(file);
  if (!result.ok) return t.tr(result.error);
  render(profileToForm(result.read.profile));
  setDirty(true);
  document.getElementById('repair-notice')?.remove();
  const problems = describeProblems(result.read.problems, 'file').map(t.tr);
  showNotice('import-notice', t.t('opt_notice_loaded_title', file.name), problems.length ? problems : [t.t('opt_notice_all_read')],
    t.t('opt_notice_loaded_footer', t.t('opt_save')));
  say(t.t('opt_status_loaded', file.name, t.t('opt_save')));
  document.getElementById('import-notice')?.scrollIntoView({ block: 'start' });
  return null;
}

async function deleteAll(): Promise<void> {
  lastWritten = null;
  await clearAllData(browser.storage.local, browser.storage.session);
  // Open tabs still show badges from before: the background clears them and re-reads the pages.
  await browser.runtime.sendMessage({ type: 'data-deleted' } satisfies UiToBackground).catch(() => undefined);
  notePrefs = DEFAULT_NOTE_PREFS;
  render(profileToForm(readProfile({}).profile));
  setDirty(false);
  notices.replaceChildren();
  say(t.t('opt_status_deleted'));
}

/** A request about the sites added with "Always check this site"; the background answers with the list. */
async function askSites(message: UiToBackground): Promise<string[]> {
  const reply = (await browser.runtime.sendMessage(message)) as SitesReply | { ok: false; error: string } | undefined;
  if (!reply || reply.ok !== true) throw new Error(reply && 'error' in reply ? reply.error : t.t('opt_error_no_answer'));
  return reply.sites;
}

async function main(): Promise<void> {
  if (new URLSearchParams(location.search).get('welcome') === '1') {
    document.getElementById('welcome')!.append(welcomeView(t));
  }
  document.getElementById('sites-area')!.append(sitesView({ list: () => askSites({ type: 'list-sites' }), remove: (site) => askSites({ type: 'remove-site', site }) }, t));
  document.getElementById('data')!.append(dataView({ exportProfile, importFile, deleteAll }, t));
  notePrefs = await loadNotePrefs(browser.storage.local);
  const loaded = await loadProfile(browser.storage.local);
  const stored = (await browser.storage.local.get(PROFILE_KEY))[PROFILE_KEY];
  lastWritten = stored === undefined ? null : canonicalJson(stored);
  render(profileToForm(loaded.profile));
  const problems = describeProblems(loaded.problems, 'saved').map(t.tr);
  if (problems.length) {
    setDirty(true);
    showNotice('repair-notice', t.t('opt_notice_repaired_title'), problems, t.t('opt_notice_repaired_footer', t.t('opt_save')));
  } else if (loaded.fromVersion !== null && loaded.fromVersion < PROFILE_SCHEMA_VERSION) {
    // Migrated from an older shape, nothing lost: saving writes the current shape.
    setDirty(true);
    say(t.t('opt_status_older_version', t.t('opt_save')));
  }
}

main().catch((error: unknown) => {
  sectionsRoot.replaceChildren(h('p', { class: 'error', role: 'alert' }, t.t('opt_error_load', (error as Error).message)));
});
