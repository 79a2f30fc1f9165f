// The small note Dose Guard puts on a product page. The page can read everything about the
// element that holds it (the host): its size, attributes, styles, scroll size, which points of it
// take a click. The verdict says something about the user's health (a longer note for a user
// with kidney disease once made the host 113 px tall instead of 95), so the host says nothing:
// - one fixed box whatever the note shows, with size and paint containment, so the note's text
//   can change neither its size nor its scroll size; the card inside it has a fixed size too, so
//   the area that takes clicks is the same for every verdict;
// - no attribute, class or style that depends on the verdict: the verdict lives only in a closed
//   shadow root, its text set with textContent (page data never becomes HTML);
// - a plain <div>, which a page cannot define before us (a custom element tag could be
//   registered by the page first, with a constructor that takes the shadow root or hides it);
// - put back once if the page removes it; removed again, it stays removed (the badge still
//   tells the user): a page set on hiding it can always do so, and fighting it gains nothing.
import type { Level } from '../core/assessment.ts';
import { translator } from '../i18n/index.ts';

/** The host's box, px. The card inside is inset by SHADOW_MARGIN on every side, for its shadow. */
const HOST_WIDTH = 352;
const HOST_HEIGHT = 136;
const SHADOW_MARGIN = 6;

const STYLE = `
:host { all: initial; }
.note { position: absolute; inset: ${SHADOW_MARGIN}px; box-sizing: border-box; overflow: hidden;
  pointer-events: auto; font: 13px/1.35 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  color: #1f1f1f; background: #fff; border: 1px solid #d0d4da; border-left: 6px solid var(--accent);
  border-radius: 8px; box-shadow: 0 1px 5px rgba(0,0,0,.2); padding: 10px 34px 10px 12px; }
.title, .detail, .hint { margin: 0; overflow: hidden; display: -webkit-box; -webkit-box-orient: vertical; }
.title { font-weight: 600; margin-bottom: 2px; -webkit-line-clamp: 2; }
.detail { color: #3c4043; -webkit-line-clamp: 2; }
.hint { margin-top: 4px; color: #5f6368; font-size: 12px; -webkit-line-clamp: 1; }
button { all: unset; position: absolute; top: 6px; right: 8px; cursor: pointer; font-size: 16px;
  line-height: 1; color: #5f6368; padding: 2px 4px; border-radius: 4px; }
button:focus-visible { outline: 2px solid #1a73e8; }
@media (prefers-color-scheme: dark) {
  .note { background: #202124; color: #e8eaed; border-color: #5f6368; border-left-color: var(--accent); }
  .detail { color: #dadce0; } .hint, button { color: #bdc1c6; }
}`;

/** The host's own style: fixed, the same for every verdict, and stronger than the page's CSS
 *  (inline !important wins over the page's stylesheets, !important or not). */
const HOST_STYLE: ReadonlyArray<readonly [string, string]> = [
  ['all', 'initial'],
  ['position', 'fixed'],
  ['right', '10px'],
  ['bottom', '10px'],
  ['width', `${HOST_WIDTH}px`],
  ['height', `${HOST_HEIGHT}px`],
  ['contain', 'strict'],
  ['z-index', '2147483647'],
  ['display', 'block'],
  ['visibility', 'visible'],
  ['opacity', '1'],
  // Only the card takes clicks (its box is fixed too); the margin for its shadow lets them through.
  ['pointer-events', 'none'],
];

export interface NoteContent {
  level: Level;
  color: string;
  headline: string;
  detail: string;
}

interface Shown {
  host: HTMLElement;
  root: ShadowRoot;
  /** watches the host's parent and the root element: the page removing the host */
  guard: MutationObserver;
}

let shown: Shown | null = null;
let dismissedFor = '';
/** times the page removed the note; once put back, a second removal is final for this page */
let removedByPage = 0;

export function showNote(content: NoteContent, pageKey: string): void {
  if (dismissedFor === pageKey || removedByPage > 1) return;
  if (!shown) shown = createNote(pageKey);
  const { root } = shown;
  const t = translator();
  root.querySelector<HTMLElement>('.note')?.style.setProperty('--accent', content.color);
  root.querySelector('.title')!.textContent = t.t('note_title', content.headline);
  root.querySelector('.detail')!.textContent = content.detail;
}

export function removeNote(): void {
  if (!shown) return;
  shown.guard.disconnect();
  shown.host.remove();
  shown = null;
}

function createNote(pageKey: string): Shown {
  const t = translator();
  const host = document.createElement('div');
  for (const [prop, value] of HOST_STYLE) host.style.setProperty(prop, value, 'important');
  const root = host.attachShadow({ mode: 'closed' });
  const style = document.createElement('style');
  style.textContent = STYLE;
  const note = document.createElement('div');
  note.className = 'note';
  note.setAttribute('role', 'status');
  const title = document.createElement('p');
  title.className = 'title';
  const detail = document.createElement('p');
  detail.className = 'detail';
  const hint = document.createElement('p');
  hint.className = 'hint';
  hint.textContent = t.t('note_hint');
  const close = document.createElement('button');
  close.type = 'button';
  close.setAttribute('aria-label', t.t('note_close'));
  close.textContent = '×';
  close.addEventListener('click', () => {
    dismissedFor = pageKey;
    removeNote();
  });
  note.append(title, detail, hint, close);
  root.append(style, note);
  const parent = document.body ?? document.documentElement;
  parent.append(host);
  const guard = new MutationObserver(() => {
    if (host.isConnected) return;
    removedByPage++;
    if (removedByPage > 1) {
      guard.disconnect();
      shown = null;
      return;
    }
    const into = document.body ?? document.documentElement;
    into.append(host);
    guard.observe(into, { childList: true });
  });
  // Direct children only: the page replacing <body> or removing the host; nothing else wakes it.
  guard.observe(parent, { childList: true });
  if (parent !== document.documentElement) guard.observe(document.documentElement, { childList: true });
  return { host, root, guard };
}
