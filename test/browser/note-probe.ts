// The page note as a user sees it: its parts' boxes on screen, read through the browser's own
// DevTools protocol, which reaches into the closed shadow root that page scripts (and so
// Playwright's selectors) cannot enter. A part hidden by the card's clipping is reported as not
// shown.
import type { CDPSession, Page } from 'playwright-core';

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
  width: number;
  height: number;
}

export interface NoteSeen {
  /** the host element's box, as the page sees it */
  host: Box;
  /** the card inside it: the part drawn */
  card: Box;
  /** each part by class, and whether the card shows it (inside the card's drawn box, not hidden) */
  parts: Record<string, { box: Box; shown: boolean }>;
}

interface DomNode {
  nodeId: number;
  backendNodeId: number;
  localName?: string;
  attributes?: string[];
  children?: DomNode[];
  shadowRoots?: DomNode[];
}

function* walk(node: DomNode): Generator<DomNode> {
  yield node;
  for (const child of [...(node.shadowRoots ?? []), ...(node.children ?? [])]) yield* walk(child);
}

const classOf = (n: DomNode) => {
  const a = n.attributes ?? [];
  const i = a.indexOf('class');
  return i >= 0 ? a[i + 1] ?? '' : '';
};

/** The note's parts, or null when the page has no note. */
export async function seeNote(page: Page): Promise<NoteSeen | null> {
  const cdp: CDPSession = await page.context().newCDPSession(page);
  try {
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
    const nodes = [...walk(root)];
    const card = nodes.find((n) => classOf(n).split(' ').includes('note'));
    if (!card) return null;
    const host = nodes.find((n) => n.shadowRoots?.some((r) => [...walk(r)].includes(card)));
    const parts = nodes.filter((n) => ['chip', 'title', 'detail', 'hint', 'off-site', 'toggle', 'close'].includes(classOf(n).split(' ')[0]!));
    const rect = async (n: DomNode): Promise<{ box: Box; visible: boolean }> => {
      const { object } = (await cdp.send('DOM.resolveNode', { backendNodeId: n.backendNodeId })) as { object: { objectId: string } };
      const { result } = (await cdp.send('Runtime.callFunctionOn', {
        objectId: object.objectId,
        functionDeclaration: `function () {
          const r = this.getBoundingClientRect();
          const cs = getComputedStyle(this);
          return { box: { left: r.left, top: r.top, right: r.right, bottom: r.bottom, width: r.width, height: r.height },
            visible: cs.visibility !== 'hidden' && cs.display !== 'none' && Number(cs.opacity) > 0 };
        }`,
        returnByValue: true,
      })) as { result: { value: { box: Box; visible: boolean } } };
      return result.value;
    };
    const cardRect = (await rect(card)).box;
    const out: NoteSeen = { host: (await rect(host!)).box, card: cardRect, parts: {} };
    for (const p of parts) {
      const { box, visible } = await rect(p);
      // a 1 px box clipped to nothing is there for screen readers only, not shown
      const inside = box.width > 2 && box.height > 2 && box.top >= cardRect.top - 1 && box.bottom <= cardRect.bottom + 1 && box.left >= cardRect.left - 1 && box.right <= cardRect.right + 1;
      out.parts[classOf(p).split(' ')[0]!] = { box, shown: visible && inside };
    }
    return out;
  } finally {
    await cdp.detach();
  }
}

export const overlaps = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

export const centre = (b: Box) => ({ x: (b.left + b.right) / 2, y: (b.top + b.bottom) / 2 });
