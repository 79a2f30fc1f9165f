// The one entry point to zod for the whole extension. We use zod/mini: its object schemas never
// compile validators with `new Function` (which the MV3 content security policy blocks, and
// which Mozilla's linter flags), and it is a quarter of the size of classic zod.
// jitless: zod would otherwise still probe `new Function` once.
import * as z from 'zod/mini';

z.config({ jitless: true });

export { z };

/**
 * A schema built the first time it is used (to parse, or inside another schema being used), not
 * when its module is evaluated. The background worker evaluates all its modules whenever it
 * starts, before it can answer the message that woke it; building every schema then is most of
 * its start-up (issue 14). Wrap the schemas made of many parts; leaves (enums, numbers) are cheap.
 * It parses exactly as the schema it builds, and its type is inferred the same way; a schema
 * whose `shape` is read must stay unwrapped (a lazy schema has none).
 */
export function lazily<T extends z.ZodMiniType>(build: () => T): z.ZodMiniLazy<T> {
  return z.lazy(build);
}

/** Any schema (for helpers that take one). */
export type Schema<T = unknown> = z.ZodMiniType<T>;
/** The error a failed safeParse carries. */
export type SchemaError = z.core.$ZodError;

/**
 * schema.safeParse that never throws, for data we did not write (a message, storage, a file).
 * zod 4.6 measures `.length` of any object before it knows the object's type, and throws on one
 * whose length cannot be compared: {"name": {"length": {"toString": 1}}} threw "Cannot convert
 * object to primitive value" out of the profile reader and the message schemas (found by
 * `npm run fuzz`). Such a value is simply invalid.
 */
export function safeParse<T>(schema: Schema<T>, value: unknown): z.core.util.SafeParseResult<T> {
  try {
    return schema.safeParse(value);
  } catch {
    return { success: false, error: new z.core.$ZodError([{ code: 'custom', message: 'unreadable value', path: [], input: value }]) } as z.core.util.SafeParseResult<T>;
  }
}
