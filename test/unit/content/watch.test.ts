// @vitest-environment jsdom
// When the content script reads the page again (issue 9, point 2; issue 14: no idle wake-ups).
// Fake timers drive the clock: nothing is timed.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { watchPage } from '../../../src/content/watch.ts';
import { afterFirstNavigation } from '../../../src/content/until-watched.ts';

let visibility: 'visible' | 'hidden' = 'visible';
let stop: (() => void) | undefined;
const g = globalThis as { navigation?: EventTarget };

beforeEach(() => {
  vi.useFakeTimers();
  visibility = 'visible';
  Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => visibility });
  document.body.innerHTML = '<nav id="menu"><ul><li>Deals</li></ul></nav><div id="app"><div id="area"><table><tr><td id="cell">Magnesium 100 mg</td></tr></table></div><div id="ads"></div></div>';
});
afterEach(() => {
  stop?.();
  stop = undefined;
  delete g.navigation;
  vi.useRealTimers();
});

/** A watcher over the test page; its watching starts at once unless `idle` holds it back (then
 *  `idle.run()` is the page becoming idle). */
function watch(opts: { observe?: () => boolean; area?: string; idle?: { run(): void }; firstReadAt?: string } = {}) {
  const reasons: string[] = [];
  let result: boolean | undefined;
  const held: (() => void)[] = [];
  if (opts.idle) opts.idle.run = () => held.splice(0).forEach((f) => f());
  const watcher = watchPage({
    scan: (why) => {
      reasons.push(why);
      return result;
    },
    productArea: () => [opts.area ?? '#area'],
    shouldObserve: opts.observe ?? (() => true),
    whenIdle: opts.idle ? (setUp) => held.push(setUp) : (setUp) => setUp(),
    firstReadAt: opts.firstReadAt,
  });
  stop = watcher.stop;
  return { reasons, nothingNew: () => (result = false), watcher };
}

const tick = (ms: number) => vi.advanceTimersByTimeAsync(ms);
const cell = () => document.getElementById('cell')!;

describe('watching starts once the page is idle (the first read alone runs with its load)', () => {
  it('reads at start, and until the page is idle looks up nothing and reads nothing again', async () => {
    const idle = { run() {} };
    let lookedUp = 0;
    const reasons: string[] = [];
    const watcher = watchPage({
      scan: (why) => void reasons.push(why),
      productArea: () => (lookedUp++, ['#area']),
      shouldObserve: () => true,
      whenIdle: (setUp) => (idle.run = setUp),
    });
    stop = watcher.stop;
    cell().textContent = 'Magnesium 500 mg';
    await tick(20_000);
    expect(reasons).toEqual(['start']);
    expect(lookedUp).toBe(0);
    idle.run();
    expect(lookedUp).toBe(1);
    await tick(3_000);
    expect(reasons, 'the change made before the watching is read once it starts').toEqual(['start', 'change']);
  });

  it('reads nothing again for churn outside the product area before the page was idle', async () => {
    const idle = { run() {} };
    const { reasons } = watch({ idle });
    for (let i = 0; i < 20; i++) document.getElementById('ads')!.append(document.createElement('img'));
    document.getElementById('menu')!.textContent = 'Sale';
    idle.run();
    await tick(20_000);
    expect(reasons).toEqual(['start']);
  });

  it('reads once more when the product was rendered between the first read and the watching', async () => {
    const idle = { run() {} };
    const { reasons } = watch({ idle });
    document.getElementById('area')!.insertAdjacentHTML('beforeend', '<table><tr><td>Serving size 2 capsules</td></tr></table>');
    idle.run();
    await tick(3_000);
    expect(reasons).toEqual(['start', 'change']);
  });

  it('reads once after a flood of changes before the page was idle (too many to keep one by one)', async () => {
    const idle = { run() {} };
    const { reasons } = watch({ idle });
    const many = document.createDocumentFragment();
    for (let i = 0; i < 2_000; i++) many.append(document.createElement('span'), document.createTextNode('x'));
    for (const node of [...many.childNodes]) document.getElementById('area')!.append(node);
    idle.run();
    await tick(3_000);
    expect(reasons).toEqual(['start', 'change']);
  });

  it('reads a navigation made before the watching started', async () => {
    const idle = { run() {} };
    const { reasons } = watch({ idle });
    history.pushState({}, '', '/pr/moved-before-idle/5');
    idle.run();
    expect(reasons).toEqual(['start', 'navigation']);
  });

  it("reads nothing again for the extension's own note shown before the watching started", async () => {
    const idle = { run() {} };
    const { reasons, watcher } = watch({ idle });
    watcher.ownChange(() => document.body.append(document.createElement('div')));
    idle.run();
    await tick(20_000);
    expect(reasons).toEqual(['start']);
  });

  it('starts nothing once stopped before the page was idle', async () => {
    g.navigation = new EventTarget();
    const idle = { run() {} };
    const { reasons, watcher } = watch({ idle });
    watcher.stop();
    idle.run();
    history.pushState({}, '', '/pr/after-stop/6');
    g.navigation.dispatchEvent(new Event('currententrychange'));
    cell().textContent = 'Magnesium 500 mg';
    await tick(20_000);
    expect(reasons).toEqual(['start']);
    expect(vi.getTimerCount()).toBe(0);
  });
});

