// What the extraction engine reads from one page. Shared by the content script, the background
// (which validates it), the popup and the CLI. Code that runs in the page imports TYPES only from
// here (`import type`), so zod stays out of the content script's bundle.
import { lazily, z } from './zod.ts';
import { MsgSchema } from './message.ts';

export const NUTRIENTS = ['magnesium'] as const;
export const Nutrient = z.enum(NUTRIENTS);
export type Nutrient = z.infer<typeof Nutrient>;

export const Range = lazily(() => z.object({ min: z.number().check(z.nonnegative()), max: z.number().check(z.nonnegative()) })
  .check(z.refine((r) => r.min <= r.max, 'min must not exceed max')));
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

/** How sure the reading is of its amount. label: a facts panel or a label row ("Magnesium (as
 *  citrate) 200 mg"); text: a sentence that ties the amount to a serving or a unit; weak: a title,
 *  loose prose, or candidates that disagree. A weak reading is never shown green. */
export const Confidence = z.enum(['label', 'text', 'weak']);
export type Confidence = z.infer<typeof Confidence>;

export const Evidence = lazily(() => z.object({
  /** which figure this backs: perServing, serving, servingsPerDay, form, compound, dv, product, seen ... */
  field: z.string().check(z.maxLength(40)),
  /** the page's own words, verbatim: a span of the page's text, trimmed to whole words and
   *  whitespace folded; never a table's cell separators, never words Dose Guard wrote itself
   *  (what it assumed goes into Reading.assumptions) */
  text: z.string().check(z.maxLength(500)),
}));
export type Evidence = z.infer<typeof Evidence>;

export const Reading = lazily(() => z.object({
  nutrient: Nutrient,
  status: ReadingStatus,
  pageKind: PageKind,
  /** adapter that read it: iherb, amazon, walmart, target, vitacost, shopify, generic, text, manual */
  source: z.string().check(z.maxLength(40)),
  product: z.object({ name: z.nullable(z.string().check(z.maxLength(300))), brand: z.nullable(z.string().check(z.maxLength(120))) }),
  perServingMg: z.nullable(z.number().check(z.nonnegative(), z.maximum(100_000))),
  basis: z.nullable(Basis),
  /** the compound named on the label, e.g. "citrate", "oxide", "bisglycinate" (lower case), if any */
  form: z.nullable(z.string().check(z.maxLength(60))),
  /** oral unless the page says it is applied to the skin (sprays, lotions, bath flakes) */
  route: z.enum(['oral', 'topical']),
  serving: z.nullable(z.object({ count: z.number().check(z.positive()), unit: z.string().check(z.maxLength(30)) })),
  servingsPerContainer: z.nullable(z.number().check(z.positive())),
  /** from the directions; null when the page gives none (the evaluation then assumes 1 and says so) */
  servingsPerDay: z.nullable(Range),
  /** perServingMg x servingsPerDay; null when either is unknown */
  dailyMg: z.nullable(Range),
  evidence: z.array(Evidence).check(z.maxLength(40)),
  /** for "unreadable": what was seen instead, e.g. "400 mg" in the title (never used as a dose) */
  seen: z.nullable(z.string().check(z.maxLength(300))),
  /** how sure the amount is; null when there is no amount */
  confidence: z.nullable(Confidence),
  /** what the reading assumed or worked out rather than read ("no serving size: the amount is
   *  read per capsule"), in the user's words, shown apart from the quotes */
  assumptions: z.array(MsgSchema).check(z.maxLength(12)),
  /** the page states a different plausible amount for the same product; the higher one is used
   *  (never understate), and the popup says the page disagrees with itself */
  disagreement: z.nullable(z.object({
    /** the other amount per serving, mg (as read, before any estimate) */
    otherMg: z.number().check(z.nonnegative()),
    /** the page's words for it */
    quote: z.string().check(z.maxLength(300)),
  })),
  /** the page shows the product is licensed as a medicine or natural health product, with its
   *  number: a Canadian NPN ("NPN 80075249"), whose monograph can allow more than the DRI limit */
  licence: z.nullable(z.object({ scheme: z.enum(['ca-npn']), number: z.string().check(z.maxLength(20)) })),
  /** for "unreadable" (and a weak reading): why, for the user ("the amount is more than a
   *  serving could hold", "the page stops before its label") */
  reason: z.nullable(MsgSchema),
}));
export type Reading = z.infer<typeof Reading>;
