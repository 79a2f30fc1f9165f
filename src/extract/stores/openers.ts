// What opens another part of the page by its id (a dialog, a tab): the adapters follow such an opener
// in the product's area to the facts it opens (common.ts factsInDialog), and a large page sent as its
// regions sends what they open (region-markup.ts).

/** A link to "#id", a Bootstrap trigger (data-target, data-bs-target), an ARIA control. */
export const OPENER_SELECTOR = 'a[href^="#"], [data-target], [data-bs-target], [aria-controls]';
/** Openers looked at in the product's area. */
export const MAX_OPENERS = 100;
/** An id looked up as it is written: letters, digits, "-", "_", ":" and ".", no quote to escape. */
export const SAFE_ID_RE = /^[\w:.-]{1,120}$/;

/** The id an opener points at ("#supplementFactsModal", "supplementFactsModal"), or null. */
export function openerTarget(el: Element): string | null {
  for (const a of ['data-bs-target', 'data-target', 'aria-controls', 'href']) {
    const v = (el.getAttribute(a) ?? '').trim();
    const id = v.startsWith('#') ? v.slice(1) : a === 'aria-controls' ? v.split(/\s+/)[0] ?? '' : '';
    if (id.length > 0) return id;
  }
  return null;
}
