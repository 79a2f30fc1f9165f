// Builders for readings and profiles used by the rules tests.
import { DEFAULT_PROFILE, type Profile } from '../../../src/core/profile.ts';
import type { Reading } from '../../../src/core/reading.ts';
import type { Assessment, Warning } from '../../../src/core/assessment.ts';
import type { Msg } from '../../../src/core/message.ts';
import { SOURCES } from '../../../src/data/sources.ts';
import { nodeTranslator } from '../../../src/i18n/node.ts';

export function reading(over: Partial<Reading> = {}): Reading {
  return {
    nutrient: 'magnesium',
    status: 'found',
    pageKind: 'product',
    source: 'test',
    product: { name: 'Test Magnesium', brand: null },
    perServingMg: 100,
    basis: 'elemental',
    form: 'citrate',
    route: 'oral',
    serving: { count: 1, unit: 'capsule' },
    servingsPerContainer: 60,
    servingsPerDay: { min: 1, max: 1 },
    dailyMg: null,
    evidence: [],
    seen: null,
    confidence: 'label',
    assumptions: [],
    disagreement: null,
    licence: null,
    reason: null,
    ...over,
  };
}

/** A reading whose daily dose is exactly `mg` (one serving a day, stated). */
export function daily(mg: number, over: Partial<Reading> = {}): Reading {
  return reading({ perServingMg: mg, servingsPerDay: { min: 1, max: 1 }, ...over });
}

export function profile(over: Partial<Profile> = {}): Profile {
  return { ...structuredClone(DEFAULT_PROFILE), ...over };
}

export function ids(ws: { id: string }[]): string[] {
  return ws.map((w) => w.id);
}

// ---- rendering: what a user reads (English), as the popup and the `check` command render it
const en = nodeTranslator('en');

/** A message as the user reads it in English. */
export function text(m: Msg): string {
  return en.tr(m);
}

/** A warning with its title and detail rendered, and its sources' citations joined. */
export function rendered(w: Warning): Omit<Warning, 'title' | 'detail'> & { title: string; detail: string; citations: string } {
  return { ...w, title: text(w.title), detail: text(w.detail), citations: w.sources.map((id) => SOURCES[id].citation).join('; ') };
}

/** The rendered warning of that id, or a failure naming the ids present. */
export function warning(a: Assessment, id: string): ReturnType<typeof rendered> {
  const w = a.warnings.find((x) => x.id === id);
  if (!w) throw new Error(`no warning "${id}" among ${ids(a.warnings).join(', ')}`);
  return rendered(w);
}

/** The verdict as the user reads it: badge, headline, reason. */
export function verdictText(a: Assessment): { kind: string; badge: string; headline: string; reason: string | null } {
  const v = a.verdict;
  return { kind: v.kind, badge: text(v.badge), headline: text(v.headline), reason: v.reason ? text(v.reason) : null };
}
