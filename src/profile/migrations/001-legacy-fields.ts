// Migration 1: version 0 -> 1.
// Version 0 is the first stored shape, before the profile carried a schemaVersion:
//   { age, isPregnant, isBreastfeeding, supplements: [{ name, mg }] }
// Version 1 names the fields as src/core/profile.ts does (ageYears, pregnant, lactating,
// stack: [{ id, name, dailyMg }]) and adds schemaVersion.
// It only renames: values are NOT checked here. parseProfile checks them afterwards, so a bad
// legacy value is reported under its new name and only that value is lost.
// A field already under its version-1 name wins over its legacy twin.
import type { Migration } from './types.ts';

/** The field names only the version-0 shape had: data holding one of them is a legacy profile. */
export const LEGACY_FIELDS: readonly string[] = ['age', 'isPregnant', 'isBreastfeeding', 'supplements'];

const RENAMES: ReadonlyArray<readonly [legacy: string, current: string]> = [
  ['age', 'ageYears'],
  ['isPregnant', 'pregnant'],
  ['isBreastfeeding', 'lactating'],
];

export const migration001: Migration = {
  version: 1,
  name: 'legacy field names (age, isPregnant, isBreastfeeding, supplements) to version 1',
  up(old) {
    const next: Record<string, unknown> = { ...old };
    for (const [legacy, current] of RENAMES) {
      if (!(legacy in next)) continue;
      if (!(current in next)) next[current] = next[legacy];
      delete next[legacy];
    }
    if ('supplements' in next) {
      const legacy = next.supplements;
      delete next.supplements;
      if (!Array.isArray(legacy)) {
        // Leave it for parseProfile to report as a bad stack (unless a stack already exists).
        if (!('stack' in next)) next.stack = legacy;
      } else {
        const existing = Array.isArray(next.stack) ? next.stack : [];
        const moved = legacy.map((item, index) => {
          if (item === null || typeof item !== 'object' || Array.isArray(item)) return item;
          const { mg, ...rest } = item as Record<string, unknown>;
          return { id: `legacy-${index + 1}`, ...rest, dailyMg: 'dailyMg' in rest ? rest.dailyMg : mg };
        });
        next.stack = [...existing, ...moved];
      }
    }
    next.schemaVersion = 1;
    return next;
  },
};
