// What the extraction engine reads from one page. Shared by the content script, the background
// (which validates it), the popup and the CLI. Code that runs in the page imports TYPES only from
// here (`import type`), so zod stays out of the content script's bundle.
import { z } from './zod.ts';

export const NUTRIENTS = ['magnesium'] as const;
export const Nutrient = z.enum(NUTRIENTS);
export type Nutrient = z.infer<typeof Nutrient>;

export const Range = z.object({ min: z.number().nonnegative(), max: z.number().nonnegative() })
  .refine((r) => r.min <= r.max, 'min must not exceed max');
export type Range = z.infer<typeof Range>;

/** found: a magnesium amount was read. absent: readable, no magnesium product here.
 *  unreadable: a magnesium product whose amount could not be read (never "safe"). */
export const ReadingStatus = z.enum(['found', 'absent', 'unreadable']);
export type ReadingStatus = z.infer<typeof ReadingStatus>;

/** elemental: the label states magnesium itself. compound-estimate: only a compound weight was
 *  given; elemental estimated with the highest plausible share. dv-estimate: from %DV/%NRV. */
export const Basis = z.enum(['elemental', 'compound-estimate', 'dv-estimate']);
export type Basis = z.infer<typeof Basis>;

export const PageKind = z.enum(['product', 'search', 'category', 'article', 'cart', 'other']);
export type PageKind = z.infer<typeof PageKind>;

export const Evidence = z.object({
  /** which figure this backs: perServing, serving, servingsPerDay, form, compound, dv, product, seen ... */
  field: z.string().max(40),
  /** the label text, verbatim (trimmed, whitespace folded) */
  text: z.string().max(500),
});
export type Evidence = z.infer<typeof Evidence>;

export const Reading = z.object({
  nutrient: Nutrient,
  status: ReadingStatus,
  pageKind: PageKind,
  /** adapter that read it: iherb, amazon, walmart, target, vitacost, shopify, generic, text, manual */
  source: z.string().max(40),
  product: z.object({ name: z.string().max(300).nullable(), brand: z.string().max(120).nullable() }),
  perServingMg: z.number().nonnegative().max(100_000).nullable(),
  basis: Basis.nullable(),
  /** the compound named on the label, e.g. "citrate", "oxide", "bisglycinate" (lower case), if any */
  form: z.string().max(60).nullable(),
  /** oral unless the page says it is applied to the skin (sprays, lotions, bath flakes) */
  route: z.enum(['oral', 'topical']),
  serving: z.object({ count: z.number().positive(), unit: z.string().max(30) }).nullable(),
  servingsPerContainer: z.number().positive().nullable(),
  /** from the directions; null when the page gives none (the evaluation then assumes 1 and says so) */
  servingsPerDay: Range.nullable(),
  /** perServingMg x servingsPerDay; null when either is unknown */
  dailyMg: Range.nullable(),
  evidence: z.array(Evidence).max(40),
  /** for "unreadable": what was seen instead, e.g. "400 mg" in the title (never used as a dose) */
  seen: z.string().max(300).nullable(),
});
export type Reading = z.infer<typeof Reading>;