describe('watching the page', () => {
  it('reads once at start', () => {
    const { reasons } = watch();
    expect(reasons).toEqual(['start']);
  });

  it('reads nothing at start when its caller made the first read, and watches as ever after', async () => {
    const idle = { run() {} };
    const { reasons } = watch({ firstReadAt: document.URL, idle });
    expect(reasons).toEqual([]);
    cell().textContent = 'Magnesium 500 mg'; // changed before the page was idle
    idle.run();
    await tick(3_000);
    expect(reasons, 'the change before the watching is read once it starts').toEqual(['change']);
    cell().textContent = 'Magnesium 250 mg';
    await tick(3_000);
    expect(reasons).toEqual(['change', 'change']);
  });

  it('reads a navigation made after its caller\'s first read and before it was set up, once it watches', async () => {
    const idle = { run() {} };
    const readAt = document.URL;
    history.pushState({}, '', '/p/another-product');
    const { reasons } = watch({ firstReadAt: readAt, idle });
    expect(reasons).toEqual([]);
    idle.run();
    expect(reasons, 'the page the user now sees is read').toEqual(['navigation']);
    history.pushState({}, '', readAt);
  });

  it('sees a change in the product area long after load (no 12 s window)', async () => {
    const { reasons } = watch();
    await tick(30_000);
    cell().textContent = 'Magnesium 500 mg';
    await tick(1_000);
    expect(reasons).toEqual(['start', 'change']);
  });

  it('ignores churn outside the product area', async () => {
    const { reasons } = watch();
    for (let i = 0; i < 20; i++) {
      document.getElementById('ads')!.textContent = `ad ${i}`;
      document.getElementById('menu')!.append(document.createElement('li'));
      await tick(200);
    }
    await tick(5_000);
    expect(reasons).toEqual(['start']);
  });

  it('reads once for a burst of changes, and a churning area ever more rarely while nothing new is found', async () => {
    const { reasons, nothingNew } = watch();
    nothingNew();
    for (let i = 0; i < 60 * 10; i++) {
      cell().textContent = `frame ${i}`; // a carousel in the product area, 10 changes a second for a minute
      await tick(100);
    }
    const reads = reasons.filter((r) => r === 'change').length;
    // at most one read per 2 s, slowing to one per 16 s: about 8 reads in a minute, never 600
    expect(reads).toBeGreaterThanOrEqual(3);
    expect(reads).toBeLessThanOrEqual(12);
  });

  it('watches nothing while the tab is hidden, and reads once when it is shown again', async () => {
    const { reasons } = watch();
    visibility = 'hidden';
    document.dispatchEvent(new Event('visibilitychange'));
    cell().textContent = 'Magnesium 500 mg';
    await tick(10_000);
    expect(reasons).toEqual(['start']);
    expect(vi.getTimerCount(), 'no timer runs while hidden').toBe(0);
    visibility = 'visible';
    document.dispatchEvent(new Event('visibilitychange'));
    expect(reasons).toEqual(['start', 'shown']);
    cell().textContent = 'Magnesium 600 mg';
    await tick(3_000);
    expect(reasons).toEqual(['start', 'shown', 'change']);
  });

  it('reads nothing again for a node added beside the product area (an ad, the note itself)', async () => {
    const { reasons } = watch();
    await tick(5_000);
    const note = document.createElement('div');
    document.body.prepend(note);
    document.body.append(document.createElement('aside'));
    note.remove();
    await tick(20_000);
    expect(reasons).toEqual(['start']);
  });

  it("reads nothing again for the extension's own note on a page watched whole, and still sees the page's changes", async () => {
    // no product area on this page: the whole body is watched
    const { reasons, watcher } = watch({ area: '#no-such-area' });
    await tick(5_000);
    const note = document.createElement('div');
    watcher.ownChange(() => document.body.prepend(note));
    await tick(20_000);
    watcher.ownChange(() => note.remove());
    await tick(20_000);
    expect(reasons).toEqual(['start']);
    cell().textContent = 'Magnesium 500 mg';
    await tick(3_000);
    expect(reasons).toEqual(['start', 'change']);
  });

  it("is not even called back for the page's own changes directly under <body> (an iframe, a pop-over): an idle tab stays asleep", async () => {
    const Native = globalThis.MutationObserver;
    let callbacks = 0;
    globalThis.MutationObserver = class extends Native {
      constructor(fn: MutationCallback) {
        super((records, observer) => {
          callbacks++;
          fn(records, observer);
        });
      }
    };
    try {
      const { reasons } = watch();
      await tick(5_000);
      const frame = document.createElement('iframe');
      document.body.append(frame);
      await tick(1_000);
      frame.remove();
      document.documentElement.append(document.createElement('div'));
      await tick(20_000);
      expect(callbacks).toBe(0);
      expect(reasons).toEqual(['start']);
      // the area itself is still watched
      cell().textContent = 'Magnesium 500 mg';
      await tick(3_000);
      expect(reasons).toEqual(['start', 'change']);
    } finally {
      globalThis.MutationObserver = Native;
    }
  });

  it('sees the product area replaced as a whole, and changes inside its successor', async () => {
    const { reasons } = watch();
    const fresh = document.createElement('div');
    fresh.id = 'area';
    fresh.innerHTML = '<p id="cell2">Magnesium 200 mg</p>';
    document.getElementById('area')!.replaceWith(fresh);
    await tick(3_000);
    expect(reasons).toEqual(['start', 'change']);
    document.getElementById('cell2')!.textContent = 'Magnesium 300 mg';
    await tick(3_000);
    expect(reasons).toEqual(['start', 'change', 'change']);
  });

  it('uses the Navigation API where it exists: no timer at all while the page is idle', async () => {
    g.navigation = new EventTarget();
    const { reasons } = watch();
    await tick(60_000);
    expect(vi.getTimerCount()).toBe(0);
    history.pushState({}, '', '/pr/other-product/2');
    g.navigation.dispatchEvent(new Event('currententrychange'));
    expect(reasons).toEqual(['start', 'navigation']);
  });

  it('polls the address only where the Navigation API is missing, and never while hidden', async () => {
    const { reasons } = watch();
    expect(vi.getTimerCount()).toBe(1);
    history.pushState({}, '', '/pr/third-product/3');
    await tick(1_000);
    expect(reasons).toEqual(['start', 'navigation']);
    visibility = 'hidden';
    document.dispatchEvent(new Event('visibilitychange'));
    expect(vi.getTimerCount()).toBe(0);
  });

  it('observes nothing where nothing is read (an account page), but still follows navigation', async () => {
    g.navigation = new EventTarget();
    let product = false;
    const { reasons } = watch({ observe: () => product });
    cell().textContent = 'Your order: Magnesium 400 mg';
    await tick(5_000);
    expect(reasons).toEqual(['start']);
    product = true;
    history.pushState({}, '', '/pr/a-product/4');
    g.navigation.dispatchEvent(new Event('currententrychange'));
    cell().textContent = 'Magnesium 400 mg';
    await tick(3_000);
    expect(reasons).toEqual(['start', 'navigation', 'change']);
  });
});

describe('a page where nothing is read', () => {
  it('sets up its watching at its first navigation in place, and only once', () => {
    g.navigation = new EventTarget();
    let setUps = 0;
    stop = afterFirstNavigation(() => setUps++) ?? undefined;
    expect(setUps, 'nothing watched before the page navigates').toBe(0);
    g.navigation.dispatchEvent(new Event('currententrychange'));
    g.navigation.dispatchEvent(new Event('currententrychange'));
    expect(setUps).toBe(1);
  });

  it('sets up nothing once the wait is cancelled (the extension gone)', () => {
    g.navigation = new EventTarget();
    let setUps = 0;
    afterFirstNavigation(() => setUps++)!();
    g.navigation.dispatchEvent(new Event('currententrychange'));
    expect(setUps).toBe(0);
  });

  it('cannot wait without the Navigation API: the caller watches at once (the address polled)', () => {
    expect(afterFirstNavigation(() => undefined)).toBeNull();
  });
});
