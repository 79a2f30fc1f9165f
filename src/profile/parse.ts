// Reads a profile from untrusted JSON (storage, an imported file, the `check` command's
// --profile). Each field is checked on its own: a bad field falls back to its default and is
// reported by name; the good fields are kept. Inside the lists the unit is smaller still: one
// bad item of the stack (or of conditions / medications) is dropped and reported, the other
// items stay; inside settings only the bad sub-field falls back.
// A missing field is a problem too (action `missing`): a stored profile that lost its
// `conditions` must not pass for one of a user without any (issue 9). The stored profile is
// always written whole, so a gap there means damage; a hand-written file may leave fields out.
// Callers decide what a problem means: the options page repairs and tells the user, the
// background shows "!" with the repair notice, the `check` command refuses with the field's name
// (and only warns about a missing one).
// Keys are read as own properties only: "constructor" or "toString" in a file is no field.
// Migrations from older stored shapes run BEFORE this (see load.ts, migrations/).
import {
  Condition, DEFAULT_PROFILE, DEFAULT_SETTINGS, Medication, Settings, StackItem, profileFields, type Profile,
} from '../core/profile.ts';
import { safeParse, type Schema, type SchemaError } from '../core/zod.ts';

export interface FieldProblem {
  /** path of the bad value: `ageYears`, `stack[2]`, `settings.pageNotes`, `(profile)` */
  field: string;
  /** what was wrong, for developers and the `check` command */
  message: string;
  /**
   * what was done about it: `reset` (the field took its default), `missing` (the field was
   * absent and took its default), `dropped` (one list item was removed), `ignored` (an unknown
   * field was left out). Absent on older callers' problems.
   */
  action?: 'reset' | 'missing' | 'dropped' | 'ignored';
}

export interface ParsedProfile {
  profile: Profile;
  problems: FieldProblem[];
}

const MAX_STACK = 100;

type Raw = Record<string, unknown>;

function isPlainObject(value: unknown): value is Raw {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** The value stored under `key` itself, never one inherited from Object.prototype. */
function own(raw: Raw, key: string): unknown {
  return Object.hasOwn(raw, key) ? raw[key] : undefined;
}

function missing(field: string): FieldProblem {
  return { field, message: 'missing (default used)', action: 'missing' };
}

function firstIssue(error: SchemaError, field: string): FieldProblem {
  const issue = error.issues[0];
  const where = issue && issue.path.length ? `${field}.${issue.path.join('.')}` : field;
  return { field: where, message: issue?.message ?? 'invalid value', action: 'reset' };
}

/** Parses one list item by item: bad items are dropped and reported, duplicates removed quietly. */
function parseList<T>(
  field: string,
  value: unknown,
  item: Schema<T>,
  max: number,
  problems: FieldProblem[],
  /** items with the same key are kept once; null keeps every item */
  key: ((t: T) => unknown) | null,
): T[] | null {
  if (!Array.isArray(value)) return null;
  const out: T[] = [];
  const seen = new Set<unknown>();
  value.forEach((entry, index) => {
    const result = safeParse(item, entry);
    if (!result.success) {
      const issue = result.error.issues[0];
      const sub = issue && issue.path.length ? ` (${issue.path.join('.')})` : '';
      problems.push({ field: `${field}[${index}]`, message: `${issue?.message ?? 'invalid item'}${sub}`, action: 'dropped' });
      return;
    }
    const k = key ? key(result.data) : index;
    if (seen.has(k)) return;
    if (out.length >= max) {
      problems.push({ field: `${field}[${index}]`, message: `more than ${max} items`, action: 'dropped' });
      return;
    }
    seen.add(k);
    out.push(result.data);
  });
  return out;
}

function parseSettings(value: unknown, problems: FieldProblem[]): Settings | null {
  if (!isPlainObject(value)) return null;
  const out: Raw = {};
  for (const [key, schema] of Object.entries(Settings.shape)) {
    const fallback = structuredClone((DEFAULT_SETTINGS as Raw)[key]);
    if (own(value, key) === undefined) {
      out[key] = fallback;
      problems.push(missing(`settings.${key}`));
      continue;
    }
    const result = safeParse(schema as Schema, value[key]);
    if (result.success) out[key] = result.data;
    else {
      out[key] = fallback;
      problems.push(firstIssue(result.error, `settings.${key}`));
    }
  }
  for (const key of Object.keys(value)) {
    if (!Object.hasOwn(Settings.shape, key)) problems.push({ field: `settings.${key}`, message: 'unknown field (ignored)', action: 'ignored' });
  }
  return out as Settings;
}

export function parseProfile(input: unknown): ParsedProfile {
  const problems: FieldProblem[] = [];
  if (!isPlainObject(input)) {
    return {
      profile: structuredClone(DEFAULT_PROFILE),
      problems: [{ field: '(profile)', message: 'expected a JSON object', action: 'reset' }],
    };
  }
  const raw = input;
  const out: Raw = {};
  for (const [field, schema] of Object.entries(profileFields)) {
    const fallback = (DEFAULT_PROFILE as Raw)[field];
    const value = own(raw, field);
    if (value === undefined) {
      out[field] = structuredClone(fallback);
      // The version is the format's, not the user's: migrateProfile already read its absence.
      if (field !== 'schemaVersion') problems.push(missing(field));
      continue;
    }
    let parsed: unknown = null;
    let handled = true;
    switch (field) {
      case 'stack':
        parsed = parseList('stack', value, StackItem, MAX_STACK, problems, null);
        break;
      case 'conditions':
        parsed = parseList('conditions', value, Condition, Number.POSITIVE_INFINITY, problems, (c) => c);
        break;
      case 'medications':
        parsed = parseList('medications', value, Medication, Number.POSITIVE_INFINITY, problems, (m) => m);
        break;
      case 'settings':
        parsed = parseSettings(value, problems);
        break;
      default:
        handled = false;
    }
    if (handled) {
      if (parsed !== null) out[field] = parsed;
      else {
        out[field] = structuredClone(fallback);
        problems.push({ field, message: `expected ${field === 'settings' ? 'an object' : 'a list'}`, action: 'reset' });
      }
      continue;
    }
    const result = safeParse(schema as Schema, value);
    if (result.success) {
      out[field] = result.data;
    } else {
      out[field] = structuredClone(fallback);
      problems.push(firstIssue(result.error, field));
    }
  }
  const known = new Set(Object.keys(profileFields));
  for (const key of Object.keys(raw)) {
    if (!known.has(key)) problems.push({ field: key, message: 'unknown field (ignored)', action: 'ignored' });
  }
  const profile = out as Profile;
  // Pregnancy and lactation only apply to a female or unspecified profile of childbearing age;
  // the rules read them as given. Nothing is inferred here.
  return { profile, problems };
}
