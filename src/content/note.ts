// The small note Dose Guard puts on a product page. The page can read everything about the
// element that holds it (the host): its size, attributes, styles, scroll size, which points of it
// take a click. The verdict says something about the user's health (a longer note for a user
// with kidney disease once made the host 113 px tall instead of 95), so the host says nothing:
// - one fixed box whatever the note shows, with size and paint containment, so the note's text
//   can change neither its size nor its scroll size; the card inside it has fixed sizes too (a
//   one-line bar, the opened card, the folded tab), so the area that takes clicks depends on
//   where the note sits and on what the user does, never on the verdict;
// - no attribute, class or style that depends on the verdict: the verdict lives only in a closed
//   shadow root, its text set with textContent (page data never becomes HTML);
// - a plain <div>, which a page cannot define before us (a custom element tag could be
//   registered by the page first, with a constructor that takes the shadow root or hides it);
// - put back once if the page removes it; removed again, it stays removed (the badge still
//   tells the user): a page set on hiding it can always do so, and fighting it gains nothing.
//
// What the shopper sees: one line (the verdict, a close button) that opens on hover, on keyboard
// focus or on a tap to say why, with "Don't show notes on this site". It sits in a corner where
// none of the product's title, price or buy button is (note-place.ts), else folds to a small tab.
// The host is the first element of the page's body, so the note is the first stop of the
// keyboard's tab order, not the last.
import type { Level } from '../core/assessment.ts';
import { watchPlacement, type Corner, type Placement } from './note-place.ts';

/** The host's box, px. The card inside is inset by SHADOW_MARGIN on every side, for its shadow. */
const HOST_WIDTH = 392;
const HOST_HEIGHT = 164;
const SHADOW_MARGIN = 6;
/** From the window's edges. */
const HOST_INSET = 10;
/** The closed note: one line. The folded note: a round tab. */
const BAR_HEIGHT = 40;
const TAB_WIDTH = 58;
const TAB_HEIGHT = 30;

