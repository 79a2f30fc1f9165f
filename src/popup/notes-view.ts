// "What to know": the rules' warnings, most severe first, one tap away. Teaching notes (what the
// product gives of the recommended amount, the bone facts) are shown there once, and only beside
// a calm answer; after that, and beside any other answer, they wait in "Learn more" at its end - a
// share of the recommended amount next to an over-limit verdict can read as good news.
import type { Assessment, Warning } from '../core/assessment.ts';
import { h } from '../ui/dom.ts';
import { withTerms } from '../ui/term.ts';
import type { PopupActions, RenderKit } from './context.ts';
import { section } from './sections.ts';

/** Warnings that teach rather than warn about this product (ids of src/rules/warnings). */
export const TEACHING_NOTES: readonly string[] = ['rda-coverage', 'osteoporosis-bone'];

/** Verdicts beside which a teaching note may be shown unasked. */
const CALM = new Set(['within', 'within-assumed']);

export interface NoteSplit {
  /** shown under "What to know" */
  warnings: Warning[];
  /** shown under "Learn more" */
  learnMore: Warning[];
}

export function splitNotes(a: Assessment, seen: readonly string[], firstRun: boolean): NoteSplit {
  const teaching = (w: Warning) => TEACHING_NOTES.includes(w.id);
  const offer = CALM.has(a.verdict.kind) && !firstRun;
  const warnings = a.warnings.filter((w) => !teaching(w) || (offer && !seen.includes(w.id)));
  const learnMore = a.warnings.filter((w) => teaching(w) && !warnings.includes(w));
  return { warnings, learnMore };
}

function noteList(list: readonly Warning[], kit: RenderKit): HTMLElement {
  return h('ul', { class: 'notes' }, ...list.map((w) => {
    const explained = new Set<string>();
    return h('li', { class: 'note-item', 'data-severity': w.severity, 'data-id': w.id },
      h('p', { class: 'note-title' }, ...withTerms(kit.t.tr(w.title), kit.terms, explained)),
      h('p', { class: 'note-detail' }, ...withTerms(kit.t.tr(w.detail), kit.terms, explained), kit.refs.marks(w.sources)));
  }));
}

const SEVERITY_RANK = ['danger', 'warning', 'caution', 'info'];

export function notesSections(a: Assessment, kit: RenderKit, firstRun: boolean, actions: Pick<PopupActions, 'notesSeen'>): HTMLElement[] {
  const { t } = kit;
  const { warnings, learnMore } = splitNotes(a, kit.seenNotes, firstRun);
  if (!warnings.length && !learnMore.length) return [];
  // Built in reading order, so the sources' numbers follow the order they are read in.
  const list = warnings.length ? noteList(warnings, kit) : null;
  // The teaching notes on demand, at the end of "What to know" (one section less on the screen).
  const more = learnMore.length
    ? section('learn', t.t('popup_learn_title'), t.num(learnMore.length), kit.sections, noteList(learnMore, kit))
    : null;
  more?.classList.add('nested');
  const whatToKnow = section('know', t.t('popup_know_title'), t.num(warnings.length + learnMore.length), kit.sections,
    list, more);
  const top = [...warnings].sort((x, y) => SEVERITY_RANK.indexOf(x.severity) - SEVERITY_RANK.indexOf(y.severity))[0];
  if (top) whatToKnow.setAttribute('data-severity', top.severity);
  // A teaching note counts as shown once the user has had this section open with it.
  const shown = warnings.filter((w) => TEACHING_NOTES.includes(w.id)).map((w) => w.id);
  if (shown.length) {
    if (whatToKnow.open) actions.notesSeen(shown);
    whatToKnow.addEventListener('toggle', () => whatToKnow.open && actions.notesSeen(shown));
  }
  return [whatToKnow];
}
