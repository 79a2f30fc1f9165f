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
import { PROFILE_KEY, clearAllData, loadProfile, saveProfile } from '../profile/store.ts';
import { h } from '../ui/dom.ts';
import { translator } from '../i18n/index.ts';
import { DEFAULT_NOTE_PREFS, NOTE_PREFS_KEY, loadNotePrefs, readNotePrefs, saveNotePrefs, type NotePrefs } from '../ui/prefs.ts';
import { dataView } from './data-view.ts';
import { formView, type FormView } from './form-view.ts';
import { noticeView, welcomeView } from './welcome.ts';

const t = translator();
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
    say(`Not saved: ${n === 1 ? 'one answer needs' : `${n} answers need`} attention. ${result.errors[0] ? t.tr(result.errors[0].message) : ''}`);
    view.firstInvalid(result.errors)?.focus();
    return;
  }
  try {
    lastWritten = canonicalJson(result.profile);
    await saveProfile(browser.storage.local, result.profile);
    notePrefs = view.readNotePrefs();
    await saveNotePrefs(browser.storage.local, notePrefs);
  } catch (error) {
    say(`Not saved: ${(error as Error).message}`);
    return;
  }
  view.showErrors([]);
  view.assignStackIds(result.profile.stack.map((item) => item.id));
  setDirty(false);
  document.getElementById('repair-notice')?.remove();
  document.getElementById('import-notice')?.remove();
  say('Saved. Open product pages now use these answers.');
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
    say('Your profile was changed elsewhere (for example with “I take this” in the popup). This page now shows it.');
    return;
  }
  // Unsaved edits here: keep them, and add only the stack items that are new.
  const shown = view.stackKeys();
  const removed = view.removedStackKeys();
  const added = profile.stack.filter((item) => item.id && !shown.has(item.id) && !removed.has(item.id));
  if (added.length) {
    view.appendStack(added.map(rowFromItem));
    say(`Added from a product page: ${added.map((i) => i.name).join(', ')}. Press Save to keep it with your other changes.`);
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
  return `Exported your saved profile as ${name}.${dirty ? ' Unsaved changes on this page are not in it.' : ''}`;
}

async function importFile(file: File): Promise<string | null> {
  const result = await readImportFile(file);
  if (!result.ok) return result.error;
  render(profileToForm(result.read.profile));
  setDirty(true);
  document.getElementById('repair-notice')?.remove();
  const problems = describeProblems(result.read.problems, 'file');
  showNotice('import-notice', `Loaded ${file.name}`, problems.length ? problems : ['All of it was read.'],
    'Check the answers below, then press Save to keep them. Nothing is saved until you do.');
  say(`Loaded ${file.name}. Check the answers, then press Save to keep them.`);
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
  say('All your data was deleted from this device.');
}

async function main(): Promise<void> {
  if (new URLSearchParams(location.search).get('welcome') === '1') {
    document.getElementById('welcome')!.append(welcomeView());
  }
  document.getElementById('data')!.append(dataView({ exportProfile, importFile, deleteAll }));
  notePrefs = await loadNotePrefs(browser.storage.local);
  const loaded = await loadProfile(browser.storage.local);
  const stored = (await browser.storage.local.get(PROFILE_KEY))[PROFILE_KEY];
  lastWritten = stored === undefined ? null : canonicalJson(stored);
  render(profileToForm(loaded.profile));
  const problems = describeProblems(loaded.problems, 'saved');
  if (problems.length) {
    setDirty(true);
    showNotice('repair-notice', 'We repaired your saved profile', problems,
      'Check the answers below and press Save to keep the repaired profile.');
  } else if (loaded.fromVersion !== null && loaded.fromVersion < PROFILE_SCHEMA_VERSION) {
    // Migrated from an older shape, nothing lost: saving writes the current shape.
    setDirty(true);
    say('Your profile was saved by an older version of Dose Guard. Press Save to store it in the current format.');
  }
}

main().catch((error: unknown) => {
  sectionsRoot.replaceChildren(h('p', { class: 'error', role: 'alert' }, `Could not load your profile: ${(error as Error).message}`));
});