const STYLE = `
:host { all: initial; }
.note { position: absolute; left: ${SHADOW_MARGIN}px; right: ${SHADOW_MARGIN}px; height: ${BAR_HEIGHT}px;
  box-sizing: border-box; overflow: hidden; pointer-events: auto; cursor: pointer;
  display: grid; grid-template-columns: auto 1fr; grid-template-rows: minmax(${BAR_HEIGHT - 2}px, auto);
  grid-template-areas: "chip title" "detail detail" "hint hint" "off off"; gap: 3px 7px; align-content: start;
  font: 13px/1.35 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1f1f1f; background: #fff;
  border: 1px solid #d0d4da; border-left: 6px solid var(--accent); border-radius: 8px;
  box-shadow: 0 1px 5px rgba(0,0,0,.2); padding: 0 30px 8px 10px; }
.note[data-v="top"] { top: ${SHADOW_MARGIN}px; }
/* At the bottom of the window the note opens upwards, its line staying where it was: the close
   button does not move away from a pointer on its way to it. */
.note[data-v="bottom"] { bottom: ${SHADOW_MARGIN}px; padding: 0 30px 0 10px; align-content: end;
  grid-template-rows: none; grid-auto-rows: auto; grid-template-areas: "detail detail" "hint hint" "off off" "chip title"; }
.note[data-v="bottom"] .title { line-height: ${BAR_HEIGHT - 2}px; }
.note[data-v="bottom"].open .title, .note[data-v="bottom"]:hover .title, .note[data-v="bottom"]:focus-within .title { line-height: 1.35; padding-top: 6px; padding-bottom: 6px; }
.note[data-v="bottom"] :is(.toggle, .close) { top: auto; bottom: 7px; }
.note.open, .note:hover, .note:focus-within { height: ${HOST_HEIGHT - 2 * SHADOW_MARGIN}px; cursor: auto; }
/* Closed, the note is its line alone; the rest stays in the page's accessibility tree (a screen
   reader reads the reason with the verdict) but takes no room, until the note opens. */
.note:not(.open):not(:hover):not(:focus-within) { grid-template-areas: "chip title"; grid-template-rows: ${BAR_HEIGHT - 2}px; }
.note:not(.open):not(:hover):not(:focus-within) :is(.detail, .hint, .off-site) { position: absolute; width: 1px; height: 1px;
  overflow: hidden; clip-path: inset(50%); white-space: nowrap; margin: 0; padding: 0; }
.note.open, .note:hover, .note:focus-within { padding-right: 10px; }
.note[data-v="bottom"].open, .note[data-v="bottom"]:hover, .note[data-v="bottom"]:focus-within { padding: 8px 10px 0 10px; }
.chip { grid-area: chip; align-self: center; background: var(--accent); color: #fff; font-weight: 700; font-size: 11px;
  letter-spacing: .03em; border-radius: 4px; padding: 2px 6px; line-height: 1.3; }
.title { grid-area: title; align-self: center; min-width: 0; margin: 0; font-weight: 600; font-size: 12.5px;
  white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
.note.open .title, .note:hover .title, .note:focus-within .title { white-space: normal; padding-right: 52px; }
.detail { grid-area: detail; margin: 0; color: #3c4043; overflow: hidden; display: -webkit-box; -webkit-box-orient: vertical; -webkit-line-clamp: 3; }
.hint { grid-area: hint; margin: 0; color: #5f6368; font-size: 12px; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
button { all: unset; cursor: pointer; border-radius: 4px; color: #5f6368; }
button:focus-visible { outline: 2px solid #1a73e8; outline-offset: 1px; }
.toggle, .close { position: absolute; top: 7px; width: 24px; height: 24px; }
.toggle { right: 32px; opacity: 0; }
/* shown with the details; closed, a tap anywhere on the line opens them */
.note.open .toggle, .note:hover .toggle, .note:focus-within .toggle { opacity: 1; }
.close { right: 6px; }
/* the marks are drawn, not written: the buttons' names are their aria-labels */
.toggle::before { content: ""; position: absolute; left: 8px; top: 6px; width: 6px; height: 6px;
  border-right: 2px solid currentColor; border-bottom: 2px solid currentColor; transform: rotate(45deg); }
.note.open .toggle::before, .note:hover .toggle::before, .note:focus-within .toggle::before { top: 10px; transform: rotate(-135deg); }
.close::before, .close::after { content: ""; position: absolute; left: 5px; top: 11px; width: 14px; height: 2px;
  background: currentColor; transform: rotate(45deg); }
.close::after { transform: rotate(-45deg); }
.off-site { grid-area: off; justify-self: start; color: #0b57d0; text-decoration: underline; font-size: 12px; }
/* Folded (no free corner, or a narrow window): a small tab with the badge's text, the same size
   for every verdict; it opens like the bar. */
.note[data-folded]:not(.open):not(:hover):not(:focus-within) { width: ${TAB_WIDTH}px; height: ${TAB_HEIGHT}px;
  padding: 0; border: 0; border-radius: ${TAB_HEIGHT / 2}px; background: var(--accent);
  grid-template-columns: 1fr; grid-template-rows: ${TAB_HEIGHT}px; grid-template-areas: "chip"; justify-items: center; }
.note[data-folded][data-h="right"]:not(.open):not(:hover):not(:focus-within) { left: auto; }
.note[data-folded][data-h="left"]:not(.open):not(:hover):not(:focus-within) { right: auto; }
.note[data-folded]:not(.open):not(:hover):not(:focus-within) .chip { padding: 0; }
.note[data-folded]:not(.open):not(:hover):not(:focus-within) :is(.title, .detail, .hint, .off-site, .toggle, .close) { visibility: hidden; position: absolute; }
@media (prefers-color-scheme: dark) {
  .note { background: #202124; color: #e8eaed; border-color: #5f6368; border-left-color: var(--accent); }
  .detail { color: #dadce0; } .hint, button { color: #bdc1c6; } .off-site { color: #8ab4f8; }
}`;

/** The host's own style: fixed, the same for every verdict, and stronger than the page's CSS
 *  (inline !important wins over the page's stylesheets, !important or not). Where it sits is set
 *  by `place`, from the page's layout alone. */
const HOST_STYLE: ReadonlyArray<readonly [string, string]> = [
  ['all', 'initial'],
  ['position', 'fixed'],
  ['width', `${HOST_WIDTH}px`],
  ['height', `${HOST_HEIGHT}px`],
  ['contain', 'strict'],
  ['z-index', '2147483647'],
  ['display', 'block'],
  ['visibility', 'visible'],
  ['opacity', '1'],
  // Only the card takes clicks; the rest of the box lets them through to the page.
  ['pointer-events', 'none'],
];

export interface NoteContent {
  level: Level;
  color: string;
  /** the badge's text, on the note's chip */
  badge: string;
  headline: string;
  detail: string;
  /** the note's own words, rendered by the background in the browser's language (issue 14: a
   *  translator set up in the page cost it some 40 ms of ICU and message loading per page) */
  words: NoteWords;
}

/** The note's words: its title (with the headline in it), the hint, and its buttons' names. */
export interface NoteWords {
  title: string;
  hint: string;
  offSite: string;
  details: string;
  close: string;
}

export interface NoteOptions {
  /** what not to cover on this store's pages (src/extract/stores/keep-clear.ts) */
  keepClear: { own: readonly string[]; fallback: readonly string[] };
  /** the user closed this product's note, or asked for no notes on this site */
  onDismiss(scope: 'page' | 'site'): void;
}

interface Shown {
  host: HTMLElement;
  root: ShadowRoot;
  /** watches the host's parent and the root element: the page removing the host */
  guard: MutationObserver;
  stopPlacing: () => void;
}

