// The small note Dose Guard puts on a product page. It lives in a closed shadow root with its
// styles reset, so the page can neither restyle it nor read into it; its text is set only with
// textContent (page data never becomes HTML).
import type { Level } from '../core/assessment.ts';

const HOST_TAG = 'dose-guard-note';

const STYLE = `
:host { all: initial; }
.note { font: 13px/1.35 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1f1f1f;
  background: #fff; border: 1px solid #d0d4da; border-left: 6px solid var(--accent);
  border-radius: 8px; box-shadow: 0 2px 10px rgba(0,0,0,.18); padding: 10px 34px 10px 12px;
  max-width: 320px; position: relative; }
.title { font-weight: 600; margin: 0 0 2px; }
.detail { margin: 0; color: #3c4043; }
.hint { margin: 4px 0 0; color: #5f6368; font-size: 12px; }
button { all: unset; position: absolute; top: 6px; right: 8px; cursor: pointer; font-size: 16px;
  line-height: 1; color: #5f6368; padding: 2px 4px; border-radius: 4px; }
button:focus-visible { outline: 2px solid #1a73e8; }
@media (prefers-color-scheme: dark) {
  .note { background: #202124; color: #e8eaed; border-color: #5f6368; border-left-color: var(--accent); }
  .detail { color: #dadce0; } .hint, button { color: #bdc1c6; }
}`;

export interface NoteContent {
  level: Level;
  color: string;
  headline: string;
  detail: string;
}

let host: HTMLElement | null = null;
let dismissedFor = '';

export function showNote(content: NoteContent, pageKey: string): void {
  if (dismissedFor === pageKey) return;
  if (!host || !host.isConnected) host = createHost(pageKey);
  // No level, text or attribute on the host: the page's own scripts can read the host, and the
  // verdict says something about the user's health. Only the closed shadow root holds it.
  const root = shadows.get(host);
  if (!root) return;
  const note = root.querySelector<HTMLElement>('.note');
  note?.style.setProperty('--accent', content.color);
  root.querySelector('.title')!.textContent = `Dose Guard: ${content.headline}`;
  root.querySelector('.detail')!.textContent = content.detail;
}

export function removeNote(): void {
  host?.remove();
  host = null;
}

const shadows = new WeakMap<HTMLElement, ShadowRoot>();

function createHost(pageKey: string): HTMLElement {
  const el = document.createElement(HOST_TAG);
  const pin = (prop: string, value: string) => el.style.setProperty(prop, value, 'important');
  // Inline !important beats the page's stylesheets, so a store cannot hide or restyle the note.
  pin('all', 'initial');
  pin('position', 'fixed');
  pin('right', '16px');
  pin('bottom', '16px');
  pin('z-index', '2147483647');
  pin('display', 'block');
  pin('visibility', 'visible');
  pin('opacity', '1');
  const root = el.attachShadow({ mode: 'closed' });
  shadows.set(el, root);
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
  hint.textContent = 'Click the Dose Guard toolbar icon for the figures and their sources.';
  const close = document.createElement('button');
  close.type = 'button';
  close.setAttribute('aria-label', 'Hide the Dose Guard note on this page');
  close.textContent = '×';
  close.addEventListener('click', () => {
    dismissedFor = pageKey;
    removeNote();
  });
  note.append(title, detail, hint, close);
  root.append(style, note);
  (document.body ?? document.documentElement).append(el);
  return el;
}
