// Where the page note goes: a corner of the window where none of the product's title, price or
// buy button is (src/extract/stores/keep-clear.ts), or, when every corner has one or the window is
// narrow, folded to a small tab. Learnt without ever asking the page for a layout: one
// IntersectionObserver per corner, whose root is shrunk to that corner's box, tells whether any of
// those elements is in it, and tells again whenever that changes (scrolling, late content).
// The note's box is the same whatever it shows (src/content/note.ts); only where it sits changes,
// and that depends on the page's layout, never on the verdict.

export type Corner = 'bottom-right' | 'bottom-left' | 'top-right' | 'top-left';
/** In order of preference: the bottom right corner is where notes are expected. */
export const CORNERS: readonly Corner[] = ['bottom-right', 'bottom-left', 'top-right', 'top-left'];

export interface Placement {
  corner: Corner;
  /** folded to a small tab: no free corner, or a narrow window */
  folded: boolean;
}

export interface Box {
  width: number;
  height: number;
  /** distance from the window's edges */
  inset: number;
}

/** Narrower than this, a note would cover a good part of the page: it starts folded. */
export const NARROW_QUERY = '(max-width: 719px)';
/** The most elements watched per selector: the first ones are the product's own. */
const MAX_PER_SELECTOR = 4;

/** The first free corner, else folded in the preferred one. Pure. */
export function choosePlacement(blocked: ReadonlySet<Corner>, narrow: boolean): Placement {
  const free = CORNERS.find((c) => !blocked.has(c));
  if (narrow || !free) return { corner: CORNERS[0]!, folded: true };
  return { corner: free, folded: false };
}

/** The rootMargin that shrinks a window of `viewport` size to the box a note in `corner` takes. Pure. */
export function cornerMargin(corner: Corner, viewport: { width: number; height: number }, box: Box): string {
  const top = corner.startsWith('top') ? box.inset : viewport.height - box.inset - box.height;
  const left = corner.endsWith('left') ? box.inset : viewport.width - box.inset - box.width;
  const bottom = viewport.height - top - box.height;
  const right = viewport.width - left - box.width;
  // Negative margins shrink the root; a box larger than the window leaves it whole.
  return [top, right, bottom, left].map((n) => `${-Math.max(0, Math.floor(n))}px`).join(' ');
}

/** The elements to keep clear that this page has: the store's own, else the usual names. */
function elementsToKeepClear(selectors: { own: readonly string[]; fallback: readonly string[] }): Element[] {
  const find = (list: readonly string[]) => list.flatMap((s) => {
    try {
      return [...document.querySelectorAll(s)].slice(0, MAX_PER_SELECTOR);
    } catch {
      return []; // a selector this browser does not know
    }
  });
  const own = find(selectors.own);
  return own.length ? own : find(selectors.fallback);
}

/**
 * Watches the page and calls `onPlace` with the note's placement now and whenever it changes.
 * Returns a function that stops watching.
 */
export function watchPlacement(
  selectors: { own: readonly string[]; fallback: readonly string[] },
  box: Box,
  onPlace: (placement: Placement) => void,
): () => void {
  const narrow = matchMedia(NARROW_QUERY);
  const blocked = new Set<Corner>();
  let observers: IntersectionObserver[] = [];
  let last = '';
  let stopped = false;

  const report = () => {
    const placement = choosePlacement(blocked, narrow.matches);
    const key = `${placement.corner}/${placement.folded}`;
    if (key === last || stopped) return;
    last = key;
    onPlace(placement);
  };

  const disconnect = () => {
    for (const o of observers) o.disconnect();
    observers = [];
  };

  const watch = () => {
    disconnect();
    blocked.clear();
    const targets = elementsToKeepClear(selectors);
    if (!targets.length) return report();
    // A first observer gives the window's size (its rootBounds) without asking for a layout.
    const probe = new IntersectionObserver((entries) => {
      probe.disconnect();
      const bounds = entries[0]?.rootBounds;
      if (!bounds || stopped) return report();
      const viewport = { width: bounds.width, height: bounds.height };
      // The note is placed once every corner has answered (each observer answers at once).
      const unanswered = new Set(CORNERS);
      for (const corner of CORNERS) {
        const inside = new Set<Element>();
        const observer = new IntersectionObserver((changes) => {
          for (const change of changes) {
            if (change.isIntersecting) inside.add(change.target);
            else inside.delete(change.target);
          }
          if (inside.size) blocked.add(corner);
          else blocked.delete(corner);
          unanswered.delete(corner);
          if (!unanswered.size) report();
        }, { rootMargin: cornerMargin(corner, viewport, box) });
        for (const t of targets) observer.observe(t);
        observers.push(observer);
      }
    });
    probe.observe(targets[0]!);
    observers.push(probe);
  };

  let resizeTimer: ReturnType<typeof setTimeout> | undefined;
  const onResize = () => {
    clearTimeout(resizeTimer);
    resizeTimer = setTimeout(watch, 250);
  };
  narrow.addEventListener('change', report);
  window.addEventListener('resize', onResize);
  watch();

  return () => {
    stopped = true;
    clearTimeout(resizeTimer);
    disconnect();
    narrow.removeEventListener('change', report);
    window.removeEventListener('resize', onResize);
  };
}