let shown: Shown | null = null;
let dismissedFor = '';
/** times the page removed the note; once put back, a second removal is final for this page */
let removedByPage = 0;

export function showNote(content: NoteContent, pageKey: string, options: NoteOptions): void {
  if (dismissedFor === pageKey || removedByPage > 1) return;
  if (!shown) shown = createNote(pageKey, options, content.words);
  const { root } = shown;
  root.querySelector<HTMLElement>('.note')?.style.setProperty('--accent', content.color);
  root.querySelector('.chip')!.textContent = content.badge;
  root.querySelector('.title')!.textContent = content.words.title;
  root.querySelector('.detail')!.textContent = content.detail;
}

export function removeNote(): void {
  if (!shown) return;
  shown.guard.disconnect();
  shown.stopPlacing();
  shown.host.remove();
  shown = null;
}

/** Puts the host in its corner and the card in its shape (a bar, or a folded tab). */
function place(host: HTMLElement, note: HTMLElement, { corner, folded }: Placement): void {
  const [v, h] = corner.split('-') as ['top' | 'bottom', 'left' | 'right'];
  const set = (prop: string, value: string) => host.style.setProperty(prop, value, 'important');
  for (const side of ['top', 'bottom', 'left', 'right'] as const) set(side, side === v || side === h ? `${HOST_INSET}px` : 'auto');
  note.dataset.v = v;
  note.dataset.h = h;
  note.toggleAttribute('data-folded', folded);
}

function button(className: string, label: string | null, text: string | null, onClick: () => void): HTMLButtonElement {
  const b = document.createElement('button');
  b.type = 'button';
  b.className = className;
  if (label) b.setAttribute('aria-label', label);
  if (text) b.textContent = text;
  b.addEventListener('click', (event) => {
    event.stopPropagation();
    onClick();
  });
  return b;
}

function createNote(pageKey: string, options: NoteOptions, words: NoteWords): Shown {
  const host = document.createElement('div');
  for (const [prop, value] of HOST_STYLE) host.style.setProperty(prop, value, 'important');
  const root = host.attachShadow({ mode: 'closed' });
  const style = document.createElement('style');
  style.textContent = STYLE;
  const note = document.createElement('div');
  note.className = 'note';
  note.setAttribute('role', 'status');
  const chip = document.createElement('span');
  chip.className = 'chip';
  chip.setAttribute('aria-hidden', 'true');
  const title = document.createElement('p');
  title.className = 'title';
  const detail = document.createElement('p');
  detail.className = 'detail';
  const hint = document.createElement('p');
  hint.className = 'hint';
  hint.textContent = words.hint;
  const dismiss = (scope: 'page' | 'site') => {
    dismissedFor = pageKey;
    removeNote();
    options.onDismiss(scope);
  };
  const offSite = button('off-site', null, words.offSite, () => dismiss('site'));
  const setOpen = (open: boolean) => {
    note.classList.toggle('open', open);
    toggle.setAttribute('aria-expanded', String(open));
  };
  const toggle = button('toggle', words.details, null, () => setOpen(!note.classList.contains('open')));
  toggle.setAttribute('aria-expanded', 'false');
  const close = button('close', words.close, null, () => dismiss('page'));
  // A tap on the note opens it (touch screens have no hover).
  note.addEventListener('click', () => setOpen(true));
  note.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape') return;
    setOpen(false);
    (root.activeElement as HTMLElement | null)?.blur();
  });
  // The keyboard reaches "details" and "close" first, then "Don't show notes on this site"; a
  // screen reader reads the verdict, why, and where the rest is, in one run (the chip, which
  // repeats the verdict, is hidden from it and placed by the grid). The buttons carry
  // no text of their own (their marks are drawn), only a name.
  note.append(toggle, close, title, detail, hint, offSite, chip);
  root.append(style, note);
  place(host, note, { corner: 'bottom-right', folded: false });
  const parent = document.body ?? document.documentElement;
  parent.prepend(host);
  const guard = new MutationObserver(() => {
    if (host.isConnected) return;
    removedByPage++;
    if (removedByPage > 1) {
      guard.disconnect();
      shown?.stopPlacing();
      shown = null;
      return;
    }
    const into = document.body ?? document.documentElement;
    into.prepend(host);
    guard.observe(into, { childList: true });
  });
  // Direct children only: the page replacing <body> or removing the host; nothing else wakes it.
  guard.observe(parent, { childList: true });
  if (parent !== document.documentElement) guard.observe(document.documentElement, { childList: true });
  const stopPlacing = watchPlacement(options.keepClear, { width: HOST_WIDTH, height: HOST_HEIGHT, inset: HOST_INSET }, (p) => place(host, note, p));
  return { host, root, guard, stopPlacing };
}

export type { Corner };
