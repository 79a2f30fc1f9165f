// Reads a profile from untrusted JSON (storage, an imported file, the `check` command's
// --profile). Each field is checked on its own: a bad field falls back to its default and is
// reported by name; the good fields are kept. Callers decide what a problem means: the
// options page repairs and tells the user, the `check` command refuses with the field's name.
import { DEFAULT_PROFILE, profileFields, type Profile } from '../core/profile.ts';

export interface FieldProblem {
  field: string;
  message: string;
}

export interface ParsedProfile {
  profile: Profile;
  problems: FieldProblem[];
}

export function parseProfile(input: unknown): ParsedProfile {
  const problems: FieldProblem[] = [];
  if (input === null || typeof input !== 'object' || Array.isArray(input)) {
    return { profile: structuredClone(DEFAULT_PROFILE), problems: [{ field: '(profile)', message: 'expected a JSON object' }] };
  }
  const raw = input as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const [field, schema] of Object.entries(profileFields)) {
    const fallback = (DEFAULT_PROFILE as Record<string, unknown>)[field];
    if (!(field in raw) || raw[field] === undefined) {
      out[field] = structuredClone(fallback);
      continue;
    }
    const result = schema.safeParse(raw[field]);
    if (result.success) {
      out[field] = result.data;
    } else {
      out[field] = structuredClone(fallback);
      const issue = result.error.issues[0];
      const where = issue && issue.path.length ? `${field}.${issue.path.join('.')}` : field;
      problems.push({ field: where, message: issue?.message ?? 'invalid value' });
    }
  }
  const known = new Set(Object.keys(profileFields));
  for (const key of Object.keys(raw)) {
    if (!known.has(key)) problems.push({ field: key, message: 'unknown field (ignored)' });
  }
  const profile = out as Profile;
  // Pregnancy and lactation only apply to a female or unspecified profile of childbearing age;
  // the rules read them as given. Nothing is inferred here.
  return { profile, problems };
}
