// What every part of the popup is rendered from, and what its controls can ask for.
import type { TabState } from '../core/messages.ts';
import type { Profile, Sex, StackItem } from '../core/profile.ts';
import type { Translator } from '../i18n/format.ts';
import type { Term } from '../ui/term.ts';
import type { SectionMemory } from './sections.ts';
import type { SourceRefs } from './sources-view.ts';

export interface PopupModel {
  state: TabState;
  /** the saved profile as the popup read it (for the names of what the user takes) */
  profile: Profile;
  /** nothing is saved yet: the popup asks for age and sex first */
  firstRun: boolean;
  /** this product's entry in the user's list, when it is in it */
  entry: StackItem | undefined;
  /** the user has just added this product: offer Undo */
  justAdded: boolean;
  /** the outcome of the user's last action, said once */
  status: string | null;
}

export interface PopupActions {
  manual(perServingMg: number, servingsPerDay: number): void;
  clearManual(): void;
  addToStack(): void;
  removeFromStack(): void;
  saveBasics(ageYears: number | null, sex: Sex): void;
  openOptions(): void;
  /** teaching notes the user has now been shown */
  notesSeen(ids: string[]): void;
}

/** Rendering helpers shared by the parts of one render. */
export interface RenderKit {
  t: Translator;
  terms: readonly Term[];
  sections: SectionMemory;
  /** footnote numbers of the sources, each source listed once in the Sources section */
  refs: SourceRefs;
  /** teaching notes already seen */
  seenNotes: readonly string[];
}
