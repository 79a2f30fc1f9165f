// The one entry point to zod for the whole extension. We use zod/mini: its object schemas never
// compile validators with `new Function` (which the MV3 content security policy blocks, and
// which Mozilla's linter flags), and it is a quarter of the size of classic zod.
// jitless: zod would otherwise still probe `new Function` once.
import * as z from 'zod/mini';

z.config({ jitless: true });

export { z };

/** Any schema (for helpers that take one). */
export type Schema<T = unknown> = z.ZodMiniType<T>;
/** The error a failed safeParse carries. */
export type SchemaError = z.core.$ZodError;
