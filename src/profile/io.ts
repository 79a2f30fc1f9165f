// Export and import of the profile as a JSON file. The file is the Profile object itself, the
// same format the `check` command reads with --profile (docs/profile-format.md). Importing reads
// it the same way storage is read: migrate, then validate field by field.
import { msg, type Msg } from '../core/message.ts';
import { profileFields, type Profile } from '../core/profile.ts';
import { readProfile, type ReadProfile } from './load.ts';
import { LEGACY_FIELDS } from './migrations/001-legacy-fields.ts';

/** Far above any real profile (100 stack items ~ 50 KB): anything bigger is the wrong file. */
export const MAX_IMPORT_BYTES = 1_000_000;

export function exportJson(profile: Profile): string {
  return `${JSON.stringify(profile, null, 2)}\n`;
}

export function exportFileName(date = new Date()): string {
  const day = date.toISOString().slice(0, 10);
  return `dose-guard-profile-${day}.json`;
}

/** A refused file's error is a message for the options page to render (src/core/message.ts). */
export type ImportResult = { ok: true; read: ReadProfile } | { ok: false; error: Msg };

const refused = (key: string): ImportResult => ({ ok: false, error: msg(key) });
const TOO_LARGE = refused('opt_import_too_large');

/** What import needs of a File: its size, known before reading, and its text. */
export interface FileLike {
  size: number;
  text(): Promise<string>;
}

/** Reads a chosen file as a profile; a file too large to be one is refused before it is read. */
export async function importFile(file: FileLike): Promise<ImportResult> {
  if (file.size > MAX_IMPORT_BYTES) return TOO_LARGE;
  return importJson(await file.text());
}

export function importJson(text: string): ImportResult {
  if (text.length > MAX_IMPORT_BYTES) return TOO_LARGE;
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return refused('opt_import_not_json');
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    return refused('opt_import_not_object');
  }
  // Own keys against own field names: `k in profileFields` would also find "constructor",
  // "toString" or "__proto__" on Object.prototype. The format version alone is no profile.
  const known = Object.keys(data).filter((k) => (Object.hasOwn(profileFields, k) && k !== 'schemaVersion') || LEGACY_FIELDS.includes(k));
  if (known.length === 0) {
    return refused('opt_import_no_fields');
  }
  return { ok: true, read: readProfile(data) };
}

/**
 * JSON with object keys sorted, at every depth: two equal profiles give the same text whatever
 * their key order (chrome.storage hands objects back with their keys sorted).
 */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (v === null || typeof v !== 'object' || Array.isArray(v)) return v;
    return Object.fromEntries(Object.keys(v).sort().map((k) => [k, (v as Record<string, unknown>)[k]]));
  });
}
