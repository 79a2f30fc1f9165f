import type { PageIndex } from '../page-index.ts';
// Shared reading steps for store adapters: structured data first (JSON-LD, embedded JSON),
// then the regions named by the adapter's selectors, then a generic search for a facts panel.
import type { PageKind } from '../../core/reading.ts';
import type { LabelInput } from '../analyze.ts';
import { all, blockText, first, jsonLd, ldProduct, ldTypes, meta, sectionAfterHeading, textOf } from '../dom.ts';
import { kindFromUrl } from '../page-kind.ts';
import { FACTS_HEADING_RE, MAGNESIUM_WORD_RE } from '../text/patterns.ts';

export interface Selectors {
  /** product title, best first */
  title: readonly string[];
  brand: readonly string[];
  /** the facts panel (Supplement Facts table or block) */
  facts: readonly string[];
  /** directions blocks */
  directions: readonly string[];
  /** description / bullets / details: product text that may state the amount */
  description: readonly string[];
  /** the product area, read (skipping carousels, menus, reviews) when nothing else gave text */
  productArea: readonly string[];
  /** repeated product cards: many of them mean a search or category page */
  cards: readonly string[];
  /** images whose alt text says the facts panel is a picture */
  factsImages: readonly string[];
}

export interface StoreAdapter {
  readonly name: string;
  /** hosts this adapter serves */
  matchesUrl(url: string): boolean;
  /** for adapters keyed on markup rather than host (Shopify themes) */
  matchesDocument?(ix: PageIndex): boolean;
  read(ix: PageIndex, url: string): LabelInput;
}

export const DIRECTIONS_HEADING_RE = /^(?:suggested use|suggested usage|directions(?: for use)?|how to use|how to take|recommended use|recommended dose|dosage|usage|use instructions|verzehrempfehlung|anwendung|dosierung|mode d'emploi|conseils d'utilisation|utilisation|modo de empleo|modo de uso|dosis|modo d'uso|posologia)\b/i;

export function hostOf(url: string): string {
  try {
    return new URL(url).hostname.toLowerCase();
  } catch {
    return '';
  }
}

/** Finds a facts panel anywhere: a table or block whose text reads like Supplement Facts. */
export function findFactsPanel(ix: PageIndex): Element | null {
  for (const t of all(ix, 'table')) {
    const s = t.textContent ?? '';
    if (s.length < 20000 && FACTS_HEADING_RE.test(s) && (MAGNESIUM_WORD_RE.test(s) || /serving/i.test(s))) return t;
  }
  return first(ix, ['[class*="supplement-facts" i]', '[id*="supplement-facts" i]', '[class*="supplementFacts" i]', '[class*="nutrition-facts" i]', '[id*="nutrition-facts" i]', '[class*="nutritionFacts" i]']);
}

export function kindFromDocument(ix: PageIndex, sel: Selectors, url: string): PageKind {
  const byUrl = kindFromUrl(url);
  if (byUrl) return byUrl;
  const types = ldTypes(jsonLd(ix));
  if ([...types].some((t) => /^(?:Product|ProductGroup|DietarySupplement|Drug)$/.test(t))) return 'product';
  if ([...types].some((t) => /^(?:Article|BlogPosting|NewsArticle)$/.test(t)) || meta(ix, ['og:type']) === 'article') return 'article';
  if ([...types].some((t) => t === 'SearchResultsPage')) return 'search';
  let cards = 0;
  for (const s of sel.cards) cards = Math.max(cards, all(ix, s).length);
  if (cards >= 4) {
    const title = `${ix.doc.title ?? ''} ${meta(ix, ['og:title']) ?? ''}`;
    return /search|results|suche|recherche|busca/i.test(title) || all(ix, '[data-component-type="s-search-result"]').length > 0 ? 'search' : 'category';
  }
  if (first(ix, sel.title)) return 'product';
  return 'other';
}

/** "Visit the NOW Foods Store" / "By NOW Foods" / "Brand: NOW Foods" -> "NOW Foods". */
function cleanBrand(s: string | null): string | null {
  if (!s) return null;
  let b = s.replace(/^(?:by|brand:|visit the)\s/i, '').trim();
  if (b.toLowerCase().endsWith(' store')) b = b.slice(0, -6).trim();
  return b.length > 0 ? b : null;
}

export function readWithSelectors(ix: PageIndex, url: string, source: string, sel: Selectors): LabelInput {
  const ld = ldProduct(jsonLd(ix));
  const title = textOf(first(ix, sel.title)) ?? ld?.name ?? meta(ix, ['og:title']) ?? (ix.doc.title ? ix.doc.title.trim() : null);
  const brand = cleanBrand(textOf(first(ix, sel.brand))) ?? ld?.brand ?? null;
  const pageKind = kindFromDocument(ix, sel, url);
  const factsEl = first(ix, sel.facts) ?? findFactsPanel(ix);
  const facts = factsEl ? blockText(factsEl, { maxChars: 30_000 }) : null;
  const dirParts: string[] = [];
  for (const s of sel.directions) for (const el of all(ix, s).slice(0, 5)) dirParts.push(blockText(el, { maxChars: 5000 }));
  const area = first(ix, sel.productArea);
  const headed = sectionAfterHeading(ix, area, DIRECTIONS_HEADING_RE);
  if (headed) dirParts.push(headed);
  const descParts: string[] = [];
  for (const s of sel.description) for (const el of all(ix, s).slice(0, 5)) descParts.push(blockText(el, { maxChars: 60_000, skipChrome: true }));
  if (ld?.description) descParts.push(ld.description);
  let body = descParts.filter((x) => x.length > 0).join('\n');
  if (body.length === 0 && !facts && area) body = blockText(area, { skipChrome: true, maxChars: 200_000 });
  const factsIsImage = !facts && sel.factsImages.some((s) => all(ix, s).length > 0);
  return {
    url, source, pageKind, title, brand,
    facts, directions: dirParts.filter((x) => x.length > 0).join('\n') || null, body: body || null, factsIsImage,
  };
}
